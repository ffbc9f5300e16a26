// Slot allocation by interval colouring, and the write program it implies.
//
// Each slot-needing value holds a slot over the closed boundary range
// [first_boundary, last_boundary] (model/liveness.h). Values are taken in
// order of first boundary (ties by value id) and given the lowest free slot;
// on interval graphs this uses exactly the peak occupancy, so slots_used is
// the schedule's width and never exceeds d_model.
//   delayed-reuse    a slot is free for v once its last value's range ended
//                    before first(v); every value is erased (-v) at its last
//                    boundary.
//   immediate-reuse  a slot is also free at its last value's final boundary;
//                    then one write carries +new and -old together.
#pragma once
#include "model/artifact.h"
#include "model/graph.h"
#include "model/liveness.h"

namespace sp {

Allocation allocate_slots(const Graph& g, const Liveness& lv, ReusePolicy policy = ReusePolicy::Delayed);

}  // namespace sp
