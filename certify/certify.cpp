// The certify pipeline: check the artifact's own claim, encode K = D-2, run
// CaDiCaL, check its proof with our checker (or re-check its witness), and
// record everything that a re-check needs, but no wall-clock time, so the
// same inputs give the same certificate bytes.
#include "certify/certify.h"

#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "certify/certificate_json.h"
#include "sat/cadical_run.h"
#include "sat/cnf_encoding.h"
#include "certify/drat_check.h"
#include "model/artifact.h"
#include "model/compress.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "model/json_strict.h"
#include "model/liveness.h"
#include "model/scratch_dir.h"
#include "solve/allocate.h"
#include "verify/direct_checker.h"

namespace sp {
namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

constexpr const char* kCertified = "certified optimal";
constexpr const char* kRefuted = "refuted";
constexpr const char* kTimeout = "not certified (solver timeout)";
constexpr const char* kSolverFailed = "not certified (solver failed)";
constexpr const char* kRejected = "not certified (proof rejected)";
constexpr const char* kCnfName = "lower.cnf";
constexpr const char* kProofName = "lower.drat";
constexpr const char* kWitnessName = "witness.json";
constexpr const char* kCertificateName = "certificate.json";
constexpr size_t kCompressAbove = size_t{1} << 16;  // files over 64 KiB are stored xz-compressed
constexpr const char* kCompressedSuffix = ".xz";
// Binary DRAT: about a third of the text size and parsed faster (docs/CNF.md has the figures).
constexpr bool kBinaryProof = true;

using Clock = std::chrono::steady_clock;

std::string secs(Clock::time_point since) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f s", std::chrono::duration<double>(Clock::now() - since).count());
  return buf;
}

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out.flush()) throw InputError("cannot write " + path.string());
}

// Leaves dir/name (holding `bytes`) as it is, or replaces it by dir/name.xz
// when over 64 KiB; returns the file name kept.
std::string compress_if_large(const fs::path& dir, const std::string& name, const std::string& bytes) {
  if (bytes.size() <= kCompressAbove) return name;
  write_file(dir / (name + kCompressedSuffix), xz_compress(bytes));
  fs::remove(dir / name);
  return name + kCompressedSuffix;
}

// The first broken schedule rule (kind, layer budget, precedence,
// co-location, FFN budget) as a violation line, or "" when the schedule is legal.
std::string schedule_rule_violation(const Graph& g, const Artifact& a) {
  for (const Violation& v : run_direct_checker(g, a).violations)
    switch (v.property) {
      case Property::PhaseKind:
      case Property::LayerBudget:
      case Property::Precedence:
      case Property::Colocation:
      case Property::FfnBudget:
        return violation_line(v);
      default:
        break;
    }
  return "";
}

// ---- one certify run ----------------------------------------------------------

class Certifier {
 public:
  Certifier(const Graph& g, const std::string& artifact_path, const CertifyOptions& opt)
      : g_(g), dir_(opt.out_dir), opt_(opt), artifact_path_(artifact_path) {}

  CertifyOutcome run() {
    check_output();
    a_ = load_artifact(g_, artifact_path_);
    if (a_.graph_sha256 != g_.sha256)
      throw InputError(artifact_path_ + ": made for another graph (SHA-256 " + a_.graph_sha256 + ", not " +
                       g_.sha256 + ")");
    if (a_.schedule.layers > kMaxCertificateLayers)
      throw InputError(artifact_path_ + ": " + std::to_string(a_.schedule.layers) +
                       " layers; certificates cover layer budgets up to " + std::to_string(kMaxCertificateLayers));
    if (!claim_holds()) return out_;
    prepare_output();
    start_document();
    encode();
    solve();
    doc_["cnf"]["file"] = compress_if_large(dir_, kCnfName, enc_.dimacs);
    doc_["verdict"] = out_.verdict;
    write_file(dir_ / kCertificateName, doc_.dump(2) + "\n");
    out_.lines.push_back("certify: " + (dir_ / kCertificateName).string() + ": " + out_.verdict);
    return out_;
  }

 private:
  const Graph& g_;
  const fs::path dir_;
  const CertifyOptions& opt_;
  const std::string artifact_path_;
  Artifact a_;
  CnfQuery q_;
  CnfEncoding enc_;
  ordered_json doc_;
  CertifyOutcome out_;

  // -o is checked before any work: a path through an existing file or a
  // device, or a directory that cannot be written, is bad input (exit 2).
  void check_output() const {
    check_output_dir(dir_.string(), "-o");
    fs::path existing = dir_;
    std::error_code ec;
    while (!existing.empty() && !fs::exists(existing, ec)) existing = existing.parent_path();
    if (existing.empty()) existing = ".";
    if (::access(existing.c_str(), W_OK | X_OK) != 0)
      throw InputError("-o " + dir_.string() + ": cannot write into " + existing.string() + ": " + std::strerror(errno));
  }

  // Creates the directory and removes an earlier certificate's files from it.
  void prepare_output() const {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) throw InputError("-o " + dir_.string() + ": cannot create the directory: " + ec.message());
    for (const char* name : {kCnfName, kProofName, kWitnessName, kCertificateName})
      for (const char* suffix : {"", ".gz", ".xz"}) {
        fs::remove(dir_ / (std::string(name) + suffix), ec);
        if (ec) throw InputError("-o " + dir_.string() + ": cannot replace " + name + suffix + ": " + ec.message());
      }
  }

  void conclude(int exit_code, const std::string& verdict) {
    out_.exit_code = exit_code;
    out_.verdict = verdict;
  }

  // The artifact's schedule must be legal and have the d_model it declares:
  // otherwise there is no optimality claim to certify.
  bool claim_holds() {
    std::string broken = schedule_rule_violation(g_, a_);
    if (!broken.empty()) {
      out_.lines.push_back("certify: the artifact's schedule is illegal: " + broken);
      out_.exit_code = kExitViolation;
      return false;
    }
    const Liveness lv = compute_liveness(g_, a_.schedule, a_.alloc.policy);
    if (lv.d_model != a_.d_model) {
      out_.lines.push_back("certify: the artifact's d_model is not its schedule's: it declares " +
                           std::to_string(a_.d_model) + ", the schedule has " + std::to_string(lv.d_model) +
                           " under " + policy_name(a_.alloc.policy));
      out_.exit_code = kExitViolation;
      return false;
    }
    q_ = {a_.schedule.layers, a_.alloc.policy, a_.max_ffn, a_.d_model - 2};
    return true;
  }

  void start_document() {
    doc_["format"] = kCertificateFormat;
    doc_["graph"] = {{"name", g_.name}, {"sha256", g_.sha256}};
    doc_["artifact_sha256"] = sha256_hex(read_file_bytes(artifact_path_));
    doc_["layers"] = q_.layers;
    doc_["policy"] = policy_name(q_.policy);
    doc_["max_ffn"] = q_.max_ffn ? ordered_json(*q_.max_ffn) : ordered_json(nullptr);
    doc_["d_model"] = a_.d_model;
    doc_["width_bound_at_most"] = q_.width_bound;
    doc_["claim"] = "no legal schedule has width_bound <= " + std::to_string(q_.width_bound) + ", so d_model " +
                    std::to_string(a_.d_model) + " is optimal";
    doc_["verdict"] = nullptr;
    doc_["cnf"] = nullptr;
    doc_["proof"] = nullptr;
    doc_["witness"] = nullptr;
    doc_["solver"] = {{"name", cadical_version()}, {"answer", nullptr}};
    doc_["checker"] = {{"name", "slotproof drat_check"}, {"version", tool_version()}, {"verdict", nullptr}};
  }

  void encode() {
    const auto start = Clock::now();
    enc_ = encode_schedule_cnf(g_, q_);
    doc_["cnf"] = {{"file", kCnfName},
                   {"sha256", sha256_hex(enc_.dimacs)},
                   {"variables", enc_.variables},
                   {"clauses", enc_.clauses},
                   {"bytes", enc_.dimacs.size()}};
    write_file(dir_ / kCnfName, enc_.dimacs);
    out_.cnf_variables = enc_.variables, out_.cnf_clauses = enc_.clauses, out_.cnf_bytes = enc_.dimacs.size();
    out_.lines.push_back("certify: K = " + std::to_string(q_.width_bound) + ": " + std::to_string(enc_.variables) +
                         " variables, " + std::to_string(enc_.clauses) + " clauses, " +
                         std::to_string(enc_.dimacs.size()) + " bytes, encoded in " + secs(start));
  }

  void solve() {
    SatOptions so;
    so.proof_path = (dir_ / kProofName).string();
    so.binary_proof = kBinaryProof;
    so.time_limit_s = opt_.time_limit_s;
    const SatRun run = run_cadical((dir_ / kCnfName).string(), so);
    out_.solve_seconds = run.seconds;
    doc_["solver"]["answer"] = sat_answer_name(run.answer);
    char line[160];
    std::snprintf(line, sizeof line, "certify: cadical: %s in %.2f s", sat_answer_name(run.answer), run.seconds);
    out_.lines.push_back(line + (run.failure.empty() ? "" : " (" + run.failure + ")"));
    if (run.answer == SatAnswer::Unsat) return check_proof();
    fs::remove(dir_ / kProofName);
    if (run.answer == SatAnswer::Sat) return refute(run.output);
    conclude(kExitUndecided, run.exit_status == 0 ? kTimeout : kSolverFailed);
  }

  void check_proof() {
    std::string proof;
    drat::Result r;
    try {
      proof = read_file_bytes((dir_ / kProofName).string());
      const auto start = Clock::now();
      const drat::Formula formula = drat::parse_cnf(enc_.dimacs, kCnfName);
      const drat::Proof steps = drat::parse_proof(proof, kProofName);
      const double parse_seconds = std::chrono::duration<double>(Clock::now() - start).count();
      r = drat::check(formula, steps);
      r.stats.parse_seconds = parse_seconds;
      out_.check_seconds = std::chrono::duration<double>(Clock::now() - start).count();
      out_.proof_bytes = proof.size(), out_.lemmas = r.stats.lemmas;
      out_.lines.push_back("certify: drat check: " + drat::describe(r));
    } catch (const InputError& e) {  // no proof, or one our checker cannot read: not certified
      out_.lines.push_back(std::string("certify: drat check: ") + e.what());
    }
    const bool verified = r.verdict == drat::Verdict::Verified;
    doc_["checker"]["verdict"] = verified ? "verified" : "rejected";
    if (fs::exists(dir_ / kProofName)) record_proof(proof, r);
    if (verified) conclude(kExitOk, kCertified);
    else conclude(kExitUndecided, kRejected);
  }

  // The proof's entry in certificate.json. A stored proof over the budget is
  // deleted: the entry keeps its SHA-256 and sizes, and check_certificate can
  // regenerate it (CaDiCaL is deterministic) when asked to.
  void record_proof(const std::string& proof, const drat::Result& r) {
    const std::string file = compress_if_large(dir_, kProofName, proof);
    const uint64_t stored = fs::file_size(dir_ / file);
    const bool keep = opt_.max_kept_proof_bytes == 0 || stored <= opt_.max_kept_proof_bytes;
    doc_["proof"] = {{"file", keep ? ordered_json(file) : ordered_json(nullptr)},
                     {"kept", keep},
                     {"format", drat::looks_binary(proof) ? "binary-drat" : "text-drat"},
                     {"sha256", sha256_hex(proof)},
                     {"bytes", proof.size()},
                     {"stored_bytes", stored},
                     {"lemmas", r.stats.lemmas},
                     {"deletions", r.stats.deletions}};
    if (keep) return;
    fs::remove(dir_ / file);
    doc_["proof"]["not_kept_because"] = "stored size over the " + std::to_string(opt_.max_kept_proof_bytes) +
                                        "-byte budget for kept proofs";
    out_.lines.push_back("certify: proof not kept: " + std::to_string(stored) + " bytes stored, over the " +
                         std::to_string(opt_.max_kept_proof_bytes) + "-byte budget");
  }

  // SAT at D-2: decode, re-check with the liveness model, keep as an artifact.
  void refute(const std::string& solver_output) {
    std::vector<uint8_t> model;
    try {
      model = parse_sat_model(solver_output, enc_.variables);
    } catch (const InputError& e) {
      out_.lines.push_back(std::string("certify: ") + e.what());
      return conclude(kExitUndecided, kSolverFailed);
    }
    const Schedule s = decode_schedule(enc_, model);
    const Liveness lv = compute_liveness(g_, s, q_.policy);
    nlohmann::json producer = {{"method", "cnf-witness"}, {"solver", cadical_version()}};
    Artifact w = make_artifact(g_, s, lv, allocate_slots(g_, lv), producer, q_.max_ffn);
    std::string broken = schedule_rule_violation(g_, w);
    if (!broken.empty() || lv.width_bound > q_.width_bound) {  // an encoding bug, never a refutation
      out_.lines.push_back("certify: the solver's model does not decode to a legal schedule with width_bound <= " +
                           std::to_string(q_.width_bound) + " (" +
                           (broken.empty() ? "width_bound " + std::to_string(lv.width_bound) : broken) +
                           "): a solver or encoding bug, not a refutation");
      return conclude(kExitUndecided, kSolverFailed);
    }
    write_file(dir_ / kWitnessName, artifact_to_text(g_, w));
    doc_["witness"] = {{"file", kWitnessName}, {"d_model", lv.d_model}, {"width_bound", lv.width_bound}};
    out_.lines.push_back("certify: refuted: a schedule with d_model " + std::to_string(lv.d_model) + " exists; " +
                         "written to " + (dir_ / kWitnessName).string());
    conclude(kExitViolation, kRefuted);
  }
};

// ---- re-checking a certificate ------------------------------------------------

CertificateCheck invalid(const std::string& why) { return {CertificateStatus::Invalid, why}; }

// Reads the proof file (streamed, decompressed as it is parsed), compares its
// bytes' SHA-256 with the recorded one and checks it against the re-derived CNF.
CertificateCheck check_proof_at(const fs::path& path, const CertificateDoc::Proof& pj, const CnfEncoding& enc,
                                const std::string& how) {
  std::string sha;
  const drat::Proof proof = drat::read_proof_file(path.string(), &sha);
  if (sha != pj.sha256) return invalid("the " + how + " proof's SHA-256 differs from the recorded one");
  drat::Result r = drat::check(drat::parse_cnf(enc.dimacs, kCnfName), proof);
  if (r.verdict != drat::Verdict::Verified) return invalid("the " + how + " proof does not check: " + drat::describe(r));
  return {CertificateStatus::Certified, "the CNF re-derives byte for byte and the " + how + " proof checks (" +
                                            std::to_string(r.stats.lemmas) + " lemmas)"};
}

// A proof that was not kept, made again: CaDiCaL on the re-derived CNF in a
// scratch directory. Same CaDiCaL, same CNF: the same proof bytes.
CertificateCheck regenerate_proof(const CertificateDoc::Proof& pj, const CnfEncoding& enc, int time_limit_s) {
  const ScratchDir dir("slotproof-recertify");
  if (dir.path.empty()) return invalid("cannot create a scratch directory to regenerate the proof");
  const fs::path& scratch = dir.path;
  write_file(scratch / kCnfName, enc.dimacs);
  SatOptions so;
  so.proof_path = (scratch / kProofName).string();
  so.binary_proof = pj.binary;
  so.time_limit_s = time_limit_s;
  const SatRun run = run_cadical((scratch / kCnfName).string(), so);
  if (run.answer != SatAnswer::Unsat)
    return invalid(std::string("regenerating the proof: cadical answered ") + sat_answer_name(run.answer) +
                   " within " + std::to_string(time_limit_s) + " s");
  return check_proof_at(so.proof_path, pj, enc, "regenerated");
}

CertificateCheck check_proof_file(const fs::path& dir, const CertificateDoc& doc, const CnfEncoding& enc,
                                  const CertificateCheckOptions& opt) {
  const CertificateDoc::Proof& pj = *doc.proof;  // the reader guarantees one for "certified optimal"
  try {
    if (!pj.kept) {
      if (opt.recertify_time_limit_s > 0) return regenerate_proof(pj, enc, opt.recertify_time_limit_s);
      return {CertificateStatus::ProofNotKept,
              "the CNF re-derives byte for byte; the proof (" + std::to_string(pj.stored_bytes) +
                  " bytes compressed) was not kept, so it is not re-checked here; re-certifying regenerates and checks it"};
    }
    return check_proof_at(dir / *pj.file, pj, enc, "kept");
  } catch (const InputError& e) {
    return invalid(e.what());
  }
}

CertificateCheck check_witness(const fs::path& dir, const CertificateDoc& doc, const Graph& g, const CnfQuery& q) {
  try {
    Artifact w = load_artifact(g, (dir / doc.witness->file).string());
    std::string broken = schedule_rule_violation(g, w);
    if (!broken.empty()) return invalid("the witness schedule is illegal: " + broken);
    if (w.schedule.layers != q.layers || w.max_ffn != q.max_ffn || w.alloc.policy != q.policy)
      return invalid("the witness was made for another layer budget, FFN budget or policy");
    const int wb = compute_liveness(g, w.schedule, q.policy).width_bound;
    if (wb > q.width_bound) return invalid("the witness has width_bound " + std::to_string(wb));
    return {CertificateStatus::Refuted, "the witness schedule has width_bound " + std::to_string(wb)};
  } catch (const InputError& e) {
    return invalid(e.what());
  }
}

std::string optional_text(const std::optional<int>& v) { return v ? std::to_string(*v) : "none"; }

// Why the certificate is not about `a` (its hash, d_model, layer budget,
// policy and FFN budget must all be the artifact's), or "".
std::string artifact_mismatch(const CertificateDoc& c, const CertifiedArtifact& a) {
  const std::string name = fs::path(a.file).filename().string();
  if (c.artifact_sha256 != a.sha256)
    return "it certifies the artifact with SHA-256 " + c.artifact_sha256 + ", not " + name + " (" + a.sha256 + ")";
  if (c.d_model != a.d_model)
    return "it claims d_model " + std::to_string(c.d_model) + " optimal, but " + name + " declares " +
           std::to_string(a.d_model);
  if (c.layers != a.layers)
    return "it is for " + std::to_string(c.layers) + " layers, " + name + " has " + std::to_string(a.layers);
  if (c.policy != a.policy)
    return std::string("it is for ") + policy_name(c.policy) + ", " + name + " is " + policy_name(a.policy);
  if (c.max_ffn != a.max_ffn)
    return "it is for FFN budget " + optional_text(c.max_ffn) + ", " + name + " has " + optional_text(a.max_ffn);
  return "";
}

// The directory holds certificate.json and the files it names, nothing else
// (an unnamed file would be carried along unchecked); every entry is a
// regular file, not a link that could lead out of the directory.
std::string directory_mismatch(const fs::path& dir, const CertificateDoc& c) {
  std::vector<std::string> allowed = {kCertificateName, c.cnf.file};
  std::vector<std::string> required = {kCertificateName};
  if (c.proof && c.proof->file) allowed.push_back(*c.proof->file);
  if (c.witness) allowed.push_back(c.witness->file);
  if (c.verdict == kCertified || c.verdict == kRefuted) required = allowed;
  std::error_code ec;
  std::vector<std::string> present;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (e.symlink_status(ec).type() != fs::file_type::regular)
      return quote_name(name) + " is not a regular file";
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
      return "the directory holds " + quote_name(name) + ", which its certificate does not name";
    present.push_back(name);
  }
  if (ec) return "cannot list the directory: " + ec.message();
  for (const std::string& name : required)
    if (std::find(present.begin(), present.end(), name) == present.end()) return quote_name(name) + " is missing";
  return "";
}

}  // namespace

CertifiedArtifact certified_artifact(const Graph& g, const std::string& path) {
  const std::string bytes = read_file_bytes(path);
  const Artifact a = artifact_from_json(g, parse_json_text(bytes, path), path);
  return {path, sha256_hex(bytes), a.schedule.layers, a.d_model, a.alloc.policy, a.max_ffn};
}

CertifyOutcome certify_artifact(const Graph& g, const std::string& artifact_path, const CertifyOptions& opt) {
  return Certifier(g, artifact_path, opt).run();
}

const char* certificate_status_name(CertificateStatus s) {
  switch (s) {
    case CertificateStatus::Certified: return "certified";
    case CertificateStatus::ProofNotKept: return "certified, proof not kept";
    case CertificateStatus::Refuted: return "refuted";
    case CertificateStatus::NotCertified: return "not certified";
    case CertificateStatus::Invalid: return "invalid";
  }
  return "invalid";
}

CertificateCheck check_certificate(const std::string& dir_name, const Graph& g, const CertificateCheckOptions& opt) {
  const fs::path dir(dir_name);
  const std::string src = (dir / kCertificateName).string();
  // The strict reader first: a malformed or out-of-range certificate is bad
  // input before anything is encoded or checked.
  const CertificateDoc doc = parse_certificate(read_file_bytes(src), src);
  if (doc.graph_sha256 != g.sha256) return invalid("the certificate is for another graph");
  if (opt.artifact) {
    if (std::string why = artifact_mismatch(doc, *opt.artifact); !why.empty()) return invalid(why);
  }
  if (std::string why = directory_mismatch(dir, doc); !why.empty()) return invalid(why);
  if (doc.verdict.rfind("not certified", 0) == 0) return {CertificateStatus::NotCertified, doc.verdict};
  try {
    const CnfQuery q{doc.layers, doc.policy, doc.max_ffn, doc.width_bound};
    const CnfEncoding enc = encode_schedule_cnf(g, q);
    if (sha256_hex(enc.dimacs) != doc.cnf.sha256)
      return invalid("the CNF re-derived from the graph differs from the recorded one");
    const std::string cnf_file = (dir / doc.cnf.file).string();
    if (!drat::file_contents_equal(cnf_file, enc.dimacs))
      return invalid(cnf_file + " differs from the CNF re-derived from the graph");
    if (doc.verdict == kCertified) return check_proof_file(dir, doc, enc, opt);
    return check_witness(dir, doc, g, q);  // the reader admits no other verdict
  } catch (const InputError& e) {  // a file named by the certificate that cannot be read
    return invalid(e.what());
  }
}

}  // namespace sp
