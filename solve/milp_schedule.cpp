#include "solve/milp_schedule.h"

#include <cmath>

namespace sp::milp {


std::string schedule_violation(const Graph& g, const Schedule& s, std::optional<int> max_ffn) {
  std::vector<int> reglus(s.layers, 0);
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    int p = s.phase[x];
    if (p < 0 || p >= 4 * s.layers || !is_legal_phase(g.gates[x].kind, p))
      return g.gate_label(x) + " at illegal phase " + std::to_string(p);
    for (GateId u : g.preds[x])
      if (s.phase[u] >= p) return g.gate_label(x) + " does not run after its producer " + g.gate_label(u);
    if (g.gates[x].kind == GateKind::Reglu) ++reglus[layer_of(p)];
  }
  for (const auto& cls : g.coloc_classes)
    for (GateId x : cls)
      if (layer_of(s.phase[x]) != layer_of(s.phase[cls[0]]))
        return g.gate_label(x) + " is not in the layer of its co-located " + g.gate_label(cls[0]);
  if (max_ffn)
    for (int L = 0; L < s.layers; ++L)
      if (reglus[L] > *max_ffn) return "layer " + std::to_string(L) + " has " + std::to_string(reglus[L]) + " reglus";
  return "";
}

// A schedule as a MIP start (names of the phase binaries and d_half), or
// empty when some gate's phase lies outside its window.
std::vector<std::pair<std::string, double>> schedule_start(const Model& m, const Schedule& s, int d_half) {
  std::vector<std::pair<std::string, double>> start;
  for (size_t x = 0; x < m.x.size(); ++x) {
    bool found = false;
    for (auto [p, c] : m.x[x]) {
      if (c >= 0) start.emplace_back(m.cols[c].name, p == s.phase[x] ? 1.0 : 0.0);
      found |= p == s.phase[x];
    }
    if (!found) return {};
  }
  start.emplace_back(m.cols[m.d_half].name, d_half);
  return start;
}

Schedule schedule_from_phases(const Graph& g, const std::vector<int32_t>& phases, int layers) {
  Schedule s;
  s.layers = layers;
  s.phase.assign(g.gates.size(), -1);
  for (size_t x = 0; x < g.gates.size() && x < phases.size(); ++x) s.phase[x] = phases[x];
  return s;
}

int even_ceil(double v) { return 2 * static_cast<int>(std::ceil(v / 2 - 1e-6)); }

}  // namespace sp::milp
