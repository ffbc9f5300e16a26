#include "solve/milp_levels.h"

#include <algorithm>

#include "model/liveness.h"
#include "solve/lexicographic.h"

namespace sp::milp {

namespace {

// The d_model level alone under an FFN cap (level 2's probes): solve_milp
// again, on the same layers, within what is left before `deadline` (the
// public entry point takes seconds; this is the one place that converts).
CapProbe solve_capped(const LevelsJob& job, int layers, int cap, Clock::time_point deadline) {
  MilpOptions o = job.opt;
  o.max_ffn = std::min(cap, job.opt.max_ffn.value_or(cap));
  o.layers = layers;
  o.lexicographic = false;
  o.write_mps.clear();
  o.progress = {};
  o.time_limit_s = std::max(0.05, seconds_until(deadline));
  MilpResult r = solve_milp(job.g, o);
  return {r.schedule, r.objective, r.bound, r.status == MilpStatus::Infeasible};
}

// When a level may stop: it gets `share` of the time left, and at most
// TimeSharing::level_share of the limit.
Clock::time_point level_deadline(const LevelsJob& job, double share) {
  const double seconds = std::min(share * seconds_until(job.deadline), kTimeSharing.level_share * job.opt.time_limit_s);
  return after_seconds(Clock::now(), std::max(0.0, seconds));
}

}  // namespace

void run_levels(const LevelsJob& job, Schedule s, MilpResult& r) {
  if (job.opt.lexicographic) {
    const int layers = r.layers;
    LevelInput in{job.g,       job.spec, job.earliest, job.latest, r.threads_used, job.opt.large_model_rows,
                  job.opt.log, [&job, layers](int cap, Clock::time_point deadline) {
                    return solve_capped(job, layers, cap, deadline);
                  }};
    LevelReport ffn, writes;
    job.progress("level 2: FFN width at d_model " + std::to_string(r.objective));
    s = minimise_ffn_width(in, std::move(s), r.objective, level_deadline(job, 0.5), ffn);
    job.progress("level 3: write terms at FFN width " + std::to_string(ffn.value));
    s = minimise_write_terms(in, std::move(s), r.objective, ffn.value, level_deadline(job, 1.0), writes);
    r.levels.push_back(ffn);
    r.levels.push_back(writes);
  }
  finish_schedule(job.g, job.opt.policy, std::move(s), r);
}

void finish_schedule(const Graph& g, ReusePolicy policy, Schedule s, MilpResult& r) {
  const Liveness lv = compute_liveness(g, s, policy);
  if (lv.d_model != r.objective)
    throw MilpInternalError("a lexicographic level changed d_model from " + std::to_string(r.objective) + " to " +
                            std::to_string(lv.d_model));
  r.ffn_width = lv.ffn_width;
  r.write_terms = write_terms(lv);
  r.schedule = std::move(s);
}

}  // namespace sp::milp
