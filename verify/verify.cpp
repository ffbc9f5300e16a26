#include "verify/verify.h"

#include <map>
#include <ostream>
#include <tuple>

#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "verify/direct_checker.h"
#include "verify/violation_text.h"

namespace sp {

namespace {

using Key = std::tuple<int, int, int, int>;  // class, slot, value, gate
Key key_of(const Violation& v) { return {static_cast<int>(v.kind), v.slot, v.value, v.gate}; }

void merge_violations(VerifyOutcome& o) {
  std::map<Key, size_t> at;
  for (const Violation& v : o.direct.violations)
    if (at.emplace(key_of(v), o.found.size()).second) o.found.push_back({v, true, false});
  for (const Violation& v : o.z3.violations) {
    auto [it, fresh] = at.emplace(key_of(v), o.found.size());
    if (fresh) o.found.push_back({v, false, true});
    else o.found[it->second].z3 = true;
  }
  for (const FoundViolation& f : o.found)
    o.lines.push_back(violation_line(f.violation) +
                      (f.direct && f.z3 ? "  (direct, z3)" : f.direct ? "  (direct)" : "  (z3)"));
}

// The waste lists are compared once both checkers find the artifact safe
// (on a faulty one the list means nothing); any difference is a disagreement.
void compare_waste(const Graph& g, VerifyOutcome& o) {
  if (!o.direct.safe() || !o.z3.safe() || !o.direct.slot_checks_run || !o.z3.slot_checks_run) return;
  if (o.direct.waste == o.z3.waste) {
    o.waste = o.direct.waste;
    for (const Waste& w : o.waste) o.waste_lines.push_back(waste_message(g, w));
    return;
  }
  o.waste_agree = false;
  size_t i = 0;
  while (i < o.direct.waste.size() && i < o.z3.waste.size() && o.direct.waste[i] == o.z3.waste[i]) ++i;
  auto entry = [&](const std::vector<Waste>& w) {
    return i < w.size() ? waste_message(g, w[i]) : std::string("no more entries");
  };
  o.disagreements.push_back("checkers disagree on the waste list (direct " + std::to_string(o.direct.waste.size()) +
                            " entries, z3 " + std::to_string(o.z3.waste.size()) + "): direct has " +
                            entry(o.direct.waste) + ", z3 has " + entry(o.z3.waste));
}

}  // namespace

VerifyOutcome verify_artifact(const Graph& g, const Artifact& a, const VerifyOptions& opt,
                              const std::string& artifact_sha256) {
  VerifyOutcome o;
  o.artifact_sha256 = artifact_sha256;
  ProofSink sink;
  Z3Options zopt = opt.z3;
  if (!opt.proof_dir.empty()) zopt.proofs = &sink;
  if (opt.proof_layout == ProofLayout::Packed) zopt.proof_objects = false;
  if (opt.progress) zopt.progress = opt.progress;
  zopt.numerics = opt.engine == Engine::Float64;
  auto phase = [&](const char* what) { report_progress(opt.progress, {"verify", what, 0, 0, true}); };
  phase("direct checker");
  o.direct = run_direct_checker(g, a, opt.engine);
  phase("Z3 checker");
  o.z3 = run_z3_checker(g, a, zopt);
  if (o.z3.undecided) o.disagreements.push_back(o.z3.undecided_reason);
  for (size_t p = 0; p < kPropertyCount; ++p)
    if (o.direct.failed[p] != o.z3.failed[p] && !o.z3.undecided)
      o.disagreements.push_back(std::string("checkers disagree on property ") + property_name(static_cast<Property>(p)) +
                                ": direct " + (o.direct.failed[p] ? "found a violation" : "proved it") + ", z3 " +
                                (o.z3.failed[p] ? "found a violation" : "proved it"));
  if (o.direct.slot_checks_run != o.z3.slot_checks_run && !o.z3.undecided)
    o.disagreements.push_back("checkers disagree on whether the schedule is legal enough to check slots");
  if (!o.z3.undecided) compare_waste(g, o);
  merge_violations(o);
  bool violation = !o.direct.violations.empty() || !o.z3.violations.empty();
  if (!opt.proof_dir.empty()) {
    ProofSummary sum;
    sum.graph_name = g.name;
    sum.graph_sha256 = g.sha256;
    sum.artifact_sha256 = artifact_sha256;
    sum.z3_version = z3_version();
    sum.verdict = !o.disagreements.empty() ? "undecided" : violation ? "violation" : "safe";
    sum.violation_lines = o.lines;
    phase("proof directory (cvc5 re-checks it)");
    o.cvc5 = write_proof_dir(opt.proof_dir, sink, sum, opt.proof_layout);
    for (const std::string& n : o.cvc5.notes) o.disagreements.push_back(n);
  }
  o.exit_code = !o.disagreements.empty() ? kExitUndecided : violation ? kExitViolation : kExitOk;
  return o;
}

VerifyOutcome verify_files(const Graph& g, const std::string& artifact_path, const VerifyOptions& opt) {
  std::string bytes = read_file_bytes(artifact_path);
  nlohmann::json doc = parse_json_text(bytes, artifact_path);
  std::string artifact_sha = sha256_hex(bytes);
  // The graph hash is checked first: an artifact for another graph usually
  // names gates this graph lacks, and that is a violation, not bad input.
  // A hash that is not 64 lowercase hex digits is left to the reader, which
  // refuses it as bad input (it must never reach the checkers' string terms).
  if (doc.is_object() && doc.contains("graph") && doc["graph"].is_object() && doc["graph"].contains("sha256") &&
      doc["graph"]["sha256"].is_string() && is_sha256_hex(doc["graph"]["sha256"].get<std::string>()) &&
      doc["graph"]["sha256"].get<std::string>() != g.sha256) {
    Artifact stub;
    stub.graph_sha256 = doc["graph"]["sha256"].get<std::string>();
    if (doc["graph"].contains("name") && doc["graph"]["name"].is_string())
      stub.graph_name = doc["graph"]["name"].get<std::string>();
    return verify_artifact(g, stub, opt, artifact_sha);
  }
  return verify_artifact(g, artifact_from_json(g, doc, artifact_path), opt, artifact_sha);
}

void print_outcome(std::ostream& os, const VerifyOutcome& o, size_t limit, size_t waste_limit) {
  for (size_t i = 0; i < o.lines.size() && i < limit; ++i) os << o.lines[i] << "\n";
  if (o.lines.size() > limit) os << "... and " << o.lines.size() - limit << " more violations\n";
  if (!o.waste.empty()) {
    os << "waste: " << o.waste.size() << (o.waste.size() == 1 ? " value" : " values") << " kept beyond need\n";
    for (size_t i = 0; i < o.waste.size() && i < waste_limit; ++i)
      os << "  " << o.waste_lines[i] << "\n";
    if (o.waste.size() > waste_limit) os << "  ... and " << o.waste.size() - waste_limit << " more\n";
  }
  for (const std::string& d : o.disagreements) os << "UNDECIDED: " << d << "\n";
  size_t props = kPropertyCount;
  if (o.exit_code == kExitOk)
    os << "verdict: proven safe (direct checker and Z3 agree on all " << props << " properties; " << o.z3.queries
       << " Z3 queries unsat"
       << (o.waste.empty() ? std::string() : "; " + std::to_string(o.waste.size()) + " kept beyond need")
       << ")\n";
  else if (o.exit_code == kExitViolation)
    os << "verdict: violation (" << o.found.size() << " found; direct checker and Z3 agree)\n";
  else
    os << "verdict: undecided (see UNDECIDED lines)\n";
  if (!o.cvc5.version.empty() || !o.cvc5.notes.empty())
    os << "cvc5: " << (o.cvc5.available ? o.cvc5.version : std::string("not installed (recorded in the manifest)"))
       << "\n";
}

}  // namespace sp
