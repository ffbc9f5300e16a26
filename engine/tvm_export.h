// `slotproof export tvm`: what transformer-vm needs to build a model from a
// slotproof artifact (docs/FORMATS.md "transformer-vm export", docs/ENGINE.md).
//
// transformer-vm (../shared/third_party/transformer-vm) builds weights in
// model/weights.py build_model() from a plan (plan.yaml: which gates run in
// which layer and phase, and the values alive after every boundary) and its
// own slot walk. The export gives it both halves of an artifact:
//   * plan.yaml, in the format _load_plan() reads, and
//   * tvm-export.json (`slotproof-tvm-export/1`): the slot map after
//     fixed_slot_permutation (tvm_layout.h) and the write program per
//     (layer, sublayer): which slot gets which new value (+new) and which
//     old values are subtracted there (-old), for the patched build_model
//     (integrations/transformer-vm) to use instead of its own walk.
//
// transformer-vm can build exactly these writes: a gate writes its value
// once, into its slot, in the sublayer it runs in; an erase is a passthrough
// head or FFN neuron that adds minus the slot's contents. make_tvm_export
// refuses (InputError, exit 2) an artifact whose write program is not of that
// form, and one whose schedule is illegal (liveness would be undefined). It
// does not judge safety: that is `verify`'s job; TvmExport::violations lists
// what the direct checker finds, for the CLI to refuse unless told otherwise.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/artifact.h"
#include "model/graph.h"
#include "model/liveness.h"

namespace sp::tvm {

inline constexpr const char* kExportFormat = "slotproof-tvm-export/1";
inline constexpr const char* kPlanFile = "plan.yaml";
inline constexpr const char* kExportFile = "tvm-export.json";

// One slot's write at one boundary: `added` placed there (+new), `removed`
// subtracted (-old; transformer-vm subtracts the slot's whole contents).
struct SlotWrite {
  int slot = 0;
  std::optional<ValueId> added;
  std::vector<ValueId> removed;  // sorted by value id
};

// The writes of one sublayer (boundary 4L+1: attention, 4L+3: FFN), or of
// the embedding (layer -1, boundary -1).
struct SublayerWrites {
  int layer = -1;
  int boundary = -1;
  std::vector<SlotWrite> writes;  // sorted by slot
};

struct TvmExport {
  ReusePolicy policy = ReusePolicy::Delayed;
  int layers = 0;
  int d_model = 0;
  std::vector<int> permutation;            // artifact slot -> exported slot
  std::vector<int> slot;                   // per value: exported slot, -1 none
  std::vector<SublayerWrites> program;     // the embedding, then boundaries 1, 3, ..., 4N-1
  std::vector<std::vector<ValueId>> alive;  // per boundary index: birth <= c, death >= c+1, needs a slot
  Liveness liveness;                       // of the artifact's schedule under its policy
  // What verify's direct checker finds wrong with the artifact, one "[class]
  // message" line each; empty when it proves it safe in exact arithmetic.
  std::vector<std::string> violations;
};

// Throws InputError naming `source` (the artifact file) for a graph-hash
// mismatch, a violation the direct checker files under a structural property
// (schedule legality, slot range, write shape, a value without a slot), a
// graph without position, inv_log_pos and position_sq as pinned inputs (the
// engine writes them to slots 0-2) and a write transformer-vm cannot build.
TvmExport make_tvm_export(const Graph& g, const Artifact& a, const std::string& source);

// plan.yaml for transformer-vm's _load_plan (model/weights.py).
std::string plan_yaml(const Graph& g, const Artifact& a, const TvmExport& e);

// tvm-export.json: deterministic bytes, one entry per line.
std::string export_json(const Graph& g, const Artifact& a, const TvmExport& e, const std::string& artifact_sha256);

// What stock transformer-vm's allocator (weights.py build_model, the delayed
// free-list walk and its head count) makes of the plan alone, emulated:
// the slots its walk uses, the most attention heads a layer needs, the
// d_model it builds (max of both, rounded up to even), and the values its
// walk erases at each boundary (those leaving the alive set there).
struct TvmAllocatorResult {
  int slots = 0, heads = 0, d_model = 0;
  std::map<int, std::vector<ValueId>> erased;  // boundary -> values, sorted
};
TvmAllocatorResult emulate_tvm_allocator(const Graph& g, const Artifact& a, const TvmExport& e);

}  // namespace sp::tvm
