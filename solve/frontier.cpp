#include "solve/frontier.h"

#include "solve/milp.h"

namespace sp {

namespace {

Frontier& stop(Frontier& f, FrontierEnd why, std::string words) {
  f.stop = why;
  f.end = std::move(words);
  return f;
}

LevelReport proven(const char* objective, int value) { return {objective, "proven optimal", value, value, 0}; }

}  // namespace

Frontier compute_frontier(const Graph& g, const FrontierOptions& opt) {
  Frontier f;
  f.policy = opt.policy;
  std::optional<int> cap;
  for (int k = 0; k < opt.max_points; ++k) {
    MilpOptions mo;
    mo.layers = opt.layers;
    mo.max_ffn = cap;
    mo.policy = opt.policy;
    mo.time_limit_s = opt.point_time_limit_s;
    mo.threads = opt.threads;
    MilpResult r = solve_milp(g, mo);
    f.layers = r.layers;
    if (r.status == MilpStatus::Infeasible) return stop(f, FrontierEnd::Infeasible, r.message);
    if (r.schedule && g.gates.empty()) {  // solve_milp proves it without levels: nothing to schedule
      f.points.push_back({cap, proven("d_model", r.objective), proven("ffn_width", 0), *r.schedule, r.seconds});
      return stop(f, FrontierEnd::MinimalFfn, "a graph without gates has FFN width 0");
    }
    if (!r.schedule || r.levels.size() < 2)
      return stop(f, FrontierEnd::NoSchedule,
                  "no schedule found within the time limit" + (cap ? " at FFN width <= " + std::to_string(*cap) : ""));
    f.points.push_back({cap, r.levels[0], r.levels[1], *r.schedule, r.seconds});
    if (r.ffn_width <= 1)
      return stop(f, FrontierEnd::MinimalFfn, "FFN width " + std::to_string(r.ffn_width) + " reached");
    cap = r.ffn_width - 1;
  }
  return stop(f, FrontierEnd::MaxPoints, "stopped after " + std::to_string(opt.max_points) + " points");
}

}  // namespace sp
