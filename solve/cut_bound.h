// The boundary min-cut bound: for each boundary c, the fewest values that any
// schedule inside the ASAP/ALAP windows must hold at c, computed exactly for a
// relaxation as a minimum s-t cut (Boost.Graph's push-relabel max flow). The
// widest boundary's minimum is a lower bound on the width, so on d_model.
//
// Only the "is phase(g) <= t" answers near c matter for the occupancy of c:
//
//   x(g,t)  = [phase(g) <= t] for t in c-4..c; true when t >= latest(g),
//             false when no legal phase of g in its window is <= t.
//   chain   x(g,t) => x(g,t+1).
//   reads   gate w reads a value of u: x(w,t) => x(u,t-1)  (phase(u) < phase(w);
//           at t = c-4, the weaker x(w,t) => x(u,t)).
//   value v counts at c (model/liveness.h's occupancy) when its producer p is
//           born by c and some reader runs at or after c-1 (delayed; c+1 when
//           v is handed over at its erase boundary under immediate reuse):
//             cost(v) = x(p,tp) AND OR_r NOT x(r, c-2+2h),   h = handed over
//           tp = c, except for a value that may be internal in some schedule
//           (a lookup/reglu value whose readers can all run right after it):
//           tp = c-3+2h there, where any reader late enough to count is two
//           phases past the producer, so the value cannot be internal.
//           Outputs and pinned inputs: cost(v) = x(p,c).
//
// As a cut (source side = true): each implication a => b is an infinite arc
// a -> b; each value is a node n with an arc p -> n of capacity 1 and infinite
// arcs n -> r, so the cut pays 1 exactly when p is true and some reader is
// false. The minimum cut is the minimum of the relaxed occupancy at c.
//
// What is relaxed (each only lowers the minimum, so the bound stays valid):
// co-location, the FFN budget, precedence further than one phase from the
// thresholds, the head rule, and the unmatched handovers immediate reuse adds.
// Unlike the LP it needs no model: it is near-linear in the values live near
// each boundary, and gives a bound at sizes where the root LP does not finish
// within the limit (docs/MILP.md, "Lower bounds"). Tested against enumeration
// (tests/test_scale.cpp).
#pragma once
#include <optional>
#include <span>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"
#include "solve/time_sharing.h"

namespace sp::milp {

struct CutBound {
  std::vector<int> min_occupancy;  // per boundary index (0 where not computed)
  int width = 0;                   // the bound on the width: the largest of them and of the window averages
  int boundaries_done = 0;         // all 2 * layers unless the deadline came first
  std::pair<int, int> window{-1, 1};  // (first boundary index, size) of the window that set `width`, if one did
};

// Boundaries are computed in order until `deadline`; what was computed is a
// valid bound even when it stops early.
CutBound boundary_cut_bound(const Graph& g, int layers, ReusePolicy policy, const std::vector<int>& earliest,
                            const std::vector<int>& latest, std::optional<Clock::time_point> deadline = std::nullopt,
                            std::span<const int> window_sizes = {});

}  // namespace sp::milp
