// The direct checker: a register-allocation checker (in the style of
// regalloc2's checker) for residual-stream slots. Independent of the Z3
// encoding; the two are compared property by property (verify/verify.h).
//
// Abstract state: for every slot, its symbolic contents as a sparse linear
// combination of values (value -> coefficient; absent = 0). The stream starts
// all zero; the embedding is the write program's boundary -1.
//
// Transfer function of a write (boundary c, slot s, delta): contents[s] +=
// delta, term by term; entries that reach 0 are dropped. Before the writes of
// boundary c are applied, every slot they touch is checked: each value still
// in it must not be needed after c (read at a phase > c, an output, or
// pinned). A write at a boundary b takes effect for every boundary >= b.
//
// Transfer function of a read (gate at phase p reading v): nothing changes;
// the check is that contents[slot(v)] after the last boundary before p is
// exactly 1*v, unless v is produced in the same sublayer (a lookup value read
// by a persist1 of its layer, a reglu value read by a persist2 of its layer).
//
// After every boundary c (where anything can change: a write, or the start or
// end of a value's slot range), each slot s must hold exactly
//   the values that hold it at c (need a slot, slot table s, first <= c < E),
//     each with coefficient 1, and
//   waste: only while no value holds s at c, any values with coefficient 1
//     whose slot-table slot is s, that are born by c and that a later write
//     subtracts again (s's contents after the last write do not have them).
// So a stale value whose subtraction is missing, late while the slot is
// given to another value, or has the wrong coefficient is caught at the
// boundary where it should be gone. Outputs must be in their slots after the
// last boundary 4N-1. The waste boundaries are recorded per value; a
// slot-table entry of a value that needs no slot is waste too.
//
// The float64 rule (docs/NUMERICS.md): a write that subtracts one value and
// places another must be exact in the engine's float64 sum; checked per
// write from the value ranges (model/value_ranges.h).
//
// Births, deaths and slot ranges are derived here from the graph and the
// phases alone (the allocator's intervals are never read); the d_model cost
// check uses model/liveness.h, the project's single definition of the cost.
// Detection records data; verify/violation_text.h words it.
// Cost: O(gates + edges + writes + slot entries), plus a sort per slot.
#pragma once
#include "model/artifact.h"
#include "model/graph.h"
#include "verify/numerics.h"
#include "verify/violation.h"

namespace sp {

// `engine`: Float64 also checks the float64 rule on every handover write.
CheckerResult run_direct_checker(const Graph& g, const Artifact& a, Engine engine = Engine::Float64);

}  // namespace sp
