// Earliest and latest legal phases of every gate (ASAP / ALAP levels).
//
// Phase rules (SPEC.md 2): lookups at 4L, reglus at 4L+2, persists at odd
// phases; a gate's phase exceeds the phases of its producers; gates of one
// co-location class share a layer. ASAP is a forward pass in topological order
// repeated until co-location is satisfied (raising a class to its latest
// member's layer can only push later gates later, so it converges when a
// schedule exists). Whether one exists is decided first, in O(gates + edges):
// contracting each class to a node, every cycle's gates share a layer, so the
// rules are satisfiable exactly when each strongly connected component fits
// one layer's four phases. ALAP is the mirror image under a layer budget.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/graph.h"

namespace sp {

// The largest layer budget slotproof accepts (artifacts, --layers): phases
// up to 4 * kMaxLayers stay far from int overflow and from the verifier's
// sentinels (docs/FORMATS.md, "Reading rules and limits").
constexpr int kMaxLayers = 1000000;

struct Levels {
  std::vector<int> asap;    // earliest legal phase per gate
  int min_layers = 0;       // fewest layers the rules allow (>= 1)
  std::vector<GateId> critical_path;  // a chain of gates ending at the latest ASAP phase
};

// Throws InputError when co-location contradicts precedence (no layer count helps).
Levels compute_levels(const Graph& graph);

// Latest legal phase per gate within `layers` layers, or nullopt if the
// ASAP phases do not fit that budget. Throws InputError above kMaxLayers and
// when co-location contradicts precedence.
std::optional<std::vector<int>> alap_phases(const Graph& graph, int layers);

// ASAP list scheduling with at most `max_ffn` reglus per layer (greedy:
// a reglu that does not fit moves to the next layer). nullopt max_ffn = no cap.
// Throws InputError for max_ffn < 1, for a co-location class holding more
// reglus than max_ffn, and as compute_levels does.
std::vector<int> asap_phases(const Graph& graph, std::optional<int> max_ffn = std::nullopt);

}  // namespace sp
