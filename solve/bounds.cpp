#include "solve/bounds.h"

#include <algorithm>

namespace sp::milp {

namespace {

int smallest_odd_at_least(int x) { return x % 2 != 0 ? x : x + 1; }
int largest_odd_at_most(int x) { return x % 2 != 0 ? x : x - 1; }

// The boundaries [lo, hi] value v occupies in every schedule, or lo > hi.
std::pair<int, int> forced_range(const Graph& g, ValueId v, int last_boundary, bool immediate,
                                 const std::vector<int>& earliest, const std::vector<int>& latest) {
  const Value& val = g.values[v];
  const bool forever = val.output || val.pinned;
  if (!forever && g.readers[v].empty()) return {1, 0};  // unused: no slot
  const GateId p = val.producer;
  const int born_by = p < 0 ? kInputPhase : latest[p];  // born at or before this in every schedule
  const int lo = smallest_odd_at_least(std::max(1, born_by));
  if (forever) return {lo, last_boundary};
  int dies_after = kInputPhase;  // some reader runs at or after this in every schedule
  for (GateId r : g.readers[v]) dies_after = std::max(dies_after, earliest[r]);
  const bool sublayer = p >= 0 && g.gates[p].kind != GateKind::Persist;
  if (sublayer && dies_after < born_by + 2) return {1, 0};  // may be internal
  const int hi = immediate ? largest_odd_at_most(dies_after - 1) : largest_odd_at_most(dies_after + 1);
  return {lo, std::min(hi, last_boundary)};
}

}  // namespace

int forced_d_model_bound(const Graph& g, int layers, ReusePolicy policy, const std::vector<int>& earliest,
                         const std::vector<int>& latest) {
  const int last = 4 * layers - 1;
  std::vector<int> diff(2 * layers + 1, 0);
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    // Under the float64 rule only class values may be handed over at E.
    const bool handover = policy == ReusePolicy::ImmediateExactArith || (policy == ReusePolicy::Immediate && g.handover_ok[v]);
    auto [lo, hi] = forced_range(g, v, last, handover, earliest, latest);
    if (lo > hi) continue;
    ++diff[boundary_index(lo)];
    --diff[boundary_index(hi) + 1];
  }
  int width = 0;
  for (int i = 0, run = 0; i < 2 * layers; ++i) width = std::max(width, run += diff[i]);
  std::vector<int> heads(layers, 0);
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
    if (g.gates[x].kind == GateKind::Lookup && layer_of(earliest[x]) == layer_of(latest[x]) && layer_of(latest[x]) < layers)
      heads[layer_of(latest[x])] += 2 * static_cast<int>((g.gates[x].values.size() + 1) / 2);
  for (int h : heads) width = std::max(width, h);
  return 2 * ((width + 1) / 2);
}

}  // namespace sp::milp
