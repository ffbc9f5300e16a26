// Liveness of values under a schedule: the one implementation of SPEC.md
// section 3 that the greedy scheduler, the slot allocator, the MILP's
// reporting, `info` and the verifier's cost checks all share.
//
// Definitions (phases; boundaries are the odd phases 4L+1 and 4L+3):
//   birth(v)  phase of v's producer, -1 for inputs
//   death(v)  largest phase of a gate reading v; kForever for outputs and
//             pinned inputs; birth(v) for a value nobody reads ("unused")
//   internal  a lookup/reglu value with death <= birth+1: consumed inside its
//             own sublayer, never written to the stream
//   needs_slot  not internal and not unused
//   erase boundary E(v)   largest odd phase <= death+1: the boundary whose
//                         write subtracts v (its last reader ran at E-1 or
//                         at E itself, reading the stream before E)
//   occupies boundary c   needs_slot, birth <= c and
//                           delayed reuse:   death >= c-1  (c <= E: the slot
//                             is free only after the erase boundary)
//                           immediate reuse: death >= c+1  (c <= E-2: the
//                             write at E may place a new value into the slot,
//                             `+new -old` in one delta); under the float64
//                             rule (Immediate) only for values of the handover
//                             class, the others hold their slot through E
// Under Immediate a handover needs a partner of the class born at E, so the
// occupancy of boundary c is max(A, B): A counts the values holding c as
// above, B counts instead the class values born before c and erased at c or
// later (the slots the class can hand over at c are at most the class values
// born at c): A + max(0, dying_ok(c) - born_ok(c)).
// In boundary terms a slot-needing value holds its slot over the closed range
// [first_boundary, hold_last]: first = smallest odd phase >= birth; hold_last
// = E under delayed reuse, E-2 under immediate reuse (kForever if death is).
// last_boundary is E under both policies: where the allocator writes -v.
// The head rule below is the same for both policies (SPEC.md 3).
//
// Attention heads in layer L (SPEC.md 3): each lookup needs ceil(values/2);
// erasing `dying` values and passing through `passthrough` persist1 inputs
// cost one head per two values:
//   2*lookup_heads + dying + passthrough <= d_model
//   dying = |alive(4L-1)| + born(L) - |alive(4L+1)|
// where alive(c) = {v : birth <= c < death} (alive(-1) = all inputs) and born(L)
// counts every value produced at phases 4L and 4L+1. d_model is the even
// number covering both the widest boundary and every layer's head demand.
#pragma once
#include <climits>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "model/graph.h"

namespace sp {

constexpr int kForever = INT_MAX / 4;

// How a slot passes from a dead value to a new one (SPEC.md 3, docs/NUMERICS.md).
//   Delayed              erase at E, reuse the slot from E+2 on
//   Immediate            hand the slot over at E (`+new -old` in one write) where the
//                        float64 sum is exact: both values in the graph's handover
//                        class (Graph::handover_ok); everywhere else erase first
//   ImmediateExactArith  hand over at E whatever the values: safe only in an engine
//                        that adds residual updates without rounding (0.2's "immediate")
enum class ReusePolicy : uint8_t { Delayed, Immediate, ImmediateExactArith };
const char* policy_name(ReusePolicy p);  // artifacts: "delayed-reuse", "immediate-reuse", "immediate-reuse-exact-arith"
const char* policy_tag(ReusePolicy p);   // the CLI and bundles: "delayed", "immediate", "immediate-exact-arith"
// Either spelling; nullopt for anything else.
std::optional<ReusePolicy> parse_policy(std::string_view text);
constexpr ReusePolicy kDefaultPolicy = ReusePolicy::Immediate;
// A handover at the erase boundary is allowed at all (Immediate or ImmediateExactArith).
inline bool hands_over(ReusePolicy p) { return p != ReusePolicy::Delayed; }

struct Schedule {
  int layers = 0;
  std::vector<int> phase;  // per gate
};

struct Liveness {
  ReusePolicy policy = kDefaultPolicy;
  int layers = 0;
  std::vector<int> birth, death;                     // per value
  std::vector<uint8_t> internal, unused, needs_slot;  // per value
  std::vector<int> first_boundary, last_boundary;    // per slot-needing value: first write, erase boundary E
  std::vector<int> hold_last;                        // per slot-needing value: last boundary it occupies
  std::vector<int> occupancy;       // per boundary index i (boundary 2i+1), i < 2*layers
  std::vector<int> lookup_heads, dying, passthrough, heads_needed, reglus;  // per layer
  int width = 0;        // widest boundary
  int peak_boundary = -1;
  int width_bound = 0;  // max(width, max heads_needed)
  int d_model = 0;      // 2 * ceil(width_bound / 2)
  int ffn_width = 0;    // most reglus in one layer

  bool occupies(ValueId v, int boundary) const {
    return needs_slot[v] && first_boundary[v] <= boundary && boundary <= hold_last[v];
  }
  int n_heads() const { return d_model / 2; }
};

// Boundary index helpers: boundaries are 1, 3, ..., 4*layers-1.
inline int boundary_at(int index) { return 2 * index + 1; }
inline int boundary_index(int boundary) { return (boundary - 1) / 2; }
// d_model = 2 * ceil(width_bound / 2) (SPEC.md section 3), the one place it is written.
inline int d_model_for_width(int width_bound) { return 2 * ((width_bound + 1) / 2); }

// Boundaries are the odd phases (SPEC.md 3): the nearest one at or below /
// at or above x.
inline int largest_odd_at_most(int x) { return x % 2 != 0 ? x : x - 1; }
inline int smallest_odd_at_least(int x) { return x % 2 != 0 ? x : x + 1; }

// Requires a schedule whose phases respect precedence (phase > producer's);
// the verifier checks legality separately before trusting these numbers.
Liveness compute_liveness(const Graph& graph, const Schedule& schedule, ReusePolicy policy);

}  // namespace sp
