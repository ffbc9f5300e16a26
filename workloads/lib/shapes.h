// Program-like graphs of other shapes than the interpreter (the seeded random
// DAGs are in random_graph.h). docs/WORKLOADS.md describes each.
#pragma once

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

}  // namespace sp::wl
