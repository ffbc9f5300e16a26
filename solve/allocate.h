// Slot allocation by interval colouring, and the write program it implies.
//
// Each slot-needing value holds a slot over the closed boundary range
// [first_boundary, hold_last] of the liveness' policy (model/liveness.h).
// Values are taken in order of first boundary (ties by value id) and given
// the lowest free slot; on interval graphs this uses exactly the peak
// occupancy, so slots_used is the schedule's width under that policy and
// never exceeds its d_model. Every value is written (+v) at its first
// boundary and erased (-v) at its erase boundary E:
//   delayed-reuse    a slot is free for v once its last value's erase
//                    boundary lies before first(v).
//   immediate-reuse  a slot is also free at its last value's erase boundary
//                    itself; then one write carries +new and -old together
//                    (under the float64 rule only between values of the
//                    handover class: docs/NUMERICS.md).
#pragma once
#include "model/artifact.h"
#include "model/graph.h"
#include "model/liveness.h"

namespace sp {

// The allocation's policy is the liveness' policy.
Allocation allocate_slots(const Graph& g, const Liveness& lv);

}  // namespace sp
