#include "verify/z3_encoding.h"

#include <z3++.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "verify/proof_output.h"

namespace sp {

std::string z3_version() {
  unsigned major, minor, build, rev;
  Z3_get_version(&major, &minor, &build, &rev);
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(build);
}

namespace {

// Exact rational for a double (coefficients are usually small integers or
// dyadic fractions; other values fall back to their shortest decimal).
z3::expr real_num(z3::context& ctx, double d) {
  if (d == std::floor(d) && std::fabs(d) < 9e15) return ctx.real_val(static_cast<int64_t>(d));
  int exp = 0;
  double m = std::frexp(d, &exp);
  int64_t mant = static_cast<int64_t>(std::ldexp(m, 53));
  exp -= 53;
  while (mant % 2 == 0 && exp < 0) mant /= 2, ++exp;
  char buf[64];
  if (exp < 0 && exp > -63)
    std::snprintf(buf, sizeof buf, "%lld/%llu", static_cast<long long>(mant), 1ULL << -exp);
  else
    std::snprintf(buf, sizeof buf, "%.17g", d);
  return ctx.real_val(buf);
}

struct Z3Checker {
  const Graph& g;
  const Artifact& a;
  const Z3Options& opt;
  CheckerResult& out;
  z3::context& ctx;
  const int N = a.schedule.layers;
  const int LB = 4 * a.schedule.layers - 1;  // last boundary
  const bool immediate = a.alloc.policy == ReusePolicy::Immediate;

  std::vector<std::optional<z3::expr>> phase_c, death_c, first_c, last_c, needs_c, x_c;
  std::vector<char> gate_used;
  std::vector<GateId> used;
  std::vector<std::pair<std::string, z3::expr>> extra_facts;  // artifact numbers other than phases

  std::optional<z3::solver> solver;
  bool proof_context = false;  // the context was made with proof=true

  Z3Checker(const Graph& g_, const Artifact& a_, const Z3Options& o, CheckerResult& r, z3::context& c)
      : g(g_), a(a_), opt(o), out(r), ctx(c) {
    solver.emplace(ctx);
    z3::params p(ctx);
    p.set("random_seed", 0u);
    p.set("rlimit", opt.rlimit);
    solver->set(p);
    phase_c.resize(g.gates.size());
    gate_used.assign(g.gates.size(), 0);
    for (auto* cache : {&death_c, &first_c, &last_c, &needs_c, &x_c}) cache->resize(g.values.size());
  }

  // ---- terms ---------------------------------------------------------------
  z3::expr big() { return ctx.int_val(kForeverBoundary); }
  z3::expr phase(GateId x) {
    if (!gate_used[x]) gate_used[x] = 1, used.push_back(x);
    if (!phase_c[x]) phase_c[x] = ctx.int_const(("phase_" + std::to_string(x)).c_str());
    return *phase_c[x];
  }
  void touch(ValueId v) {  // the value's terms mention its producer's and readers' phases
    if (g.values[v].producer >= 0) phase(g.values[v].producer);
    for (GateId r : g.readers[v]) phase(r);
  }
  bool forever(ValueId v) const { return g.values[v].output || g.values[v].pinned; }
  z3::expr birth(ValueId v) {
    touch(v);
    return g.values[v].producer < 0 ? ctx.int_val(kInputPhase) : phase(g.values[v].producer);
  }
  z3::expr death(ValueId v) {
    touch(v);
    if (!death_c[v]) {
      if (forever(v)) {
        death_c[v] = big();
      } else {
        z3::expr m = birth(v);  // max-term over the readers' phases
        for (GateId r : g.readers[v]) m = z3::ite(phase(r) > m, phase(r), m);
        death_c[v] = m;
      }
    }
    return *death_c[v];
  }
  z3::expr first(ValueId v) {
    touch(v);
    if (!first_c[v]) {
      z3::expr b = birth(v);
      first_c[v] = z3::ite(z3::mod(b, 2) == 1, b, b + 1);
    }
    return *first_c[v];
  }
  z3::expr last(ValueId v) {
    touch(v);
    if (!last_c[v]) {
      if (forever(v)) {
        last_c[v] = big();
      } else {
        z3::expr d1 = death(v) + 1;
        last_c[v] = z3::ite(z3::mod(d1, 2) == 1, d1, d1 - 1);
      }
    }
    return *last_c[v];
  }
  z3::expr needs(ValueId v) {
    touch(v);
    if (!needs_c[v]) {
      const Value& val = g.values[v];
      bool unused = !forever(v) && g.readers[v].empty();
      bool may_be_internal = !forever(v) && val.producer >= 0 && g.gates[val.producer].kind != GateKind::Persist;
      if (unused) needs_c[v] = ctx.bool_val(false);
      else if (may_be_internal) needs_c[v] = !(death(v) <= birth(v) + 1);
      else needs_c[v] = ctx.bool_val(true);
    }
    return *needs_c[v];
  }
  z3::expr x(ValueId v) {
    if (!x_c[v]) x_c[v] = ctx.real_const(("x_" + std::to_string(v)).c_str());
    return *x_c[v];
  }
  z3::expr read_boundary(GateId r) {
    z3::expr p = phase(r);
    return z3::ite(z3::mod(p - 1, 2) == 1, p - 1, p - 2);
  }
  z3::expr same_sublayer(GateId r, ValueId v) {
    GateId prod = g.values[v].producer;
    if (prod < 0 || g.gates[r].kind != GateKind::Persist || g.gates[prod].kind == GateKind::Persist)
      return ctx.bool_val(false);
    return z3::mod(phase(r), 2) == 1 && phase(prod) == phase(r) - 1;
  }
  z3::expr layer(GateId x) { return phase(x) / 4; }
  z3::expr odd_boundary(const z3::expr& c, int lo) { return z3::mod(c, 2) == 1 && c >= lo && c <= LB; }
  static z3::expr sum_or(z3::context& ctx, const z3::expr_vector& v, bool real) {
    if (v.empty()) return real ? ctx.real_val(0) : ctx.int_val(0);
    return v.size() == 1 ? v[0] : z3::sum(v);
  }
  z3::expr any(const z3::expr_vector& v) { return v.empty() ? ctx.bool_val(false) : z3::mk_or(v); }

  // ---- model reading -------------------------------------------------------
  static int64_t ival(const z3::model& m, const z3::expr& e) { return m.eval(e, true).get_numeral_int64(); }
  static bool bval(const z3::model& m, const z3::expr& e) { return m.eval(e, true).is_true(); }
  LifeFacts facts(const z3::model& m, ValueId v) {
    LifeFacts f;
    f.forever = forever(v);
    f.needs_slot = bval(m, needs(v));
    f.birth = static_cast<int>(ival(m, birth(v)));
    f.death = static_cast<int>(ival(m, death(v)));
    f.first = static_cast<int>(ival(m, first(v)));
    f.last = static_cast<int>(ival(m, last(v)));
    return f;
  }

  // ---- running one query -----------------------------------------------------
  void begin() {
    for (GateId x : used) gate_used[x] = 0;
    used.clear();
    extra_facts.clear();
  }

  using OnModel = std::function<std::optional<z3::expr>(const z3::model&)>;

  // Asserts the artifact facts the query mentions and the negated property;
  // unsat = proven. On sat, `on_model` reports and returns a blocking clause
  // for the next model (or nothing to stop).
  z3::check_result query(const std::string& name, const char* logic, const z3::expr& negation, const OnModel& on_model) {
    std::vector<std::pair<std::string, z3::expr>> facts;
    std::vector<GateId> gates = used;
    std::sort(gates.begin(), gates.end());
    for (GateId x : gates)
      facts.emplace_back("phase_" + std::to_string(x), *phase_c[x] == ctx.int_val(a.schedule.phase[x]));
    for (auto& f : extra_facts) facts.push_back(f);

    ++out.queries;
    // One incremental solver for all queries (a scope each): creating a
    // solver per query costs more than the small queries themselves.
    z3::solver& s = *solver;
    s.push();
    struct PopScope {
      z3::solver& s;
      ~PopScope() { s.pop(); }
    } pop_scope{s};
    for (auto& [n, e] : facts) s.add(e);
    s.add(negation);
    QueryRecord rec;
    rec.name = name;
    rec.logic = logic;
    if (opt.proofs) rec.smt2 = std::string("(set-logic ") + logic + ")\n" + s.to_smt2();
    z3::check_result r = z3::unknown;
    auto t0 = std::chrono::steady_clock::now();
    try {
      r = s.check();
      if (std::getenv("SLOTPROOF_VERIFY_TIMING"))
        std::fprintf(stderr, "%s %.4f\n", name.c_str(),
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    } catch (const z3::exception& e) {
      rec.z3_detail = e.msg();
    }
    if (r == z3::unknown) {
      out.undecided = true;
      std::string reason = rec.z3_detail.empty() ? s.reason_unknown() : rec.z3_detail;
      if (out.undecided_reason.empty()) out.undecided_reason = "query " + name + ": Z3 answered unknown (" + reason + ")";
      rec.z3_verdict = "unknown";
      rec.z3_detail = reason;
    } else if (r == z3::unsat) {
      rec.z3_verdict = "unsat";
      if (opt.proofs && proof_context) record_proof_and_core(s, facts, negation, rec);
      else if (opt.proofs) rec.z3_detail = "; no proof object: whole-graph query, run without proof generation\n";
    } else {
      rec.z3_verdict = "sat";
      z3::model m = s.get_model();
      if (opt.proofs) rec.z3_detail = m.to_string().substr(0, ProofSink::kProofCap);
      for (unsigned i = 0; i < opt.max_models; ++i) {
        std::optional<z3::expr> block = on_model(m);
        if (!block || i + 1 == opt.max_models) break;
        s.add(*block);
        if (s.check() != z3::sat) break;
        m = s.get_model();
      }
    }
    if (opt.proofs) opt.proofs->record(std::move(rec));
    return r;
  }

  void record_proof_and_core(z3::solver& s, const std::vector<std::pair<std::string, z3::expr>>& facts,
                             const z3::expr& negation, QueryRecord& rec) {
    try {
      std::string proof = s.proof().to_string();
      if (proof.size() > ProofSink::kProofCap)
        proof = "; proof omitted: " + std::to_string(proof.size()) + " bytes exceed the cap of " +
                std::to_string(ProofSink::kProofCap) + "\n";
      rec.z3_detail = proof;
    } catch (const z3::exception& e) {
      rec.z3_detail = std::string("; no proof: ") + e.msg() + "\n";
    }
    if (facts.size() + 1 > ProofSink::kCoreAssertionCap) return;
    // A separate solver: minimised cores and proofs do not mix.
    z3::solver cs(ctx);
    z3::params p(ctx);
    p.set("random_seed", 0u);
    p.set("rlimit", opt.rlimit);
    p.set("unsat_core", true);
    p.set("core.minimize", true);
    cs.set(p);
    for (auto& [n, e] : facts) cs.add(e, n.c_str());
    cs.add(negation, "negated_property");
    if (cs.check() != z3::unsat) return;
    rec.core_computed = true;
    z3::expr_vector core = cs.unsat_core();
    for (unsigned i = 0; i < core.size(); ++i) rec.core.push_back(core[i].to_string());
    std::sort(rec.core.begin(), rec.core.end());
  }

  void report(ViolationClass k, Property p, std::string msg, GateId gate = -1, ValueId value = -1, int slot = -1,
              int boundary = kNoBoundary, ValueId other = -1) {
    Violation v;
    v.kind = k, v.property = p, v.gate = gate, v.value = value, v.slot = slot, v.boundary = boundary, v.other = other;
    v.message = std::move(msg);
    out.add(std::move(v));
  }
  std::string gate_at(GateId x) const {
    return g.gate_label(x) + " (" + kind_name(g.gates[x].kind) + ", phase " + std::to_string(a.schedule.phase[x]) + ")";
  }
  void mark(Property p) { out.failed[static_cast<size_t>(p)] = true; }

  // A global query whose disjuncts each name one violation: one model shows all.
  void disjunct_query(const std::string& name, const char* logic, Property prop, const std::vector<z3::expr>& disjuncts,
                      const std::function<void(size_t)>& explain) {
    z3::expr_vector v(ctx);
    for (auto& d : disjuncts) v.push_back(d);
    query(name, logic, any(v), [&](const z3::model& m) -> std::optional<z3::expr> {
      mark(prop);
      for (size_t i = 0; i < disjuncts.size() && out.violations.size() < kMaxStoredViolations; ++i)
        if (bval(m, disjuncts[i])) explain(i);
      return std::nullopt;
    });
  }

  // ---- the graph hash ---------------------------------------------------------
  bool check_hash() {
    begin();
    z3::expr art = ctx.constant("artifact_graph_sha256", ctx.string_sort());
    z3::expr file = ctx.constant("graph_file_sha256", ctx.string_sort());
    extra_facts.emplace_back("artifact_graph_sha256", art == ctx.string_val(a.graph_sha256));
    extra_facts.emplace_back("graph_file_sha256", file == ctx.string_val(g.sha256));
    z3::check_result r = query("graph-hash", "QF_S", art != file, [&](const z3::model&) -> std::optional<z3::expr> {
      report(ViolationClass::GraphMismatch, Property::GraphHash,
             "the artifact was made for graph '" + a.graph_name + "' with SHA-256 " + a.graph_sha256 + ", but " +
                 g.source + " has SHA-256 " + g.sha256);
      return std::nullopt;
    });
    return r == z3::unsat;
  }

  // ---- property 4: the schedule --------------------------------------------------
  void check_schedule() {
    const GateId ng = static_cast<GateId>(g.gates.size());
    {
      begin();
      std::vector<z3::expr> bad;
      for (GateId x = 0; x < ng; ++x) {
        z3::expr p = phase(x);
        z3::expr legal = g.gates[x].kind == GateKind::Lookup  ? p >= 0 && z3::mod(p, 4) == 0
                         : g.gates[x].kind == GateKind::Reglu ? p >= 0 && z3::mod(p, 4) == 2
                                                              : p >= 0 && z3::mod(p, 2) == 1;
        bad.push_back(!legal);
      }
      disjunct_query("schedule-phase-kind", "QF_LIA", Property::PhaseKind, bad, [&](size_t i) {
        GateId x = static_cast<GateId>(i);
        report(ViolationClass::PhaseKind, Property::PhaseKind,
               gate_at(x) + " is in a " + phase_kind_name(std::max(a.schedule.phase[x], -1)) + " phase; a " +
                   kind_name(g.gates[x].kind) + " may not run there",
               x);
      });
    }
    {
      begin();
      std::vector<z3::expr> bad;
      for (GateId x = 0; x < ng; ++x) bad.push_back(phase(x) > LB);
      disjunct_query("schedule-layer-budget", "QF_LIA", Property::LayerBudget, bad, [&](size_t i) {
        GateId x = static_cast<GateId>(i);
        report(ViolationClass::LayerBudget, Property::LayerBudget,
               gate_at(x) + " is in layer " + std::to_string(layer_of(a.schedule.phase[x])) +
                   " but the artifact declares " + std::to_string(N) + " layers",
               x);
      });
    }
    {
      begin();
      std::vector<z3::expr> bad;
      std::vector<std::pair<GateId, ValueId>> edge;
      for (GateId x = 0; x < ng; ++x)
        for (ValueId v : g.gates[x].reads)
          if (g.values[v].producer >= 0) {
            bad.push_back(phase(x) <= phase(g.values[v].producer));
            edge.emplace_back(x, v);
          }
      disjunct_query("schedule-precedence", "QF_LIA", Property::Precedence, bad, [&](size_t i) {
        auto [x, v] = edge[i];
        report(ViolationClass::Precedence, Property::Precedence,
               gate_at(x) + " reads " + g.values[v].name + " produced by " + gate_at(g.values[v].producer) +
                   " at a phase not before it",
               x, v);
      });
    }
    {
      begin();
      std::vector<z3::expr> bad;
      std::vector<std::pair<GateId, GateId>> pairs;
      for (const auto& group : g.colocate)
        for (size_t i = 1; i < group.size(); ++i) pairs.emplace_back(group[i], group[0]);
      for (GateId x = 0; x < ng; ++x) {
        if (g.gates[x].kind == GateKind::Lookup) continue;
        for (ValueId v : g.gates[x].reads) {
          GateId prod = g.values[v].producer;
          if (prod >= 0 && g.gates[prod].average) pairs.emplace_back(x, prod);
        }
      }
      for (auto [x, y] : pairs) bad.push_back(layer(x) != layer(y));
      disjunct_query("schedule-colocation", "QF_LIA", Property::Colocation, bad, [&](size_t i) {
        auto [x, y] = pairs[i];
        report(ViolationClass::Colocation, Property::Colocation,
               gate_at(x) + " and " + gate_at(y) + " must share a layer (co-location)", x);
      });
    }
    if (a.max_ffn) {
      begin();
      z3::expr L = ctx.int_const("layer");
      z3::expr F = ctx.int_const("max_ffn");
      extra_facts.emplace_back("max_ffn", F == *a.max_ffn);
      z3::expr_vector count(ctx);
      for (GateId x = 0; x < ng; ++x)
        if (g.gates[x].kind == GateKind::Reglu) count.push_back(z3::ite(layer(x) == L, ctx.int_val(1), ctx.int_val(0)));
      z3::expr n = sum_or(ctx, count, false);
      query("schedule-ffn-budget", "QF_LIA", n > F, [&](const z3::model& m) -> std::optional<z3::expr> {
        mark(Property::FfnBudget);
        int64_t l = ival(m, L);
        report(ViolationClass::FfnBudget, Property::FfnBudget,
               "layer " + std::to_string(l) + " has " + std::to_string(ival(m, n)) + " reglu gates but max_ffn is " +
                   std::to_string(*a.max_ffn),
               -1, -1, -1, static_cast<int>(l));
        return L != ctx.int_val(l);
      });
    }
  }

  bool schedule_legal() const {
    return !out.failed[static_cast<size_t>(Property::PhaseKind)] &&
           !out.failed[static_cast<size_t>(Property::LayerBudget)] &&
           !out.failed[static_cast<size_t>(Property::Precedence)];
  }

  void check_slot_indices() {
    {
      begin();
      z3::expr D = ctx.int_const("d_model");
      extra_facts.emplace_back("d_model", D == a.d_model);
      std::vector<z3::expr> bad;
      std::vector<std::pair<ValueId, const Write*>> what;
      for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
        if (a.alloc.slot[v] >= 0) bad.push_back(ctx.int_val(a.alloc.slot[v]) >= D), what.emplace_back(v, nullptr);
      for (const Write& w : a.alloc.writes) bad.push_back(ctx.int_val(w.slot) >= D), what.emplace_back(-1, &w);
      disjunct_query("slots-below-d_model", "QF_LIA", Property::SlotRange, bad, [&](size_t i) {
        auto [v, w] = what[i];
        if (w)
          report(ViolationClass::SlotRange, Property::SlotRange,
                 "boundary " + std::to_string(w->boundary) + " writes slot " + std::to_string(w->slot) +
                     " but d_model is " + std::to_string(a.d_model),
                 -1, -1, w->slot, w->boundary);
        else
          report(ViolationClass::SlotRange, Property::SlotRange,
                 g.values[v].name + " is given slot " + std::to_string(a.alloc.slot[v]) + " but d_model is " +
                     std::to_string(a.d_model),
                 -1, v, a.alloc.slot[v]);
      });
    }
    {
      begin();
      std::vector<z3::expr> bad;
      for (const Write& w : a.alloc.writes) {
        z3::expr b = ctx.int_val(w.boundary);
        z3::expr is_boundary = b == -1 || (z3::mod(b, 2) == 1 && b >= 1 && b <= LB);
        bad.push_back(!is_boundary || ctx.int_val(w.slot) < 0);
      }
      disjunct_query("write-shape", "QF_LIA", Property::WriteShape, bad, [&](size_t i) {
        const Write& w = a.alloc.writes[i];
        report(ViolationClass::BadWrite, Property::WriteShape,
               "write to slot " + std::to_string(w.slot) + " at phase " + std::to_string(w.boundary) +
                   (w.slot < 0 ? std::string(" (negative slot)") : ", which is not a boundary (-1, 1, 3, ..., " +
                                                                        std::to_string(LB) + ")"),
               -1, -1, w.slot, w.boundary);
      });
    }
  }

  // ---- liveness-dependent, global ---------------------------------------------------
  void check_missing_slots() {
    begin();
    std::vector<z3::expr> bad;
    std::vector<ValueId> which;
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
      if (a.alloc.slot[v] < 0) bad.push_back(needs(v)), which.push_back(v);
    disjunct_query("values-have-slots", "QF_LIA", Property::SlotAssigned, bad, [&](size_t i) {
      ValueId v = which[i];
      report(ViolationClass::MissingSlot, Property::SlotAssigned,
             g.values[v].name + " needs a slot (born at phase " +
                 std::to_string(g.values[v].producer < 0 ? -1 : a.schedule.phase[g.values[v].producer]) +
                 ") but the allocation gives it none",
             -1, v);
    });
  }

  void check_d_model() {
    const ValueId nv = static_cast<ValueId>(g.values.size());
    auto fix_d = [&]() {
      z3::expr D = ctx.int_const("d_model");
      extra_facts.emplace_back("d_model", D == a.d_model);
      return D;
    };
    {
      begin();
      z3::expr D = fix_d();
      query("d_model-even", "QF_LIA", z3::mod(D, 2) == 1, [&](const z3::model&) -> std::optional<z3::expr> {
        report(ViolationClass::DModel, Property::DModel,
               "declared d_model " + std::to_string(a.d_model) + " is odd; heads are two-dimensional");
        return std::nullopt;
      });
    }
    {
      begin();
      z3::expr D = fix_d();
      z3::expr c = ctx.int_const("boundary");
      z3::expr_vector occ(ctx);
      for (ValueId v = 0; v < nv; ++v)
        occ.push_back(z3::ite(needs(v) && first(v) <= c && c <= last(v), ctx.int_val(1), ctx.int_val(0)));
      z3::expr width = sum_or(ctx, occ, false);
      query("d_model-occupancy", "QF_LIA", odd_boundary(c, 1) && width > D,
            [&](const z3::model& m) -> std::optional<z3::expr> {
              mark(Property::DModel);
              int64_t cb = ival(m, c);
              report(ViolationClass::DModel, Property::DModel,
                     "declared d_model " + std::to_string(a.d_model) + " is below the occupancy: boundary " +
                         std::to_string(cb) + " has " + std::to_string(ival(m, width)) + " live values",
                     -1, -1, -1, static_cast<int>(cb));
              return c != ctx.int_val(cb);
            });
    }
    {
      begin();
      z3::expr D = fix_d();
      z3::expr L = ctx.int_const("layer");
      z3::expr one = ctx.int_val(1), zero = ctx.int_val(0);
      z3::expr_vector lookup_heads(ctx), born(ctx), pass(ctx);
      for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
        const Gate& gate = g.gates[x];
        if (gate.kind == GateKind::Lookup) {
          lookup_heads.push_back(z3::ite(layer(x) == L, ctx.int_val(static_cast<int>((gate.values.size() + 1) / 2)), zero));
          born.push_back(z3::ite(phase(x) == 4 * L, ctx.int_val(static_cast<int>(gate.produces.size())), zero));
        } else if (gate.kind == GateKind::Persist) {
          born.push_back(z3::ite(phase(x) == 4 * L + 1, one, zero));
        }
      }
      auto alive = [&](const z3::expr& c) {
        z3::expr_vector terms(ctx);
        for (ValueId v = 0; v < nv; ++v) terms.push_back(z3::ite(birth(v) <= c && c < death(v), one, zero));
        return sum_or(ctx, terms, false);
      };
      for (ValueId v = 0; v < nv; ++v) {
        z3::expr_vector via(ctx);  // v passes through a persist1 of layer L (not its own lookup's value)
        GateId prod = g.values[v].producer;
        for (GateId r : g.readers[v]) {
          if (g.gates[r].kind != GateKind::Persist) continue;
          z3::expr own = prod >= 0 && g.gates[prod].kind == GateKind::Lookup ? phase(prod) == phase(r) - 1
                                                                              : ctx.bool_val(false);
          via.push_back(phase(r) == 4 * L + 1 && !own);
        }
        if (!via.empty()) pass.push_back(z3::ite(any(via), one, zero));
      }
      z3::expr alive_prev = z3::ite(L == 0, ctx.int_val(static_cast<int>(g.inputs.size())), alive(4 * L - 1));
      z3::expr dying = alive_prev + sum_or(ctx, born, false) - alive(4 * L + 1);
      z3::expr lh = sum_or(ctx, lookup_heads, false), ps = sum_or(ctx, pass, false);
      z3::expr heads = 2 * lh + dying + ps;
      query("d_model-heads", "QF_LIA", L >= 0 && L < N && heads > D, [&](const z3::model& m) -> std::optional<z3::expr> {
        mark(Property::DModel);
        int64_t l = ival(m, L);
        report(ViolationClass::DModel, Property::DModel,
               "declared d_model " + std::to_string(a.d_model) + " cannot host layer " + std::to_string(l) +
                   "'s attention: 2*" + std::to_string(ival(m, lh)) + " lookup heads + " +
                   std::to_string(ival(m, dying)) + " dying + " + std::to_string(ival(m, ps)) + " passthrough = " +
                   std::to_string(ival(m, heads)),
               -1, -1, -1, static_cast<int>(l));
        return L != ctx.int_val(l);
      });
    }
  }

  // ---- per slot -----------------------------------------------------------------------
  struct SlotData {
    std::vector<const Write*> writes;  // sorted by boundary
    std::vector<ValueId> owners;       // the allocation puts them here
    std::vector<std::pair<GateId, ValueId>> reads;
    std::vector<ValueId> outputs;
  };

  Contents contents_after(const SlotData& d, int64_t c) {
    Contents s;
    for (const Write* w : d.writes)
      if (w->boundary <= c)
        for (const Term& t : w->delta) {
          double& k = s[t.value];
          k += t.coef;
          if (k == 0) s.erase(t.value);
        }
    return s;
  }
  std::vector<Term> written_at(const SlotData& d, int64_t c) {
    std::vector<Term> out_terms;
    for (const Write* w : d.writes)
      if (w->boundary == c) out_terms.insert(out_terms.end(), w->delta.begin(), w->delta.end());
    return out_terms;
  }
  // C_s(c): the slot's symbolic contents after boundary c.
  z3::expr contents_term(const SlotData& d, const z3::expr& c) {
    z3::expr_vector parts(ctx);
    for (const Write* w : d.writes) {
      z3::expr_vector delta(ctx);
      for (const Term& t : w->delta) delta.push_back(real_num(ctx, t.coef) * x(t.value));
      parts.push_back(z3::ite(c >= w->boundary, sum_or(ctx, delta, true), ctx.real_val(0)));
    }
    return sum_or(ctx, parts, true);
  }
  std::string slot_name(int s, const char* what) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "slot-%04d-%s", s, what);
    return buf;
  }

  void check_slot(int s, const SlotData& d) {
    const std::string S = "slot " + std::to_string(s);
    // (a) interval disjointness of the values sharing the slot.
    if (d.owners.size() >= 2) {
      begin();
      z3::expr c = ctx.int_const("boundary");
      std::vector<z3::expr> occ;
      z3::expr_vector count(ctx);
      for (ValueId u : d.owners) {
        occ.push_back(needs(u) && first(u) <= c && (immediate ? c < last(u) : c <= last(u)));
        count.push_back(z3::ite(occ.back(), ctx.int_val(1), ctx.int_val(0)));
      }
      query(slot_name(s, "disjoint"), "QF_LIA", odd_boundary(c, -1) && z3::sum(count) >= 2,
            [&](const z3::model& m) -> std::optional<z3::expr> {
              mark(Property::NoOverwrite);
              int64_t cb = ival(m, c);
              std::vector<ValueId> holders;
              for (size_t i = 0; i < d.owners.size(); ++i)
                if (bval(m, occ[i])) holders.push_back(d.owners[i]);
              if (holders.size() >= 2) {
                LifeFacts f = facts(m, holders[0]), h = facts(m, holders[1]);
                report(ViolationClass::OverwriteLive, Property::NoOverwrite,
                       g.values[holders[0]].name + " (" + S + ") " +
                           (f.forever ? std::string("is live forever") : "is live until phase " + std::to_string(f.death)) +
                           " but " + S + " is also given to " + g.values[holders[1]].name + " (boundaries " +
                           std::to_string(h.first) + ".." + (h.forever ? std::string("end") : std::to_string(h.last)) +
                           "); both hold it at boundary " + std::to_string(cb) + " (" + policy_name(a.alloc.policy) + ")",
                       -1, holders[0], s, static_cast<int>(cb), holders[1]);
              }
              return c != ctx.int_val(cb);
            });
    }
    // (b) no write touches the slot while a value in it is still needed.
    std::vector<ValueId> in_writes;
    std::set<int> write_boundaries;
    for (const Write* w : d.writes)
      for (const Term& t : w->delta)
        if (t.coef != 0) in_writes.push_back(t.value), write_boundaries.insert(w->boundary);
    std::sort(in_writes.begin(), in_writes.end());
    in_writes.erase(std::unique(in_writes.begin(), in_writes.end()), in_writes.end());
    if (!in_writes.empty()) {
      begin();
      z3::expr c = ctx.int_const("boundary");
      z3::expr pick = ctx.int_const("value_index");
      z3::expr_vector at_write(ctx), live(ctx);
      for (int b : write_boundaries) at_write.push_back(c == b);
      for (size_t i = 0; i < in_writes.size(); ++i) {
        ValueId u = in_writes[i];
        z3::expr_vector coef(ctx);  // u's coefficient in the slot before boundary c
        for (const Write* w : d.writes)
          for (const Term& t : w->delta)
            if (t.value == u) coef.push_back(z3::ite(c > w->boundary, real_num(ctx, t.coef), ctx.real_val(0)));
        z3::expr needed = forever(u) ? ctx.bool_val(true) : death(u) > c;
        live.push_back(pick == static_cast<int>(i) && sum_or(ctx, coef, true) != 0 && needed);
      }
      query(slot_name(s, "no-overwrite"), "QF_LIRA", z3::mk_or(at_write) && z3::mk_or(live),
            [&](const z3::model& m) -> std::optional<z3::expr> {
              mark(Property::NoOverwrite);
              int64_t cb = ival(m, c), i = ival(m, pick);
              ValueId u = in_writes[static_cast<size_t>(i)];
              std::vector<Term> delta = written_at(d, cb);
              report(ViolationClass::OverwriteLive, Property::NoOverwrite,
                     g.values[u].name + " (" + S + ") " +
                         (forever(u) ? std::string("is live forever")
                                     : "is live until phase " + std::to_string(ival(m, death(u)))) +
                         " but " + S + " is written with " + delta_text(g, delta) + " at boundary " + std::to_string(cb),
                     -1, u, s, static_cast<int>(cb));
              return !(c == ctx.int_val(cb) && pick == ctx.int_val(i));
            });
    }
    // (c) after every boundary the slot holds exactly the values that should hold it.
    {
      begin();
      z3::expr c = ctx.int_const("boundary");
      z3::expr actual = contents_term(d, c);
      z3::expr_vector intended(ctx);
      std::vector<z3::expr> holds;
      for (ValueId u : d.owners) {
        holds.push_back(needs(u) && first(u) <= c && c < last(u));
        intended.push_back(z3::ite(holds.back(), x(u), ctx.real_val(0)));
      }
      query(slot_name(s, "contents"), "QF_LIRA", odd_boundary(c, -1) && actual != sum_or(ctx, intended, true),
            [&](const z3::model& m) -> std::optional<z3::expr> {
              mark(Property::Contents);
              int64_t cb = ival(m, c);
              std::vector<ValueId> want;
              for (size_t i = 0; i < d.owners.size(); ++i)
                if (bval(m, holds[i])) want.push_back(d.owners[i]);
              std::sort(want.begin(), want.end());
              explain_contents_difference(g, s, static_cast<int>(cb), contents_after(d, cb), want, a.alloc.slot,
                                          [&](ValueId v) { return facts(m, v); }, written_at(d, cb), out);
              return c != ctx.int_val(cb);
            });
    }
    // (d) every read and the output head see their value.
    if (!d.reads.empty() || !d.outputs.empty()) {
      begin();
      z3::expr c = ctx.int_const("boundary");
      z3::expr want = ctx.real_const("read_value");
      z3::expr pick = ctx.int_const("read_index");
      z3::expr_vector reads(ctx);
      for (size_t i = 0; i < d.reads.size(); ++i) {
        auto [r, u] = d.reads[i];
        reads.push_back(pick == static_cast<int>(i) && !same_sublayer(r, u) && c == read_boundary(r) && want == x(u));
      }
      for (size_t j = 0; j < d.outputs.size(); ++j)
        reads.push_back(pick == static_cast<int>(d.reads.size() + j) && c == LB && want == x(d.outputs[j]));
      z3::expr actual = contents_term(d, c);
      query(slot_name(s, "reads"), "QF_LIRA", z3::mk_or(reads) && actual != want,
            [&](const z3::model& m) -> std::optional<z3::expr> {
              mark(Property::Reads);
              int64_t cb = ival(m, c), i = ival(m, pick);
              std::string held = contents_text(g, contents_after(d, cb));
              if (i < static_cast<int64_t>(d.reads.size())) {
                auto [r, u] = d.reads[static_cast<size_t>(i)];
                report(ViolationClass::ReadBeforeWrite, Property::Reads,
                       gate_at(r) + " reads " + g.values[u].name + " from " + S + " but after boundary " +
                           std::to_string(cb) + " the slot holds " + held,
                       r, u, s, static_cast<int>(cb));
              } else {
                ValueId o = d.outputs[static_cast<size_t>(i) - d.reads.size()];
                report(ViolationClass::MisplacedOutput, Property::Reads,
                       "output " + g.values[o].name + " should be in " + S + " after the last boundary " +
                           std::to_string(LB) + " but the slot holds " + held,
                       -1, o, s, LB);
              }
              return pick != ctx.int_val(i);
            });
    }
  }

  void check_slots() {
    std::map<int, SlotData> slots;
    for (const Write& w : a.alloc.writes) slots[w.slot].writes.push_back(&w);
    for (auto& [s, d] : slots)
      std::stable_sort(d.writes.begin(), d.writes.end(),
                       [](const Write* p, const Write* q) { return p->boundary < q->boundary; });
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
      int s = a.alloc.slot[v];
      if (s < 0) continue;
      slots[s].owners.push_back(v);
      if (g.values[v].output) slots[s].outputs.push_back(v);
      for (GateId r : g.readers[v]) slots[s].reads.emplace_back(r, v);
    }
    for (auto& [s, d] : slots) check_slot(s, d);
  }
};

}  // namespace

CheckerResult run_z3_checker(const Graph& g, const Artifact& a, const Z3Options& opt) {
  CheckerResult out;
  out.checker = "z3";
  z3::config cfg;
  cfg.set("model", true);
  if (opt.proofs) cfg.set("proof", true);
  z3::context ctx(cfg);
  Z3Checker c(g, a, opt, out, ctx);
  c.proof_context = opt.proofs != nullptr;
  try {
    if (!c.check_hash()) return out;
    c.check_schedule();
    c.check_slot_indices();
    if (!c.schedule_legal() || out.undecided) return out;
    out.slot_checks_run = true;
    c.check_missing_slots();
    c.check_slots();
    // The d_model queries span the whole graph: Z3's proof generation makes
    // them orders of magnitude slower, so they run in a context without it
    // (their verdicts and SMT-LIB2 files are still recorded and re-checked).
    z3::config plain;
    plain.set("model", true);
    z3::context whole_graph_ctx(plain);
    Z3Checker d(g, a, opt, out, whole_graph_ctx);
    d.check_d_model();
  } catch (const z3::exception& e) {
    out.undecided = true;
    out.undecided_reason = std::string("Z3 error: ") + e.msg();
  }
  return out;
}

}  // namespace sp
