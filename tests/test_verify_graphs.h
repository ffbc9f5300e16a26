// Graphs for the verifier's tests and benchmark (bench/verify_bench.cpp
// includes this too): a small hand-made graph that exercises every rule, and
// the project's seeded random DAGs in the verifier's shape.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "model/artifact.h"
#include "model/graph.h"
#include "verify/verify.h"
#include "workloads/lib/random_graph.h"

namespace sp::test {

// Pinned input, an average-tie-break lookup (co-location), persist1/persist2
// same-sublayer reads, a reglu chain, outputs. Small integer inputs: the
// float64 rule lets most values hand their slots over (not the means).
inline std::string small_verify_graph_json() {
  return R"({"format": "slotproof-graph/1", "name": "verify-small",
  "inputs": [{"name": "one", "pinned": false, "range": [0, 1], "multiple_of": 1},
             {"name": "position", "pinned": true, "range": [0, 1000], "multiple_of": 1},
             {"name": "a", "pinned": false, "range": [0, 15], "multiple_of": 1},
             {"name": "b", "pinned": false, "range": [0, 15], "multiple_of": 1},
             {"name": "c", "pinned": false, "range": [0, 15], "multiple_of": 1}],
  "gates": [
    {"name": "lk1", "kind": "lookup", "tie_break": "average", "query": [{"position": 1}, {"one": 1}],
     "key": [{"position": 2}, {"one": -1}], "values": [{"a": 1}, {"b": 1}], "produces": ["la", "lb"]},
    {"name": "r1", "kind": "reglu", "a": {"la": 1}, "b": {"c": 1, "one": -1}},
    {"name": "p1", "kind": "persist", "expr": {"lb": 1, "a": 2}},
    {"name": "r2", "kind": "reglu", "a": {"r1": 1}, "b": {"p1": 1}},
    {"name": "p2", "kind": "persist", "expr": {"r2": 1, "b": 1}},
    {"name": "lk2", "kind": "lookup", "tie_break": "latest", "query": [{"position": 1}, {"one": 1}],
     "key": [{"position": 2}, {"one": 1}], "values": [{"p2": 1}], "produces": ["lp"]},
    {"name": "p3", "kind": "persist", "expr": {"lp": 1, "r1": 1}},
    {"name": "r3", "kind": "reglu", "a": {"p3": 1}, "b": {"one": 1}},
    {"name": "r4", "kind": "reglu", "a": {"c": 1}, "b": {"one": 1}},
    {"name": "p4", "kind": "persist", "expr": {"r4": 1}}
  ],
  "outputs": ["r3", "p1", "p4"]})";
}

// Random DAGs come from the project's one generator (workloads/lib/random_graph.h)
// in the verifier tests' shape (wl::verify_shape): operands mostly among the 48
// most recent values, so the graph is deep and slots are reused many times.
inline Graph random_verify_graph(int gates, uint64_t seed) { return wl::random_graph(wl::verify_shape(gates, seed)); }
inline std::string random_verify_graph_text(int gates, uint64_t seed) {
  return wl::random_graph_json(wl::verify_shape(gates, seed));
}

// Windows of two events, boundaries and layers: even a small artifact's
// slots and d_model queries are split into many windows (docs/VERIFY.md).
inline VerifyOptions tiny_windows() {
  VerifyOptions o;
  o.z3.slot_window_events = 2;
  o.z3.boundary_window = 2;
  o.z3.layer_window = 2;
  o.z3.bounds_block = 16;
  return o;
}

// ---- edits of an artifact's write program (mutations) ------------------------------

// Removes v's term from the write at (boundary, slot); drops writes left empty.
// Whether a checker reported a violation of class k.
inline bool has_class(const CheckerResult& r, ViolationClass k) {
  return std::any_of(r.violations.begin(), r.violations.end(), [&](const Violation& v) { return v.kind == k; });
}

inline void erase_term(Artifact& a, int boundary, int slot, ValueId v) {
  for (Write& w : a.alloc.writes)
    if (w.boundary == boundary && w.slot == slot)
      w.delta.erase(std::remove_if(w.delta.begin(), w.delta.end(), [&](const Term& t) { return t.value == v; }),
                    w.delta.end());
  a.alloc.writes.erase(std::remove_if(a.alloc.writes.begin(), a.alloc.writes.end(),
                                      [](const Write& w) { return w.delta.empty(); }),
                       a.alloc.writes.end());
}

// Adds t to the write at (boundary, slot), or a new write; terms and writes stay sorted.
inline void add_term(Artifact& a, int boundary, int slot, Term t) {
  for (Write& w : a.alloc.writes)
    if (w.boundary == boundary && w.slot == slot) {
      w.delta.push_back(t);
      std::sort(w.delta.begin(), w.delta.end(), [](const Term& x, const Term& y) { return x.value < y.value; });
      return;
    }
  a.alloc.writes.push_back(Write{boundary, slot, {t}});
  std::sort(a.alloc.writes.begin(), a.alloc.writes.end(),
            [](const Write& x, const Write& y) { return std::pair(x.boundary, x.slot) < std::pair(y.boundary, y.slot); });
}

}  // namespace sp::test
