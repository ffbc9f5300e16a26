// check-bundle: the manifest's strict reader and the re-check of a bundle as
// a closed whole (docs/BUNDLES.md "`slotproof check-bundle DIR`").
//
// A bundle is trusted only as far as check-bundle re-derives it, so every
// file must have a place in the layout make_bundle writes and be checked
// there: the artifacts are re-verified, their verify directories must match
// their own manifests, the certificates are re-checked against the artifact
// they certify, the compressed records must be one complete stream, and the
// greedy artifact and the plot must regenerate. A file the manifest does not
// list, or that has no place in the layout, fails the bundle: otherwise an
// unsafe artifact or an unchecked proof could sit in a bundle that "checks out".
#include <algorithm>
#include <filesystem>
#include <sstream>
#include <map>

#include "bundle/bundle.h"
#include "certify/certificate_json.h"
#include "certify/certify.h"
#include "model/artifact.h"
#include "model/compress.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "model/json_strict.h"
#include "model/levels.h"  // kMaxLayers
#include "solve/greedy.h"
#include "verify/proof_output.h"
#include "verify/verify.h"

namespace sp {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kManifestName = "manifest.json";
constexpr int64_t kMaxWidth = int64_t{1} << 28;  // d_model and FFN budgets: the artifact reader's range

// The artifacts of a slotproof-bundle/2 bundle, in manifest order.
struct LayoutArtifact {
  const char* file;
  ReusePolicy policy;
  const char* verify_dir;
};
const LayoutArtifact kLayoutArtifacts[] = {{"greedy.json", ReusePolicy::Immediate, "verify-greedy"},
                                           {"milp-delayed.json", ReusePolicy::Delayed, "verify-milp-delayed"},
                                           {"milp-immediate.json", ReusePolicy::Immediate, "verify-milp-immediate"}};

std::string mps_file(ReusePolicy p) { return std::string("milp-") + policy_tag(p) + ".mps.xz"; }
std::string certificate_dir(ReusePolicy p) { return std::string("certificate-") + policy_tag(p); }

}  // namespace

std::string bundle_milp_file(ReusePolicy p) { return std::string("milp-") + policy_tag(p) + ".json"; }

namespace {

// ---- the manifest ----------------------------------------------------------------

void read_header(const StrictFields& r, const json& m, BundleManifest& out) {
  r.object(m, "versions", "manifest");
  const json& w = r.object(m, "workload", "manifest");
  r.only(w, {"path", "name", "sha256"}, "workload");
  out.workload_path = r.text(w, "path", "workload");
  if (out.workload_path.empty() || std::any_of(out.workload_path.begin(), out.workload_path.end(),
                                                [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
    r.fail("workload: field 'path' must be a file path without control characters, got " + quote_name(out.workload_path));
  r.text(w, "name", "workload");
  out.workload_sha256 = r.sha256(w, "sha256", "workload");
  const json& o = r.object(m, "options", "manifest");
  r.only(o, {"layers", "max_ffn", "time_limit", "threads", "proof_layout"}, "options");
  out.layers = static_cast<int>(r.integer(o, "layers", "options", 1, kMaxLayers));
  if (auto f = r.integer_or_null(o, "max_ffn", "options", 1, kMaxWidth)) out.max_ffn = static_cast<int>(*f);
  if (!r.need(o, "time_limit", "options").is_number()) r.fail("options: field 'time_limit' must be a number");
  r.integer(o, "threads", "options", 1, 64);
  out.proof_layout = r.one_of(o, "proof_layout", "options", {"packed", "per-query"});
  const json& g = r.object(m, "greedy", "manifest");
  r.only(g, {"d_model", "d_model_delayed_reuse", "layers"}, "greedy");
  out.greedy_d_model = static_cast<int>(r.integer(g, "d_model", "greedy", 0, kMaxWidth));
  r.integer(g, "d_model_delayed_reuse", "greedy", 0, kMaxWidth);
  r.integer(g, "layers", "greedy", 1, kMaxLayers);
}

// A certificate entry names the directory of its own policy, certificate-TAG,
// unless no certificate was made ("skipped", and then no directory).
void read_certificate_entry(const StrictFields& r, const json& c, const std::string& where, BundleManifest::Policy& p) {
  p.certificate_verdict = r.one_of(c, "verdict", where,
                                   {"certified optimal", "refuted", "not certified (solver timeout)",
                                    "not certified (solver failed)", "not certified (proof rejected)", "skipped"});
  if (p.certificate_verdict == "skipped") {
    r.only(c, {"verdict", "why"}, where);
    r.text(c, "why", where);
    return;
  }
  r.only(c, {"verdict", "directory", "cnf", "proof"}, where);
  const std::string dir = r.text(c, "directory", where);
  if (dir != certificate_dir(p.policy))
    r.fail(where + ": field 'directory' must be '" + certificate_dir(p.policy) + "' (the " +
           policy_name(p.policy) + " certificate), got " + quote_name(dir));
  p.certificate_dir = dir;
}

void read_policies(const StrictFields& r, const json& m, BundleManifest& out) {
  const json& pols = r.object(m, "policies", "manifest");
  r.only(pols, {policy_name(ReusePolicy::Delayed), policy_name(ReusePolicy::Immediate)}, "policies");
  for (ReusePolicy policy : bundle_policies()) {
    const std::string where = std::string("policies.") + policy_name(policy);
    const json& e = r.object(pols, policy_name(policy), "policies");
    r.only(e, {"milp", "glpk", "z3_lower_bound", "certificate"}, where);
    BundleManifest::Policy p;
    p.policy = policy;
    p.milp_d_model = static_cast<int>(r.integer(r.object(e, "milp", where), "objective", where + ".milp", 0, kMaxWidth));
    r.object(e, "glpk", where);
    r.object(e, "z3_lower_bound", where);
    read_certificate_entry(r, r.object(e, "certificate", where), where + ".certificate", p);
    out.policies.push_back(std::move(p));
  }
}

void read_artifacts(const StrictFields& r, const json& m, BundleManifest& out) {
  const json& arts = r.array(m, "artifacts", "manifest");
  if (arts.size() != std::size(kLayoutArtifacts))
    r.fail("field 'artifacts' must list greedy.json, milp-delayed.json and milp-immediate.json, got " +
           std::to_string(arts.size()) + " entries");
  for (size_t i = 0; i < arts.size(); ++i) {
    const LayoutArtifact& want = kLayoutArtifacts[i];
    const std::string where = "artifacts[" + std::to_string(i) + "]";
    r.only(arts[i], {"file", "policy", "verify", "verdict"}, where);
    BundleManifest::Artifact a{r.text(arts[i], "file", where), r.text(arts[i], "verify", where), want.policy};
    const std::string policy = r.text(arts[i], "policy", where);
    if (a.file != want.file || a.verify_dir != want.verify_dir || policy != policy_name(want.policy))
      r.fail(where + " must be " + want.file + " under " + policy_name(want.policy) + " verified into " +
             want.verify_dir + ", got " + quote_name(a.file) + " under " + quote_name(policy) + " into " +
             quote_name(a.verify_dir));
    r.object(arts[i], "verdict", where);
    out.artifacts.push_back(std::move(a));
  }
}

void read_files(const StrictFields& r, const json& m, BundleManifest& out) {
  const json& files = r.object(m, "files", "manifest");
  for (auto it = files.begin(); it != files.end(); ++it) {
    if (!is_relative_path_inside(it.key()) || it.key() == kManifestName)
      r.fail("files: " + quote_name(it.key()) + " is not a path inside the bundle");
    if (!it->is_string() || !is_sha256_hex(it->get<std::string>()))
      r.fail("files: " + quote_name(it.key()) + " has no SHA-256 (64 lowercase hex digits)");
    out.files.emplace_back(it.key(), it->get<std::string>());
  }
}

}  // namespace

BundleManifest parse_bundle_manifest(const std::string& text, const std::string& source) {
  const StrictFields r(source);
  const json m = parse_json_text(text, source);
  r.only(m, {"format", "versions", "workload", "options", "greedy", "policies", "artifacts", "files"}, "manifest");
  if (r.text(m, "format", "manifest") != kBundleFormat) r.fail(std::string("not a ") + kBundleFormat + " manifest");
  BundleManifest out;
  read_header(r, m, out);
  read_policies(r, m, out);
  read_artifacts(r, m, out);
  read_files(r, m, out);
  return out;
}

namespace {

// ---- the re-check ----------------------------------------------------------------

// Whether a re-checked certificate says what the manifest recorded: a proof
// that was not kept still stands for the recorded "certified optimal".
bool certificate_matches(const std::string& recorded, CertificateStatus s) {
  if (s == CertificateStatus::ProofNotKept) return recorded.rfind("certified", 0) == 0;
  return recorded.rfind(certificate_status_name(s), 0) == 0;
}

const char* proof_verdict_of(int exit_code) {
  return exit_code == kExitOk ? "safe" : exit_code == kExitViolation ? "violation" : "undecided";
}

class BundleCheck {
 public:
  BundleCheck(const std::string& dir, const std::string& root, int recertify_time_limit_s, const ReportFn& report)
      : name_(dir), dir_(dir), root_(root), recertify_(recertify_time_limit_s), report_(report) {}

  int run() {
    const std::string manifest_path = (dir_ / kManifestName).string();
    m_ = parse_bundle_manifest(read_file_bytes(manifest_path), manifest_path);
    if (!closed_whole()) return worst_;  // the rest would check files the manifest does not vouch for
    read_certificates();
    const std::string workload = (fs::path(root_) / m_.workload_path).lexically_normal().string();
    g_ = load_graph(workload);
    if (g_.sha256 != m_.workload_sha256) stale("workload " + workload + " changed since the bundle was made");
    for (const BundleManifest::Artifact& a : m_.artifacts) check_artifact(a);
    check_recorded_widths();
    for (ReusePolicy p : bundle_policies()) check_compressed(mps_file(p));
    for (const BundleManifest::Policy& p : m_.policies) check_certificate_entry(p);
    check_regenerated();
    if (worst_ == kExitOk) report_lines(report_, name_ + ": bundle checks out\n");
    return worst_;
  }

 private:
  std::string name_;
  fs::path dir_;
  std::string root_;
  int recertify_;
  ReportFn report_;
  BundleManifest m_;
  Graph g_;
  std::map<std::string, CertifiedArtifact> artifacts_;  // by file name
  int worst_ = kExitOk;

  void stale(const std::string& why) {
    report_lines(report_, name_ + ": STALE: " + why + "\n");
    worst_ = std::max(worst_, static_cast<int>(kExitViolation));
  }

  // -- the closed whole: the files on disk are exactly the manifest's, and each has a place

  // The regular files below the bundle, relative; anything else is stale.
  std::vector<std::string> walk() {
    std::vector<std::string> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir_, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      const std::string rel = it->path().lexically_relative(dir_).string();  // fs::relative would follow links
      const fs::file_type type = it->symlink_status(ec).type();
      if (type == fs::file_type::regular) {
        if (rel != kManifestName) files.push_back(rel);
      } else if (type == fs::file_type::directory) {
        if (it.depth() > 0 || !has_directory_place(rel)) stale("directory " + quote_name(rel) + " has no place in the bundle");
      } else {
        stale(quote_name(rel) + " is not a regular file (a bundle holds regular files only, no links)");
      }
    }
    if (ec) stale("cannot list the bundle: " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
  }

  bool has_directory_place(const std::string& dir) const {
    for (const BundleManifest::Artifact& a : m_.artifacts)
      if (dir == a.verify_dir) return true;
    for (const BundleManifest::Policy& p : m_.policies)
      if (p.certificate_dir == dir) return true;
    return false;
  }

  // A listed file belongs to the layout: a top-level file of the bundle, or
  // a file inside a verify or certificate directory (those directories are
  // checked against their own manifest or certificate.json).
  bool has_file_place(const std::string& path) const {
    for (const std::string& top : required_files())
      if (path == top) return true;
    const size_t slash = path.find('/');
    return slash != std::string::npos && path.find('/', slash + 1) == std::string::npos &&
           has_directory_place(path.substr(0, slash));
  }

  std::vector<std::string> required_files() const {
    std::vector<std::string> files = {"plot.svg"};
    for (const BundleManifest::Artifact& a : m_.artifacts) {
      files.push_back(a.file);
      files.push_back(a.verify_dir + "/manifest.json");
    }
    for (const BundleManifest::Policy& p : m_.policies) {
      files.push_back(mps_file(p.policy));
      if (p.certificate_dir) files.push_back(*p.certificate_dir + "/certificate.json");
    }
    return files;
  }

  bool closed_whole() {
    const std::vector<std::string> present = walk();
    auto listed = [&](const std::string& path) {
      return std::any_of(m_.files.begin(), m_.files.end(), [&](const auto& f) { return f.first == path; });
    };
    for (const auto& [path, sha] : m_.files) {
      if (!has_file_place(path)) stale("file " + path + " is listed but has no place in a " + kBundleFormat + " bundle");
      else if (!std::binary_search(present.begin(), present.end(), path)) stale("file " + path + " is missing");
      else if (sha256_hex(read_file_bytes((dir_ / path).string())) != sha)
        stale("file " + path + " does not match its recorded SHA-256");
    }
    for (const std::string& path : present)
      if (!listed(path)) stale("file " + path + " is not in the manifest");
    for (const std::string& path : required_files())
      if (!listed(path)) stale("the manifest does not list " + path + ", which every bundle holds");
    return worst_ == kExitOk;
  }

  // -- the parts

  // Every certificate.json through the strict reader before any expensive work.
  void read_certificates() {
    for (const BundleManifest::Policy& p : m_.policies)
      if (p.certificate_dir) {
        const std::string path = (dir_ / *p.certificate_dir / "certificate.json").string();
        parse_certificate(read_file_bytes(path), path);
      }
  }

  void check_artifact(const BundleManifest::Artifact& a) {
    const std::string path = (dir_ / a.file).string();
    VerifyOutcome o = verify_files(g_, path);
    std::ostringstream words;
    words << name_ << "/" << a.file << ": " << (o.exit_code == 0 ? "proven safe" : "NOT proven safe") << "\n";
    print_outcome(words, o, 5);
    report_lines(report_, words.str());
    worst_ = std::max(worst_, o.exit_code);
    const CertifiedArtifact info = certified_artifact(g_, path);
    if (info.policy != a.policy)
      stale(a.file + " is " + policy_name(info.policy) + ", the manifest says " + policy_name(a.policy));
    artifacts_[a.file] = info;
    check_verify_dir(a, info, o.exit_code);
  }

  // The verify directory must match its own manifest and be about this
  // artifact, this graph and this verdict, in the bundle's proof layout.
  void check_verify_dir(const BundleManifest::Artifact& a, const CertifiedArtifact& info, int exit_code) {
    ProofDirManifest pm;
    for (const std::string& problem : check_proof_dir((dir_ / a.verify_dir).string(), pm))
      stale(a.verify_dir + ": " + problem);
    if (pm.layout != m_.proof_layout) stale(a.verify_dir + " has the " + pm.layout + " layout, the manifest says " + m_.proof_layout);
    if (pm.artifact_sha256 != info.sha256) stale(a.verify_dir + " is the proof of another artifact than " + a.file);
    if (pm.graph_sha256 != g_.sha256) stale(a.verify_dir + " is the proof for another graph");
    if (pm.verdict != proof_verdict_of(exit_code))
      stale(a.verify_dir + " records the verdict '" + pm.verdict + "', re-verification gives '" +
            proof_verdict_of(exit_code) + "'");
  }

  void check_recorded_widths() {
    if (artifacts_.at("greedy.json").d_model != m_.greedy_d_model)
      stale("the manifest records greedy d_model " + std::to_string(m_.greedy_d_model) + ", greedy.json declares " +
            std::to_string(artifacts_.at("greedy.json").d_model));
    for (const BundleManifest::Policy& p : m_.policies) {
      const int declared = artifacts_.at(bundle_milp_file(p.policy)).d_model;
      if (declared != p.milp_d_model)
        stale(std::string("the manifest records the MILP's d_model ") + std::to_string(p.milp_d_model) + " under " +
              policy_name(p.policy) + ", " + bundle_milp_file(p.policy) + " declares " + std::to_string(declared));
    }
  }

  // A compressed record nothing else reads (the MPS models): one complete xz
  // stream within the expansion cap, so `xz -dc` shows what was hashed.
  void check_compressed(const std::string& file) {
    try {
      xz_decompress(read_file_bytes((dir_ / file).string()), file);
    } catch (const InputError& e) {
      stale(e.what());
    }
  }

  void check_certificate_entry(const BundleManifest::Policy& p) {
    if (!p.certificate_dir) return;
    const std::string& cdir = *p.certificate_dir;
    CertificateCheckOptions opt;
    opt.recertify_time_limit_s = recertify_;
    opt.artifact = artifacts_.at(bundle_milp_file(p.policy));
    CertificateCheck c = check_certificate((dir_ / cdir).string(), g_, opt);
    report_lines(report_, name_ + "/" + cdir + ": " + certificate_status_name(c.status) + " (" + c.message + ")\n");
    if (c.status == CertificateStatus::Invalid) stale(cdir + " does not re-check: " + c.message);
    else if (!certificate_matches(p.certificate_verdict, c.status))
      stale(cdir + " records '" + p.certificate_verdict + "' but re-checks as " + certificate_status_name(c.status));
  }

  void check_regenerated() {
    const std::string greedy =
        artifact_to_text(g_, greedy_artifact(g_, {.max_ffn = m_.max_ffn, .policy = ReusePolicy::Immediate}));
    if (greedy != read_file_bytes((dir_ / "greedy.json").string()))
      stale("greedy.json differs from what this slotproof produces now (regenerate the bundle)");
    if (bundle_plot(g_, dir_.string()) != read_file_bytes((dir_ / "plot.svg").string()))
      stale("plot.svg differs from the picture of the bundle's artifacts (regenerate the bundle)");
  }
};

}  // namespace

int check_bundle(const std::string& dir, const std::string& root, int recertify_time_limit_s, const ReportFn& report) {
  return BundleCheck(dir, root, recertify_time_limit_s, report).run();
}

}  // namespace sp
