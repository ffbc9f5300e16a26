// Persist folding at a boundary (audit_walk.h): which slot's new contents
// hold which persist gate's expression.
#include "engine/audit_walker.h"

#include <algorithm>

#include "engine/tvm_layout.h"

namespace sp::audit::walk {

// Every way after[s] holds P's expression (inputs not yet tied may bind to
// placeholders with the same coefficient).
void Walker::contain(const Expr& e, size_t t, const Contents& c, std::vector<Binding>& bind, int slot,
                     std::vector<PersistOption>& opts, long& steps) const {
  if (++steps > kMatchSteps) {
    Problem p;
    p.kind = ProblemKind::TooComplex, p.layer = phase + 1;
    fail(std::move(p));
  }
  if (t == e.size()) {
    opts.push_back({slot, bind, c.size() + 1 - e.size()});
    return;
  }
  const Term& term = e[t];
  if (auto it = c.find(term.value); it != c.end()) {
    if (coef_equal(it->second, term.coef)) contain(e, t + 1, c, bind, slot, opts, steps);
    return;
  }
  if (!is_input[term.value] || input_slot[term.value] >= 0) return;
  for (const auto& [atom, k] : c) {
    if (atom < nv || !coef_equal(k, term.coef)) continue;
    int ps = atom - nv;
    if (std::any_of(bind.begin(), bind.end(), [&](const Binding& b) { return b.slot == ps; })) continue;
    bind.push_back({ps, term.value});
    contain(e, t + 1, c, bind, slot, opts, steps);
    bind.pop_back();
  }
}

std::vector<Walker::PersistOption> Walker::persist_options(GateId x, const std::vector<int>& written,
                                                           const std::vector<Contents>& after) const {
  std::vector<PersistOption> opts;
  if (ex[x].empty()) return opts;
  long steps = 0;
  for (int s : written) {
    std::vector<Binding> bind;
    contain(ex[x], 0, after[s], bind, s, opts, steps);
  }
  return opts;
}

void Walker::fold(GateId x, const PersistOption& o, int c, std::vector<Contents>& after) {
  for (const Binding& b : o.bindings) {
    tie(b.slot, b.input);
    rename(after, placeholder(b.slot), b.input);
  }
  Contents& slot = after[o.slot];
  for (const Term& t : ex[x]) slot.erase(t.value);
  slot[g.gates[x].produces[0]] += 1.0;
  gate_phase[x] = c;
  birth[g.gates[x].produces[0]] = c;
}

void Walker::fold_persists(int c, const std::vector<int>& written, std::vector<Contents>& after) {
  std::vector<GateId> cand;
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    if (g.gates[x].kind != GateKind::Persist || gate_phase[x] >= 0) continue;
    if (std::all_of(g.gates[x].reads.begin(), g.gates[x].reads.end(), [&](ValueId v) { return birth[v] < c; }))
      cand.push_back(x);
  }
  // The longest expressions first: a shorter one contained in a longer one
  // must not take its row.
  std::stable_sort(cand.begin(), cand.end(), [&](GateId a, GateId b) { return ex[a].size() > ex[b].size(); });
  for (bool progress = true; progress;) {
    progress = false;
    for (auto it = cand.begin(); it != cand.end();) {
      auto opts = persist_options(*it, written, after);
      if (opts.size() == 1) {
        fold(*it, opts[0], c, after);
        it = cand.erase(it);
        progress = true;
      } else {
        ++it;
      }
    }
    if (progress) continue;
    // Several rows hold the expression: the one it explains best (fewest
    // terms left), then the lowest slot.
    for (auto it = cand.begin(); it != cand.end() && !progress; ++it) {
      auto opts = persist_options(*it, written, after);
      if (opts.size() < 2) continue;
      auto best = std::min_element(opts.begin(), opts.end(), [](auto& a, auto& b) {
        return std::pair(a.left, a.slot) < std::pair(b.left, b.slot);
      });
      fold(*it, *best, c, after);
      cand.erase(it);
      progress = true;
    }
  }
}

}  // namespace sp::audit::walk
