// The Z3 checker's global checks: graph hash, schedule rules, slot indices,
// write shape, missing slots, the waste entries, the liveness-bounds
// certificate and d_model (parity, occupancy, heads). Each is one query (or
// one per window of boundaries / block of layers / block of values).
//
// The expressions below are built in a fixed order on purpose: proof
// directories are byte-identical across runs and versions only while the
// same terms are made in the same order.
#include <algorithm>
#include <cstdio>
#include <functional>

#include "verify/z3_checks.h"

namespace sp {

SmtResult Z3Env::query(const std::string& name, const char* logic, const z3::expr& negation,
                       const ModelHandler& on_model) {
  NamedFacts facts = t.query_facts();
  SmtResult r = smt.check(name, logic, facts, negation, on_model);
  if (r.verdict == SmtResult::Verdict::Unknown) {
    out.undecided = true;
    if (out.undecided_reason.empty()) out.undecided_reason = "query " + name + ": Z3 answered unknown (" + r.reason + ")";
  }
  return r;
}

void Z3Env::refuted(const std::string& name, const std::string& what) {
  out.undecided = true;
  if (out.undecided_reason.empty()) out.undecided_reason = "query " + name + ": " + what + " (internal error)";
}

namespace {

// A global query whose disjuncts each name one violation: one model shows all.
void disjunct_query(Z3Env& e, const std::string& name, Property prop, const std::vector<z3::expr>& disjuncts,
                    const std::function<void(size_t)>& explain) {
  z3::expr_vector v(e.ctx());
  for (auto& d : disjuncts) v.push_back(d);
  e.query(name, "QF_LIA", e.t.any(v), [&](const z3::model& m) -> std::optional<z3::expr> {
    e.mark(prop);
    for (size_t i = 0; i < disjuncts.size() && e.out.violations.size() < kMaxStoredViolations; ++i)
      if (model_bool(m, disjuncts[i])) explain(i);
    return std::nullopt;
  });
}

// ---- the schedule ------------------------------------------------------------------

void check_phase_kinds(Z3Env& e) {
  e.begin();
  std::vector<z3::expr> bad;
  for (GateId x = 0; x < static_cast<GateId>(e.g.gates.size()); ++x) {
    z3::expr p = e.t.phase(x);
    z3::expr legal = e.g.gates[x].kind == GateKind::Lookup  ? p >= 0 && z3::mod(p, 4) == 0
                     : e.g.gates[x].kind == GateKind::Reglu ? p >= 0 && z3::mod(p, 4) == 2
                                                            : p >= 0 && z3::mod(p, 2) == 1;
    bad.push_back(!legal);
  }
  disjunct_query(e, "schedule-phase-kind", Property::PhaseKind, bad, [&](size_t i) {
    e.report(e.gate_violation(ViolationClass::PhaseKind, Property::PhaseKind, static_cast<GateId>(i)));
  });
}

void check_layer_budget(Z3Env& e) {
  e.begin();
  std::vector<z3::expr> bad;
  for (GateId x = 0; x < static_cast<GateId>(e.g.gates.size()); ++x) bad.push_back(e.t.phase(x) > e.LB);
  disjunct_query(e, "schedule-layer-budget", Property::LayerBudget, bad, [&](size_t i) {
    Violation v = e.gate_violation(ViolationClass::LayerBudget, Property::LayerBudget, static_cast<GateId>(i));
    v.limit = e.N;
    e.report(std::move(v));
  });
}

void check_precedence(Z3Env& e) {
  e.begin();
  std::vector<z3::expr> bad;
  std::vector<std::pair<GateId, ValueId>> edge;
  for (GateId x = 0; x < static_cast<GateId>(e.g.gates.size()); ++x)
    for (ValueId v : e.g.gates[x].reads)
      if (e.g.values[v].producer >= 0) {
        bad.push_back(e.t.phase(x) <= e.t.phase(e.g.values[v].producer));
        edge.emplace_back(x, v);
      }
  disjunct_query(e, "schedule-precedence", Property::Precedence, bad, [&](size_t i) {
    auto [x, u] = edge[i];
    Violation v = e.gate_violation(ViolationClass::Precedence, Property::Precedence, x);
    v.value = u, v.other_gate = e.g.values[u].producer, v.other_gate_phase = e.a.schedule.phase[v.other_gate];
    e.report(std::move(v));
  });
}

// Explicit groups, and reglu/persist readers of `average` lookups (with the value read).
void check_colocation(Z3Env& e) {
  e.begin();
  struct Pair {
    GateId x, y;
    ValueId via;
  };
  std::vector<Pair> pairs;
  for (const auto& group : e.g.colocate)
    for (size_t i = 1; i < group.size(); ++i) pairs.push_back({group[i], group[0], -1});
  for (GateId x = 0; x < static_cast<GateId>(e.g.gates.size()); ++x) {
    if (e.g.gates[x].kind == GateKind::Lookup) continue;
    for (ValueId v : e.g.gates[x].reads) {
      GateId prod = e.g.values[v].producer;
      if (prod >= 0 && e.g.gates[prod].average) pairs.push_back({x, prod, v});
    }
  }
  std::vector<z3::expr> bad;
  for (const Pair& p : pairs) bad.push_back(e.t.layer(p.x) != e.t.layer(p.y));
  disjunct_query(e, "schedule-colocation", Property::Colocation, bad, [&](size_t i) {
    Violation v = e.gate_violation(ViolationClass::Colocation, Property::Colocation, pairs[i].x);
    v.other_gate = pairs[i].y, v.other_gate_phase = e.a.schedule.phase[pairs[i].y], v.value = pairs[i].via;
    e.report(std::move(v));
  });
}

void check_ffn_budget(Z3Env& e) {
  if (!e.a.max_ffn) return;
  z3::context& ctx = e.ctx();
  e.begin();
  z3::expr L = ctx.int_const("layer");
  z3::expr F = ctx.int_const("max_ffn");
  e.t.add_fact("max_ffn", F == *e.a.max_ffn);
  z3::expr_vector count(ctx);
  for (GateId x = 0; x < static_cast<GateId>(e.g.gates.size()); ++x)
    if (e.g.gates[x].kind == GateKind::Reglu) count.push_back(z3::ite(e.t.in_layer(x, L), ctx.int_val(1), ctx.int_val(0)));
  z3::expr n = e.t.sum_or_zero(count, false);
  e.query("schedule-ffn-budget", "QF_LIA", n > F, [&](const z3::model& m) -> std::optional<z3::expr> {
    e.mark(Property::FfnBudget);
    int64_t l = model_int(m, L);
    Violation v = e.violation(ViolationClass::FfnBudget, Property::FfnBudget);
    v.layer = static_cast<int>(l), v.amount = model_int(m, n), v.limit = *e.a.max_ffn;
    e.report(std::move(v));
    return L != ctx.int_val(l);
  });
}

// ---- slot indices and write shape ---------------------------------------------------

z3::expr fix_d_model(Z3Env& e) {
  z3::expr D = e.ctx().int_const("d_model");
  e.t.add_fact("d_model", D == e.a.d_model);
  return D;
}

void check_slots_below_d_model(Z3Env& e) {
  z3::context& ctx = e.ctx();
  e.begin();
  z3::expr D = fix_d_model(e);
  std::vector<z3::expr> bad;
  std::vector<std::pair<ValueId, const Write*>> what;
  for (ValueId v = 0; v < static_cast<ValueId>(e.g.values.size()); ++v)
    if (e.a.alloc.slot[v] >= 0) bad.push_back(ctx.int_val(e.a.alloc.slot[v]) >= D), what.emplace_back(v, nullptr);
  for (const Write& w : e.a.alloc.writes) bad.push_back(ctx.int_val(w.slot) >= D), what.emplace_back(-1, &w);
  disjunct_query(e, "slots-below-d_model", Property::SlotRange, bad, [&](size_t i) {
    auto [u, w] = what[i];
    Violation v = e.violation(ViolationClass::SlotRange, Property::SlotRange);
    v.limit = e.a.d_model;
    if (w) v.slot = w->slot, v.boundary = w->boundary, v.written = w->delta;
    else v.value = u, v.slot = e.a.alloc.slot[u], v.value_slot = v.slot;
    e.report(std::move(v));
  });
}

void check_write_shape(Z3Env& e) {
  z3::context& ctx = e.ctx();
  e.begin();
  std::vector<z3::expr> bad;
  for (const Write& w : e.a.alloc.writes) {
    z3::expr b = ctx.int_val(w.boundary);
    z3::expr is_boundary = b == -1 || (z3::mod(b, 2) == 1 && b >= 1 && b <= e.LB);
    bad.push_back(!is_boundary || ctx.int_val(w.slot) < 0);
  }
  disjunct_query(e, "write-shape", Property::WriteShape, bad, [&](size_t i) {
    const Write& w = e.a.alloc.writes[i];
    Violation v = e.violation(ViolationClass::BadWrite, Property::WriteShape);
    v.slot = w.slot, v.boundary = w.boundary, v.written = w.delta, v.limit = e.LB;
    e.report(std::move(v));
  });
}

// ---- d_model ------------------------------------------------------------------------------

// Occupancy windows (odd boundaries 1..LB) and head blocks (layers).
std::vector<std::pair<int, int>> occupancy_windows(const Z3Env& e) {
  std::vector<std::pair<int, int>> w;
  const int step = 2 * static_cast<int>(std::max(1u, e.opt.boundary_window));
  for (int lo = 1; lo <= e.LB; lo += step) w.emplace_back(lo, std::min(e.LB, lo + step - 2));
  if (w.empty()) w.emplace_back(1, e.LB);
  return w;
}

std::vector<std::pair<int, int>> head_blocks(const Z3Env& e) {
  std::vector<std::pair<int, int>> w;
  const int step = static_cast<int>(std::max(1u, e.opt.layer_window));
  for (int lo = 0; lo < e.N; lo += step) w.emplace_back(lo, std::min(e.N - 1, lo + step - 1));
  if (w.empty()) w.emplace_back(0, e.N - 1);
  return w;
}

void check_d_model_even(Z3Env& e) {
  e.begin();
  z3::expr D = fix_d_model(e);
  e.query("d_model-even", "QF_LIA", z3::mod(D, 2) == 1, [&](const z3::model&) -> std::optional<z3::expr> {
    Violation v = e.violation(ViolationClass::DModel, Property::DModel);
    v.limit = e.a.d_model;
    e.report(std::move(v));
    return std::nullopt;
  });
}

// Occupancy: one query per window of boundaries; a window's sum mentions
// the values whose (certified) slot range meets it.
void check_occupancy_window(Z3Env& e, size_t k, std::pair<int, int> window, bool windowed) {
  z3::context& ctx = e.ctx();
  LivenessTerms& t = e.t;
  const int clo = window.first, chi = window.second;
  e.begin();
  z3::expr D = fix_d_model(e);
  z3::expr c = ctx.int_const("boundary");
  z3::expr_vector occ(ctx);
  for (ValueId v = 0; v < static_cast<ValueId>(e.g.values.size()); ++v) {
    const LifeFacts& f = t.life(v);
    if (windowed && !(f.needs_slot && f.first <= chi && f.last >= clo)) continue;
    z3::expr lv = windowed ? t.last_after(v, clo - 1, chi) : t.last(v);
    // Delayed reuse: v occupies its erase boundary; immediate reuse: it
    // does not (the write there may place a new value into its slot).
    z3::expr held = e.immediate ? c < lv : c <= lv;
    occ.push_back(z3::ite(t.needs_in(v, windowed) && t.first(v) <= c && held, ctx.int_val(1), ctx.int_val(0)));
  }
  z3::expr width = t.sum_or_zero(occ, false);
  z3::expr where = windowed ? t.odd_boundary(c, 1, e.LB) && c >= clo && c <= chi : t.odd_boundary(c, 1, e.LB);
  e.query(numbered_query_name("d_model-occupancy", k, windowed), "QF_LIA", where && width > D,
          [&](const z3::model& m) -> std::optional<z3::expr> {
            e.mark(Property::DModel);
            int64_t cb = model_int(m, c);
            Violation v = e.violation(ViolationClass::DModel, Property::DModel);
            v.limit = e.a.d_model, v.boundary = static_cast<int>(cb), v.amount = model_int(m, width);
            e.report(std::move(v));
            return c != ctx.int_val(cb);
          });
}

// The terms of layer L's head demand that gates contribute: lookup heads,
// values born in the attention sublayer, persist1 passthrough.
struct HeadTerms {
  z3::expr_vector lookup_heads, born, pass;
};

void gate_head_terms(Z3Env& e, const z3::expr& L, const std::function<bool(GateId)>& in_block, HeadTerms& h) {
  z3::context& ctx = e.ctx();
  z3::expr one = ctx.int_val(1), zero = ctx.int_val(0);
  for (GateId x = 0; x < static_cast<GateId>(e.g.gates.size()); ++x) {
    const Gate& gate = e.g.gates[x];
    if (!in_block(x)) continue;
    if (gate.kind == GateKind::Lookup) {
      h.lookup_heads.push_back(z3::ite(e.t.in_layer(x, L), ctx.int_val(static_cast<int>((gate.values.size() + 1) / 2)), zero));
      h.born.push_back(z3::ite(e.t.phase(x) == 4 * L, ctx.int_val(static_cast<int>(gate.produces.size())), zero));
    } else if (gate.kind == GateKind::Persist) {
      h.born.push_back(z3::ite(e.t.phase(x) == 4 * L + 1, one, zero));
    }
  }
}

void passthrough_terms(Z3Env& e, const z3::expr& L, const std::function<bool(GateId)>& in_block, HeadTerms& h) {
  z3::context& ctx = e.ctx();
  z3::expr one = ctx.int_val(1), zero = ctx.int_val(0);
  for (ValueId v = 0; v < static_cast<ValueId>(e.g.values.size()); ++v) {
    z3::expr_vector via(ctx);  // v passes through a persist1 of layer L (not its own lookup's value)
    GateId prod = e.g.values[v].producer;
    for (GateId r : e.g.readers[v]) {
      if (e.g.gates[r].kind != GateKind::Persist || !in_block(r)) continue;
      z3::expr own = prod >= 0 && e.g.gates[prod].kind == GateKind::Lookup ? e.t.phase(prod) == e.t.phase(r) - 1
                                                                            : ctx.bool_val(false);
      via.push_back(e.t.phase(r) == 4 * L + 1 && !own);
    }
    if (!via.empty()) h.pass.push_back(z3::ite(e.t.any(via), one, zero));
  }
}

// Heads: one query per block of layers. Gates enter a block by their phase
// (fixed by the artifact: outside the block their terms are 0 for every L
// in it); values by their certified birth/death bounds.
void check_heads_block(Z3Env& e, size_t k, std::pair<int, int> block, bool windowed) {
  z3::context& ctx = e.ctx();
  LivenessTerms& t = e.t;
  // Plain ints, not structured bindings: the lambdas below capture them (clang before 16 cannot).
  const int llo = block.first, lhi = block.second;
  auto in_block = [&](GateId x) {
    return !windowed || (e.a.schedule.phase[x] >= 4 * llo && e.a.schedule.phase[x] <= 4 * lhi + 3);
  };
  e.begin();
  z3::expr D = fix_d_model(e);
  z3::expr L = ctx.int_const("layer");
  z3::expr one = ctx.int_val(1), zero = ctx.int_val(0);
  HeadTerms h{z3::expr_vector(ctx), z3::expr_vector(ctx), z3::expr_vector(ctx)};
  gate_head_terms(e, L, in_block, h);
  std::vector<ValueId> alive_vals;
  for (ValueId v = 0; v < static_cast<ValueId>(e.g.values.size()); ++v)
    if (!windowed || (t.life(v).birth <= 4 * lhi + 1 && t.life(v).death > 4 * llo - 1)) alive_vals.push_back(v);
  auto alive = [&](const z3::expr& c) {
    z3::expr_vector terms(ctx);
    for (ValueId v : alive_vals)  // c >= 4*llo - 1
      terms.push_back(z3::ite(t.birth(v) <= c && c < (windowed ? t.death_after(v, 4 * llo - 2, 4 * lhi + 1) : t.death(v)), one, zero));
    return t.sum_or_zero(terms, false);
  };
  passthrough_terms(e, L, in_block, h);
  z3::expr alive_prev = z3::ite(L == 0, ctx.int_val(static_cast<int>(e.g.inputs.size())), alive(4 * L - 1));
  z3::expr dying = alive_prev + t.sum_or_zero(h.born, false) - alive(4 * L + 1);
  z3::expr lh = t.sum_or_zero(h.lookup_heads, false), ps = t.sum_or_zero(h.pass, false);
  z3::expr heads = 2 * lh + dying + ps;
  z3::expr range = windowed ? L >= llo && L <= lhi : L >= 0 && L < e.N;
  e.query(numbered_query_name("d_model-heads", k, windowed), "QF_LIA", range && heads > D,
          [&](const z3::model& m) -> std::optional<z3::expr> {
            e.mark(Property::DModel);
            int64_t l = model_int(m, L);
            Violation v = e.violation(ViolationClass::DModel, Property::DModel);
            v.limit = e.a.d_model, v.layer = static_cast<int>(l), v.amount = model_int(m, heads);
            v.heads = {model_int(m, lh), model_int(m, dying), model_int(m, ps)};
            e.report(std::move(v));
            return L != ctx.int_val(l);
          });
}

}  // namespace

bool check_hash(Z3Env& e) {
  z3::context& ctx = e.ctx();
  e.begin();
  z3::expr art = ctx.constant("artifact_graph_sha256", ctx.string_sort());
  z3::expr file = ctx.constant("graph_file_sha256", ctx.string_sort());
  e.t.add_fact("artifact_graph_sha256", art == ctx.string_val(e.a.graph_sha256));
  e.t.add_fact("graph_file_sha256", file == ctx.string_val(e.g.sha256));
  SmtResult r = e.query("graph-hash", "QF_S", art != file, [&](const z3::model&) -> std::optional<z3::expr> {
    Violation v = e.violation(ViolationClass::GraphMismatch, Property::GraphHash);
    v.artifact_graph_name = e.a.graph_name, v.artifact_graph_sha256 = e.a.graph_sha256, v.graph_sha256 = e.g.sha256;
    e.report(std::move(v));
    return std::nullopt;
  });
  // The schedule queries that follow need the artifact's gates; a stub for
  // another graph has none, whatever Z3 answered here (a wrong "unsat"
  // then surfaces as a disagreement with the direct checker, never a crash).
  return r.unsat() && e.a.graph_sha256 == e.g.sha256;
}

void check_schedule(Z3Env& e) {
  check_phase_kinds(e);
  check_layer_budget(e);
  check_precedence(e);
  check_colocation(e);
  check_ffn_budget(e);
}

bool schedule_legal(const CheckerResult& out) {
  return !out.failed[static_cast<size_t>(Property::PhaseKind)] &&
         !out.failed[static_cast<size_t>(Property::LayerBudget)] &&
         !out.failed[static_cast<size_t>(Property::Precedence)];
}

void check_slot_indices(Z3Env& e) {
  check_slots_below_d_model(e);
  check_write_shape(e);
}

void check_missing_slots(Z3Env& e) {
  e.begin();
  std::vector<z3::expr> bad;
  std::vector<ValueId> which;
  for (ValueId v = 0; v < static_cast<ValueId>(e.g.values.size()); ++v)
    if (e.a.alloc.slot[v] < 0) bad.push_back(e.t.needs(v)), which.push_back(v);
  disjunct_query(e, "values-have-slots", Property::SlotAssigned, bad, [&](size_t i) {
    Violation v = e.violation(ViolationClass::MissingSlot, Property::SlotAssigned);
    v.value = which[i], v.life = e.t.life(which[i]);
    e.report(std::move(v));
  });
}

// The certificate behind every window: for each value, birth(v) >= B_v,
// death(v) <= D_v, and if it needs a slot, first(v) >= F_v and last(v) <=
// La_v (the C++ numbers; a value the C++ judges slot-free must not need a
// slot). Negated per block of values; unsat = every window saw every value
// that can matter to it. Sat would be an internal error: undecided.
void check_liveness_bounds(Z3Env& e) {
  LivenessTerms& t = e.t;
  const ValueId nv = static_cast<ValueId>(e.g.values.size());
  const ValueId blk = static_cast<ValueId>(std::max(1u, e.opt.bounds_block));
  for (ValueId lo = 0, k = 0; lo < nv; lo += blk, ++k) {
    e.begin();
    z3::expr_vector bad(e.ctx());
    for (ValueId v = lo; v < std::min(nv, lo + blk); ++v) {
      const LifeFacts& f = t.life(v);
      z3::expr range = f.needs_slot ? (t.first(v) < f.first || t.last(v) > f.last) : e.ctx().bool_val(true);
      bad.push_back((t.needs(v) && range) || t.birth(v) < f.birth || t.death(v) > f.death);
    }
    std::string name = numbered_query_name("liveness-bounds", static_cast<size_t>(k), true);
    e.query(name, "QF_LIA", t.any(bad), [&](const z3::model&) -> std::optional<z3::expr> {
      e.refuted(name, "the liveness bounds used for windows are refuted");
      return std::nullopt;
    });
  }
}

bool d_model_windowed(const Z3Env& e) { return occupancy_windows(e).size() > 1 || head_blocks(e).size() > 1; }

void check_d_model(Z3Env& e) {
  check_d_model_even(e);
  const auto windows = occupancy_windows(e);
  for (size_t k = 0; k < windows.size(); ++k) check_occupancy_window(e, k, windows[k], windows.size() > 1);
  const auto blocks = head_blocks(e);
  for (size_t k = 0; k < blocks.size(); ++k) check_heads_block(e, k, blocks[k], blocks.size() > 1);
}

}  // namespace sp
