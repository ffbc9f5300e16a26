#include "model/graph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/topological_sort.hpp>
#include <numeric>

#include "model/errors.h"
#include "model/value_ranges.h"

namespace sp {

const char* kind_name(GateKind kind) {
  switch (kind) {
    case GateKind::Lookup: return "lookup";
    case GateKind::Reglu: return "reglu";
    case GateKind::Persist: return "persist";
  }
  return "?";
}

bool is_legal_phase(GateKind kind, int phase) {
  if (phase < 0) return false;
  switch (kind) {
    case GateKind::Lookup: return phase % 4 == 0;
    case GateKind::Reglu: return phase % 4 == 2;
    case GateKind::Persist: return phase % 2 == 1;
  }
  return false;
}

int earliest_legal_phase(GateKind kind, int lower) {
  int p = std::max(lower, 0);
  while (!is_legal_phase(kind, p)) ++p;
  return p;
}

int latest_legal_phase(GateKind kind, int upper) {
  int p = upper;
  while (p >= 0 && !is_legal_phase(kind, p)) --p;
  return p;
}

const char* phase_kind_name(int phase) {
  if (phase < 0) return "input";
  static const char* names[] = {"attention", "persist1", "ffn", "persist2"};
  return names[phase % 4];
}

std::optional<ValueId> Graph::find_value(const std::string& n) const {
  auto it = value_index.find(n);
  if (it == value_index.end()) return std::nullopt;
  return it->second;
}

std::string Graph::gate_label(GateId g) const {
  const std::string& n = gates[g].name;
  if (gates[g].kind == GateKind::Lookup && repeated_lookup_labels.count(n))
    return "gate #" + std::to_string(g) + " '" + n + "'";
  return "gate '" + n + "'";
}

void derive_labels(Graph& graph) {
  std::unordered_map<std::string, int> count;
  for (const Gate& gate : graph.gates)
    if (gate.kind == GateKind::Lookup) ++count[gate.name];
  graph.repeated_lookup_labels.clear();
  for (const auto& [name, n] : count)
    if (n > 1) graph.repeated_lookup_labels.insert(name);
}

namespace {

using BoostDag = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

// Records one back edge; the cycle is then recovered by walking the DFS tree.
struct BackEdgeFinder : boost::default_dfs_visitor {
  std::vector<int>* parent;
  std::pair<int, int>* back;
  void tree_edge(BoostDag::edge_descriptor e, const BoostDag& g) {
    (*parent)[boost::target(e, g)] = static_cast<int>(boost::source(e, g));
  }
  void back_edge(BoostDag::edge_descriptor e, const BoostDag& g) {
    if (back->first < 0) *back = {static_cast<int>(boost::source(e, g)), static_cast<int>(boost::target(e, g))};
  }
};

[[noreturn]] void report_cycle(const Graph& graph, const BoostDag& dag) {
  std::vector<int> parent(graph.gates.size(), -1);
  std::pair<int, int> back{-1, -1};
  BackEdgeFinder vis;
  vis.parent = &parent;
  vis.back = &back;
  boost::depth_first_search(dag, boost::visitor(vis));
  std::vector<int> path;  // from back.second down the tree to back.first
  for (int v = back.first; v != back.second && v >= 0; v = parent[v]) path.push_back(v);
  path.push_back(back.second);
  std::reverse(path.begin(), path.end());
  std::string msg = graph.source + ": gates form a cycle: ";
  for (int v : path) msg += "'" + graph.gates[v].name + "' -> ";
  msg += "'" + graph.gates[back.second].name + "'";
  throw InputError(msg);
}

void derive_dependencies(Graph& graph) {
  const size_t nv = graph.values.size(), ng = graph.gates.size();
  graph.readers.assign(nv, {});
  graph.preds.assign(ng, {});
  graph.succs.assign(ng, {});
  for (GateId g = 0; g < static_cast<GateId>(ng); ++g) {
    for (ValueId v : graph.gates[g].reads) {
      graph.readers[v].push_back(g);
      GateId p = graph.values[v].producer;
      if (p >= 0) {
        graph.preds[g].push_back(p);
        graph.succs[p].push_back(g);
      }
    }
  }
  for (auto* lists : {&graph.preds, &graph.succs})
    for (auto& l : *lists) {
      std::sort(l.begin(), l.end());
      l.erase(std::unique(l.begin(), l.end()), l.end());
    }
}

void derive_topological_order(Graph& graph) {
  BoostDag dag(graph.gates.size());
  for (GateId g = 0; g < static_cast<GateId>(graph.gates.size()); ++g)
    for (GateId s : graph.succs[g]) boost::add_edge(g, s, dag);
  std::vector<BoostDag::vertex_descriptor> reversed;
  try {
    boost::topological_sort(dag, std::back_inserter(reversed));
  } catch (const boost::not_a_dag&) {
    report_cycle(graph, dag);
  }
  graph.topo.assign(reversed.rbegin(), reversed.rend());
}

// Union-find over gates: explicit groups plus "a reglu/persist reading a value
// of an average lookup shares that lookup's layer".
void derive_colocation(Graph& graph) {
  const size_t ng = graph.gates.size();
  std::vector<GateId> root(ng);
  std::iota(root.begin(), root.end(), 0);
  auto find = [&](GateId g) {
    while (root[g] != g) g = root[g] = root[root[g]];
    return g;
  };
  auto unite = [&](GateId a, GateId b) {
    a = find(a), b = find(b);
    if (a != b) root[std::max(a, b)] = std::min(a, b);
  };
  for (const auto& group : graph.colocate)
    for (size_t i = 1; i < group.size(); ++i) unite(group[0], group[i]);
  for (GateId g = 0; g < static_cast<GateId>(ng); ++g) {
    if (graph.gates[g].kind == GateKind::Lookup) continue;
    for (ValueId v : graph.gates[g].reads) {
      GateId p = graph.values[v].producer;
      if (p >= 0 && graph.gates[p].average) unite(g, p);
    }
  }
  std::vector<int32_t> class_of_root(ng, -1);
  std::vector<std::vector<GateId>> classes;
  for (GateId g = 0; g < static_cast<GateId>(ng); ++g) {
    GateId r = find(g);
    if (class_of_root[r] < 0) {
      class_of_root[r] = static_cast<int32_t>(classes.size());
      classes.emplace_back();
    }
    classes[class_of_root[r]].push_back(g);
  }
  graph.coloc_classes.clear();
  graph.class_of.assign(ng, -1);
  for (auto& c : classes) {
    if (c.size() < 2) continue;
    for (GateId g : c) graph.class_of[g] = static_cast<int32_t>(graph.coloc_classes.size());
    graph.coloc_classes.push_back(std::move(c));
  }
}

}  // namespace

void finalize(Graph& graph) {
  graph.value_index.clear();
  for (ValueId v = 0; v < static_cast<ValueId>(graph.values.size()); ++v)
    graph.value_index.emplace(graph.values[v].name, v);
  derive_labels(graph);
  derive_dependencies(graph);
  derive_topological_order(graph);
  derive_colocation(graph);
  graph.handover_ok = derive_value_ranges(graph).handover_ok;
}

}  // namespace sp
