#include "model/levels.h"

#include <algorithm>

#include "model/errors.h"

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
      throw InputError(g.source + ": co-location of " + g.gate_label(lo) + " and " + g.gate_label(hi) +
                       " contradicts precedence: no schedule can put them in one layer");
  }
  throw InputError(g.source + ": co-location classes cannot be satisfied");
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
  std::vector<int> uncapped = forward_passes(g, g.topo, std::nullopt);
  if (!max_ffn) return uncapped;
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
