// Local search on phases: the fast primal heuristic for graphs too large for
// CBC to improve on in time (docs/MILP.md, "Local search").
//
// State: a legal schedule, with the cost terms of model/liveness.cpp kept
// incrementally: the occupancy of every boundary under the policy, and per
// layer the lookup heads, the dying values (death phase 4L or 4L+1) and the
// passthrough values (distinct values persist1 gates read that are not their
// layer's own lookup values).
// Move: one gate to another legal phase inside its window, the window being
// its ASAP/ALAP range narrowed by its producers' and readers' current phases,
// kept in its layer when it belongs to a co-location class, and inside the
// FFN budget. A move changes only the values the gate produces and reads, so
// it costs O(those values x boundaries they span).
// A push move takes a gate one to four phases further and moves its readers
// later (or producers earlier) as far as needed, each inside its own window.
// Objective, lexicographic: width_bound (max occupancy or head demand), then
// how many boundaries and layers reach it, then the sum of squares of all of
// them (which rewards flattening the profile below the peak). Moves that do
// not worsen it are kept, the rest undone (descent); after a long streak
// without gain a kick of random moves restarts the descent (iterated local
// search). The best schedule seen is returned.
// The result is re-checked with compute_liveness by the caller.
#pragma once
#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"
#include "solve/time_sharing.h"

namespace sp::milp {

struct LocalSearchOptions {
  int layers = 1;
  std::optional<int> max_ffn;
  ReusePolicy policy = kDefaultPolicy;
  uint64_t seed = 1;
  int64_t max_moves = 0;  // 0: until the deadline
  // Give up after this many kicks in a row that led to no better schedule
  // (0: never): beside CBC the band search waits for the local search, and a
  // stalled one only holds it back.
  int stall_kicks = 0;
  // Stop once the d_model of the best schedule is at most this (a lower bound
  // proved elsewhere: nothing below it exists). 0: never.
  int enough_d_model = 0;
};

struct LocalSearchResult {
  Schedule schedule;
  int width_bound_before = 0, width_bound_after = 0;
  int64_t moves_tried = 0, moves_kept = 0;
};

// `earliest`/`latest`: each gate's phase window in opt.layers layers;
// `start`: a legal schedule inside them. Stops at the deadline, after
// opt.max_moves moves, after opt.stall_kicks fruitless kicks, at
// opt.enough_d_model, or when `*stop` becomes true (checked every 1,024 moves).
LocalSearchResult local_search(const Graph& g, const std::vector<int>& earliest, const std::vector<int>& latest,
                               const Schedule& start, const LocalSearchOptions& opt, Clock::time_point deadline,
                               const std::atomic<bool>* stop = nullptr);

}  // namespace sp::milp
