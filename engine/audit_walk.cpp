// The walker's state, the embedding, the sublayers and the fixpoint that
// commits matches (audit_walk.h: the abstract state and the transfer functions).
#include "engine/audit_walker.h"

#include <algorithm>

#include "engine/tvm_layout.h"

namespace sp::audit::walk {

namespace {

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

}  // namespace

// The fixpoint of audit_walk.h over one sublayer's units; returns each
// unit's committed option, in unit order.
template <typename U, typename OptionsFn, typename DescribeFn>
std::vector<std::pair<const U*, Option>> Walker::resolve(const std::vector<U>& layer_units, OptionsFn options,
                                                         DescribeFn describe, bool neuron) {
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

WalkResult Walker::run() {
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

ValueId Walker::need_value(std::string_view name, const char* use) const {
  auto v = g.find_value(std::string(name));
  if (!v) {
    Problem p;
    p.kind = ProblemKind::MissingValue, p.name = std::string(name), p.why = use;
    fail(std::move(p));
  }
  return *v;
}

void Walker::prepare() {
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

void Walker::rename(std::vector<Contents>& slots, Atom from, Atom to) {
  for (Contents& c : slots)
    if (auto it = c.find(from); it != c.end()) {
      double k = it->second;
      c.erase(it);
      c[to] += k;
    }
}

// Ties an embedding slot to an input: its placeholder is that input from now
// on, in the stream and in the writes recorded so far.
void Walker::tie(int slot, ValueId input) {
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

// Boundary -1: the embedding's slots and the engine's position features.
void Walker::embed() {
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

// A value may still be read at `phase` unless every reader is placed
// earlier (placeholders: unknown inputs, always live).
bool Walker::live(Atom a) const {
  if (a >= nv) return true;
  const Value& v = g.values[a];
  if (v.output || v.pinned) return true;
  for (GateId r : g.readers[a])
    if (gate_phase[r] < 0 || gate_phase[r] >= phase) return true;
  return false;
}

Stream Walker::stream_view() const {
  Stream s;
  s.n_values = nv, s.slots = &before, s.input_slot = &input_slot, s.is_input = &is_input;
  s.live = [this](Atom a) { return live(a); };
  return s;
}

void Walker::commit(const Option& o, int layer, int unit, bool neuron) {
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

Problem Walker::unit_problem(ProblemKind kind, int layer, int unit) const {
  Problem p;
  p.kind = kind, p.layer = layer, p.unit = unit, p.stream = before, p.n_values = nv;
  return p;
}

// What a component outputs: its gate value, or the slot it copies.
Contents Walker::output(const Option& o, int c) const {
  if (o.role == UnitRole::Lookup) return o.comp[c] < 0 ? Contents{} : Contents{{g.gates[o.gate].produces[o.comp[c]], 1.0}};
  if (o.role == UnitRole::Reglu) return {{g.gates[o.gate].produces[0], 1.0}};
  return o.comp[c] < 0 ? Contents{} : before[o.comp[c]];
}

void Walker::attention(int L) {
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

void Walker::ffn(int L) {
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

void Walker::finish_boundary(int c, const std::vector<Contents>& delta) {
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
bool Walker::hands_over(const Contents& d, const Contents& before) {
  bool placed = false, subtracted = false;
  for (const auto& [atom, k] : d) {
    auto it = before.find(atom);
    placed = placed || (k == 1.0 && it == before.end());
    subtracted = subtracted || (k == -1.0 && it != before.end() && it->second == 1.0);
  }
  return placed && subtracted;
}

void Walker::check_lookups_complete() const {
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
void Walker::tie_by_elimination() {
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

}  // namespace sp::audit::walk
