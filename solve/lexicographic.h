// Lexicographic objectives after d_model (docs/MILP.md, "Lexicographic
// objectives"). Once the minimal d_model D is known, the same model is solved
// again with d_model capped at D and a new objective:
//   level 2  FFN width: the most reglu gates in one layer (the FFN's hidden
//            size, which sets the FFN's parameters and multiply-adds);
//   level 3  write terms: the deltas the write program writes, one per
//            slot-needing value plus one per erasure (a value consumed inside
//            its own sublayer costs none), with the FFN width capped too.
// Every schedule a level returns is re-checked with compute_liveness; one
// that breaks a cap or disagrees with the level's objective is a formulation
// bug (MilpInternalError).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"
#include "solve/level_report.h"
#include "solve/milp_model.h"
#include "solve/time_sharing.h"

namespace sp::milp {

// The level-3 objective of a schedule: write terms under its liveness.
int write_terms(const Liveness& lv);

// The least d_model under an FFN cap, as the d_model level solves it (no
// lexicographic levels), within a deadline: solve_milp with --max-ffn.
struct CapProbe {
  std::optional<Schedule> schedule;  // the best found, if any
  int d_model = 0, bound = 0;        // of that schedule, and the proven lower bound
  bool infeasible = false;           // no schedule at all under the cap (proven)
};
using CapSolver = std::function<CapProbe(int cap, Clock::time_point deadline)>;

// The two levels to run after d_model, with the shared inputs of both.
struct LevelInput {
  const Graph& g;
  ModelSpec spec;
  const std::vector<int>& earliest;
  const std::vector<int>& latest;
  int threads = 1;
  size_t large_model_rows = 0;  // CBC's large-model settings from this many rows
  bool log = false;             // CBC's log on stdout
  CapSolver solve_capped;       // level 2's probes
};

// Level 2: minimises the FFN width of `s` (whose d_model is `d_model`) at
// d_model <= d_model, within `deadline`; returns the best schedule found
// (`s` itself if none is better) and reports the level.
Schedule minimise_ffn_width(const LevelInput& in, Schedule s, int d_model, Clock::time_point deadline,
                            LevelReport& report);

// Level 3: minimises write terms at d_model <= d_model and FFN width <= ffn_width.
Schedule minimise_write_terms(const LevelInput& in, Schedule s, int d_model, int ffn_width,
                              Clock::time_point deadline, LevelReport& report);

}  // namespace sp::milp
