// A lower bound on d_model that needs no model: what every schedule inside
// the ASAP/ALAP windows must hold (docs/MILP.md, "Lower bounds").
//   occupancy  at boundary c, the values that are born by c in every
//              schedule (their producer's latest phase <= c), are read at or
//              after c+1 (immediate reuse; c-1 under delayed reuse) by some
//              reader whatever the schedule (that reader's earliest phase),
//              and can never be internal (a lookup/reglu value whose readers'
//              earliest phase is at least two past its producer's latest);
//              outputs and pinned inputs from their latest birth on;
//   heads      over every run of layers [a, b], the head demand that must fall
//              inside it (items whose layer window lies in it: a lookup's
//              2 * heads, a value whose death is surely an attention phase,
//              a persist1 read surely passed through), divided by b - a + 1:
//              each layer's demand is at most d_model, so their sum is at
//              most (b - a + 1) * d_model. On deep graphs this, not
//              occupancy, sets d_model (docs/MILP.md, "Lower bounds").
// Linear in the graph and the layers: it exists at every size, even when the
// MILP cannot be built in time. Tested against enumeration (tests/test_scale.cpp).
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"

namespace sp::milp {

// The least d_model the head rule allows any schedule in the windows
// (not rounded to even). Intervals are cut at max_interval_work / layers
// layers long, so the cost stays near-linear on very deep graphs.
int head_demand_bound(const Graph& g, int layers, const std::vector<int>& earliest, const std::vector<int>& latest,
                      int64_t max_interval_work = 40'000'000);

// The even d_model every schedule in the windows needs at least.
int forced_d_model_bound(const Graph& g, int layers, ReusePolicy policy, const std::vector<int>& earliest,
                         const std::vector<int>& latest);

}  // namespace sp::milp
