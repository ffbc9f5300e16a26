// Exhaustive reference for the MILP tests: every legal schedule of a small
// graph, each evaluated with compute_liveness; the least d_model wins.
#pragma once
#include <climits>
#include <optional>
#include <tuple>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"

namespace sp::test {

struct Enumerated {
  int best = INT_MAX;  // INT_MAX: no legal schedule
  long schedules = 0;
  // Lexicographic optimum: least d_model, then least FFN width, then least
  // write terms (solve/lexicographic.h: 1 per slot-needing value + 1 per erasure).
  std::tuple<int, int, int> lex{INT_MAX, INT_MAX, INT_MAX};
  // Per boundary index: the least occupancy any legal schedule has there.
  std::vector<int> min_occupancy;
  // The least, over legal schedules, of the largest head demand of any layer.
  int min_head_demand = INT_MAX;
};

inline int enumerated_write_terms(const Liveness& lv) {
  int terms = 0;
  for (size_t v = 0; v < lv.needs_slot.size(); ++v)
    if (lv.needs_slot[v]) terms += 1 + (lv.last_boundary[v] < kForever);
  return terms;
}

inline bool colocation_and_ffn_hold(const Graph& g, const Schedule& s, std::optional<int> max_ffn) {
  for (const auto& cls : g.coloc_classes)
    for (GateId x : cls)
      if (layer_of(s.phase[x]) != layer_of(s.phase[cls[0]])) return false;
  if (!max_ffn) return true;
  std::vector<int> reglus(s.layers, 0);
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
    if (g.gates[x].kind == GateKind::Reglu && ++reglus[layer_of(s.phase[x])] > *max_ffn) return false;
  return true;
}

// Depth-first over the topological order; each gate takes every legal phase
// after its producers, so precedence holds by construction.
inline void enumerate_from(const Graph& g, size_t i, Schedule& s, std::optional<int> max_ffn, ReusePolicy policy,
                           Enumerated& out) {
  if (i == g.topo.size()) {
    if (!colocation_and_ffn_hold(g, s, max_ffn)) return;
    ++out.schedules;
    const Liveness lv = compute_liveness(g, s, policy);
    out.best = std::min(out.best, lv.d_model);
    out.lex = std::min(out.lex, std::tuple<int, int, int>{lv.d_model, lv.ffn_width, enumerated_write_terms(lv)});
    out.min_occupancy.resize(lv.occupancy.size(), INT_MAX);
    for (size_t i = 0; i < lv.occupancy.size(); ++i) out.min_occupancy[i] = std::min(out.min_occupancy[i], lv.occupancy[i]);
    int heads = 0;
    for (int h : lv.heads_needed) heads = std::max(heads, h);
    out.min_head_demand = std::min(out.min_head_demand, heads);
    return;
  }
  GateId x = g.topo[i];
  int lower = 0;
  for (GateId u : g.preds[x]) lower = std::max(lower, s.phase[u] + 1);
  for (int p = lower; p < 4 * s.layers; ++p) {
    if (!is_legal_phase(g.gates[x].kind, p)) continue;
    s.phase[x] = p;
    enumerate_from(g, i + 1, s, max_ffn, policy, out);
  }
  s.phase[x] = -1;
}

inline Enumerated enumerate_best(const Graph& g, int layers, std::optional<int> max_ffn = std::nullopt,
                                 ReusePolicy policy = ReusePolicy::Delayed) {
  Schedule s;
  s.layers = layers;
  s.phase.assign(g.gates.size(), -1);
  Enumerated out;
  enumerate_from(g, 0, s, max_ffn, policy, out);
  return out;
}

}  // namespace sp::test
