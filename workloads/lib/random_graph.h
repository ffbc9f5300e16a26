// The one seeded random-DAG generator: the committed random-N workloads, the
// tests and the benchmarks all draw from it. Its only randomness is splitmix64
// and every decision is integer arithmetic, so (options, seed) gives the same
// bytes with every compiler and standard library (std distributions would not:
// their output is implementation-defined). docs/WORKLOADS.md.
#pragma once
#include <cstdint>
#include <string>

#include "model/graph.h"
#include "workloads/lib/graph_builder.h"

namespace sp::wl {

class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t next();
  int below(int n);  // 0..n-1 (modulo; the tiny bias is irrelevant here)
  int range(int lo, int hi) { return lo + below(hi - lo + 1); }
  bool chance(int percent) { return below(100) < percent; }

 private:
  uint64_t state_;
};

// The pinned inputs, and the key of a lookup that reads "the token at a position".
enum class PositionInputs {
  Encoded,  // position, position_sq, inv_log_pos: key [2 position, -position_sq + 0.3 inv_log_pos] (arith.h)
  Single,   // pos: key [2 pos, -1]
};

// The defaults are the committed random-N workloads: random-500 is {.gates = 500, .seed = 1}.
// Kind shares are relative integer weights; "percent" fields are out of 100.
struct RandomGraphOptions {
  int gates = 500;  // exactly this many gates
  uint64_t seed = 1;
  // Where a gate's operands come from. window == 0: by dependency level, `levels` of them
  // (0: default_random_levels), each operand from the level just below with probability 0.6,
  // otherwise from any earlier level. window > 0: among the `window` most recent values
  // (long chains, slots reused often), `input_reads` percent of operands a free input instead.
  int levels = 0;
  int window = 0;
  int input_reads = 0;
  // Inputs: `one` (constants are its coefficients), the pinned `positions`, and `inputs` free
  // inputs in0, in1, ... (0: 4 + gates / 50).
  int inputs = 0;
  PositionInputs positions = PositionInputs::Encoded;
  // 0: every value no drawn operand reads, except the free inputs (so, as in the committed
  // workloads, `one` and the positional inputs are outputs too); N > 0: the N most recent values.
  int outputs = 0;
  // Gate kinds.
  int lookups = 15, reglus = 50, persists = 35;
  // Lookup tie-breaks. An average lookup whose readers would pass `gates` becomes earliest
  // (or latest when earliest has no share).
  int average_lookups = 10, earliest_lookups = 10, latest_lookups = 80;
  // Percent of lookups with 2..max_lookup_values values (the others have one).
  int multi_value_lookups = 30, max_lookup_values = 3;
  // Percent of the other lookups keyed by position; the rest get a key of two random expressions.
  int position_keys = 50;
  // true: each mean of an average lookup is read only by its own reglu, relu(position) * mean
  // (a running sum), so co-location always holds. false: any later gate may read a mean, and
  // co-location can contradict precedence (see `schedulable`).
  bool private_averages = true;
  // Most terms per expression: each has 1..max terms, coefficients +-1..3; a reglu's b also
  // gets a constant in -4..4.
  int lookup_terms = 2, reglu_a_terms = 2, reglu_b_terms = 3, persist_terms = 4;
  // Retry seed + 1000, seed + 2000, ... until compute_levels accepts the graph (co-location
  // consistent with precedence); after 20 tries, drop the average lookups.
  bool schedulable = false;
};

// The graph as a Builder (what slotproof-gen and the workload catalog write).
Builder random_graph_builder(const RandomGraphOptions& options);
// Its canonical JSON text.
std::string random_graph_json(const RandomGraphOptions& options);
// The graph, parsed (parse_graph) from that text.
Graph random_graph(const RandomGraphOptions& options);
int default_random_levels(int gates);

// The MILP tests' and benchmarks' deep DAG (it was bench/random_dag.h): operands among the
// 24 most recent values; 13% lookups (1-3 values, 1 in 10 `average` with means any gate may
// read), 67% reglus, 20% persists; 5 free inputs and a pinned `pos`; the last 4 values are
// outputs; schedulable.
inline RandomGraphOptions recent_values_shape(int gates, uint64_t seed) {
  return {.gates = gates, .seed = seed, .window = 24, .inputs = 5, .positions = PositionInputs::Single,
          .outputs = 4, .lookups = 13, .reglus = 67, .persists = 20, .average_lookups = 10, .earliest_lookups = 0,
          .latest_lookups = 90, .multi_value_lookups = 67, .position_keys = 0, .private_averages = false,
          .lookup_terms = 1, .reglu_b_terms = 1, .persist_terms = 3, .schedulable = true};
}

// The verifier tests' shape (tests/test_verify_graphs.h, random_verify_graph_json): inputs
// one, pos (pinned) and 6 free ones; operands among the 48 most recent values, 1 in 10 a free
// input; per 20 gates 1 average lookup (its mean read by one reglu), 2 latest lookups keyed by
// position with 1-2 values, 9 reglus, 8 persists; the last three values are outputs.
inline RandomGraphOptions verify_shape(int gates, uint64_t seed) {
  return {.gates = gates, .seed = seed, .window = 48, .input_reads = 10, .inputs = 6,
          .positions = PositionInputs::Single, .outputs = 3, .lookups = 3, .reglus = 9, .persists = 8,
          .average_lookups = 1, .earliest_lookups = 0, .latest_lookups = 2, .multi_value_lookups = 50,
          .max_lookup_values = 2, .position_keys = 100, .lookup_terms = 1, .reglu_b_terms = 1, .persist_terms = 3};
}

}  // namespace sp::wl
