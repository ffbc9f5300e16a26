// Facts about transformer-vm's engines (../shared/third_party/transformer-vm,
// model/transformer.cpp) that the exporter and the model auditor share.
//
// The engines add the position features to residual slots 0, 1 and 2 of every
// token (add_position_encoding), whatever the weights say, so a model built
// from a slotproof artifact must keep those three values there. Renaming
// slots consistently (a permutation applied to the slot table and the write
// program together) keeps every property `verify` proves, so an artifact
// that put them elsewhere is exported under such a permutation.
#pragma once
#include <array>
#include <string_view>
#include <vector>

#include "model/graph.h"

namespace sp::tvm {

// kFixedSlotValues[i] lives in slot i.
inline constexpr std::array<std::string_view, 3> kFixedSlotValues{"position", "inv_log_pos", "position_sq"};

// A permutation perm[old_slot] = new_slot of [0, d_model) that moves each
// fixed value the graph has to its fixed slot and keeps every other slot in
// its relative order. `slot_of` is the artifact's slot per value (-1: none).
// Throws InputError if a fixed value has no slot or d_model < 3.
std::vector<int> fixed_slot_permutation(const Graph& g, const std::vector<int>& slot_of, int d_model);

}  // namespace sp::tvm
