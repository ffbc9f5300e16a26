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

// weights.py scales every attention query by HARD_K * sqrt(2) (HARD_K = 1e10,
// a softmax temperature that makes attention a hard argmax; sqrt(2) undoes
// the 1/sqrt(head_dim) of the score). Keys and values are not scaled.
inline constexpr double kHardK = 1e10;
inline constexpr double kSqrt2 = 1.4142135623730951;  // math.sqrt(2.0)
inline constexpr double kQueryScale = kHardK * kSqrt2;

// Passthrough heads and neurons (weights.py erase_q2d / erase_k2d, one_expr):
// a head whose query is (position, one) * kQueryScale and whose key is
// (2 position, one) attends to its own token, so each value row that reads
// one slot with coefficient 1 copies that slot; a neuron whose gate row is
// `one` (relu(1) = 1) and whose value row reads one slot copies it too.
inline constexpr std::string_view kOneValue = "one";
inline constexpr std::string_view kPositionValue = "position";

// A permutation perm[old_slot] = new_slot of [0, d_model) that moves each
// fixed value the graph has to its fixed slot and keeps every other slot in
// its relative order. `slot_of` is the artifact's slot per value (-1: none).
// Throws InputError if a fixed value has no slot or d_model < 3.
std::vector<int> fixed_slot_permutation(const Graph& g, const std::vector<int>& slot_of, int d_model);

}  // namespace sp::tvm
