// The computing units of a compiled model, read out of its weight matrices as
// sparse rows over residual slots: each attention head (two query, two key and
// two value rows of in_proj, and the two out_proj columns its components
// write through) and each FFN neuron (its gate row b and value row a of ff_in,
// and its ff_out column). A row lists the slots it reads with their weights;
// an out column lists the slots a component writes with their coefficients.
// Weights are taken exactly as stored: any nonzero weight is a read or a
// write, however small (a 1e-300 read of a slot is a read of that slot).
#pragma once
#include <vector>

#include "engine/model_bin.h"

namespace sp::audit {

struct SlotTerm {
  int slot;
  double w;
};
using SlotRow = std::vector<SlotTerm>;  // nonzero weights, ascending slot

struct HeadUnit {
  int layer = 0, head = 0;
  SlotRow q[2], k[2], v[2];  // in_proj rows 2h+i, D+2h+i, 2D+2h+i
  SlotRow out[2];            // out_proj column 2h+i: the slots component i writes
  int tiebreak = -1;         // the tie-break section's entry (1 latest, 0 average), -1 absent
};

struct NeuronUnit {
  int layer = 0, neuron = 0;
  SlotRow b, a;  // ff_in rows j (gate, through relu) and F+j (value)
  SlotRow out;   // ff_out column j
};

std::vector<HeadUnit> read_heads(const ModelBin& m, int layer);
std::vector<NeuronUnit> read_neurons(const ModelBin& m, int layer);

// A unit that cannot change the stream: a head whose value rows or out
// columns are all zero, a neuron with a zero gate row (relu(0) = 0), a zero
// value row or a zero out column. Padding heads and neurons are inert, and so
// are units a builder left empty for gates with empty expressions.
bool inert(const HeadUnit& h);
bool inert(const NeuronUnit& n);

// Slots the token embedding writes (a nonzero tok column).
std::vector<int> embedding_slots(const ModelBin& m);

}  // namespace sp::audit
