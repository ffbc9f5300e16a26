// A lower bound on d_model that needs no model: what every schedule inside
// the ASAP/ALAP windows must hold (docs/MILP.md, "Lower bounds").
//   occupancy  at boundary c, the values that are born by c in every
//              schedule (their producer's latest phase <= c), are read at or
//              after c+1 (immediate reuse; c-1 under delayed reuse) by some
//              reader whatever the schedule (that reader's earliest phase),
//              and can never be internal (a lookup/reglu value whose readers'
//              earliest phase is at least two past its producer's latest);
//              outputs and pinned inputs from their latest birth on;
//   heads      per layer, 2 * the heads of the lookups whose window lies in it.
// Linear in the graph and the layers: it exists at every size, even when the
// MILP cannot be built in time. Tested against enumeration (tests/test_scale.cpp).
#pragma once
#include <optional>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"

namespace sp::milp {

// The even d_model every schedule in the windows needs at least.
int forced_d_model_bound(const Graph& g, int layers, ReusePolicy policy, const std::vector<int>& earliest,
                         const std::vector<int>& latest);

}  // namespace sp::milp
