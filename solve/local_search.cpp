#include "solve/local_search.h"

#include <algorithm>
#include <tuple>

namespace sp::milp {

namespace {

// splitmix64: portable, seeded, the same numbers on every standard library.
struct Rng {
  uint64_t state;
  uint64_t next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

using Objective = std::tuple<int, int, int64_t>;  // width_bound, entries at it, sum of squares

// The cost terms of model/liveness.cpp for the current phases, updated
// value by value as gates move (the module comment in local_search.h).
class CostState {
 public:
  CostState(const Graph& g, const LocalSearchOptions& opt, std::vector<int> phase)
      : g_(g), N_(opt.layers), policy_(opt.policy), phase_(std::move(phase)) {
    occ_.assign(2 * N_, 0), dying_ok_.assign(2 * N_, 0), born_ok_.assign(2 * N_, 0);
    lookup_heads_.assign(N_, 0), dying_.assign(N_, 0), pass_.assign(N_, 0), reglus_.assign(N_, 0);
    death_.assign(g.values.size(), 0), at_death_.assign(g.values.size(), 0), pass_count_.resize(g.values.size());
    for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) add_gate(x);  // before the values: pass counts
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
      recompute_death(v);
      add_value(v);
      if (g.values[v].producer < 0 && unused(v)) ++dying_[0];  // alive(-1) counts every input
    }
  }

  const std::vector<int>& phases() const { return phase_; }
  int phase(GateId x) const { return phase_[x]; }
  int reglus(int L) const { return reglus_[L]; }

  Objective objective() const {
    int w = 0, at = 0;
    int64_t squares = 0;
    auto see = [&](int v) {
      squares += static_cast<int64_t>(v) * v;
      if (v > w) w = v, at = 1;
      else if (v == w) ++at;
    };
    for (int i = 0; i < 2 * N_; ++i) see(occ_[i] + std::max(0, dying_ok_[i] - born_ok_[i]));
    for (int L = 0; L < N_; ++L) see(heads(L));
    return {w, at, squares};
  }

  // Moves gate x to phase p, updating every cost term it touches.
  void move(GateId x, int p) {
    const Gate& gate = g_.gates[x];
    for (ValueId v : gate.produces) remove_value(v);
    for (ValueId u : gate.reads) remove_value(u);
    remove_gate(x);
    const int old = phase_[x];
    phase_[x] = p;
    for (ValueId u : gate.reads) reader_moved(u, old, p);
    add_gate(x);
    for (ValueId v : gate.produces) add_value(v);
    for (ValueId u : gate.reads) add_value(u);
  }

 private:
  bool forever(ValueId v) const { return g_.values[v].output || g_.values[v].pinned; }
  bool unused(ValueId v) const { return !forever(v) && g_.readers[v].empty(); }
  int birth(ValueId v) const { return g_.values[v].producer < 0 ? kInputPhase : phase_[g_.values[v].producer]; }
  int heads(int L) const { return 2 * lookup_heads_[L] + dying_[L] + pass_[L]; }

  // The latest reader's phase (not max'ed with the birth: a producer moves
  // without touching its values' deaths, and in a legal schedule every
  // reader runs after it anyway).
  void recompute_death(ValueId v) {
    int d = kInputPhase - 1, n = 0;
    for (GateId r : g_.readers[v]) {
      if (phase_[r] > d) d = phase_[r], n = 0;
      if (phase_[r] == d) ++n;
    }
    death_[v] = d, at_death_[v] = n;
  }
  // The latest reader phase, kept with how many readers sit at it.
  void reader_moved(ValueId u, int from, int to) {
    if (from == death_[u] && --at_death_[u] == 0) return recompute_death(u);  // (phase_ already holds `to`)
    if (to > death_[u]) death_[u] = to, at_death_[u] = 1;
    else if (to == death_[u]) ++at_death_[u];
  }

  // Occupancy and dying: the value's contribution, added (+1) or removed (-1).
  void value_terms(ValueId v, int sign) {
    const int b = birth(v);
    if (unused(v)) {
      if (b >= 0 && b % 4 <= 1) dying_[layer_of(b)] += sign;  // dies where it is born (attention half)
      return;
    }
    const int d = forever(v) ? kForever : death_[v];
    const GateId p = g_.values[v].producer;
    const bool internal = !forever(v) && p >= 0 && g_.gates[p].kind != GateKind::Persist && d <= b + 1;
    if (!forever(v) && d >= 0 && d % 4 <= 1 && layer_of(d) < N_) dying_[layer_of(d)] += sign;
    if (internal) return;
    const int first = smallest_odd_at_least(b);
    const bool handover = policy_ == ReusePolicy::ImmediateExactArith ||
                          (policy_ == ReusePolicy::Immediate && g_.handover_ok[v]);
    const int erase = largest_odd_at_most(d + 1);
    const int last = forever(v) ? 4 * N_ - 1 : erase - (handover ? 2 : 0);
    for (int c = std::max(1, first); c <= std::min(last, 4 * N_ - 1); c += 2) occ_[(c - 1) / 2] += sign;
    if (policy_ != ReusePolicy::Immediate || !handover) return;
    // The float64 rule's row B (model/liveness.h): class values born and erased per boundary.
    if (first >= 1 && first <= 4 * N_ - 1) born_ok_[(first - 1) / 2] += sign;
    if (!forever(v) && erase > first && erase >= 1 && erase <= 4 * N_ - 1) dying_ok_[(erase - 1) / 2] += sign;
  }
  // Passthrough: v is read by a persist1 gate of layer L and is not L's own lookup value.
  bool own_lookup_value(ValueId v, int L) const {
    GateId p = g_.values[v].producer;
    return p >= 0 && g_.gates[p].kind == GateKind::Lookup && phase_[p] == 4 * L;
  }
  void pass_terms(ValueId v, int sign) {
    for (auto [L, n] : pass_count_[v])
      if (n > 0 && !own_lookup_value(v, L)) pass_[L] += sign;
  }
  void remove_value(ValueId v) { value_terms(v, -1), pass_terms(v, -1); }
  void add_value(ValueId v) { value_terms(v, +1), pass_terms(v, +1); }

  // Per gate: lookup heads, reglu counts, and the persist1 reads behind passthrough.
  void gate_terms(GateId x, int sign) {
    const Gate& gate = g_.gates[x];
    const int p = phase_[x], L = layer_of(p);
    if (gate.kind == GateKind::Lookup) lookup_heads_[L] += sign * static_cast<int>((gate.values.size() + 1) / 2);
    if (gate.kind == GateKind::Reglu) reglus_[L] += sign;
    if (gate.kind != GateKind::Persist || p % 4 != 1) return;
    for (ValueId u : gate.reads) {
      auto& counts = pass_count_[u];
      auto it = std::find_if(counts.begin(), counts.end(), [&](auto& e) { return e.first == L; });
      if (it == counts.end()) it = counts.insert(counts.end(), {L, 0});
      it->second += sign;
    }
  }
  void add_gate(GateId x) { gate_terms(x, +1); }
  void remove_gate(GateId x) { gate_terms(x, -1); }

  const Graph& g_;
  const int N_;
  const ReusePolicy policy_;
  std::vector<int> phase_;
  std::vector<int> occ_, dying_ok_, born_ok_;  // per boundary index: row A, and row B's correction terms
  std::vector<int> lookup_heads_, dying_, pass_, reglus_;
  std::vector<int> death_, at_death_;
  std::vector<std::vector<std::pair<int, int>>> pass_count_;  // per value: (layer, persist1 readers there)
};

}  // namespace

namespace {

// A move: gate x to phase p, pushing producers earlier or readers later as
// far as needed (each inside its own window). Returns the gates moved, with
// their old phases, so the move can be undone; empty when it cannot be made.
using Moved = std::vector<std::pair<GateId, int>>;

bool push(const Graph& g, CostState& s, const std::vector<int>& earliest, const std::vector<int>& latest, GateId x,
          int p, const LocalSearchOptions& opt, Moved& moved, int depth) {
  if (depth > 8 || p < earliest[x] || p > latest[x] || !is_legal_phase(g.gates[x].kind, p)) return false;
  if (g.class_of[x] >= 0 && layer_of(p) != layer_of(s.phase(x))) return false;
  if (g.gates[x].kind == GateKind::Reglu && opt.max_ffn && layer_of(p) != layer_of(s.phase(x)) &&
      s.reglus(layer_of(p)) >= *opt.max_ffn)
    return false;
  moved.emplace_back(x, s.phase(x));
  s.move(x, p);
  const bool later = p > moved.back().second;
  for (GateId y : later ? g.succs[x] : g.preds[x]) {
    if (later ? s.phase(y) > p : s.phase(y) < p) continue;
    const GateKind k = g.gates[y].kind;
    const int q = later ? earliest_legal_phase(k, p + 1) : latest_legal_phase(k, p - 1);
    if (q < 0 || !push(g, s, earliest, latest, y, q, opt, moved, depth + 1)) return false;
  }
  return true;
}

void undo(CostState& s, Moved& moved) {
  for (auto it = moved.rbegin(); it != moved.rend(); ++it) s.move(it->first, it->second);
  moved.clear();
}

// A random target phase for x: usually inside the window its producers' and
// readers' current phases leave (no push needed), sometimes one layer (or
// one phase of its kind) beyond it, which pushes neighbours along.
int random_target(const Graph& g, const CostState& s, const std::vector<int>& earliest, const std::vector<int>& latest,
                  GateId x, Rng& rng) {
  const GateKind k = g.gates[x].kind;
  const int now = s.phase(x);
  if (rng.below(8) == 0) {  // a push move: the next or previous legal phase of its kind, up to a layer away
    const int step = 1 + static_cast<int>(rng.below(4));
    const int p = rng.below(2) ? earliest_legal_phase(k, now + step) : latest_legal_phase(k, now - step);
    return p >= earliest[x] && p <= latest[x] && p != now ? p : -1;
  }
  int lo = earliest[x], hi = latest[x];
  for (GateId p : g.preds[x]) lo = std::max(lo, s.phase(p) + 1);
  for (GateId r : g.succs[x]) hi = std::min(hi, s.phase(r) - 1);
  if (hi <= lo) return -1;
  for (int tries = 0; tries < 4; ++tries) {
    int p = lo + static_cast<int>(rng.below(static_cast<size_t>(hi - lo + 1)));
    if (p != now && is_legal_phase(k, p)) return p;
  }
  return -1;
}

}  // namespace

// Iterated local search. Descent: random moves (with pushes) kept when the
// objective (width_bound, entries at it, sum of squares) does not worsen.
// When a long streak of moves brings nothing, a kick: a few random moves kept
// whatever they cost, then descent again; the best schedule seen is kept.
LocalSearchResult local_search(const Graph& g, const std::vector<int>& earliest, const std::vector<int>& latest,
                               const Schedule& start, const LocalSearchOptions& opt, Clock::time_point deadline,
                               const std::atomic<bool>* stop) {
  LocalSearchResult r;
  CostState s(g, opt, start.phase);
  Objective current = s.objective(), best = current;
  r.width_bound_before = std::get<0>(best);
  std::vector<int> best_phases = start.phase;
  Rng rng{opt.seed};
  Moved moved;
  const size_t ng = g.gates.size();
  const int64_t streak_limit = 20 * static_cast<int64_t>(ng) + 1000;
  int64_t since_gain = 0;
  int fruitless_kicks = 0;  // kicks since `best` last improved
  const auto enough = [&] { return d_model_for_width(std::get<0>(best)) <= opt.enough_d_model; };
  for (int64_t i = 0; ng > 0 && (opt.max_moves == 0 || i < opt.max_moves) && !enough(); ++i) {
    if ((i & 1023) == 0 && (Clock::now() >= deadline || (stop && stop->load()))) break;
    if (since_gain > streak_limit) {  // kick: a few moves whatever they cost
      if (opt.stall_kicks > 0 && ++fruitless_kicks > opt.stall_kicks) break;
      for (int k = 0; k < 8; ++k) {
        GateId x = static_cast<GateId>(rng.below(ng));
        int p = random_target(g, s, earliest, latest, x, rng);
        if (p >= 0 && !push(g, s, earliest, latest, x, p, opt, moved, 0)) undo(s, moved);
        moved.clear();
      }
      current = s.objective();
      since_gain = 0;
    }
    const GateId x = static_cast<GateId>(rng.below(ng));
    const int p = random_target(g, s, earliest, latest, x, rng);
    if (p < 0) continue;
    ++r.moves_tried;
    ++since_gain;
    if (!push(g, s, earliest, latest, x, p, opt, moved, 0)) {
      undo(s, moved);
      continue;
    }
    Objective now = s.objective();
    if (now <= current) {
      if (now < current) since_gain = 0;
      current = now;
      ++r.moves_kept;
      moved.clear();
      if (current < best) best = current, best_phases = s.phases(), fruitless_kicks = 0;
    } else {
      undo(s, moved);
    }
  }
  r.schedule = Schedule{opt.layers, best_phases};
  r.width_bound_after = std::get<0>(best);
  return r;
}

}  // namespace sp::milp
