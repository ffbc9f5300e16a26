#include "verify/z3_encoding.h"

#include <z3++.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "verify/z3_checks.h"

namespace sp {

std::string z3_version() {
  unsigned major, minor, build, rev;
  Z3_get_version(&major, &minor, &build, &rev);
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(build);
}

CheckerResult run_z3_checker(const Graph& g, const Artifact& a, const Z3Options& opt_in) {
  Z3Options opt = opt_in;
  CheckerResult out;
  out.checker = "z3";
  z3::config cfg;
  cfg.set("model", true);
  const bool proof_objects = opt.proofs && opt.proof_objects;
  if (proof_objects) cfg.set("proof", true);
  // SLOTPROOF_VERIFY_TIMING=1: seconds per stage on stderr (with each query's).
  auto stage = [t = std::chrono::steady_clock::now()](const char* what) mutable {
    if (!std::getenv("SLOTPROOF_VERIFY_TIMING")) return;
    auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "stage %s %.4f\n", what, std::chrono::duration<double>(now - t).count());
    t = now;
  };
  [&] {  // a scope, so that freeing the contexts is timed too
    z3::context ctx(cfg);
    SmtSession smt(ctx, opt, proof_objects, out.queries);
    LivenessTerms terms(ctx, g, a);
    Z3Env e{g, a, opt, out, smt, terms};
    try {
      if (!check_hash(e)) return;
      check_schedule(e);
      check_slot_indices(e);
      if (!schedule_legal(out) || out.undecided) return;
      out.slot_checks_run = true;
      terms.compute_life();
      check_missing_slots(e);
      stage("global");
      check_slots(e, d_model_windowed(e));
      stage("slots");
      // The d_model queries span the whole graph: Z3's proof generation makes
      // them orders of magnitude slower, so they run in a context without it
      // (their verdicts and SMT-LIB2 files are still recorded and re-checked).
      z3::config plain;
      plain.set("model", true);
      z3::context whole_graph_ctx(plain);
      SmtSession whole_smt(whole_graph_ctx, opt, false, out.queries);
      LivenessTerms whole_terms(whole_graph_ctx, g, a);
      Z3Env d{g, a, opt, out, whole_smt, whole_terms};
      whole_terms.compute_life();
      check_d_model(d);
      stage("d_model");
      // Last, as in the direct checker: a graph without ranges flags every
      // handover, and the stored violations are capped (kMaxStoredViolations).
      if (opt.numerics) check_numerics(e);
      stage("numerics");
    } catch (const z3::exception& ex) {
      out.undecided = true;
      out.undecided_reason = std::string("Z3 error: ") + ex.msg();
    }
  }();
  stage("teardown");
  return out;
}

}  // namespace sp
