#include "certify/certificate_json.h"

#include "certify/drat_check.h"
#include "model/json_strict.h"

namespace sp {

namespace {

using nlohmann::json;

// d_model, max_ffn and widths share the artifact reader's range (docs/FORMATS.md):
// inside it, d_model - 2 and the totalizers' counts cannot overflow.
constexpr int64_t kMaxWidth = int64_t{1} << 28;
constexpr int64_t kMaxSize = int64_t{1} << 40;  // byte counts, lemma and deletion counts

CertificateDoc::Cnf read_cnf(const StrictFields& r, const json& doc) {
  const json& c = r.object(doc, "cnf", "certificate");
  r.only(c, {"file", "sha256", "variables", "clauses", "bytes"}, "cnf");
  return {r.file_name(c, "file", "cnf"), r.sha256(c, "sha256", "cnf"),
          static_cast<uint64_t>(r.integer(c, "variables", "cnf", 0, drat::kMaxVariable)),
          static_cast<uint64_t>(r.integer(c, "clauses", "cnf", 0, static_cast<int64_t>(drat::kMaxClauses))),
          static_cast<uint64_t>(r.integer(c, "bytes", "cnf", 0, kMaxSize))};
}

std::optional<CertificateDoc::Proof> read_proof(const StrictFields& r, const json& doc) {
  const json& p = r.need(doc, "proof", "certificate");
  if (p.is_null()) return std::nullopt;
  r.only(p, {"file", "kept", "format", "sha256", "bytes", "stored_bytes", "lemmas", "deletions", "not_kept_because"},
         "proof");
  CertificateDoc::Proof out;
  out.kept = !p.contains("kept") || r.boolean(p, "kept", "proof");  // absent in 0.1 certificates: kept
  out.file = r.file_name_or_null(p, "file", "proof");
  if (out.kept != out.file.has_value())
    r.fail(out.kept ? "proof: a kept proof must name its file" : "proof: a proof that was not kept names no file");
  if (!out.kept) {
    r.text(p, "not_kept_because", "proof");
    r.need(p, "stored_bytes", "proof");
  }
  out.binary = r.one_of(p, "format", "proof", {"binary-drat", "text-drat"}) == "binary-drat";
  out.sha256 = r.sha256(p, "sha256", "proof");
  out.bytes = static_cast<uint64_t>(r.integer(p, "bytes", "proof", 0, kMaxSize));
  if (p.contains("stored_bytes")) out.stored_bytes = static_cast<uint64_t>(r.integer(p, "stored_bytes", "proof", 0, kMaxSize));
  out.lemmas = static_cast<uint64_t>(r.integer(p, "lemmas", "proof", 0, kMaxSize));
  out.deletions = static_cast<uint64_t>(r.integer(p, "deletions", "proof", 0, kMaxSize));
  return out;
}

std::optional<CertificateDoc::Witness> read_witness(const StrictFields& r, const json& doc) {
  const json& w = r.need(doc, "witness", "certificate");
  if (w.is_null()) return std::nullopt;
  r.only(w, {"file", "d_model", "width_bound"}, "witness");
  return CertificateDoc::Witness{r.file_name(w, "file", "witness"),
                                 static_cast<int>(r.integer(w, "d_model", "witness", 0, kMaxWidth)),
                                 static_cast<int>(r.integer(w, "width_bound", "witness", 0, kMaxWidth))};
}

// The header: what is claimed about which graph and artifact.
void read_claim(const StrictFields& r, const json& doc, CertificateDoc& c) {
  const json& g = r.object(doc, "graph", "certificate");
  r.only(g, {"name", "sha256"}, "graph");
  c.graph_name = r.text(g, "name", "graph");
  c.graph_sha256 = r.sha256(g, "sha256", "graph");
  c.artifact_sha256 = r.sha256(doc, "artifact_sha256", "certificate");
  c.layers = static_cast<int>(r.integer(doc, "layers", "certificate", 1, kMaxCertificateLayers));
  c.policy = *parse_policy(r.one_of(doc, "policy", "certificate",
                                    {policy_name(ReusePolicy::Delayed), policy_name(ReusePolicy::Immediate),
                                     policy_name(ReusePolicy::ImmediateExactArith)}));
  if (auto f = r.integer_or_null(doc, "max_ffn", "certificate", 1, kMaxWidth)) c.max_ffn = static_cast<int>(*f);
  c.d_model = static_cast<int>(r.integer(doc, "d_model", "certificate", 0, kMaxWidth));
  c.width_bound = static_cast<int>(r.integer(doc, "width_bound_at_most", "certificate", -2, kMaxWidth));
  if (c.width_bound != c.d_model - 2)
    r.fail("certificate: width_bound_at_most " + std::to_string(c.width_bound) + " is not d_model - 2 = " +
           std::to_string(c.d_model - 2));
  r.text(doc, "claim", "certificate");
}

// The verdict must be the one the recorded answers give (as the schema says).
void check_verdict(const StrictFields& r, const CertificateDoc& c) {
  auto require = [&](bool ok, const char* what) {
    if (!ok) r.fail("certificate: verdict '" + c.verdict + "' " + what);
  };
  if (c.verdict == "certified optimal") {
    require(c.proof.has_value(), "without a proof");
    require(c.solver_answer == "unsat", "without the solver's 'unsat'");
    require(c.checker_verdict == std::optional<std::string>("verified"), "without the checker's 'verified'");
    require(!c.witness, "with a witness");
  } else if (c.verdict == "refuted") {
    require(c.witness.has_value(), "without a witness");
    require(c.solver_answer == "sat", "without the solver's 'sat'");
    require(!c.proof, "with a proof");
  } else {
    require(!c.witness, "with a witness");
  }
}

}  // namespace

CertificateDoc parse_certificate(const std::string& text, const std::string& source) {
  const StrictFields r(source);
  const json doc = parse_json_text(text, source);
  r.only(doc, {"format", "graph", "artifact_sha256", "layers", "policy", "max_ffn", "d_model", "width_bound_at_most",
               "claim", "verdict", "cnf", "proof", "witness", "solver", "checker"},
         "certificate");
  if (r.text(doc, "format", "certificate") != kCertificateFormat)
    r.fail(std::string("not a ") + kCertificateFormat + " document");
  CertificateDoc c;
  read_claim(r, doc, c);
  c.verdict = r.one_of(doc, "verdict", "certificate",
                       {"certified optimal", "refuted", "not certified (solver timeout)",
                        "not certified (solver failed)", "not certified (proof rejected)"});
  c.cnf = read_cnf(r, doc);
  c.proof = read_proof(r, doc);
  c.witness = read_witness(r, doc);
  const json& s = r.object(doc, "solver", "certificate");
  r.only(s, {"name", "answer"}, "solver");
  r.text(s, "name", "solver");
  c.solver_answer = r.one_of(s, "answer", "solver", {"sat", "unsat", "unknown"});
  const json& k = r.object(doc, "checker", "certificate");
  r.only(k, {"name", "version", "verdict"}, "checker");
  r.text(k, "name", "checker");
  r.text(k, "version", "checker");
  if (!r.need(k, "verdict", "checker").is_null()) c.checker_verdict = r.one_of(k, "verdict", "checker", {"verified", "rejected"});
  check_verdict(r, c);
  return c;
}

}  // namespace sp
