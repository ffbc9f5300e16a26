// The ways a head or neuron can be read: as a lookup or reglu gate of the
// graph (its rows matched against the gate's expressions, audit_match.h), or
// as a passthrough (transformer-vm's pattern, tvm_layout.h).
#include "engine/audit_walker.h"

#include <algorithm>

#include "engine/tvm_layout.h"

namespace sp::audit::walk {

// Options of a unit, with a search too large for matching turned into bad
// input naming the unit.
template <typename F>
auto Walker::bounded(int layer, int unit, bool neuron, F f) {
  try {
    return f();
  } catch (const MatchTooComplex&) {
    Problem p;
    p.kind = ProblemKind::TooComplex, p.layer = layer, p.unit = unit, p.why = neuron ? "neuron" : "head";
    fail(std::move(p));
  }
}

bool Walker::copies_one_slot(const SlotRow& r) { return r.size() == 1 && coef_equal(r[0].w, 1.0); }

int Walker::expected_tiebreak(const Gate& gt) {
  if (gt.tie_break == "latest") return 1;
  if (gt.tie_break == "average") return 0;
  return -2;  // the engine has no other tie-break
}

std::vector<Option> Walker::head_options(const HeadUnit& h, bool relaxed) {
  return bounded(h.layer, h.head, false, [&] { return head_options_unbounded(h, relaxed); });
}

std::vector<Option> Walker::neuron_options(const NeuronUnit& n, bool relaxed) {
  return bounded(n.layer, n.neuron, true, [&] { return neuron_options_unbounded(n, relaxed); });
}

std::vector<Option> Walker::head_options_unbounded(const HeadUnit& h, bool relaxed) {
  std::vector<Option> opts;
  const Stream st = stream_view();
  const int L = h.layer;
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    const Gate& gt = g.gates[x];
    if (gt.kind != GateKind::Lookup) continue;
    if (gate_phase[x] >= 0 && layer_of(gate_phase[x]) != L) continue;
    if (h.tiebreak >= 0 && h.tiebreak != expected_tiebreak(gt)) continue;
    std::vector<RowGoal> goals;
    for (int i = 0; i < 2; ++i) goals.push_back({&h.q[i], &query[x][i], tvm::kQueryScale});
    for (int i = 0; i < 2; ++i) goals.push_back({&h.k[i], &key[x][i], 1.0});
    if (match_rows(st, goals, relaxed, 1).empty()) continue;
    auto indices = [&](int c) {
      std::vector<int> out;
      if (h.v[c].empty()) return std::vector<int>{-1};
      for (int i = 0; i < static_cast<int>(values[x].size()); ++i)
        if (claim[x][i] < 0 && values[x][i].size() == h.v[c].size()) out.push_back(i);
      return out;
    };
    for (int i0 : indices(0))
      for (int i1 : indices(1)) {
        if ((i0 == i1 && i0 >= 0) || (i0 < 0 && i1 < 0)) continue;
        std::vector<RowGoal> all = goals;
        if (i0 >= 0) all.push_back({&h.v[0], &values[x][i0], 1.0});
        if (i1 >= 0) all.push_back({&h.v[1], &values[x][i1], 1.0});
        for (Match& mt : match_rows(st, all, relaxed)) {
          Option o{UnitRole::Lookup, x, {i0, i1}, std::move(mt)};
          opts.push_back(std::move(o));
        }
      }
  }
  if (!opts.empty() || relaxed) return opts;
  // The passthrough pattern: matched strictly only.
  bool rows_ok = (h.v[0].empty() || copies_one_slot(h.v[0])) && (h.v[1].empty() || copies_one_slot(h.v[1]));
  if (!rows_ok) return opts;
  std::vector<RowGoal> goals;
  for (int i = 0; i < 2; ++i) goals.push_back({&h.q[i], &pt_query[i], tvm::kQueryScale});
  for (int i = 0; i < 2; ++i) goals.push_back({&h.k[i], &pt_key[i], 1.0});
  for (Match& mt : match_rows(st, goals, false)) {
    Option o{UnitRole::Passthrough, -1, {h.v[0].empty() ? -1 : h.v[0][0].slot, h.v[1].empty() ? -1 : h.v[1][0].slot},
             std::move(mt)};
    opts.push_back(std::move(o));
  }
  return opts;
}

std::vector<Option> Walker::neuron_options_unbounded(const NeuronUnit& n, bool relaxed) {
  std::vector<Option> opts;
  const Stream st = stream_view();
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    if (g.gates[x].kind != GateKind::Reglu || gate_phase[x] >= 0) continue;
    std::vector<RowGoal> goals{{&n.b, &eb[x], 1.0}, {&n.a, &ea[x], 1.0}};
    for (Match& mt : match_rows(st, goals, relaxed)) opts.push_back({UnitRole::Reglu, x, {-1, -1}, std::move(mt)});
  }
  if (!opts.empty() || relaxed || !copies_one_slot(n.a)) return opts;
  std::vector<RowGoal> goals{{&n.b, &pt_gate, 1.0}};
  for (Match& mt : match_rows(st, goals, false))
    opts.push_back({UnitRole::Passthrough, -1, {n.a[0].slot, -1}, std::move(mt)});
  return opts;
}

// Options that differ only in which of several identical gates they name
// (two reglus with the same a and b): the first is as good as any.
bool Walker::interchangeable(const std::vector<Option>& opts) const {
  const Option& o = opts.front();
  for (const Option& p : opts) {
    if (p.role != o.role || !(p.match.bindings == o.match.bindings)) return false;
    if (p.gate == o.gate) continue;
    auto same = [](const Expr& x, const Expr& y) {
      return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                        [](const Term& a, const Term& b) { return a.value == b.value && a.coef == b.coef; });
    };
    if (o.role == UnitRole::Reglu && !(same(ea[o.gate], ea[p.gate]) && same(eb[o.gate], eb[p.gate]))) return false;
    if (o.role == UnitRole::Lookup) {
      for (int i = 0; i < 2; ++i)
        if (!same(query[o.gate][i], query[p.gate][i]) || !same(key[o.gate][i], key[p.gate][i])) return false;
      for (int c = 0; c < 2; ++c)
        if ((o.comp[c] < 0) != (p.comp[c] < 0) ||
            (o.comp[c] >= 0 && !same(values[o.gate][o.comp[c]], values[p.gate][p.comp[c]])))
          return false;
      if (g.gates[o.gate].tie_break != g.gates[p.gate].tie_break) return false;
    }
  }
  return true;
}

}  // namespace sp::audit::walk
