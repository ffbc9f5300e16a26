#include "verify/z3_smt.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "model/hash.h"
#include "verify/proof_output.h"

namespace sp {

SmtSession::SmtSession(z3::context& ctx, const Z3Options& opt, bool proof_objects, int& query_count)
    : ctx_(ctx), opt_(opt), proof_objects_(proof_objects), query_count_(query_count), solver_(ctx) {
  z3::params p(ctx_);
  p.set("random_seed", 0u);
  p.set("rlimit", opt_.rlimit);
  // Z3's older arithmetic solver (theory_arith): on the many small
  // ite-over-linear-terms queries here it is about 1.3x faster than the
  // default (lp, arith.solver=6), same verdicts. docs/VERIFY.md, "Speed".
  p.set("arith.solver", 2u);
  solver_.set(p);
}

SmtResult SmtSession::check(const std::string& name, const char* logic, const NamedFacts& facts,
                            const z3::expr& negation, const ModelHandler& on_model) {
  ++query_count_;
  if (opt_.progress)
    opt_.progress({"verify", "Z3: " + std::to_string(query_count_) + " queries (" + name + ")", 0, 0, false});
  z3::solver& s = solver_;
  s.push();
  struct PopScope {
    z3::solver& s;
    ~PopScope() { s.pop(); }
  } pop_scope{s};
  for (auto& [n, e] : facts) s.add(e);
  s.add(negation);
  QueryRecord rec;
  rec.name = name;
  rec.logic = logic;
  if (opt_.proofs) rec.smt2 = std::string("(set-logic ") + logic + ")\n" + s.to_smt2();
  SmtResult result;
  z3::check_result r = z3::unknown;
  auto t0 = std::chrono::steady_clock::now();
  try {
    r = s.check();
    if (std::getenv("SLOTPROOF_VERIFY_TIMING"))
      std::fprintf(stderr, "%s %.4f %.4f\n", name.c_str(),
                   std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
                   std::chrono::duration<double>(t0 - begun_).count());
  } catch (const z3::exception& e) {
    rec.z3_detail = e.msg();
  }
  if (r == z3::unknown) {
    result.reason = rec.z3_detail.empty() ? std::string(s.reason_unknown()) : rec.z3_detail;
    rec.z3_verdict = "unknown";
    rec.z3_detail = result.reason;
  } else if (r == z3::unsat) {
    result.verdict = SmtResult::Verdict::Unsat;
    rec.z3_verdict = "unsat";
    if (opt_.proofs && proof_objects_) record_proof_and_core(facts, negation, rec);
    else if (opt_.proofs && opt_.proof_objects)
      rec.z3_detail = "; no proof object: whole-graph query, run without proof generation\n";
  } else {
    result.verdict = SmtResult::Verdict::Sat;
    rec.z3_verdict = "sat";
    result.model = s.get_model();
    if (opt_.proofs) rec.z3_detail = result.model->to_string().substr(0, ProofSink::kProofCap);
    enumerate_models(*result.model, on_model);
  }
  if (opt_.proofs) opt_.proofs->record(std::move(rec));
  return result;
}

// Up to max_models models, each blocked by the handler's clause (in the
// query's scope).
void SmtSession::enumerate_models(z3::model m, const ModelHandler& on_model) {
  for (unsigned i = 0; i < opt_.max_models; ++i) {
    std::optional<z3::expr> block = on_model(m);
    if (!block || i + 1 == opt_.max_models) break;
    solver_.add(*block);
    if (solver_.check() != z3::sat) break;
    m = solver_.get_model();
  }
}

void SmtSession::record_proof_and_core(const NamedFacts& facts, const z3::expr& negation, QueryRecord& rec) {
  try {
    std::string proof = solver_.proof().to_string();
    if (proof.size() > opt_.max_proof_bytes)
      proof = "; proof omitted: " + std::to_string(proof.size()) + " bytes exceed the cap of " +
              std::to_string(opt_.max_proof_bytes) + " bytes\n; proof-bytes " + std::to_string(proof.size()) +
              "\n; proof-sha256 " + sha256_hex(proof) + "\n";
    rec.z3_detail = proof;
  } catch (const z3::exception& e) {
    rec.z3_detail = std::string("; no proof: ") + e.msg() + "\n";
  }
  if (facts.size() + 1 > ProofSink::kCoreAssertionCap) return;
  // A separate solver: minimised cores and proofs do not mix.
  z3::solver cs(ctx_);
  z3::params p(ctx_);
  p.set("random_seed", 0u);
  p.set("rlimit", opt_.rlimit);
  p.set("unsat_core", true);
  p.set("core.minimize", true);
  cs.set(p);
  for (auto& [n, e] : facts) cs.add(e, n.c_str());
  cs.add(negation, "negated_property");
  if (cs.check() != z3::unsat) return;
  rec.core_computed = true;
  z3::expr_vector core = cs.unsat_core();
  for (unsigned i = 0; i < core.size(); ++i) rec.core.push_back(core[i].to_string());
  std::sort(rec.core.begin(), rec.core.end());
}

std::string slot_query_name(int slot, const char* what, size_t window, bool windowed) {
  char buf[80];
  if (windowed) std::snprintf(buf, sizeof buf, "slot-%04d-%s-w%04d", slot, what, static_cast<int>(window));
  else std::snprintf(buf, sizeof buf, "slot-%04d-%s", slot, what);
  return buf;
}

std::string numbered_query_name(const char* stem, size_t k, bool numbered) {
  char buf[80];
  if (numbered) std::snprintf(buf, sizeof buf, "%s-%04d", stem, static_cast<int>(k));
  else std::snprintf(buf, sizeof buf, "%s", stem);
  return buf;
}

}  // namespace sp
