#include "solve/sat_descent.h"

#include <cmath>
#include <filesystem>

#include "model/artifact.h"
#include "model/scratch_dir.h"
#include "sat/cadical_run.h"
#include "sat/cnf_encoding.h"
#include "solve/milp_schedule.h"

namespace sp::milp {

std::optional<Schedule> sat_schedule(const Graph& g, const ModelSpec& spec, int width_bound,
                                     Clock::time_point deadline) {
  ScratchDir dir("slotproof-sat");
  const int seconds = static_cast<int>(std::floor(seconds_until(deadline)));
  if (dir.path.empty() || seconds < 1) return std::nullopt;
  const std::string cnf = (dir.path / "question.cnf").string();
  CnfEncoding enc = encode_schedule_cnf(g, {spec.layers, spec.policy, spec.max_ffn, width_bound});
  write_text_file(cnf, enc.dimacs);
  SatOptions so;
  so.time_limit_s = seconds;
  SatRun run = run_cadical(cnf, so);
  if (run.answer != SatAnswer::Sat) return std::nullopt;
  Schedule s = decode_schedule(enc, parse_sat_model(run.output, enc.variables));
  if (!schedule_violation(g, s, spec.max_ffn).empty() ||
      compute_liveness(g, s, spec.policy).width_bound > width_bound)
    return std::nullopt;
  return s;
}

SatDescent sat_descent(const Graph& g, const ModelSpec& spec, int start_d, Clock::time_point deadline,
                       const std::atomic<bool>* stop, int known_bound) {
  SatDescent out;
  ScratchDir dir("slotproof-sat");
  if (dir.path.empty()) {
    out.note = "no temporary directory for the CNF";
    return out;
  }
  const std::string cnf = (dir.path / "question.cnf").string();
  int d = start_d;
  while (d >= 2 && d > known_bound && !(stop && stop->load())) {
    const int seconds = static_cast<int>(std::floor(seconds_until(deadline)));
    if (seconds < 1) break;
    CnfEncoding enc = encode_schedule_cnf(g, {spec.layers, spec.policy, spec.max_ffn, d - 2});
    write_text_file(cnf, enc.dimacs);
    SatOptions so;
    so.time_limit_s = seconds;
    so.stop = stop;
    SatRun run = run_cadical(cnf, so);
    ++out.calls;
    if (run.answer == SatAnswer::Unsat) {
      out.bound = d;
      break;
    }
    if (run.answer != SatAnswer::Sat) {
      if (!run.failure.empty()) out.note = "cadical: " + run.failure;
      break;
    }
    Schedule s = decode_schedule(enc, parse_sat_model(run.output, enc.variables));
    const int found = compute_liveness(g, s, spec.policy).d_model;
    if (!schedule_violation(g, s, spec.max_ffn).empty() || found > d - 2) {
      out.note = "a SAT model did not decode to a schedule of d_model <= " + std::to_string(d - 2);
      break;  // an encoding bug: never trusted, the caller keeps its own schedules
    }
    out.best = std::move(s);
    out.best_d = d = found;
  }
  return out;
}

}  // namespace sp::milp
