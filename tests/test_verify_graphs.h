// Graphs for the verifier's tests and benchmark (bench/verify_bench.cpp
// includes this too): a small hand-made graph that exercises every rule, and
// a seeded random DAG generator. Kept here, not in workloads/, so the
// verifier's tests depend on nothing another engineer is building.
#pragma once
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sp::test {

// Pinned input, an average-tie-break lookup (co-location), persist1/persist2
// same-sublayer reads, a reglu chain, outputs.
inline std::string small_verify_graph_json() {
  return R"({"format": "slotproof-graph/1", "name": "verify-small",
  "inputs": [{"name": "one", "pinned": false}, {"name": "position", "pinned": true},
             {"name": "a", "pinned": false}, {"name": "b", "pinned": false}, {"name": "c", "pinned": false}],
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

// A random DAG of `gates` gates: each reads 1-3 values, mostly from a window
// of recent values (so the graph is deep and slots are reused many times).
// Deterministic for a seed.
inline std::string random_verify_graph_json(int gates, unsigned seed) {
  std::mt19937 rng(seed);
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  nlohmann::ordered_json doc;
  doc["format"] = "slotproof-graph/1";
  doc["name"] = "verify-random-" + std::to_string(gates) + "-s" + std::to_string(seed);
  std::vector<std::string> values;
  nlohmann::ordered_json inputs = nlohmann::ordered_json::array();
  const int n_inputs = 8;
  for (int i = 0; i < n_inputs; ++i) {
    std::string n = i == 0 ? "one" : i == 1 ? "pos" : "in" + std::to_string(i);
    inputs.push_back({{"name", n}, {"pinned", i == 1}});
    values.push_back(n);
  }
  doc["inputs"] = inputs;
  auto read = [&]() -> std::string {
    if (pick(10) == 0) return values[pick(n_inputs)];
    int window = std::min<int>(48, static_cast<int>(values.size()));
    return values[values.size() - 1 - pick(window)];
  };
  auto expr = [&](int terms) {
    nlohmann::ordered_json e = nlohmann::ordered_json::object();
    for (int t = 0; t < terms; ++t) e[read()] = 1 + pick(3);
    return e;
  };
  nlohmann::ordered_json gs = nlohmann::ordered_json::array();
  for (int i = 0; i < gates; ++i) {
    std::string name = "g" + std::to_string(i);
    int kind = pick(20);
    if (kind == 0) {  // average lookup, read only by one reglu of its layer (co-location)
      gs.push_back({{"name", name}, {"kind", "lookup"}, {"tie_break", "average"},
                    {"query", {expr(1), {{"one", 1}}}}, {"key", {{{"pos", 2}}, {{"one", -1}}}},
                    {"values", {expr(1)}}, {"produces", {name + "_avg"}}});
      gs.push_back({{"name", name + "_r"}, {"kind", "reglu"}, {"a", {{name + "_avg", 1}}}, {"b", {{"one", 1}}}});
      values.push_back(name + "_r");
    } else if (kind < 3) {  // lookup
      int nv = 1 + pick(2);
      nlohmann::ordered_json vals = nlohmann::ordered_json::array(), prod = nlohmann::ordered_json::array();
      for (int k = 0; k < nv; ++k) vals.push_back(expr(1)), prod.push_back(name + "_" + std::to_string(k));
      gs.push_back({{"name", name}, {"kind", "lookup"}, {"tie_break", "latest"},
                    {"query", {expr(1), {{"one", 1}}}}, {"key", {{{"pos", 2}}, {{"one", -1}}}},
                    {"values", vals}, {"produces", prod}});
      for (int k = 0; k < nv; ++k) values.push_back(name + "_" + std::to_string(k));
    } else if (kind < 12) {
      gs.push_back({{"name", name}, {"kind", "reglu"}, {"a", expr(1 + pick(2))}, {"b", expr(1)}});
      values.push_back(name);
    } else {
      gs.push_back({{"name", name}, {"kind", "persist"}, {"expr", expr(1 + pick(3))}});
      values.push_back(name);
    }
  }
  doc["gates"] = gs;
  nlohmann::ordered_json outs = nlohmann::ordered_json::array();
  for (size_t i = values.size() - 3; i < values.size(); ++i) outs.push_back(values[i]);
  doc["outputs"] = outs;
  return doc.dump();
}

}  // namespace sp::test
