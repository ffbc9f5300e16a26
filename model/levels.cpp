#include "model/levels.h"

#include <algorithm>

#include "model/errors.h"
#include "model/graph_io.h"  // quoted_gate_label

namespace sp {

namespace {

// Raises every co-location class to its latest member's layer. Returns true
// if anything moved.
bool raise_classes(const Graph& g, std::vector<int>& min_layer, const std::vector<int>& phase) {
  bool moved = false;
  for (const auto& cls : g.coloc_classes) {
    int layer = 0;
    for (GateId x : cls) layer = std::max(layer, layer_of(phase[x]));
    for (GateId x : cls)
      if (layer_of(phase[x]) < layer) {
        min_layer[x] = std::max(min_layer[x], layer);
        moved = true;
      }
  }
  return moved;
}

[[noreturn]] void unsatisfiable_colocation(const Graph& g, const std::vector<int>& phase) {
  for (const auto& cls : g.coloc_classes) {
    GateId lo = cls[0], hi = cls[0];
    for (GateId x : cls) {
      if (phase[x] < phase[lo]) lo = x;
      if (phase[x] > phase[hi]) hi = x;
    }
    if (layer_of(phase[lo]) != layer_of(phase[hi]))
      throw InputError(g.source + ": co-location of " + quoted_gate_label(g, lo) + " and " +
                       quoted_gate_label(g, hi) + " contradicts precedence: no schedule can put them in one layer");
  }
  throw InputError(g.source + ": co-location classes cannot be satisfied");
}

// Strongly connected components (iterative Tarjan, so deep graphs cannot
// overflow the stack) of the graph whose nodes are gates and whose edges
// are rep[x] -> rep[s] for every precedence edge x -> s. Returns the
// component of every node; nodes without edges get singleton components.
std::vector<int> components(const std::vector<GateId>& rep, const Graph& g) {
  const size_t n = g.gates.size();
  std::vector<std::vector<GateId>> out(n);
  for (GateId x = 0; x < static_cast<GateId>(n); ++x)
    for (GateId s : g.succs[x])
      if (rep[x] != rep[s]) out[rep[x]].push_back(rep[s]);
  std::vector<int> index(n, -1), low(n, 0), comp(n, -1);
  std::vector<GateId> stack;
  std::vector<std::pair<GateId, size_t>> calls;  // node, next edge to follow
  int next_index = 0, next_comp = 0;
  for (GateId root = 0; root < static_cast<GateId>(n); ++root) {
    if (index[root] >= 0) continue;
    calls.push_back({root, 0});
    index[root] = low[root] = next_index++;
    stack.push_back(root);
    while (!calls.empty()) {
      auto& [v, e] = calls.back();
      if (e < out[v].size()) {
        GateId w = out[v][e++];
        if (index[w] < 0) {
          index[w] = low[w] = next_index++;
          stack.push_back(w);
          calls.push_back({w, 0});
        } else if (comp[w] < 0) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      GateId done = v;
      calls.pop_back();
      if (!calls.empty()) low[calls.back().first] = std::min(low[calls.back().first], low[done]);
      if (low[done] != index[done]) continue;
      GateId w;
      do {
        w = stack.back();
        stack.pop_back();
        comp[w] = next_comp;
      } while (w != done);
      ++next_comp;
    }
  }
  return comp;
}

// Co-location contradicting precedence, detected in O(gates + edges) instead
// of by forward passes that would each move the class one layer later (up
// to 2 * gates rounds: quadratic time). Precedence never lowers a layer, so
// every gate of a cycle through co-location classes (a component of the
// graph with each class contracted to one node) shares one layer; the
// system is satisfiable exactly when each component's gates fit in one
// layer's four phases. Throws naming the gate that cannot fit and the start
// of the chain that pushes it out.
void check_colocation_satisfiable(const Graph& g) {
  if (g.coloc_classes.empty()) return;
  std::vector<GateId> rep(g.gates.size());
  for (GateId x = 0; x < static_cast<GateId>(rep.size()); ++x)
    rep[x] = g.class_of[x] < 0 ? x : g.coloc_classes[g.class_of[x]][0];
  std::vector<int> comp = components(rep, g);
  std::vector<int> offset(g.gates.size(), 0);  // earliest phase inside the component's layer
  std::vector<GateId> pushed_by(g.gates.size(), -1);
  for (GateId x : g.topo) {
    int lower = 0;
    for (GateId p : g.preds[x])
      if (comp[rep[p]] == comp[rep[x]] && offset[p] + 1 > lower) lower = offset[p] + 1, pushed_by[x] = p;
    offset[x] = earliest_legal_phase(g.gates[x].kind, lower);
    if (offset[x] <= 3) continue;
    GateId start = x;
    while (pushed_by[start] >= 0) start = pushed_by[start];
    throw InputError(g.source + ": co-location of " + quoted_gate_label(g, start) + " and " +
                     quoted_gate_label(g, x) + " contradicts precedence: no schedule can put them in one layer");
  }
}

// Under an FFN budget a class holding more reglus than the budget can never
// share a layer; said directly instead of after 2 * gates forward passes.
void check_classes_fit_ffn(const Graph& g, int max_ffn) {
  for (const auto& cls : g.coloc_classes) {
    int reglus = 0;
    for (GateId x : cls) reglus += g.gates[x].kind == GateKind::Reglu;
    if (reglus > max_ffn)
      throw InputError(g.source + ": the co-location class of " + quoted_gate_label(g, cls[0]) + " puts " +
                       std::to_string(reglus) + " reglus in one layer; the FFN budget is " + std::to_string(max_ffn));
  }
}

}  // namespace

namespace {

// One forward pass per round, in `order` (a topological order); rounds repeat
// until every co-location class shares a layer. Each round moves some gate at
// least one layer later, so a layer past the gate count (plus the FFN spill)
// means precedence and co-location conflict.
std::vector<int> forward_passes(const Graph& g, const std::vector<GateId>& order, std::optional<int> max_ffn) {
  const size_t ng = g.gates.size();
  std::vector<int> min_layer(ng, 0), phase(ng, 0);
  const int cap = 2 * static_cast<int>(ng) + 2;
  for (;;) {
    std::vector<int> ffn_used;
    for (GateId x : order) {
      const Gate& gate = g.gates[x];
      int lower = 4 * min_layer[x];
      for (GateId p : g.preds[x]) lower = std::max(lower, phase[p] + 1);
      int p = earliest_legal_phase(gate.kind, lower);
      if (gate.kind == GateKind::Reglu && max_ffn) {
        for (;;) {
          int L = layer_of(p);
          if (static_cast<int>(ffn_used.size()) <= L) ffn_used.resize(L + 1, 0);
          if (ffn_used[L] < *max_ffn) break;
          p += 4;
        }
        ++ffn_used[layer_of(p)];
      }
      phase[x] = p;
    }
    if (!raise_classes(g, min_layer, phase)) return phase;
    for (int L : min_layer)
      if (L > cap) unsatisfiable_colocation(g, phase);
  }
}

}  // namespace

std::vector<int> asap_phases(const Graph& g, std::optional<int> max_ffn) {
  // A budget below 1 would make the FFN placement below search forever.
  if (max_ffn && *max_ffn < 1) throw InputError("the FFN budget must be at least 1, got " + std::to_string(*max_ffn));
  check_colocation_satisfiable(g);
  std::vector<int> uncapped = forward_passes(g, g.topo, std::nullopt);
  if (!max_ffn) return uncapped;
  check_classes_fit_ffn(g, *max_ffn);
  // List-scheduling priority under the FFN budget: earliest start, then file order.
  std::vector<GateId> order(g.topo);
  std::sort(order.begin(), order.end(),
            [&](GateId a, GateId b) { return std::pair(uncapped[a], a) < std::pair(uncapped[b], b); });
  return forward_passes(g, order, max_ffn);
}

Levels compute_levels(const Graph& g) {
  Levels lv;
  lv.asap = asap_phases(g);
  int last = -1;
  GateId end = -1;
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
    if (lv.asap[x] > last) last = lv.asap[x], end = x;
  lv.min_layers = last < 0 ? 1 : layer_of(last) + 1;
  // Walk back through the producer that forces each phase.
  for (GateId x = end; x >= 0;) {
    lv.critical_path.push_back(x);
    GateId next = -1;
    for (GateId p : g.preds[x])
      if (next < 0 || lv.asap[p] > lv.asap[next]) next = p;
    x = next;
  }
  std::reverse(lv.critical_path.begin(), lv.critical_path.end());
  return lv;
}

std::optional<std::vector<int>> alap_phases(const Graph& g, int layers) {
  if (layers > kMaxLayers)  // 4 * layers must not overflow
    throw InputError("a budget of " + std::to_string(layers) + " layers exceeds the supported " +
                     std::to_string(kMaxLayers));
  if (layers < 1) return std::nullopt;
  check_colocation_satisfiable(g);  // otherwise the passes below lower a class until phase < 0: `layers` rounds
  const size_t ng = g.gates.size();
  const int top = 4 * layers - 1;
  std::vector<int> max_layer(ng, layers - 1), phase(ng, 0);
  for (;;) {
    for (auto it = g.topo.rbegin(); it != g.topo.rend(); ++it) {
      GateId x = *it;
      int upper = std::min(top, 4 * max_layer[x] + 3);
      for (GateId s : g.succs[x]) upper = std::min(upper, phase[s] - 1);
      phase[x] = latest_legal_phase(g.gates[x].kind, upper);
      if (phase[x] < 0) return std::nullopt;
    }
    bool moved = false;
    for (const auto& cls : g.coloc_classes) {
      int layer = layers;
      for (GateId x : cls) layer = std::min(layer, layer_of(phase[x]));
      for (GateId x : cls)
        if (layer_of(phase[x]) > layer) max_layer[x] = layer, moved = true;
    }
    if (!moved) return phase;
  }
}

}  // namespace sp
