// The Pareto frontier of (d_model, FFN width) under a layer budget, by the
// epsilon-constraint method on the lexicographic MILP (docs/MILP.md,
// "Frontier"): with no FFN cap, minimise d_model and then the FFN width at it,
// giving the point (D_1, F_1); cap the FFN width at F_1 - 1 and repeat, until
// the cap admits no schedule. When every level is proven optimal the points
// are exactly the Pareto-optimal pairs: a pair with FFN width below F_k and
// d_model below D_{k+1} would contradict the optimality of D_{k+1}.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"
#include "solve/level_report.h"

namespace sp {

struct FrontierOptions {
  std::optional<int> layers;  // nullopt: the fewest the graph allows
  ReusePolicy policy = kDefaultPolicy;
  double point_time_limit_s = 60;  // per point (the lexicographic solve at one cap)
  int threads = 1;
  int max_points = 200;          // a safety stop; the FFN width falls by at least 1 per point
};

struct FrontierPoint {
  std::optional<int> ffn_cap;  // the --max-ffn the point was solved under (none for the first)
  LevelReport d_model, ffn_width;
  Schedule schedule;
  double seconds = 0;          // elapsed (not deterministic)
  bool proven() const { return d_model.status == "proven optimal" && ffn_width.status == "proven optimal"; }
};

// Why the frontier stopped.
enum class FrontierEnd {
  Infeasible,  // the cap (or, with no point yet, the layer budget itself) admits no schedule
  NoSchedule,  // the solver found none within the time limit (undecided)
  MinimalFfn,  // FFN width 1 (0 for a graph without reglus) reached: no smaller cap exists
  MaxPoints,   // the safety stop
};

struct Frontier {
  int layers = 0;
  ReusePolicy policy = kDefaultPolicy;
  std::vector<FrontierPoint> points;  // d_model ascending, FFN width descending
  FrontierEnd stop = FrontierEnd::MaxPoints;
  std::string end;  // why it stopped, in words: the infeasibility message at the last cap, a time limit, ...
};

// Throws InputError for bad options (as solve_milp does).
Frontier compute_frontier(const Graph& g, const FrontierOptions& opt);

}  // namespace sp
