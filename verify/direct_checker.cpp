#include "verify/direct_checker.h"

#include <algorithm>
#include <map>

#include "model/liveness.h"

namespace sp {

namespace {

int largest_odd_at_most(int x) { return x % 2 != 0 ? x : x - 1; }
int smallest_odd_at_least(int x) { return x % 2 != 0 ? x : x + 1; }
int read_boundary(int phase) { return largest_odd_at_most(phase - 1); }  // last boundary before phase

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
    l.f.birth = val.producer < 0 ? kInputPhase : s.phase[val.producer];
    int death = l.f.birth;
    for (GateId r : g.readers[v]) death = std::max(death, s.phase[r]);
    l.unused = !l.f.forever && g.readers[v].empty();
    bool sublayer_kind = val.producer >= 0 && g.gates[val.producer].kind != GateKind::Persist;
    l.internal = !l.f.forever && !l.unused && sublayer_kind && death <= l.f.birth + 1;
    l.f.needs_slot = !l.unused && !l.internal;
    l.f.death = l.f.forever ? kForeverBoundary : death;
    l.f.first = smallest_odd_at_least(l.f.birth);
    l.f.last = l.f.forever ? kForeverBoundary : largest_odd_at_most(death + 1);
  }
  return out;
}

struct Checker {
  const Graph& g;
  const Artifact& a;
  CheckerResult& out;
  int N = a.schedule.layers;
  int last_boundary = 4 * a.schedule.layers - 1;
  std::vector<Lifetime> life;

  void report(ViolationClass k, Property p, std::string msg, GateId gate = -1, ValueId value = -1, int slot = -1,
              int boundary = kNoBoundary, ValueId other = -1) {
    Violation v;
    v.kind = k, v.property = p, v.gate = gate, v.value = value, v.slot = slot, v.boundary = boundary, v.other = other;
    v.message = std::move(msg);
    out.add(std::move(v));
  }
  int phase(GateId x) const { return a.schedule.phase[x]; }
  std::string gate_at(GateId x) const {
    return g.gate_label(x) + " (" + kind_name(g.gates[x].kind) + ", phase " + std::to_string(phase(x)) + ")";
  }

  // ---- property 4: the schedule is legal --------------------------------
  void check_schedule() {
    for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
      int p = phase(x);
      if (!is_legal_phase(g.gates[x].kind, p))
        report(ViolationClass::PhaseKind, Property::PhaseKind,
               gate_at(x) + " is in a " + phase_kind_name(std::max(p, -1)) + " phase; a " +
                   kind_name(g.gates[x].kind) + " may not run there",
               x);
      if (p > last_boundary)
        report(ViolationClass::LayerBudget, Property::LayerBudget,
               gate_at(x) + " is in layer " + std::to_string(layer_of(p)) + " but the artifact declares " +
                   std::to_string(N) + " layers",
               x);
      for (ValueId v : g.gates[x].reads) {
        GateId prod = g.values[v].producer;
        if (prod >= 0 && p <= phase(prod))
          report(ViolationClass::Precedence, Property::Precedence,
                 gate_at(x) + " reads " + g.values[v].name + " produced by " + gate_at(prod) + " at a phase not before it",
                 x, v);
      }
    }
    // Co-location: explicit groups, and reglu/persist readers of `average` lookups.
    auto same_layer = [&](GateId x, GateId y, const std::string& why) {
      if (layer_of(phase(x)) != layer_of(phase(y)))
        report(ViolationClass::Colocation, Property::Colocation,
               gate_at(x) + " and " + gate_at(y) + " must share a layer (" + why + ")", x, -1, -1, kNoBoundary);
    };
    for (const auto& group : g.colocate)
      for (size_t i = 1; i < group.size(); ++i) same_layer(group[i], group[0], "explicit co-location group");
    for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
      if (g.gates[x].kind == GateKind::Lookup) continue;
      for (ValueId v : g.gates[x].reads) {
        GateId prod = g.values[v].producer;
        if (prod >= 0 && g.gates[prod].average)
          same_layer(x, prod, "it reads " + g.values[v].name + " of an average-tie-break lookup");
      }
    }
    if (a.max_ffn) {
      std::map<int, int> reglus;
      for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
        if (g.gates[x].kind == GateKind::Reglu) ++reglus[layer_of(phase(x))];
      for (auto [L, n] : reglus)
        if (n > *a.max_ffn)
          report(ViolationClass::FfnBudget, Property::FfnBudget,
                 "layer " + std::to_string(L) + " has " + std::to_string(n) + " reglu gates but max_ffn is " +
                     std::to_string(*a.max_ffn));
    }
  }

  bool schedule_legal() const {
    return !out.failed[static_cast<size_t>(Property::PhaseKind)] &&
           !out.failed[static_cast<size_t>(Property::LayerBudget)] &&
           !out.failed[static_cast<size_t>(Property::Precedence)];
  }

  // ---- slot indices and write shape (no liveness needed) -----------------
  void check_slot_indices() {
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
      if (a.alloc.slot[v] >= a.d_model)
        report(ViolationClass::SlotRange, Property::SlotRange,
               g.values[v].name + " is given slot " + std::to_string(a.alloc.slot[v]) + " but d_model is " +
                   std::to_string(a.d_model),
               -1, v, a.alloc.slot[v]);
    for (const Write& w : a.alloc.writes) {
      if (w.slot >= a.d_model)
        report(ViolationClass::SlotRange, Property::SlotRange,
               "boundary " + std::to_string(w.boundary) + " writes slot " + std::to_string(w.slot) +
                   " but d_model is " + std::to_string(a.d_model),
               -1, -1, w.slot, w.boundary);
      bool is_boundary_phase = w.boundary == -1 || (w.boundary % 2 != 0 && w.boundary >= 1 && w.boundary <= last_boundary);
      if (!is_boundary_phase)
        report(ViolationClass::BadWrite, Property::WriteShape,
               "write to slot " + std::to_string(w.slot) + " at phase " + std::to_string(w.boundary) +
                   ", which is not a boundary (-1, 1, 3, ..., " + std::to_string(last_boundary) + ")",
               -1, -1, w.slot, w.boundary);
      if (w.slot < 0)
        report(ViolationClass::BadWrite, Property::WriteShape,
               "boundary " + std::to_string(w.boundary) + " writes negative slot " + std::to_string(w.slot), -1, -1,
               w.slot, w.boundary);
    }
  }

  // ---- liveness-dependent properties ------------------------------------
  void check_slot_assignment() {
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
      if (life[v].f.needs_slot && a.alloc.slot[v] < 0)
        report(ViolationClass::MissingSlot, Property::SlotAssigned,
               g.values[v].name + " needs a slot (born at phase " + std::to_string(life[v].f.birth) + ", " +
                   (life[v].f.forever ? std::string("live forever") : "read until phase " + std::to_string(life[v].f.death)) +
                   ") but the allocation gives it none",
               -1, v);
  }

  void check_d_model() {
    Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
    const int D = a.d_model;
    if (D % 2 != 0)
      report(ViolationClass::DModel, Property::DModel,
             "declared d_model " + std::to_string(D) + " is odd; heads are two-dimensional");
    if (lv.width > D)
      report(ViolationClass::DModel, Property::DModel,
             "declared d_model " + std::to_string(D) + " is below the " + policy_name(a.alloc.policy) +
                 " occupancy: boundary " +
                 std::to_string(lv.peak_boundary) + " has " + std::to_string(lv.width) + " live values");
    for (int L = 0; L < static_cast<int>(lv.heads_needed.size()); ++L)
      if (lv.heads_needed[L] > D)
        report(ViolationClass::DModel, Property::DModel,
               "declared d_model " + std::to_string(D) + " cannot host layer " + std::to_string(L) +
                   "'s attention: 2*" + std::to_string(lv.lookup_heads[L]) + " lookup heads + " +
                   std::to_string(lv.dying[L]) + " dying + " + std::to_string(lv.passthrough[L]) +
                   " passthrough = " + std::to_string(lv.heads_needed[L]));
  }

  // Values sharing a slot must hold it over disjoint boundary ranges:
  // [first, last] closed under delayed reuse, [first, last) under immediate.
  void check_overlaps(int slot, std::vector<ValueId> owners) {
    bool immediate = a.alloc.policy == ReusePolicy::Immediate;
    std::sort(owners.begin(), owners.end(), [&](ValueId x, ValueId y) {
      return std::pair(life[x].f.first, x) < std::pair(life[y].f.first, y);
    });
    ValueId longest = -1;  // the value seen so far whose range reaches furthest
    for (ValueId v : owners) {
      if (longest >= 0) {
        const LifeFacts &u = life[longest].f, &w = life[v].f;
        int c = std::max({u.first, w.first, -1});
        int end = std::min(u.last, w.last);
        bool overlap = (immediate ? c < end : c <= end) && c <= last_boundary;
        if (overlap)
          report(ViolationClass::OverwriteLive, Property::NoOverwrite,
                 g.values[longest].name + " (slot " + std::to_string(slot) + ") " +
                     (u.forever ? std::string("is live forever") : "is live until phase " + std::to_string(u.death)) +
                     " but slot " + std::to_string(slot) + " is also given to " + g.values[v].name +
                     " from boundary " + std::to_string(w.first) + " (" + policy_name(a.alloc.policy) + ")",
                 -1, longest, slot, c, v);
      }
      if (longest < 0 || life[v].f.last > life[longest].f.last) longest = v;
    }
  }

  // Boundary-by-boundary walk over one slot's writes and checks.
  struct SlotWork {
    std::vector<const Write*> writes;
    std::vector<ValueId> owners;                    // allocation puts them here and they need a slot
    std::vector<std::pair<GateId, ValueId>> reads;  // reads of values allocated here
    std::vector<ValueId> outputs;
  };

  void walk_slot(int slot, const SlotWork& work) {
    enum Order { kBeforeWrites = 0, kApply = 1, kAfter = 2 };
    enum What { kOverwrite, kWrites, kStart, kEnd, kContents, kRead, kOutput };
    struct Event {
      int boundary, order, what, index;
      bool operator<(const Event& o) const {
        return std::tie(boundary, order, what, index) < std::tie(o.boundary, o.order, o.what, o.index);
      }
    };
    std::vector<Event> ev;
    auto in_range = [&](int c) { return c >= -1 && c <= last_boundary; };
    ev.push_back({-1, kAfter, kContents, 0});
    for (size_t i = 0; i < work.writes.size(); ++i) {
      const Write& w = *work.writes[i];
      ev.push_back({w.boundary, kBeforeWrites, kOverwrite, static_cast<int>(i)});
      ev.push_back({w.boundary, kApply, kWrites, static_cast<int>(i)});
      int c = smallest_odd_at_least(std::max(w.boundary, -1));
      if (in_range(c)) ev.push_back({c, kAfter, kContents, 0});
    }
    for (size_t i = 0; i < work.owners.size(); ++i) {
      const LifeFacts& f = life[work.owners[i]].f;
      ev.push_back({f.first, kApply, kStart, static_cast<int>(i)});
      if (f.last < kForeverBoundary) ev.push_back({f.last, kApply, kEnd, static_cast<int>(i)});
      if (in_range(f.first)) ev.push_back({f.first, kAfter, kContents, 0});
      if (in_range(f.last)) ev.push_back({f.last, kAfter, kContents, 0});
    }
    for (size_t i = 0; i < work.reads.size(); ++i)
      ev.push_back({read_boundary(phase(work.reads[i].first)), kAfter, kRead, static_cast<int>(i)});
    for (size_t i = 0; i < work.outputs.size(); ++i) ev.push_back({last_boundary, kAfter, kOutput, static_cast<int>(i)});
    std::sort(ev.begin(), ev.end());

    Contents state;
    std::vector<ValueId> intended;
    int checked_contents_at = kNoBoundary;
    for (size_t k = 0; k < ev.size(); ++k) {
      const Event& e = ev[k];
      switch (e.what) {
        case kOverwrite: {
          const Write& w = *work.writes[e.index];
          if (k > 0 && ev[k - 1].what == kOverwrite && ev[k - 1].boundary == e.boundary) break;  // once per boundary
          bool touches = std::any_of(w.delta.begin(), w.delta.end(), [](const Term& t) { return t.coef != 0; });
          for (size_t j = e.index + 1; !touches && j < work.writes.size() && work.writes[j]->boundary == w.boundary; ++j)
            touches = std::any_of(work.writes[j]->delta.begin(), work.writes[j]->delta.end(),
                                  [](const Term& t) { return t.coef != 0; });
          if (!touches) break;
          for (const auto& [v, coef] : state) {
            const LifeFacts& f = life[v].f;
            if (!(f.forever || f.death > w.boundary)) continue;
            report(ViolationClass::OverwriteLive, Property::NoOverwrite,
                   g.values[v].name + " (slot " + std::to_string(slot) + ") " +
                       (f.forever ? std::string("is live forever") : "is live until phase " + std::to_string(f.death)) +
                       " but slot " + std::to_string(slot) + " is written with " + delta_text(g, w.delta) +
                       " at boundary " + std::to_string(w.boundary),
                   -1, v, slot, w.boundary);
          }
          break;
        }
        case kWrites:
          for (const Term& t : work.writes[e.index]->delta) {
            double& c = state[t.value];
            c += t.coef;
            if (c == 0) state.erase(t.value);
          }
          break;
        case kStart: intended.push_back(work.owners[e.index]); break;
        case kEnd: intended.erase(std::find(intended.begin(), intended.end(), work.owners[e.index])); break;
        case kContents: {
          if (checked_contents_at == e.boundary) break;
          checked_contents_at = e.boundary;
          bool equal = state.size() == intended.size();
          for (ValueId v : intended) equal = equal && state.count(v) && state.at(v) == 1;
          if (equal) break;
          std::vector<Term> placed;
          auto at = std::lower_bound(work.writes.begin(), work.writes.end(), e.boundary,
                                     [](const Write* w, int b) { return w->boundary < b; });
          for (; at != work.writes.end() && (*at)->boundary == e.boundary; ++at)
            placed.insert(placed.end(), (*at)->delta.begin(), (*at)->delta.end());
          std::vector<ValueId> sorted_intended = intended;
          std::sort(sorted_intended.begin(), sorted_intended.end());
          explain_contents_difference(g, slot, e.boundary, state, sorted_intended, a.alloc.slot,
                                      [&](ValueId v) { return life[v].f; }, placed, out);
          break;
        }
        case kRead: {
          auto [x, v] = work.reads[e.index];
          if (state.size() == 1 && state.count(v) && state.at(v) == 1) break;
          report(ViolationClass::ReadBeforeWrite, Property::Reads,
                 gate_at(x) + " reads " + g.values[v].name + " from slot " + std::to_string(slot) +
                     " but after boundary " + std::to_string(e.boundary) + " the slot holds " + contents_text(g, state),
                 x, v, slot, e.boundary);
          break;
        }
        case kOutput: {
          ValueId v = work.outputs[e.index];
          if (state.size() == 1 && state.count(v) && state.at(v) == 1) break;
          report(ViolationClass::MisplacedOutput, Property::Reads,
                 "output " + g.values[v].name + " should be in slot " + std::to_string(slot) +
                     " after the last boundary " + std::to_string(last_boundary) + " but the slot holds " +
                     contents_text(g, state),
                 -1, v, slot, last_boundary);
          break;
        }
      }
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
  }
};

}  // namespace

CheckerResult run_direct_checker(const Graph& g, const Artifact& a) {
  CheckerResult out;
  out.checker = "direct";
  if (a.graph_sha256 != g.sha256) {
    Violation v;
    v.kind = ViolationClass::GraphMismatch;
    v.property = Property::GraphHash;
    v.message = "the artifact was made for graph '" + a.graph_name + "' with SHA-256 " + a.graph_sha256 + ", but " +
                g.source + " has SHA-256 " + g.sha256;
    out.add(std::move(v));
    return out;
  }
  Checker c{g, a, out};
  c.check_schedule();
  c.check_slot_indices();
  if (!c.schedule_legal()) return out;  // births and deaths are undefined without a legal schedule
  out.slot_checks_run = true;
  c.life = derive_lifetimes(g, a.schedule);
  c.check_slot_assignment();
  c.check_d_model();
  c.check_slots();
  return out;
}

}  // namespace sp
