#include "bundle/z3_schedule.h"

#include <z3++.h>

#include <chrono>
#include <fstream>

namespace sp {

namespace {

// The encoding, one term per fact of SPEC.md sections 2 and 3.
struct Encoding {
  const Graph& g;
  const Z3ScheduleQuery& q;
  z3::context& ctx;
  z3::solver solver;
  std::vector<z3::expr> layer, phase, persist2, birth, death;  // per gate / per value

  Encoding(const Graph& graph, const Z3ScheduleQuery& query, z3::context& c)
      : g(graph), q(query), ctx(c), solver(c) {}

  z3::expr num(int v) { return ctx.int_val(v); }
  z3::expr count(const z3::expr& cond) { return z3::ite(cond, num(1), num(0)); }

  void phases() {
    for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
      std::string id = std::to_string(x);
      layer.push_back(ctx.int_const(("layer_" + id).c_str()));
      persist2.push_back(ctx.bool_const(("p2_" + id).c_str()));
      solver.add(layer[x] >= 0 && layer[x] < q.layers);
      GateKind k = g.gates[x].kind;
      z3::expr offset = k == GateKind::Lookup ? num(0)
                        : k == GateKind::Reglu ? num(2)
                                               : z3::ite(persist2[x], num(3), num(1));
      phase.push_back(4 * layer[x] + offset);
    }
    for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
      for (GateId p : g.preds[x]) solver.add(phase[x] > phase[p]);
    for (const auto& cls : g.coloc_classes)
      for (GateId x : cls) solver.add(layer[x] == layer[cls[0]]);
  }

  void ffn_budget() {
    if (!q.max_ffn) return;
    for (int L = 0; L < q.layers; ++L) {
      z3::expr used = num(0);
      for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
        if (g.gates[x].kind == GateKind::Reglu) used = used + count(layer[x] == L);
      solver.add(used <= *q.max_ffn);
    }
  }

  // death = the largest reader phase (a fresh integer pinned by >= and one ==).
  void lifetimes() {
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
      const Value& val = g.values[v];
      birth.push_back(val.producer < 0 ? num(-1) : phase[val.producer]);
      if (val.output || val.pinned || g.readers[v].empty()) {
        death.push_back(num(kForever));  // unused values are excluded where they matter
        continue;
      }
      z3::expr d = ctx.int_const(("death_" + std::to_string(v)).c_str());
      z3::expr_vector equal(ctx);
      for (GateId r : g.readers[v]) {
        solver.add(d >= phase[r]);
        equal.push_back(d == phase[r]);
      }
      solver.add(z3::mk_or(equal));
      death.push_back(d);
    }
  }

  bool unused(ValueId v) const {
    const Value& val = g.values[v];
    return !val.output && !val.pinned && g.readers[v].empty();
  }
  bool forever(ValueId v) const { return g.values[v].output || g.values[v].pinned; }

  // Whether v may hand its slot over at its erase boundary (model/liveness.h).
  bool handover(ValueId v) const {
    return q.policy == ReusePolicy::ImmediateExactArith || (q.policy == ReusePolicy::Immediate && g.handover_ok[v]);
  }
  bool sublayer(ValueId v) const {
    GateId p = g.values[v].producer;
    return p >= 0 && g.gates[p].kind != GateKind::Persist;
  }

  z3::expr occupies(ValueId v, int c) {
    if (unused(v)) return ctx.bool_val(false);
    z3::expr born = birth[v] <= c;
    if (forever(v)) return born;
    // Delayed reuse: held through the erase boundary (death >= c-1);
    // handed over: released at it (death >= c+1, never internal then).
    z3::expr cond = born && death[v] >= (handover(v) ? c + 1 : c - 1);
    if (sublayer(v)) cond = cond && death[v] >= birth[v] + 2;  // not internal
    return cond;
  }

  // Row B of the float64 rule: a class value born before c (first boundary
  // < c) and not erased before c; otherwise as in row A.
  z3::expr occupies_b(ValueId v, int c) {
    if (q.policy != ReusePolicy::Immediate || !handover(v)) return occupies(v, c);
    if (unused(v)) return ctx.bool_val(false);
    z3::expr born = birth[v] <= (sublayer(v) ? c - 3 : c - 2);
    if (forever(v)) return born;
    return born && death[v] >= c - 1;
  }

  z3::expr alive(ValueId v, int c) {  // birth <= c < death
    if (unused(v)) return ctx.bool_val(false);
    if (forever(v)) return birth[v] <= c;
    return birth[v] <= c && death[v] > c;
  }

  void widths() {
    for (int c = 1; c < 4 * q.layers; c += 2) {
      z3::expr occ = num(0), occ_b = num(0);
      for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
        occ = occ + count(occupies(v, c));
        if (q.policy == ReusePolicy::Immediate) occ_b = occ_b + count(occupies_b(v, c));
      }
      solver.add(occ <= q.width_limit);
      if (q.policy == ReusePolicy::Immediate) solver.add(occ_b <= q.width_limit);
    }
  }

  void heads() {
    for (int L = 0; L < q.layers; ++L) {
      z3::expr lookup_heads = num(0), born = num(0), through = num(0);
      z3::expr alive_prev = num(static_cast<int>(g.inputs.size())), alive_cur = num(0);
      for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
        const Gate& gate = g.gates[x];
        if (gate.kind == GateKind::Lookup) {
          int h = (static_cast<int>(gate.values.size()) + 1) / 2, n = static_cast<int>(gate.produces.size());
          lookup_heads = lookup_heads + z3::ite(layer[x] == L, num(h), num(0));
          born = born + z3::ite(layer[x] == L, num(n), num(0));
        } else if (gate.kind == GateKind::Persist) {
          born = born + count(layer[x] == L && !persist2[x]);
        }
      }
      if (L > 0) alive_prev = num(0);
      for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
        if (L > 0) alive_prev = alive_prev + count(alive(v, 4 * L - 1));
        alive_cur = alive_cur + count(alive(v, 4 * L + 1));
        through = through + count(passthrough(v, L));
      }
      solver.add(2 * lookup_heads + (alive_prev + born - alive_cur) + through <= q.width_limit);
    }
  }

  // v is read by a persist1 gate of layer L and not produced by a lookup of layer L.
  z3::expr passthrough(ValueId v, int L) {
    z3::expr_vector readers(ctx);
    for (GateId r : g.readers[v])
      if (g.gates[r].kind == GateKind::Persist) readers.push_back(layer[r] == L && !persist2[r]);
    if (readers.empty()) return ctx.bool_val(false);
    GateId p = g.values[v].producer;
    z3::expr own = p >= 0 && g.gates[p].kind == GateKind::Lookup ? layer[p] == L : ctx.bool_val(false);
    return z3::mk_or(readers) && !own;
  }

  Schedule witness(const z3::model& m) {
    Schedule s;
    s.layers = q.layers;
    for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
      s.phase.push_back(m.eval(phase[x], true).get_numeral_int());
    return s;
  }
};

}  // namespace

Z3ScheduleAnswer z3_schedule_exists(const Graph& g, const Z3ScheduleQuery& q) {
  auto start = std::chrono::steady_clock::now();
  z3::config cfg;
  z3::context ctx(cfg);
  Encoding enc(g, q, ctx);
  z3::params p(ctx);
  if (q.timeout_ms) p.set("timeout", q.timeout_ms);
  if (q.rlimit) p.set("rlimit", q.rlimit);
  p.set("random_seed", 1u);
  enc.solver.set(p);
  enc.phases();
  enc.ffn_budget();
  enc.lifetimes();
  enc.widths();
  enc.heads();
  if (!q.smt2_path.empty()) std::ofstream(q.smt2_path) << "(set-logic QF_LIA)\n" << enc.solver.to_smt2();
  Z3ScheduleAnswer a;
  z3::check_result r = enc.solver.check();
  a.verdict = r == z3::sat ? "sat" : r == z3::unsat ? "unsat" : "unknown";
  if (r == z3::unknown) a.reason = enc.solver.reason_unknown();
  z3::stats st = enc.solver.statistics();
  for (unsigned i = 0; i < st.size(); ++i)
    if (st.key(i) == "rlimit count") a.rlimit_used = static_cast<uint64_t>(st.uint_value(i));
  if (r == z3::sat) a.schedule = enc.witness(enc.solver.get_model());
  a.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return a;
}

}  // namespace sp
