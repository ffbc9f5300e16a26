#include "solve/frontier.h"

#include "solve/milp.h"

namespace sp {

Frontier compute_frontier(const Graph& g, const FrontierOptions& opt) {
  Frontier f;
  f.policy = opt.policy;
  std::optional<int> cap;
  for (int k = 0; k < opt.max_points; ++k) {
    MilpOptions mo;
    mo.layers = opt.layers;
    mo.max_ffn = cap;
    mo.policy = opt.policy;
    mo.time_limit = opt.point_time_limit;
    mo.threads = opt.threads;
    MilpResult r = solve_milp(g, mo);
    f.layers = r.layers;
    if (r.status == MilpStatus::Infeasible) {
      f.end = r.message;
      return f;
    }
    if (!r.schedule || r.levels.size() < 2) {
      f.end = "no schedule found within the time limit at FFN width <= " + (cap ? std::to_string(*cap) : "any");
      return f;
    }
    f.points.push_back({cap, r.levels[0], r.levels[1], *r.schedule, r.seconds});
    if (r.ffn_width <= 1) {
      f.end = "FFN width 1 reached";
      return f;
    }
    cap = r.ffn_width - 1;
  }
  f.end = "stopped after " + std::to_string(opt.max_points) + " points";
  return f;
}

}  // namespace sp
