// Program-like graphs of other shapes than the interpreter, and the seeded
// random-DAG generator for scale tests. docs/WORKLOADS.md describes each.
#pragma once
#include <cstdint>

#include "workloads/lib/graph_builder.h"

namespace sp::wl {

// Deep chain: a Fletcher-style checksum over `rounds` message bytes with
// `lanes` running byte sums (lane l adds lane l-1 each round, mod 256), then a
// comparison with the expected checksum. Depth: rounds + lanes layers.
Builder chain_graph(int rounds = 16, int lanes = 4);

// Wide fan-out: an `ops`-way dispatch on a fetched opcode (every flag gates
// every result byte) and a `levels`-level thermometer code of one operand byte.
Builder fanout_graph(int ops = 36, int levels = 32);

// Lookup-heavy text kernel: prefix counts (average lookups), a context window
// of fetched previous tokens, pattern matching, first occurrences (earliest
// lookups), bigram dictionary look-ups and chained fetches.
Builder lookups_graph(int window = 16, int patterns = 4);

// splitmix64: the generators' only source of randomness (std distributions
// are implementation-defined, so their output would differ across libraries).
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

// A random DAG of exactly `gates` gates in `levels` dependency levels (0: pick
// from the size). About 15% lookups (some average, some earliest, some
// multi-value), 50% reglus, 35% persists; deterministic in (gates, seed, levels).
Builder random_graph(int gates, uint64_t seed, int levels = 0);
int default_random_levels(int gates);

}  // namespace sp::wl
