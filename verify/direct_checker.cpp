#include "verify/direct_checker.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <map>

#include "model/liveness.h"
#include "model/value_ranges.h"
#include "verify/numerics.h"

namespace sp {

namespace {

// 64-bit arithmetic, clamped: phase - 1 and death + 1 stay defined for any
// int an in-memory artifact holds (the reader keeps them within +-2^28).
int clamp_int(int64_t x) { return static_cast<int>(std::clamp<int64_t>(x, INT_MIN, INT_MAX)); }
int largest_odd_at_most(int64_t x) { return clamp_int(x % 2 != 0 ? x : x - 1); }
int smallest_odd_at_least(int64_t x) { return clamp_int(x % 2 != 0 ? x : x + 1); }
int read_boundary(int phase) { return largest_odd_at_most(int64_t{phase} - 1); }  // last boundary before phase

// Lifetimes re-derived from the graph and the phases (SPEC.md 3).
struct Lifetime {
  LifeFacts f;
  bool unused = false, internal = false;
};

std::vector<Lifetime> derive_lifetimes(const Graph& g, const Schedule& s) {
  std::vector<Lifetime> out(g.values.size());
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    const Value& val = g.values[v];
    Lifetime& l = out[v];
    l.f.forever = val.output || val.pinned;
    l.f.read = !g.readers[v].empty();
    l.f.birth = val.producer < 0 ? kInputPhase : s.phase[val.producer];
    int death = l.f.birth;
    for (GateId r : g.readers[v]) death = std::max(death, s.phase[r]);
    l.unused = !l.f.forever && g.readers[v].empty();
    bool sublayer_kind = val.producer >= 0 && g.gates[val.producer].kind != GateKind::Persist;
    l.internal = !l.f.forever && !l.unused && sublayer_kind && death <= l.f.birth + 1;
    l.f.needs_slot = !l.unused && !l.internal;
    l.f.death = l.f.forever ? kForeverBoundary : death;
    l.f.first = smallest_odd_at_least(l.f.birth);
    l.f.last = l.f.forever ? kForeverBoundary : largest_odd_at_most(int64_t{death} + 1);
  }
  return out;
}

void apply(Contents& state, const std::vector<Term>& delta) {
  for (const Term& t : delta) {
    double& c = state[t.value];
    c += t.coef;
    if (c == 0) state.erase(t.value);
  }
}

// One slot's writes and the values, reads and outputs the slot table puts there.
struct SlotWork {
  std::vector<const Write*> writes;               // by boundary
  std::vector<ValueId> owners;                    // need a slot and the slot table puts them here
  std::vector<std::pair<GateId, ValueId>> reads;  // reads of values allocated here
  std::vector<ValueId> outputs;
};

// The walk over one slot's events in boundary order (see the header).
enum Order { kBeforeWrites = 0, kApply = 1, kAfter = 2 };
enum What { kOverwrite, kWrites, kStart, kEnd, kContents, kRead, kOutput };
struct Event {
  int boundary, order, what, index;
  bool operator<(const Event& o) const {
    return std::tie(boundary, order, what, index) < std::tie(o.boundary, o.order, o.what, o.index);
  }
};

struct Checker {
  const Graph& g;
  const Artifact& a;
  CheckerResult& out;
  int N = a.schedule.layers;
  int last_boundary = clamp_int(4 * int64_t{a.schedule.layers} - 1);
  std::vector<Lifetime> life{};
  std::map<ValueId, Waste> waste{};  // values held beyond need, by value

  Violation violation(ViolationClass k, Property p) const {
    Violation v;
    v.kind = k, v.property = p, v.policy = a.alloc.policy;
    return v;
  }
  void report(Violation v) { out.add(g, std::move(v)); }
  int phase(GateId x) const { return a.schedule.phase[x]; }
  Violation gate_violation(ViolationClass k, Property p, GateId x) const {
    Violation v = violation(k, p);
    v.gate = x, v.gate_phase = phase(x), v.layer = layer_of(phase(x));
    return v;
  }

  // ---- property 4: the schedule is legal --------------------------------
  void check_phases() {
    for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
      int p = phase(x);
      if (!is_legal_phase(g.gates[x].kind, p)) report(gate_violation(ViolationClass::PhaseKind, Property::PhaseKind, x));
      if (p > last_boundary) {
        Violation v = gate_violation(ViolationClass::LayerBudget, Property::LayerBudget, x);
        v.limit = N;
        report(std::move(v));
      }
      for (ValueId u : g.gates[x].reads) {
        GateId prod = g.values[u].producer;
        if (prod < 0 || p > phase(prod)) continue;
        Violation v = gate_violation(ViolationClass::Precedence, Property::Precedence, x);
        v.value = u, v.other_gate = prod, v.other_gate_phase = phase(prod);
        report(std::move(v));
      }
    }
  }

  // Co-location: explicit groups, and reglu/persist readers of `average` lookups.
  void check_colocation() {
    auto same_layer = [&](GateId x, GateId y, ValueId via) {
      if (layer_of(phase(x)) == layer_of(phase(y))) return;
      Violation v = gate_violation(ViolationClass::Colocation, Property::Colocation, x);
      v.other_gate = y, v.other_gate_phase = phase(y), v.value = via;
      report(std::move(v));
    };
    for (const auto& group : g.colocate)
      for (size_t i = 1; i < group.size(); ++i) same_layer(group[i], group[0], -1);
    for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
      if (g.gates[x].kind == GateKind::Lookup) continue;
      for (ValueId u : g.gates[x].reads) {
        GateId prod = g.values[u].producer;
        if (prod >= 0 && g.gates[prod].average) same_layer(x, prod, u);
      }
    }
  }

  void check_ffn_budget() {
    if (!a.max_ffn) return;
    std::map<int, int> reglus;
    for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
      if (g.gates[x].kind == GateKind::Reglu) ++reglus[layer_of(phase(x))];
    for (auto [L, n] : reglus) {
      if (n <= *a.max_ffn) continue;
      Violation v = violation(ViolationClass::FfnBudget, Property::FfnBudget);
      v.layer = L, v.amount = n, v.limit = *a.max_ffn;
      report(std::move(v));
    }
  }

  bool schedule_legal() const {
    return !out.failed[static_cast<size_t>(Property::PhaseKind)] &&
           !out.failed[static_cast<size_t>(Property::LayerBudget)] &&
           !out.failed[static_cast<size_t>(Property::Precedence)];
  }

  // ---- slot indices and write shape (no liveness needed) -----------------
  void check_slot_indices() {
    for (ValueId u = 0; u < static_cast<ValueId>(g.values.size()); ++u) {
      if (a.alloc.slot[u] < a.d_model) continue;
      Violation v = violation(ViolationClass::SlotRange, Property::SlotRange);
      v.value = u, v.slot = a.alloc.slot[u], v.value_slot = v.slot, v.limit = a.d_model;
      report(std::move(v));
    }
    for (const Write& w : a.alloc.writes) {
      if (w.slot >= a.d_model) {
        Violation v = violation(ViolationClass::SlotRange, Property::SlotRange);
        v.slot = w.slot, v.boundary = w.boundary, v.written = w.delta, v.limit = a.d_model;
        report(std::move(v));
      }
      bool is_boundary_phase = w.boundary == -1 || (w.boundary % 2 != 0 && w.boundary >= 1 && w.boundary <= last_boundary);
      if (is_boundary_phase && w.slot >= 0) continue;
      Violation v = violation(ViolationClass::BadWrite, Property::WriteShape);
      v.slot = w.slot, v.boundary = w.boundary, v.written = w.delta, v.limit = last_boundary;
      report(std::move(v));
    }
  }

  // ---- liveness-dependent properties ------------------------------------
  void check_slot_assignment() {
    for (ValueId u = 0; u < static_cast<ValueId>(g.values.size()); ++u) {
      if (!life[u].f.needs_slot || a.alloc.slot[u] >= 0) continue;
      Violation v = violation(ViolationClass::MissingSlot, Property::SlotAssigned);
      v.value = u, v.life = life[u].f;
      report(std::move(v));
    }
  }

  // The d_model check counts what any slot map of this schedule needs: under
  // both immediate policies a slot may pass at the erase boundary. The float64
  // rule's extra width is the scheduler's accounting; whether each handover
  // is exact is the numerics property, checked per write.
  void check_d_model() {
    const ReusePolicy physical = hands_over(a.alloc.policy) ? ReusePolicy::ImmediateExactArith : ReusePolicy::Delayed;
    Liveness lv = compute_liveness(g, a.schedule, physical);
    auto d_model = [&]() {
      Violation v = violation(ViolationClass::DModel, Property::DModel);
      v.limit = a.d_model;
      return v;
    };
    if (a.d_model % 2 != 0) report(d_model());
    if (lv.width > a.d_model) {
      Violation v = d_model();
      v.boundary = lv.peak_boundary, v.amount = lv.width;
      report(std::move(v));
    }
    for (int L = 0; L < static_cast<int>(lv.heads_needed.size()); ++L) {
      if (lv.heads_needed[L] <= a.d_model) continue;
      Violation v = d_model();
      v.layer = L, v.amount = lv.heads_needed[L];
      v.heads = {lv.lookup_heads[L], lv.dying[L], lv.passthrough[L]};
      report(std::move(v));
    }
  }

  // Values sharing a slot must hold it over disjoint boundary ranges:
  // [first, last] closed under delayed reuse, [first, last) under immediate.
  void check_overlaps(int slot, std::vector<ValueId> owners) {
    bool immediate = hands_over(a.alloc.policy);
    std::sort(owners.begin(), owners.end(), [&](ValueId x, ValueId y) {
      return std::pair(life[x].f.first, x) < std::pair(life[y].f.first, y);
    });
    ValueId longest = -1;  // the value seen so far whose range reaches furthest
    for (ValueId u : owners) {
      if (longest >= 0) {
        const LifeFacts &f = life[longest].f, &h = life[u].f;
        int c = std::max({f.first, h.first, -1});
        int end = std::min(f.last, h.last);
        if ((immediate ? c < end : c <= end) && c <= last_boundary) {
          Violation v = violation(ViolationClass::OverwriteLive, Property::NoOverwrite);
          v.value = longest, v.other = u, v.slot = slot, v.boundary = c, v.life = f, v.other_life = h;
          report(std::move(v));
        }
      }
      if (longest < 0 || life[u].f.last > life[longest].f.last) longest = u;
    }
  }

  // Same-sublayer reads bypass the stream: a persist reading the lookup or
  // reglu value produced in the phase just before it.
  bool same_sublayer(GateId reader, ValueId v) const {
    GateId prod = g.values[v].producer;
    if (prod < 0 || g.gates[reader].kind != GateKind::Persist || g.gates[prod].kind == GateKind::Persist) return false;
    int p = phase(reader);
    return p % 2 != 0 && phase(prod) == p - 1;
  }

  // ---- the float64 rule (docs/NUMERICS.md) --------------------------------
  // Every handover write's engine sum must be exact: one grid for all its
  // terms and no partial sum past 2^(53+grid), by the closed form of SumBound.
  void check_numerics() {
    const ValueRanges r = derive_value_ranges(g);
    for (const Write& w : a.alloc.writes) {
      if (!is_handover(w)) continue;
      SumBound sum;
      for (const Term& t : engine_terms(g, w)) add_term(sum, term_range(r.value[t.value], t.coef));
      if (sum.exact()) continue;
      report(inexact_handover(g, r, w, a.alloc.policy));
    }
  }

  struct SlotWalk;  // below
  void walk_slot(int slot, const SlotWork& work);

  void check_slots() {
    std::map<int, SlotWork> slots;
    for (const Write& w : a.alloc.writes) slots[w.slot].writes.push_back(&w);
    for (auto& [s, work] : slots)
      std::stable_sort(work.writes.begin(), work.writes.end(),
                       [](const Write* x, const Write* y) { return x->boundary < y->boundary; });
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
      int s = a.alloc.slot[v];
      if (s < 0) continue;
      if (life[v].f.needs_slot) slots[s].owners.push_back(v);
      if (g.values[v].output) slots[s].outputs.push_back(v);
      for (GateId r : g.readers[v])
        if (!same_sublayer(r, v)) slots[s].reads.emplace_back(r, v);
    }
    for (auto& [s, work] : slots) {
      check_overlaps(s, work.owners);
      walk_slot(s, work);
    }
    collect_waste();
  }

  // The waste list: values held beyond need (recorded by the walks), and
  // slot-table entries of values that need no slot and are never held.
  void collect_waste() {
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
      if (a.alloc.slot[v] < 0) continue;
      auto it = waste.find(v);
      const LifeFacts& f = life[v].f;
      if (f.needs_slot && (it == waste.end() || it->second.ranges.empty())) continue;
      Waste w = it == waste.end() ? Waste{} : it->second;
      w.value = v, w.slot = a.alloc.slot[v], w.life = f;
      w.kind = f.needs_slot              ? WasteKind::LateErase
               : w.ranges.empty()        ? WasteKind::EntryOnly
               : g.values[v].producer < 0 ? WasteKind::UnreadInput
                                          : WasteKind::NotNeeded;
      out.waste.push_back(std::move(w));
    }
  }
};

// One slot's walk: the abstract state and the event handlers.
struct Checker::SlotWalk {
  Checker& k;
  int slot;
  const SlotWork& work;
  Contents state{};                 // the slot's contents
  Contents final_contents{};        // after every write: who is never subtracted
  std::vector<ValueId> intended{};  // the owners holding the slot now
  int checked_at = kNoBoundary;     // the last contents check
  std::vector<ValueId> extras{};    // waste held after `checked_at`

  std::vector<Term> written_at(int boundary) const {
    std::vector<Term> terms;
    auto at = std::lower_bound(work.writes.begin(), work.writes.end(), boundary,
                               [](const Write* w, int b) { return w->boundary < b; });
    for (; at != work.writes.end() && (*at)->boundary == boundary; ++at)
      terms.insert(terms.end(), (*at)->delta.begin(), (*at)->delta.end());
    return terms;
  }

  // Before the writes of a boundary: no value still needed may be in the slot.
  void check_overwrite(int boundary) {
    std::vector<Term> delta = written_at(boundary);
    if (std::none_of(delta.begin(), delta.end(), [](const Term& t) { return t.coef != 0; })) return;
    for (const auto& [u, coef] : state) {
      const LifeFacts& f = k.life[u].f;
      if (!(f.forever || f.death > boundary)) continue;
      Violation v = k.violation(ViolationClass::OverwriteLive, Property::NoOverwrite);
      v.value = u, v.slot = slot, v.boundary = boundary, v.written = delta, v.life = f;
      k.report(std::move(v));
    }
  }

  bool is_intended(ValueId v) const { return std::find(intended.begin(), intended.end(), v) != intended.end(); }
  // Waste may be in the slot at c: its own slot, born, subtracted again later,
  // and no owner holds the slot (the coefficient is checked by the caller).
  bool waste_allowed(ValueId v, int c) const {
    return intended.empty() && k.a.alloc.slot[v] == slot && k.life[v].f.first <= c && coefficient(final_contents, v) == 0;
  }

  // After boundary c: the intended values with coefficient 1, and waste.
  void check_contents(int c) {
    if (checked_at == c) return;
    for (ValueId v : extras) add_waste_range(k.waste[v], checked_at, c - 2);
    extras.clear();
    checked_at = c;
    bool equal = std::all_of(intended.begin(), intended.end(), [&](ValueId v) { return coefficient(state, v) == 1; });
    std::vector<ValueId> waste_ok;
    for (const auto& [v, coef] : state) {
      if (is_intended(v)) continue;
      if (waste_allowed(v, c)) waste_ok.push_back(v);
      if (coef == 1 && waste_allowed(v, c)) extras.push_back(v);
      else equal = false;
    }
    if (!equal) report_mismatch(c, std::move(waste_ok));
  }

  void report_mismatch(int c, std::vector<ValueId> waste_ok) {
    ContentsMismatch m;
    m.slot = slot, m.boundary = c, m.found = state, m.written = written_at(c), m.final_contents = final_contents;
    m.intended = intended;
    std::sort(m.intended.begin(), m.intended.end());
    m.waste_ok = std::move(waste_ok);
    for (Violation& v : classify_contents_mismatch(m, k.a.alloc.slot, [&](ValueId u) { return k.life[u].f; })) {
      v.policy = k.a.alloc.policy;
      k.report(std::move(v));
    }
  }

  // A read (gate >= 0) or the output head: the slot holds exactly 1*v.
  void check_read(int boundary, GateId reader, ValueId v) {
    if (state.size() == 1 && coefficient(state, v) == 1) return;
    Violation x = reader >= 0 ? k.gate_violation(ViolationClass::ReadBeforeWrite, Property::Reads, reader)
                              : k.violation(ViolationClass::MisplacedOutput, Property::Reads);
    x.value = v, x.slot = slot, x.boundary = boundary, x.found = state, x.expected = {{v, 1.0}}, x.life = k.life[v].f;
    x.value_slot = slot;
    k.report(std::move(x));
  }

  std::vector<Event> events() const {
    std::vector<Event> ev;
    auto in_range = [&](int c) { return c >= -1 && c <= k.last_boundary; };
    ev.push_back({-1, kAfter, kContents, 0});
    for (size_t i = 0; i < work.writes.size(); ++i) {
      const Write& w = *work.writes[i];
      ev.push_back({w.boundary, kBeforeWrites, kOverwrite, static_cast<int>(i)});
      ev.push_back({w.boundary, kApply, kWrites, static_cast<int>(i)});
      int c = smallest_odd_at_least(std::max(w.boundary, -1));
      if (in_range(c)) ev.push_back({c, kAfter, kContents, 0});
    }
    for (size_t i = 0; i < work.owners.size(); ++i) {
      const LifeFacts& f = k.life[work.owners[i]].f;
      ev.push_back({f.first, kApply, kStart, static_cast<int>(i)});
      if (f.last < kForeverBoundary) ev.push_back({f.last, kApply, kEnd, static_cast<int>(i)});
      if (in_range(f.first)) ev.push_back({f.first, kAfter, kContents, 0});
      if (in_range(f.last)) ev.push_back({f.last, kAfter, kContents, 0});
    }
    for (size_t i = 0; i < work.reads.size(); ++i)
      ev.push_back({read_boundary(k.phase(work.reads[i].first)), kAfter, kRead, static_cast<int>(i)});
    for (size_t i = 0; i < work.outputs.size(); ++i) ev.push_back({k.last_boundary, kAfter, kOutput, static_cast<int>(i)});
    std::sort(ev.begin(), ev.end());
    return ev;
  }

  void run() {
    for (const Write* w : work.writes) apply(final_contents, w->delta);
    std::vector<Event> ev = events();
    for (size_t i = 0; i < ev.size(); ++i) {
      const Event& e = ev[i];
      switch (e.what) {
        case kOverwrite:
          if (i == 0 || ev[i - 1].what != kOverwrite || ev[i - 1].boundary != e.boundary) check_overwrite(e.boundary);
          break;
        case kWrites: apply(state, work.writes[e.index]->delta); break;
        case kStart: intended.push_back(work.owners[e.index]); break;
        case kEnd: intended.erase(std::find(intended.begin(), intended.end(), work.owners[e.index])); break;
        case kContents: check_contents(e.boundary); break;
        case kRead: check_read(e.boundary, work.reads[e.index].first, work.reads[e.index].second); break;
        case kOutput: check_read(e.boundary, -1, work.outputs[e.index]); break;
      }
    }
    for (ValueId v : extras) add_waste_range(k.waste[v], checked_at, k.last_boundary);
  }
};

void Checker::walk_slot(int slot, const SlotWork& work) { SlotWalk{*this, slot, work}.run(); }

}  // namespace

CheckerResult run_direct_checker(const Graph& g, const Artifact& a, Engine engine) {
  CheckerResult out;
  out.checker = "direct";
  if (a.graph_sha256 != g.sha256) {
    Violation v;
    v.kind = ViolationClass::GraphMismatch;
    v.property = Property::GraphHash;
    v.artifact_graph_name = a.graph_name, v.artifact_graph_sha256 = a.graph_sha256, v.graph_sha256 = g.sha256;
    out.add(g, std::move(v));
    return out;
  }
  Checker c{g, a, out};
  c.check_phases();
  c.check_colocation();
  c.check_ffn_budget();
  c.check_slot_indices();
  if (!c.schedule_legal()) return out;  // births and deaths are undefined without a legal schedule
  out.slot_checks_run = true;
  c.life = derive_lifetimes(g, a.schedule);
  c.check_slot_assignment();
  c.check_d_model();
  c.check_slots();
  if (engine == Engine::Float64) c.check_numerics();
  return out;
}

}  // namespace sp
