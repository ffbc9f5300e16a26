#include "solve/bounds.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace sp::milp {

namespace {

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

// Head demand that lands in one layer of [first, last], whatever the schedule.
struct HeadItem {
  int first, last, weight;
};

// Whether every legal phase of `kind` in [lo, hi] lies in an attention
// sublayer (phase % 4 is 0 or 1), where the head rule counts deaths.
bool attention_only(GateKind kind, int lo, int hi) {
  if (kind == GateKind::Lookup) return true;
  if (kind == GateKind::Reglu) return false;
  for (int p = std::max(lo, 0); p <= hi; ++p)  // a persist: phases 1 and 3 mod 4
    if (p % 4 == 3) return false;
  return true;
}

// The layer window of v's death when it is surely an attention phase (v is
// then counted in that layer's `dying`), or nothing. death = max(birth, the
// readers' phases); inputs no gate reads die in layer 0 (model/liveness.cpp).
std::optional<std::pair<int, int>> attention_death(const Graph& g, ValueId v, const std::vector<int>& earliest,
                                                   const std::vector<int>& latest) {
  const Value& val = g.values[v];
  if (val.output || val.pinned) return std::nullopt;
  const GateId p = val.producer;
  if (g.readers[v].empty()) {
    if (p < 0) return std::pair{0, 0};
    if (!attention_only(g.gates[p].kind, earliest[p], latest[p])) return std::nullopt;
    return std::pair{layer_of(earliest[p]), layer_of(latest[p])};
  }
  int first = kInputPhase, last = kInputPhase;  // death lies in [first, last]
  for (GateId r : g.readers[v]) first = std::max(first, earliest[r]), last = std::max(last, latest[r]);
  for (GateId r : g.readers[v])  // any reader that can be the last one
    if (latest[r] >= first && !attention_only(g.gates[r].kind, std::max(first, earliest[r]), latest[r]))
      return std::nullopt;
  return std::pair{layer_of(first), layer_of(last)};
}

std::vector<HeadItem> head_items(const Graph& g, int layers, const std::vector<int>& earliest,
                                 const std::vector<int>& latest) {
  std::vector<HeadItem> items;
  std::vector<std::pair<int, ValueId>> through;  // surely passed through: (layer, value)
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    const Gate& gate = g.gates[x];
    if (gate.kind == GateKind::Lookup)
      items.push_back({layer_of(earliest[x]), layer_of(latest[x]), 2 * static_cast<int>((gate.values.size() + 1) / 2)});
    if (gate.kind != GateKind::Persist || !attention_only(gate.kind, earliest[x], latest[x])) continue;
    const int L = layer_of(latest[x]);  // a persist1 phase: its only one in the window
    for (ValueId v : gate.reads) {
      const GateId prod = g.values[v].producer;
      const bool maybe_own_lookup =
          prod >= 0 && g.gates[prod].kind == GateKind::Lookup && earliest[prod] <= 4 * L && 4 * L <= latest[prod];
      if (!maybe_own_lookup) through.emplace_back(L, v);
    }
  }
  std::sort(through.begin(), through.end());
  through.erase(std::unique(through.begin(), through.end()), through.end());
  for (const auto& [L, v] : through) items.push_back({L, L, 1});
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
    if (auto w = attention_death(g, v, earliest, latest)) items.push_back({w->first, w->second, 1});
  std::erase_if(items, [&](const HeadItem& it) { return it.first < 0 || it.last >= layers; });
  return items;
}

}  // namespace

int head_demand_bound(const Graph& g, int layers, const std::vector<int>& earliest, const std::vector<int>& latest,
                      int64_t max_interval_work) {
  if (layers <= 0) return 0;
  std::vector<std::vector<std::pair<int, int>>> by_first(layers);  // (last, weight)
  for (const HeadItem& it : head_items(g, layers, earliest, latest)) by_first[it.first].emplace_back(it.last, it.weight);
  const int longest = static_cast<int>(std::clamp<int64_t>(max_interval_work / layers, 1, layers));
  // From a = layers-1 down: ending[b] holds the demand of items with first >= a
  // and last == b, so a running sum over b is the demand inside [a, b].
  std::vector<int64_t> ending(layers, 0);
  int64_t best = 0;
  for (int a = layers - 1; a >= 0; --a) {
    for (const auto& [last, w] : by_first[a]) ending[last] += w;
    int64_t inside = 0;
    for (int b = a; b < std::min(layers, a + longest); ++b) {
      inside += ending[b];
      const int64_t len = b - a + 1;
      best = std::max(best, (inside + len - 1) / len);
    }
  }
  return static_cast<int>(best);
}

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
  width = std::max(width, head_demand_bound(g, layers, earliest, latest));
  return d_model_for_width(width);
}

}  // namespace sp::milp
