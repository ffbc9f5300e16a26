#include "model/liveness.h"

#include <algorithm>

namespace sp {

const char* policy_name(ReusePolicy p) {
  switch (p) {
    case ReusePolicy::Delayed: return "delayed-reuse";
    case ReusePolicy::Immediate: return "immediate-reuse";
    case ReusePolicy::ImmediateExactArith: return "immediate-reuse-exact-arith";
  }
  return "?";
}

const char* policy_tag(ReusePolicy p) {
  switch (p) {
    case ReusePolicy::Delayed: return "delayed";
    case ReusePolicy::Immediate: return "immediate";
    case ReusePolicy::ImmediateExactArith: return "immediate-exact-arith";
  }
  return "?";
}

std::optional<ReusePolicy> parse_policy(std::string_view text) {
  for (ReusePolicy p : {ReusePolicy::Delayed, ReusePolicy::Immediate, ReusePolicy::ImmediateExactArith})
    if (text == policy_name(p) || text == policy_tag(p)) return p;
  return std::nullopt;
}

namespace {

int last_boundary_of(int death) {
  if (death >= kForever) return kForever;
  return largest_odd_at_most(death + 1);
}

void derive_lifetimes(const Graph& g, const Schedule& s, Liveness& lv) {
  const size_t nv = g.values.size();
  lv.birth.assign(nv, kInputPhase);
  lv.death.assign(nv, kInputPhase);
  lv.internal.assign(nv, 0);
  lv.unused.assign(nv, 0);
  lv.needs_slot.assign(nv, 0);
  lv.first_boundary.assign(nv, 0);
  lv.last_boundary.assign(nv, 0);
  lv.hold_last.assign(nv, 0);
  for (ValueId v = 0; v < static_cast<ValueId>(nv); ++v) {
    const Value& val = g.values[v];
    int birth = val.producer < 0 ? kInputPhase : s.phase[val.producer];
    int death = birth;
    for (GateId r : g.readers[v]) death = std::max(death, s.phase[r]);
    bool forever = val.output || val.pinned;
    if (forever) death = kForever;
    lv.birth[v] = birth;
    lv.death[v] = death;
    lv.unused[v] = !forever && g.readers[v].empty();
    GateKind kind = val.producer < 0 ? GateKind::Persist : g.gates[val.producer].kind;
    lv.internal[v] = !forever && !lv.unused[v] && kind != GateKind::Persist && val.producer >= 0 &&
                     death <= birth + 1;
    lv.needs_slot[v] = !lv.unused[v] && !lv.internal[v];
    lv.first_boundary[v] = smallest_odd_at_least(birth);  // birth -1 (inputs) stays -1
    lv.last_boundary[v] = last_boundary_of(death);
    const bool handover = lv.policy == ReusePolicy::ImmediateExactArith ||
                          (lv.policy == ReusePolicy::Immediate && g.handover_ok[v]);
    lv.hold_last[v] = forever ? kForever : lv.last_boundary[v] - (handover ? 2 : 0);
  }
}

// Under Immediate, per boundary index: how many class values erased there
// find no class value born there to hand their slot to (they hold it through E).
std::vector<int> unmatched_handovers(const Graph& g, const Liveness& lv, int nb) {
  std::vector<int> dying(nb, 0), born(nb, 0);
  for (size_t v = 0; v < lv.needs_slot.size(); ++v) {
    if (!lv.needs_slot[v] || !g.handover_ok[v]) continue;
    const int first = lv.first_boundary[v], last = lv.last_boundary[v];
    if (first >= 1 && boundary_index(first) < nb) ++born[boundary_index(first)];
    if (last < kForever && last > first && last >= 1 && boundary_index(last) < nb) ++dying[boundary_index(last)];
  }
  std::vector<int> out(nb);
  for (int i = 0; i < nb; ++i) out[i] = std::max(0, dying[i] - born[i]);
  return out;
}

void derive_occupancy(const Graph& g, Liveness& lv) {
  const int nb = 2 * lv.layers;
  // Difference array over boundary indices: each value covers a closed range.
  std::vector<int> diff(nb + 1, 0);
  for (size_t v = 0; v < lv.needs_slot.size(); ++v) {
    if (!lv.needs_slot[v]) continue;
    int lo = std::max(0, boundary_index(std::max(1, lv.first_boundary[v])));
    if (lv.hold_last[v] < 1) continue;  // an input erased at boundary 1 under immediate reuse
    int hi = lv.hold_last[v] >= kForever ? nb - 1 : boundary_index(lv.hold_last[v]);
    hi = std::min(hi, nb - 1);
    if (lo > hi) continue;
    ++diff[lo];
    --diff[hi + 1];
  }
  const std::vector<int> unmatched =
      lv.policy == ReusePolicy::Immediate ? unmatched_handovers(g, lv, nb) : std::vector<int>(nb, 0);
  lv.occupancy.assign(nb, 0);
  int run = 0;
  for (int i = 0; i < nb; ++i) {
    run += diff[i];
    lv.occupancy[i] = run + unmatched[i];
    if (lv.occupancy[i] > lv.width) lv.width = lv.occupancy[i], lv.peak_boundary = boundary_at(i);
  }
}

void derive_heads(const Graph& g, const Schedule& s, Liveness& lv) {
  const int N = lv.layers;
  lv.lookup_heads.assign(N, 0);
  lv.dying.assign(N, 0);
  lv.passthrough.assign(N, 0);
  lv.heads_needed.assign(N, 0);
  lv.reglus.assign(N, 0);
  std::vector<int> born(N, 0), alive_prev(N, 0), alive_cur(N, 0);
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    const Gate& gate = g.gates[x];
    int p = s.phase[x], L = layer_of(p);
    if (L < 0 || L >= N) continue;
    if (gate.kind == GateKind::Lookup) {
      lv.lookup_heads[L] += (static_cast<int>(gate.values.size()) + 1) / 2;
      born[L] += static_cast<int>(gate.produces.size());
    } else if (gate.kind == GateKind::Reglu) {
      ++lv.reglus[L];
    } else if (p % 4 == 1) {
      ++born[L];
    }
  }
  // alive(c) = birth <= c < death over boundaries, as a difference array;
  // alive(-1) counts every input.
  std::vector<int> alive_diff(2 * N + 1, 0);
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    int lo = boundary_index(std::max(1, smallest_odd_at_least(lv.birth[v])));
    int hi = lv.death[v] >= kForever ? 2 * N - 1 : boundary_index(largest_odd_at_most(lv.death[v] - 1));
    hi = std::min(hi, 2 * N - 1);
    if (lo > hi) continue;
    ++alive_diff[lo];
    --alive_diff[hi + 1];
  }
  std::vector<int> alive(2 * N, 0);
  for (int i = 0, run = 0; i < 2 * N; ++i) alive[i] = run += alive_diff[i];
  for (int L = 0; L < N; ++L) {
    alive_prev[L] = L == 0 ? static_cast<int>(g.inputs.size()) : alive[2 * L - 1];
    alive_cur[L] = alive[2 * L];
  }
  // Passthrough: distinct (layer, value) pairs read by persist1 gates, except
  // values produced by that layer's own lookups.
  std::vector<std::pair<int, ValueId>> through;
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    int p = s.phase[x];
    if (g.gates[x].kind != GateKind::Persist || p % 4 != 1 || layer_of(p) >= N) continue;
    for (ValueId v : g.gates[x].reads) {
      GateId prod = g.values[v].producer;
      bool own_lookup = prod >= 0 && g.gates[prod].kind == GateKind::Lookup && s.phase[prod] == p - 1;
      if (!own_lookup) through.emplace_back(layer_of(p), v);
    }
  }
  std::sort(through.begin(), through.end());
  through.erase(std::unique(through.begin(), through.end()), through.end());
  for (const auto& [L, v] : through) ++lv.passthrough[L];
  for (int L = 0; L < N; ++L) {
    lv.dying[L] = alive_prev[L] + born[L] - alive_cur[L];
    lv.heads_needed[L] = 2 * lv.lookup_heads[L] + lv.dying[L] + lv.passthrough[L];
    lv.ffn_width = std::max(lv.ffn_width, lv.reglus[L]);
  }
}

}  // namespace

Liveness compute_liveness(const Graph& g, const Schedule& s, ReusePolicy policy) {
  Liveness lv;
  lv.policy = policy;
  lv.layers = s.layers;
  derive_lifetimes(g, s, lv);
  derive_occupancy(g, lv);
  derive_heads(g, s, lv);
  lv.width_bound = lv.width;
  for (int h : lv.heads_needed) lv.width_bound = std::max(lv.width_bound, h);
  lv.d_model = d_model_for_width(lv.width_bound);
  return lv;
}

}  // namespace sp
