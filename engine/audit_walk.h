// Symbolic execution of a compiled transformer-vm model over a graph's values:
// which gate each head and neuron computes, which write row computes each
// persist gate, and what every boundary writes into every residual slot.
//
// Abstract state (one token's residual stream, the same for every token):
//   stream[s]    the contents of slot s: a linear combination of atoms, each a
//                graph value or the embedding placeholder e_s of an embedding
//                slot whose input is not yet identified
//   tie          input <-> embedding slot, as matching derives it (the
//                engine's position features are tied to slots 0, 1, 2 from
//                the start); tying e_s to input u renames e_s to u everywhere
//   placed       per gate: the phase it was found computed at, or none; per
//                lookup value: the layer of the head component computing it
// Transfer functions:
//   embedding (boundary -1)  stream[s] = e_s for every nonzero tok column s;
//                stream[i] += position, inv_log_pos, position_sq for i = 0, 1, 2
//                (the engine adds them whatever the weights say)
//   attention sublayer of layer L (phase 4L, boundary 4L+1), reading the
//                stream as it stood at the sublayer's start (`before`):
//       each head is inert (nothing reaches the stream), a lookup (its query
//       rows match a lookup gate's query times kQueryScale, its key rows the
//       key, each active value row one of the gate's value expressions; its
//       component outputs that gate value, a new atom), or a passthrough (the
//       query/key pattern of tvm_layout.h; each active value row reads one
//       slot with coefficient 1 and outputs before[that slot]). Anything else
//       is an unmatched head: bad input, exit 2 (docs/AUDIT.md says why).
//       Then delta[s] = sum over components of out_proj[s][component] *
//       output(component), computed exactly, and after[s] = before[s] +
//       delta[s].
//   FFN sublayer of layer L (phase 4L+2, boundary 4L+3): the same with
//       neurons: a reglu (gate row = the gate's b, value row = its a; output a
//       new atom) or a passthrough (gate row = `one`, value row one slot with
//       coefficient 1; output before[that slot]); delta[s] = sum of ff_out[s][j]
//       * output(j).
//   persist folding at each boundary c: a persist gate P none of whose
//       operands is born at c or later is computed in slot s when after[s]
//       holds every term of P's expression with its coefficient (within the
//       tolerance); the terms are replaced by the atom P. What is left in
//       after[s] (a subtraction, a stale value, a stray term) stays as it is
//       for verify to judge.
//   write program: write(c, s) = after[s] - before[s] over atoms, for every
//       slot that changed; then stream = after.
// Matching a sublayer's units is a fixpoint: a unit with exactly one way to
// match (gate, ties) is committed, which may settle others (an input tied by
// one unit is then a plain value for the rest); units whose only ways are
// gates with identical expressions take the first; what remains is tried
// with wildcard reads (audit_match.h); a unit still unmatched or ambiguous is
// bad input. At the end, embedding slots still untied are paired with inputs
// no gate reads (interchangeable, so any pairing gives the same verdict).
#pragma once
#include <map>
#include <utility>
#include <vector>

#include "engine/model_bin.h"
#include "model/graph.h"
#include "verify/violation.h"

namespace sp::audit {

// A gate's read of a value, found by matching a unit's row term.
struct ReadRecord {
  ValueId value;
  int slot;
  GateId gate;
  int phase;
  bool wildcard;  // the slot held no live value (relaxed matching)
  int layer, unit;
  bool neuron;
};

enum class UnitRole : uint8_t { Inert, Lookup, Reglu, Passthrough };
struct UnitOutcome {
  int layer;
  bool neuron;
  int index;
  UnitRole role;
  GateId gate;  // lookup or reglu, else -1
};

struct WalkResult {
  std::vector<int> gate_phase;   // per gate: where a unit or write computes it, -1 nowhere
  std::vector<int> input_slot;   // per value: an input's embedding slot (-1: none)
  std::vector<ValueId> by_elimination;  // inputs tied to the last untied embedding slots
  std::map<std::pair<int, int>, Contents> writes;  // (boundary, slot) -> delta over values
  std::vector<ReadRecord> reads;
  std::vector<UnitOutcome> units;
  std::vector<std::pair<int, int>> handovers;  // (boundary, slot) of `+new -old` writes
  int tied_readings = 0;  // other readings with as few wildcard reads (all unsafe)
  int walks = 0;          // runs of the walk the decision search took
};

// Throws InputError (exit 2) naming the model file and the layer and head or
// neuron when the weights compute something the graph does not have.
WalkResult walk_model(const Graph& g, const ModelBin& m);

}  // namespace sp::audit
