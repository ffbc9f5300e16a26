// A small seeded random-DAG generator for the MILP tests and benchmark
// (independent of workloads/, which is written separately). Gates read
// mostly recent values, so the graph has depth like a real program, with a
// mix of kinds close to the reference interpreter (2/3 reglu, 1/5 persist,
// the rest lookups, a few with tie_break "average" to create co-location).
#pragma once
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "model/errors.h"
#include "model/graph_io.h"
#include "model/levels.h"

namespace sp::bench {

struct RandomDagSpec {
  int gates = 50;
  int inputs = 6;
  int outputs = 4;
  int window = 24;          // gates read among the last `window` values
  double average_share = 0.1;  // share of lookups with tie_break "average"
  uint32_t seed = 1;
};

inline std::string random_dag_json(const RandomDagSpec& spec) {
  std::mt19937 rng(spec.seed);
  auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  std::vector<std::string> values;
  nlohmann::ordered_json doc;
  doc["format"] = "slotproof-graph/1";
  doc["name"] = "random-dag-" + std::to_string(spec.gates) + "-s" + std::to_string(spec.seed);
  doc["inputs"] = nlohmann::ordered_json::array();
  for (int i = 0; i < spec.inputs; ++i) {
    values.push_back("in" + std::to_string(i));
    doc["inputs"].push_back({{"name", values.back()}, {"pinned", i == 0}});
  }
  auto pick = [&]() {
    int n = static_cast<int>(values.size());
    int lo = std::max(0, n - spec.window);
    return values[uniform(lo, n - 1)];
  };
  auto expr = [&](int terms) {
    nlohmann::ordered_json e = nlohmann::ordered_json::object();
    for (int t = 0; t < terms; ++t) e[pick()] = uniform(1, 3);
    return e;
  };
  doc["gates"] = nlohmann::ordered_json::array();
  for (int x = 0; x < spec.gates; ++x) {
    std::string name = "g" + std::to_string(x);
    int r = uniform(0, 99);
    nlohmann::ordered_json gj = {{"name", name}};
    if (r < 13) {
      int n = uniform(1, 3);
      gj["kind"] = "lookup";
      gj["tie_break"] = chance(spec.average_share) ? "average" : "latest";
      gj["query"] = {expr(1), expr(1)};
      gj["key"] = {expr(1), expr(1)};
      gj["values"] = nlohmann::ordered_json::array();
      gj["produces"] = nlohmann::ordered_json::array();
      std::vector<std::string> produced;
      for (int k = 0; k < n; ++k) {
        gj["values"].push_back(expr(1));
        produced.push_back(name + "_" + std::to_string(k));
        gj["produces"].push_back(produced.back());
      }
      for (auto& p : produced) values.push_back(p);
    } else if (r < 80) {
      gj["kind"] = "reglu";
      gj["a"] = expr(uniform(1, 2));
      gj["b"] = expr(1);
      values.push_back(name);
    } else {
      gj["kind"] = "persist";
      gj["expr"] = expr(uniform(1, 3));
      values.push_back(name);
    }
    doc["gates"].push_back(gj);
  }
  doc["outputs"] = nlohmann::ordered_json::array();
  for (int k = 0; k < spec.outputs && k < static_cast<int>(values.size()); ++k)
    doc["outputs"].push_back(values[values.size() - 1 - k]);
  return doc.dump(1);
}

inline Graph random_dag(const RandomDagSpec& spec) {
  return parse_graph(random_dag_json(spec), "random-dag-s" + std::to_string(spec.seed));
}

// Co-location can contradict precedence (a reglu that must share an
// `average` lookup's layer but reads a value only a later layer produces);
// compute_levels rejects such graphs. Tries seed, seed+1000, ... and, on
// large graphs where nearly every draw has such a conflict, falls back to no
// `average` lookups after 20 tries.
inline Graph random_schedulable_dag(RandomDagSpec spec) {
  for (int tries = 0;; ++tries, spec.seed += 1000) {
    if (tries == 20) spec.average_share = 0;
    Graph g = random_dag(spec);
    try {
      compute_levels(g);
      return g;
    } catch (const InputError&) {
    }
  }
}

}  // namespace sp::bench
