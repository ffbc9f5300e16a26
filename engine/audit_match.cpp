#include "engine/audit_match.h"

#include <algorithm>
#include <cmath>

namespace sp::audit {

bool coef_equal(double w, double c) { return std::fabs(w - c) <= kCoefTolerance * std::max(std::fabs(w), std::fabs(c)); }

Expr clean_expr(const Expr& e) {
  Expr out;
  for (const Term& t : e)
    if (t.coef != 0.0) out.push_back(t);
  return out;
}

namespace {

// Depth-first search over the pairings, row by row and term by term.
struct Search {
  const Stream& st;
  const std::vector<RowGoal>& goals;
  bool relaxed;
  size_t cap;
  std::vector<std::vector<uint8_t>> used;  // per goal: row terms taken
  std::vector<Binding> bindings;
  std::vector<Read> reads;
  int wildcards = 0;
  std::vector<Match> found;
  long steps = 0;

  const Contents& slot(int s) const { return (*st.slots)[s]; }
  bool placeholder(Atom a) const { return a >= st.n_values; }
  int bound_slot(ValueId input) const {
    for (const Binding& b : bindings)
      if (b.input == input) return b.slot;
    return -1;
  }
  bool slot_taken(int s) const {
    return std::any_of(bindings.begin(), bindings.end(), [&](const Binding& b) { return b.slot == s; });
  }
  bool holds_live(int s) const {
    return std::any_of(slot(s).begin(), slot(s).end(), [&](const auto& kv) { return st.live(kv.first); });
  }

  void record() {
    Match m{bindings, reads, wildcards};
    std::sort(m.bindings.begin(), m.bindings.end(), [](auto& x, auto& y) { return x.slot < y.slot; });
    for (const Match& f : found)
      if (f.bindings == m.bindings && f.reads == m.reads) return;
    found.push_back(std::move(m));
  }

  void step(size_t r, size_t t) {
    if (found.size() >= cap) return;
    if (++steps > kMatchSteps) throw MatchTooComplex{};
    if (r == goals.size()) return record();
    const Expr& e = *goals[r].expr;
    if (t == e.size()) return step(r + 1, 0);
    const Term& term = e[t];
    const SlotRow& row = *goals[r].row;
    for (size_t i = 0; i < row.size(); ++i) {
      if (used[r][i] || !coef_equal(row[i].w, term.coef * goals[r].scale)) continue;
      used[r][i] = 1;
      offers(row[i].slot, term.value, [&] { step(r, t + 1); });
      used[r][i] = 0;
    }
  }

  // Calls `next` once per way slot s can stand for value a.
  template <typename Next>
  void offers(int s, ValueId a, Next next) {
    const Contents& c = slot(s);
    bool unbound_input = (*st.is_input)[a] && (*st.input_slot)[a] < 0;
    if (c.count(a)) {
      reads.push_back({a, s, false});
      next();
      reads.pop_back();
    } else if (unbound_input) {
      int tied = bound_slot(a);
      for (const auto& [atom, coef] : c) {
        if (!placeholder(atom)) continue;
        int ps = atom - st.n_values;
        if (tied >= 0 ? ps != tied : slot_taken(ps)) continue;
        if (tied < 0) bindings.push_back({ps, a});
        reads.push_back({a, s, false});
        next();
        reads.pop_back();
        if (tied < 0) bindings.pop_back();
      }
    }
    if (relaxed && !c.count(a) && !holds_live(s)) {
      reads.push_back({a, s, true});
      ++wildcards;
      next();
      --wildcards;
      reads.pop_back();
    }
  }
};

}  // namespace

std::vector<Match> match_rows(const Stream& st, const std::vector<RowGoal>& goals, bool relaxed, size_t cap) {
  for (const RowGoal& g : goals)
    if (g.row->size() != g.expr->size()) return {};
  Search s{st, goals, relaxed, cap, {}, {}, {}, 0, {}, 0};
  for (const RowGoal& g : goals) s.used.emplace_back(g.row->size(), 0);
  s.step(0, 0);
  if (relaxed && !s.found.empty()) {  // the fewest wildcards explain the unit best
    int least = s.found.front().wildcards;
    for (const Match& m : s.found) least = std::min(least, m.wildcards);
    std::erase_if(s.found, [&](const Match& m) { return m.wildcards != least; });
  }
  return s.found;
}

}  // namespace sp::audit
