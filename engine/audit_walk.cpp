#include "engine/audit_walk.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <optional>

#include "engine/audit_match.h"
#include "engine/audit_text.h"
#include "engine/audit_units.h"
#include "engine/tvm_layout.h"
#include "model/errors.h"

namespace sp::audit {

namespace {

constexpr int kUnborn = INT_MAX;

// How a unit may be read as the graph: a gate (with the value index each
// head component computes) or a passthrough (with the slot each copies).
struct Option {
  UnitRole role = UnitRole::Inert;
  GateId gate = -1;
  int comp[2] = {-1, -1};  // lookup: value index per component; passthrough: source slot
  Match match;
};

void add_scaled(Contents& into, const Contents& what, double k) {
  for (const auto& [atom, c] : what) {
    double& x = into[atom];
    x += k * c;
    if (x == 0.0) into.erase(atom);
  }
}

Contents difference(const Contents& after, const Contents& before) {
  Contents d = after;
  add_scaled(d, before, -1.0);
  return d;
}

// Every layer's heads and neurons, read once for all runs of the walk.
struct Units {
  std::vector<std::vector<HeadUnit>> heads;
  std::vector<std::vector<NeuronUnit>> neurons;
  std::vector<int> embedding;
  explicit Units(const ModelBin& m) : embedding(embedding_slots(m)) {
    for (int L = 0; L < m.layers; ++L) heads.push_back(read_heads(m, L)), neurons.push_back(read_neurons(m, L));
  }
};

// Thrown when matching is stuck with a unit that matches in several ways:
// the driver below runs the walk again once per way.
struct Branch {
  size_t ways;
  Problem ambiguity;
};

class Walker {
 public:
  Walker(const Graph& g, const ModelBin& m, const Units& units, const std::vector<size_t>& decisions)
      : g(g), m(m), units(units), nv(static_cast<int>(g.values.size())), D(m.d_model), decisions(decisions) {}

  int phase_reached() const { return phase; }

  WalkResult run() {
    prepare();
    embed();
    for (int L = 0; L < m.layers; ++L) {
      attention(L);
      ffn(L);
    }
    check_lookups_complete();
    tie_by_elimination();
    out.gate_phase = gate_phase;
    out.input_slot = input_slot;
    return std::move(out);
  }

 private:
  const Graph& g;
  const ModelBin& m;
  const Units& units;
  const int nv, D;
  std::vector<Contents> stream, before;
  std::vector<int> gate_phase, birth, input_slot, slot_input;
  std::vector<uint8_t> is_input;
  std::vector<std::vector<int>> claim;  // lookups: per value index, the layer computing it (-1)
  std::vector<std::array<Expr, 2>> query, key;
  std::vector<std::vector<Expr>> values;
  std::vector<Expr> ea, eb, ex;
  Expr pt_query[2], pt_key[2], pt_gate;  // the passthrough patterns over values
  int phase = -1;                        // of the sublayer being matched
  WalkResult out;
  const std::vector<size_t>& decisions;  // which way to take at each ambiguous unit, in order
  size_t next_decision = 0;

  [[noreturn]] void fail(Problem p) const { throw InputError(m.source + ": " + problem_message(g, p)); }

  ValueId need_value(std::string_view name, const char* use) const {
    auto v = g.find_value(std::string(name));
    if (!v) {
      Problem p;
      p.kind = ProblemKind::MissingValue, p.name = std::string(name), p.why = use;
      fail(std::move(p));
    }
    return *v;
  }

  void prepare() {
    const size_t G = g.gates.size();
    gate_phase.assign(G, -1);
    birth.assign(nv, kUnborn);
    input_slot.assign(nv, -1);
    slot_input.assign(D, -1);
    is_input.assign(nv, 0);
    for (ValueId v : g.inputs) is_input[v] = 1, birth[v] = kInputPhase;
    claim.resize(G);
    query.resize(G), key.resize(G), values.resize(G), ea.resize(G), eb.resize(G), ex.resize(G);
    for (GateId x = 0; x < static_cast<GateId>(G); ++x) {
      const Gate& gt = g.gates[x];
      if (gt.kind == GateKind::Lookup) {
        for (int i = 0; i < 2; ++i) query[x][i] = clean_expr(gt.query[i]), key[x][i] = clean_expr(gt.key[i]);
        for (const Expr& e : gt.values) values[x].push_back(clean_expr(e));
        claim[x].assign(gt.values.size(), -1);
      }
      ea[x] = clean_expr(gt.a), eb[x] = clean_expr(gt.b), ex[x] = clean_expr(gt.expr);
    }
    const ValueId pos = need_value(tvm::kPositionValue, "transformer-vm's passthrough heads attend by it");
    const ValueId one = need_value(tvm::kOneValue, "transformer-vm's passthrough heads and neurons read it");
    pt_query[0] = {{pos, 1.0}}, pt_query[1] = {{one, 1.0}};
    pt_key[0] = {{pos, 2.0}}, pt_key[1] = {{one, 1.0}};
    pt_gate = {{one, 1.0}};
  }

  // ---- ties between inputs and embedding slots ---------------------------
  Atom placeholder(int slot) const { return nv + slot; }

  void rename(std::vector<Contents>& slots, Atom from, Atom to) {
    for (Contents& c : slots)
      if (auto it = c.find(from); it != c.end()) {
        double k = it->second;
        c.erase(it);
        c[to] += k;
      }
  }

  void tie(int slot, ValueId input) {
    input_slot[input] = slot;
    slot_input[slot] = input;
    rename(stream, placeholder(slot), input);
    rename(before, placeholder(slot), input);
    for (auto& [key, delta] : out.writes)
      if (auto it = delta.find(placeholder(slot)); it != delta.end()) {
        double k = it->second;
        delta.erase(it);
        delta[input] += k;
      }
  }

  // ---- the embedding (boundary -1) ---------------------------------------
  void embed() {
    stream.assign(D, {});
    for (int s : units.embedding) stream[s][placeholder(s)] = 1.0;
    for (size_t i = 0; i < tvm::kFixedSlotValues.size() && static_cast<int>(i) < D; ++i) {
      ValueId v = need_value(tvm::kFixedSlotValues[i], "transformer-vm's engines write it into its fixed slot");
      stream[i][v] += 1.0;
      input_slot[v] = static_cast<int>(i);
    }
    for (int s = 0; s < D; ++s)
      if (!stream[s].empty()) out.writes[{-1, s}] = stream[s];
    // A fixed slot's own placeholder stays; the fixed value is tied already.
  }

  // ---- liveness as far as the walk knows it ------------------------------
  // A value may still be read at `phase` unless every reader is placed
  // earlier (placeholders: unknown inputs, always live).
  bool live(Atom a) const {
    if (a >= nv) return true;
    const Value& v = g.values[a];
    if (v.output || v.pinned) return true;
    for (GateId r : g.readers[a])
      if (gate_phase[r] < 0 || gate_phase[r] >= phase) return true;
    return false;
  }

  Stream stream_view() const {
    Stream s;
    s.n_values = nv, s.slots = &before, s.input_slot = &input_slot, s.is_input = &is_input;
    s.live = [this](Atom a) { return live(a); };
    return s;
  }

  // ---- options -------------------------------------------------------------
  static bool copies_one_slot(const SlotRow& r) { return r.size() == 1 && coef_equal(r[0].w, 1.0); }

  static int expected_tiebreak(const Gate& gt) {
    if (gt.tie_break == "latest") return 1;
    if (gt.tie_break == "average") return 0;
    return -2;  // the engine has no other tie-break
  }

  // Options of a unit, with a search too large for matching turned into bad
  // input naming the unit.
  template <typename F>
  auto bounded(int layer, int unit, bool neuron, F f) {
    try {
      return f();
    } catch (const MatchTooComplex&) {
      Problem p;
      p.kind = ProblemKind::TooComplex, p.layer = layer, p.unit = unit, p.why = neuron ? "neuron" : "head";
      fail(std::move(p));
    }
  }

  std::vector<Option> head_options(const HeadUnit& h, bool relaxed) {
    return bounded(h.layer, h.head, false, [&] { return head_options_unbounded(h, relaxed); });
  }
  std::vector<Option> neuron_options(const NeuronUnit& n, bool relaxed) {
    return bounded(n.layer, n.neuron, true, [&] { return neuron_options_unbounded(n, relaxed); });
  }

  std::vector<Option> head_options_unbounded(const HeadUnit& h, bool relaxed) {
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

  std::vector<Option> neuron_options_unbounded(const NeuronUnit& n, bool relaxed) {
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
  bool interchangeable(const std::vector<Option>& opts) const {
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

  // ---- committing a match --------------------------------------------------
  void commit(const Option& o, int layer, int unit, bool neuron) {
    for (const Binding& b : o.match.bindings) tie(b.slot, b.input);
    if (o.role == UnitRole::Lookup) {
      for (int c : o.comp)
        if (c >= 0) {
          claim[o.gate][c] = layer;
          birth[g.gates[o.gate].produces[c]] = phase;
        }
      gate_phase[o.gate] = phase;
    } else if (o.role == UnitRole::Reglu) {
      gate_phase[o.gate] = phase;
      birth[g.gates[o.gate].produces[0]] = phase;
    }
    if (o.gate >= 0)
      for (const Read& r : o.match.reads)
        out.reads.push_back({r.value, r.slot, o.gate, phase, r.wildcard, layer, unit, neuron});
    out.units.push_back({layer, neuron, unit, o.role, o.gate});
  }

  // The fixpoint of audit_walk.h over one sublayer's units; returns each
  // unit's committed option, in unit order.
  template <typename U, typename OptionsFn, typename DescribeFn>
  std::vector<std::pair<const U*, Option>> resolve(const std::vector<U>& layer_units, OptionsFn options, DescribeFn describe,
                                                   bool neuron) {
    std::vector<const U*> pending;
    std::vector<std::pair<const U*, Option>> done;
    for (const U& u : layer_units) {
      if (inert(u)) {
        out.units.push_back({u.layer, neuron, index(u), UnitRole::Inert, -1});
        continue;
      }
      pending.push_back(&u);
    }
    auto take = [&](size_t i, const Option& o) {
      commit(o, pending[i]->layer, index(*pending[i]), neuron);
      done.push_back({pending[i], o});
      pending.erase(pending.begin() + static_cast<long>(i));
    };
    for (bool relaxed : {false, true}) {
      for (bool progress = true; progress && !pending.empty();) {
        progress = false;
        for (size_t i = 0; i < pending.size();) {
          auto opts = options(*pending[i], relaxed);
          if (opts.size() == 1) {
            take(i, opts[0]);
            progress = true;
          } else {
            ++i;
          }
        }
        if (progress) continue;
        for (size_t i = 0; i < pending.size() && !progress; ++i) {
          auto opts = options(*pending[i], relaxed);
          if (opts.size() > 1 && interchangeable(opts)) {
            take(i, opts[0]);
            progress = true;
          }
        }
        // Stuck: the first unit with several ways is a decision point (in
        // unit order: on the reference model this takes fewer runs than
        // picking the unit with the fewest ways, 282 against 373).
        for (size_t i = 0; i < pending.size() && !progress; ++i) {
          auto opts = options(*pending[i], relaxed);
          if (opts.size() < 2) continue;
          if (next_decision == decisions.size()) {
            Problem p = describe(*pending[i]);
            p.kind = neuron ? ProblemKind::AmbiguousNeuron : ProblemKind::AmbiguousHead;
            p.gate = opts[0].gate, p.other_gate = opts[1].gate;
            throw Branch{opts.size(), std::move(p)};
          }
          take(i, opts.at(decisions[next_decision++]));
          progress = true;
        }
      }
    }
    if (!pending.empty()) {
      const U& u = *pending.front();
      Problem p = describe(u);
      auto opts = options(u, false);
      if (opts.empty()) opts = options(u, true);
      if (opts.size() > 1) {
        p.kind = neuron ? ProblemKind::AmbiguousNeuron : ProblemKind::AmbiguousHead;
        p.gate = opts[0].gate, p.other_gate = opts[1].gate;
      }
      fail(std::move(p));
    }
    std::sort(done.begin(), done.end(), [](auto& x, auto& y) { return index(*x.first) < index(*y.first); });
    return done;
  }

  static int index(const HeadUnit& h) { return h.head; }
  static int index(const NeuronUnit& n) { return n.neuron; }

  Problem unit_problem(ProblemKind kind, int layer, int unit) const {
    Problem p;
    p.kind = kind, p.layer = layer, p.unit = unit, p.stream = before, p.n_values = nv;
    return p;
  }

  // What a component outputs: its gate value, or the slot it copies.
  Contents output(const Option& o, int c) const {
    if (o.role == UnitRole::Lookup) return o.comp[c] < 0 ? Contents{} : Contents{{g.gates[o.gate].produces[o.comp[c]], 1.0}};
    if (o.role == UnitRole::Reglu) return {{g.gates[o.gate].produces[0], 1.0}};
    return o.comp[c] < 0 ? Contents{} : before[o.comp[c]];
  }

  // ---- sublayers -----------------------------------------------------------
  void attention(int L) {
    phase = 4 * L;
    before = stream;
    const auto& heads = units.heads[L];
    auto done = resolve(
        heads, [&](const HeadUnit& h, bool relaxed) { return head_options(h, relaxed); },
        [&](const HeadUnit& h) {
          Problem p = unit_problem(ProblemKind::UnmatchedHead, L, h.head);
          if (h.tiebreak >= 0) p.why = h.tiebreak == 1 ? "latest" : "average";
          for (int i = 0; i < 2; ++i) {
            p.rows.push_back({"query row " + std::to_string(i) + " / 1e10*sqrt(2)", h.q[i]});
            for (SlotTerm& t : p.rows.back().second) t.w /= tvm::kQueryScale;
          }
          for (int i = 0; i < 2; ++i) p.rows.push_back({"key row " + std::to_string(i), h.k[i]});
          for (int i = 0; i < 2; ++i) p.rows.push_back({"value row " + std::to_string(i), h.v[i]});
          return p;
        },
        false);
    std::vector<Contents> delta(D);
    for (const auto& [h, o] : done)
      for (int c = 0; c < 2; ++c) {
        Contents y = output(o, c);
        for (const SlotTerm& t : h->out[c]) add_scaled(delta[t.slot], y, t.w);
      }
    finish_boundary(4 * L + 1, delta);
  }

  void ffn(int L) {
    phase = 4 * L + 2;
    before = stream;
    const auto& neurons = units.neurons[L];
    auto done = resolve(
        neurons, [&](const NeuronUnit& n, bool relaxed) { return neuron_options(n, relaxed); },
        [&](const NeuronUnit& n) {
          Problem p = unit_problem(ProblemKind::UnmatchedNeuron, L, n.neuron);
          p.rows = {{"gate row b", n.b}, {"value row a", n.a}};
          return p;
        },
        true);
    std::vector<Contents> delta(D);
    for (const auto& [n, o] : done) {
      Contents y = output(o, 0);
      for (const SlotTerm& t : n->out) add_scaled(delta[t.slot], y, t.w);
    }
    finish_boundary(4 * L + 3, delta);
  }

  void finish_boundary(int c, const std::vector<Contents>& delta) {
    std::vector<Contents> after = before;
    std::vector<int> written;
    for (int s = 0; s < D; ++s)
      if (!delta[s].empty()) {
        add_scaled(after[s], delta[s], 1.0);
        written.push_back(s);
      }
    fold_persists(c, written, after);
    for (int s : written)
      if (Contents d = difference(after[s], before[s]); !d.empty()) {
        if (hands_over(d, before[s])) out.handovers.push_back({c, s});
        out.writes[{c, s}] = std::move(d);
      }
    stream = std::move(after);
  }

  // `+new -old`: the write places a value the slot did not hold and
  // subtracts one it held with coefficient 1 (SPEC.md 3, immediate reuse).
  // Other negative terms (stale values a passthrough carries along) are not
  // a handover.
  static bool hands_over(const Contents& d, const Contents& before) {
    bool placed = false, subtracted = false;
    for (const auto& [atom, k] : d) {
      auto it = before.find(atom);
      placed = placed || (k == 1.0 && it == before.end());
      subtracted = subtracted || (k == -1.0 && it != before.end() && it->second == 1.0);
    }
    return placed && subtracted;
  }

  // ---- persist folding -----------------------------------------------------
  struct PersistOption {
    int slot;
    std::vector<Binding> bindings;
    size_t left;  // terms left in the slot after folding
  };

  // Every way after[s] holds P's expression (inputs not yet tied may bind to
  // placeholders with the same coefficient).
  void contain(const Expr& e, size_t t, const Contents& c, std::vector<Binding>& bind, int slot,
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

  std::vector<PersistOption> persist_options(GateId x, const std::vector<int>& written,
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

  void fold(GateId x, const PersistOption& o, int c, std::vector<Contents>& after) {
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

  void fold_persists(int c, const std::vector<int>& written, std::vector<Contents>& after) {
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

  // ---- end of the walk -----------------------------------------------------
  void check_lookups_complete() const {
    for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
      if (g.gates[x].kind != GateKind::Lookup || gate_phase[x] < 0) continue;
      for (size_t i = 0; i < claim[x].size(); ++i)
        if (claim[x][i] < 0) {
          Problem p;
          p.kind = ProblemKind::LookupIncomplete, p.gate = x, p.value = g.gates[x].produces[i];
          p.layer = layer_of(gate_phase[x]);
          fail(std::move(p));
        }
    }
  }

  // Embedding slots no match tied: paired with the inputs no gate reads.
  void tie_by_elimination() {
    std::vector<int> slots;
    for (const auto& [key, delta] : out.writes)
      if (key.first == -1 && delta.count(placeholder(key.second))) slots.push_back(key.second);
    if (slots.empty()) return;
    std::vector<ValueId> inputs;
    bool all_unread = true;
    for (ValueId v : g.inputs)
      if (input_slot[v] < 0) {
        inputs.push_back(v);
        all_unread = all_unread && g.readers[v].empty();
      }
    Problem p;
    p.slots = slots;
    if (slots.size() > inputs.size()) {
      p.kind = ProblemKind::UnexplainedEmbedding;
      fail(std::move(p));
    }
    if (!(inputs.size() == 1 || all_unread)) {
      p.kind = ProblemKind::AmbiguousEmbedding;
      p.value = inputs.front();
      fail(std::move(p));
    }
    for (size_t i = 0; i < slots.size(); ++i) {
      tie(slots[i], inputs[i]);
      out.by_elimination.push_back(inputs[i]);
    }
  }
};

}  // namespace

// Runs the walk once per combination of ways at the decision points (depth
// first, at most kMaxWalks runs). The readings that explain the whole model
// with the fewest wildcard reads win; exactly one must: none is bad input
// (the error of the run that got furthest), two are an ambiguity (the
// weights admit two readings), and so is a search cut short by kMaxWalks.
// The one exception: tied readings that all read some value from a slot
// not holding it are all unsafe; the first (in decision order) is audited
// and the others counted.
WalkResult walk_model(const Graph& g, const ModelBin& m) {
  constexpr int kMaxWalks = 4096;
  const Units units(m);
  std::vector<std::vector<size_t>> todo{{}};
  std::vector<std::pair<int, WalkResult>> found;  // wildcard reads, reading
  std::optional<Problem> ambiguity;
  std::pair<int, std::string> furthest{INT_MIN, ""};
  int runs = 0;
  for (; !todo.empty() && runs < kMaxWalks; ++runs) {
    std::vector<size_t> d = std::move(todo.back());
    todo.pop_back();
    Walker w(g, m, units, d);
    try {
      WalkResult r = w.run();
      int wild = static_cast<int>(std::count_if(r.reads.begin(), r.reads.end(), [](auto& x) { return x.wildcard; }));
      found.emplace_back(wild, std::move(r));
    } catch (Branch& b) {
      if (!ambiguity) ambiguity = b.ambiguity;
      for (size_t k = b.ways; k-- > 0;) {
        todo.push_back(d);
        todo.back().push_back(k);
      }
    } catch (const InputError& e) {
      if (w.phase_reached() > furthest.first) furthest = {w.phase_reached(), e.what()};
    }
  }
  if (found.empty() && todo.empty()) throw InputError(furthest.second);
  auto fewest = [](auto& a, auto& b) { return a.first < b.first; };
  std::stable_sort(found.begin(), found.end(), fewest);
  // Readings tied with wildcard reads are all unsafe (a wildcard read is a
  // read of a slot that does not hold the value), so the first is audited.
  const bool tied = found.size() > 1 && found[1].first == found[0].first;
  if (found.empty() || !todo.empty() || (tied && found[0].first == 0)) {
    std::string more = todo.empty() ? "" : " (more than " + std::to_string(kMaxWalks) + " readings to try)";
    throw InputError(m.source + ": " + problem_message(g, *ambiguity) + more);
  }
  WalkResult best = std::move(found.front().second);
  best.walks = runs;
  for (size_t i = 1; i < found.size() && found[i].first == found[0].first; ++i) ++best.tied_readings;
  return best;
}

}  // namespace sp::audit
