#include "verify/z3_encoding.h"

#include <z3++.h>

#include <algorithm>
#include <climits>
#include <chrono>
#include <cstdlib>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include "model/hash.h"
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
  static constexpr int kNegInf = INT_MIN / 4, kPosInf = INT_MAX / 4;

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
    // Z3's older arithmetic solver (theory_arith): on the many small
    // ite-over-linear-terms queries here it is about 1.3x faster than the
    // default (lp, arith.solver=6), same verdicts. docs/VERIFY.md, "Speed".
    p.set("arith.solver", 2u);
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
    return g.values[v].producer < 0 ? ctx.int_val(kInputPhase) : phase(g.values[v].producer);
  }
  // max(items) as ite terms: a chain ite(t_i > m, t_i, m) folded left to
  // right, or, for long lists, a balanced tree of the same ite (depth log n):
  // Z3 frees a context holding ite chains thousands deep in time quadratic in
  // their depth (an input read by thousands of gates).
  static constexpr size_t kMaxChain = 64;
  z3::expr max_term(const std::vector<z3::expr>& items) {
    if (items.size() <= kMaxChain) {
      z3::expr m = items[0];
      for (size_t i = 1; i < items.size(); ++i) m = z3::ite(items[i] > m, items[i], m);
      return m;
    }
    std::function<z3::expr(size_t, size_t)> tree = [&](size_t lo, size_t hi) -> z3::expr {
      if (hi - lo == 1) return items[lo];
      size_t mid = lo + (hi - lo) / 2;
      z3::expr l = tree(lo, mid), r = tree(mid, hi);
      return z3::ite(r > l, r, l);
    };
    return tree(0, items.size());
  }
  z3::expr death(ValueId v) {
    touch(v);
    if (!death_c[v]) {
      if (forever(v)) {
        death_c[v] = big();
      } else {
        std::vector<z3::expr> items{birth(v)};  // max-term over the readers' phases
        for (GateId r : g.readers[v]) items.push_back(phase(r));
        death_c[v] = max_term(items);
      }
    }
    return *death_c[v];
  }
  z3::expr first(ValueId v) {
    if (g.values[v].producer >= 0) phase(g.values[v].producer);  // mark its phase fact for this query
    if (!first_c[v]) {
      first_c[v] = odd_ceil(g.values[v].producer, birth(v));
    }
    return *first_c[v];
  }
  z3::expr last(ValueId v) {
    touch(v);
    if (!last_c[v]) {
      if (forever(v)) {
        last_c[v] = big();
      } else {
        // largest odd <= death+1; the map is monotone, so it is the max of
        // the same map over birth and the readers' phases
        std::vector<z3::expr> items{first(v)};
        for (GateId r : g.readers[v]) items.push_back(odd_ceil(r, phase(r)));
        last_c[v] = max_term(items);
      }
    }
    return *last_c[v];
  }
  // Whether needs(v) is a constant: the value is unused (false), or cannot
  // be internal (true); otherwise it depends on death(v).
  std::optional<bool> needs_constant(ValueId v) const {
    const Value& val = g.values[v];
    bool unused = !forever(v) && g.readers[v].empty();
    bool may_be_internal = !forever(v) && val.producer >= 0 && g.gates[val.producer].kind != GateKind::Persist;
    if (unused) return false;
    if (!may_be_internal) return true;
    return std::nullopt;
  }
  z3::expr needs(ValueId v) {
    if (!needs_c[v]) {
      std::optional<bool> k = needs_constant(v);
      needs_c[v] = k ? ctx.bool_val(*k) : !(death(v) <= birth(v) + 1);
    }
    if (!needs_c[v]->is_true() && !needs_c[v]->is_false()) touch(v);
    return *needs_c[v];
  }
  // death(v) and last(v) for comparisons with a boundary c in a window
  // [lo, hi]: death_after(v, lo, hi) for `c < death` with lo < c <= hi;
  // last_after(v, lo, hi) for `c < last` with lo <= c <= hi and `c <= last`
  // with lo < c <= hi. A reader whose phase is fixed at or below lo
  // contributes a term <= lo to the max, which cannot decide such a
  // comparison; of the readers whose term exceeds hi, one decides it as well
  // as all of them. So the term keeps the readers inside the window plus the
  // first one after it: a window query mentions O(window) readers, not all
  // of a long-lived value's readers (an input read by thousands of gates).
  // lo = kNegInf and hi = kPosInf: the full term.
  std::vector<std::vector<GateId>> readers_sorted;  // by artifact phase
  std::vector<std::vector<int>> reader_phases;
  void sort_readers() {
    readers_sorted.assign(g.values.size(), {});
    reader_phases.assign(g.values.size(), {});
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
      auto& rs = readers_sorted[v];
      rs = g.readers[v];
      std::stable_sort(rs.begin(), rs.end(), [&](GateId p, GateId q) { return a.schedule.phase[p] < a.schedule.phase[q]; });
      for (GateId r : rs) reader_phases[v].push_back(a.schedule.phase[r]);
    }
  }
  // Readers whose key (phase, or phase + shift for the last boundary) lies
  // in (lo, hi], plus the first one above hi.
  template <class F>
  void window_readers(ValueId v, int lo, int hi, F&& each) {
    const auto& rs = readers_sorted[v];
    const auto& ps = reader_phases[v];
    // keys are monotone in phase; scan from the first phase that can exceed lo
    size_t i = std::lower_bound(ps.begin(), ps.end(), lo - 1) - ps.begin();
    for (; i < rs.size(); ++i) {
      GateId r = rs[i];
      each(r);
      if (ps[i] > hi + 1) break;  // past hi (the key is at least the phase)
    }
  }
  z3::expr death_after(ValueId v, int lo, int hi = kPosInf) {
    if (lo == kNegInf && hi == kPosInf) return death(v);
    if (forever(v)) return big();  // (death(v) would also mark every reader's phase fact)
    std::vector<z3::expr> items{birth(v)};
    bool above = false;
    window_readers(v, lo, hi, [&](GateId r) {
      int p = a.schedule.phase[r];
      if (p <= lo || above) return;
      if (p > hi) above = true;
      items.push_back(phase(r));
    });
    return max_term(items);
  }
  z3::expr last_after(ValueId v, int lo, int hi = kPosInf) {
    if (lo == kNegInf && hi == kPosInf) return last(v);
    if (forever(v)) return big();  // (last(v) would also mark every reader's phase fact)
    std::vector<z3::expr> items{first(v)};
    bool above = false;
    window_readers(v, lo, hi, [&](GateId r) {
      int lr = g.gates[r].kind == GateKind::Persist ? a.schedule.phase[r] : a.schedule.phase[r] + 1;
      if (lr <= lo || above) return;
      if (lr > hi) above = true;
      items.push_back(odd_ceil(r, phase(r)));
    });
    return max_term(items);
  }
  // needs(v) for a windowed query: `death <= birth + 1` compares death with
  // the fixed phase B+1 (B = the artifact's birth), so death_after(v, B, B+1)
  // decides it exactly as the full max-term does (the readers at or below
  // B+1 cannot make death exceed B+1; one reader above does). O(1) readers
  // instead of all of them; `windowed` false: the full needs(v).
  z3::expr needs_in(ValueId v, bool windowed) {
    if (!windowed) return needs(v);
    if (std::optional<bool> k = needs_constant(v)) return ctx.bool_val(*k);
    const int B = life[v].birth;
    return !(death_after(v, B, B + 1) <= birth(v) + 1);
  }
  z3::expr x(ValueId v) {
    if (!x_c[v]) x_c[v] = ctx.real_const(("x_" + std::to_string(v)).c_str());
    return *x_c[v];
  }
  z3::expr read_boundary(GateId r) {
    z3::expr p = phase(r);  // largest odd <= p-1
    return g.gates[r].kind == GateKind::Persist ? p - 2 : p - 1;
  }
  z3::expr same_sublayer(GateId r, ValueId v) {
    GateId prod = g.values[v].producer;
    if (prod < 0 || g.gates[r].kind != GateKind::Persist || g.gates[prod].kind == GateKind::Persist)
      return ctx.bool_val(false);
    return phase(prod) == phase(r) - 1;
  }
  z3::expr layer(GateId x) { return phase(x) / 4; }
  z3::expr in_layer(GateId x, const z3::expr& L) { return 4 * L <= phase(x) && phase(x) <= 4 * L + 3; }
  // c is a boundary >= lo: odd (c = 2h+1) and at most the last boundary.
  z3::expr odd_boundary(const z3::expr& c, int lo) {
    return c == 2 * ctx.int_const("boundary_half") + 1 && c >= lo && c <= LB;
  }
  // Parity without mod: the slot queries run only once the phase-kind rule
  // is proven (lookups at 4L, reglus at 4L+2, persists at odd phases,
  // inputs at -1), so the smallest odd phase >= the phase p of gate x
  // (x < 0: an input) is p for a persist or an input and p+1 otherwise.
  z3::expr odd_ceil(GateId x, const z3::expr& p) {
    return x < 0 || g.gates[x].kind == GateKind::Persist ? p : p + 1;
  }
  static z3::expr sum_or(z3::context& ctx, const z3::expr_vector& v, bool real) {
    if (v.empty()) return real ? ctx.real_val(0) : ctx.int_val(0);
    return v.size() == 1 ? v[0] : z3::sum(v);
  }
  z3::expr any(const z3::expr_vector& v) { return v.empty() ? ctx.bool_val(false) : z3::mk_or(v); }

  // ---- model reading -------------------------------------------------------
  static int64_t ival(const z3::model& m, const z3::expr& e) { return m.eval(e, true).get_numeral_int64(); }
  static bool bval(const z3::model& m, const z3::expr& e) { return m.eval(e, true).is_true(); }
  // Lifetimes for a counterexample's wording: the artifact's numbers (the
  // same terms' values; a window query does not fix every reader's phase,
  // so its model cannot be asked for a full death term).
  LifeFacts facts(const z3::model&, ValueId v) { return life[v]; }

  // ---- running one query -----------------------------------------------------
  std::chrono::steady_clock::time_point begun = std::chrono::steady_clock::now();
  void begin() {
    begun = std::chrono::steady_clock::now();
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
        std::fprintf(stderr, "%s %.4f %.4f\n", name.c_str(),
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
                     std::chrono::duration<double>(t0 - begun).count());
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
      else if (opt.proofs && opt.proof_objects)
        rec.z3_detail = "; no proof object: whole-graph query, run without proof generation\n";
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
      if (proof.size() > opt.max_proof_bytes)
        proof = "; proof omitted: " + std::to_string(proof.size()) + " bytes exceed the cap of " +
                std::to_string(opt.max_proof_bytes) + " bytes\n; proof-bytes " + std::to_string(proof.size()) +
                "\n; proof-sha256 " + sha256_hex(proof) + "\n";
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
        if (g.gates[x].kind == GateKind::Reglu) count.push_back(z3::ite(in_layer(x, L), ctx.int_val(1), ctx.int_val(0)));
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

  // ---- windows -------------------------------------------------------------------------
  // The C++ side computes each value's liveness from the artifact's phases
  // only to choose which values a window's query mentions; Z3 proves the
  // bounds used (check_liveness_bounds), so a value left out of a window
  // provably contributes nothing there. See docs/VERIFY.md, "Windows".
  static bool is_odd(int64_t x) { return ((x % 2) + 2) % 2 == 1; }
  std::vector<LifeFacts> life;
  void compute_life() {
    sort_readers();
    life.assign(g.values.size(), LifeFacts{});
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
      LifeFacts& f = life[v];
      const Value& val = g.values[v];
      f.forever = forever(v);
      f.birth = val.producer < 0 ? kInputPhase : a.schedule.phase[val.producer];
      if (f.forever) {
        f.death = kForeverBoundary;
      } else {
        f.death = f.birth;
        for (GateId r : g.readers[v]) f.death = std::max(f.death, a.schedule.phase[r]);
      }
      f.first = is_odd(f.birth) ? f.birth : f.birth + 1;
      f.last = f.forever ? kForeverBoundary : is_odd(f.death + 1) ? f.death + 1 : f.death;
      bool unused = !f.forever && g.readers[v].empty();
      bool may_be_internal = !f.forever && val.producer >= 0 && g.gates[val.producer].kind != GateKind::Persist;
      f.needs_slot = unused ? false : may_be_internal ? !(f.death <= f.birth + 1) : true;
    }
  }
  int read_boundary_of(GateId r) const {
    int p = a.schedule.phase[r];
    return is_odd(p - 1) ? p - 1 : p - 2;
  }
  // Occupancy windows (odd boundaries 1..LB) and head blocks (layers).
  std::vector<std::pair<int, int>> occupancy_windows() const {
    std::vector<std::pair<int, int>> w;
    const int step = 2 * static_cast<int>(std::max(1u, opt.boundary_window));
    for (int lo = 1; lo <= LB; lo += step) w.emplace_back(lo, std::min(LB, lo + step - 2));
    if (w.empty()) w.emplace_back(1, LB);
    return w;
  }
  std::vector<std::pair<int, int>> head_blocks() const {
    std::vector<std::pair<int, int>> w;
    const int step = static_cast<int>(std::max(1u, opt.layer_window));
    for (int lo = 0; lo < N; lo += step) w.emplace_back(lo, std::min(N - 1, lo + step - 1));
    if (w.empty()) w.emplace_back(0, N - 1);
    return w;
  }

  // The certificate behind every window: for each value, birth(v) >= B_v,
  // death(v) <= D_v, and if it needs a slot, first(v) >= F_v and last(v) <=
  // La_v (the C++ numbers; a value the C++ judges slot-free must not need a
  // slot). Negated per block of values; unsat = every window saw every value
  // that can matter to it. Sat would be an internal error: undecided.
  void check_liveness_bounds() {
    const ValueId nv = static_cast<ValueId>(g.values.size());
    const ValueId blk = static_cast<ValueId>(std::max(1u, opt.bounds_block));
    for (ValueId lo = 0, k = 0; lo < nv; lo += blk, ++k) {
      begin();
      z3::expr_vector bad(ctx);
      for (ValueId v = lo; v < std::min(nv, lo + blk); ++v) {
        const LifeFacts& f = life[v];
        z3::expr range = f.needs_slot ? (first(v) < f.first || last(v) > f.last) : ctx.bool_val(true);
        bad.push_back((needs(v) && range) || birth(v) < f.birth || death(v) > f.death);
      }
      char name[64];
      std::snprintf(name, sizeof name, "liveness-bounds-%04d", static_cast<int>(k));
      query(name, "QF_LIA", any(bad), [&](const z3::model&) -> std::optional<z3::expr> {
        out.undecided = true;
        if (out.undecided_reason.empty())
          out.undecided_reason = std::string("query ") + name + ": the liveness bounds used for windows are refuted (internal error)";
        return std::nullopt;
      });
    }
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
    // Occupancy: one query per window of boundaries; a window's sum mentions
    // the values whose (certified) slot range meets it.
    const auto occ_windows = occupancy_windows();
    for (size_t k = 0; k < occ_windows.size(); ++k) {
      const bool windowed = occ_windows.size() > 1;
      auto [clo, chi] = occ_windows[k];
      begin();
      z3::expr D = fix_d();
      z3::expr c = ctx.int_const("boundary");
      z3::expr_vector occ(ctx);
      for (ValueId v = 0; v < nv; ++v) {
        if (windowed && !(life[v].needs_slot && life[v].first <= chi && life[v].last >= clo)) continue;
        z3::expr lv = windowed ? last_after(v, clo - 1, chi) : last(v);
        // Delayed reuse: v occupies its erase boundary; immediate reuse: it
        // does not (the write there may place a new value into its slot).
        z3::expr held = immediate ? c < lv : c <= lv;
        occ.push_back(z3::ite(needs_in(v, windowed) && first(v) <= c && held, ctx.int_val(1), ctx.int_val(0)));
      }
      z3::expr width = sum_or(ctx, occ, false);
      z3::expr where = windowed ? odd_boundary(c, 1) && c >= clo && c <= chi : odd_boundary(c, 1);
      char name[64];
      if (windowed) std::snprintf(name, sizeof name, "d_model-occupancy-%04d", static_cast<int>(k));
      else std::snprintf(name, sizeof name, "d_model-occupancy");
      query(name, "QF_LIA", where && width > D, [&](const z3::model& m) -> std::optional<z3::expr> {
        mark(Property::DModel);
        int64_t cb = ival(m, c);
        report(ViolationClass::DModel, Property::DModel,
               "declared d_model " + std::to_string(a.d_model) + " is below the " + policy_name(a.alloc.policy) +
                   " occupancy: boundary " +
                   std::to_string(cb) + " has " + std::to_string(ival(m, width)) + " live values",
               -1, -1, -1, static_cast<int>(cb));
        return c != ctx.int_val(cb);
      });
    }
    // Heads: one query per block of layers. Gates enter a block by their
    // phase (fixed by the artifact: outside the block their terms are 0 for
    // every L in it); values by their certified birth/death bounds.
    const auto blocks = head_blocks();
    for (size_t k = 0; k < blocks.size(); ++k) {
      const bool windowed = blocks.size() > 1;
      auto [llo, lhi] = blocks[k];
      auto in_block = [&](GateId x) {
        return !windowed || (a.schedule.phase[x] >= 4 * llo && a.schedule.phase[x] <= 4 * lhi + 3);
      };
      begin();
      z3::expr D = fix_d();
      z3::expr L = ctx.int_const("layer");
      z3::expr one = ctx.int_val(1), zero = ctx.int_val(0);
      z3::expr_vector lookup_heads(ctx), born(ctx), pass(ctx);
      for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
        const Gate& gate = g.gates[x];
        if (!in_block(x)) continue;
        if (gate.kind == GateKind::Lookup) {
          lookup_heads.push_back(z3::ite(in_layer(x, L), ctx.int_val(static_cast<int>((gate.values.size() + 1) / 2)), zero));
          born.push_back(z3::ite(phase(x) == 4 * L, ctx.int_val(static_cast<int>(gate.produces.size())), zero));
        } else if (gate.kind == GateKind::Persist) {
          born.push_back(z3::ite(phase(x) == 4 * L + 1, one, zero));
        }
      }
      std::vector<ValueId> alive_vals;
      for (ValueId v = 0; v < nv; ++v)
        if (!windowed || (life[v].birth <= 4 * lhi + 1 && life[v].death > 4 * llo - 1)) alive_vals.push_back(v);
      auto alive = [&](const z3::expr& c) {
        z3::expr_vector terms(ctx);
        for (ValueId v : alive_vals)  // c >= 4*llo - 1
          terms.push_back(z3::ite(birth(v) <= c && c < (windowed ? death_after(v, 4 * llo - 2, 4 * lhi + 1) : death(v)), one, zero));
        return sum_or(ctx, terms, false);
      };
      for (ValueId v = 0; v < nv; ++v) {
        z3::expr_vector via(ctx);  // v passes through a persist1 of layer L (not its own lookup's value)
        GateId prod = g.values[v].producer;
        for (GateId r : g.readers[v]) {
          if (g.gates[r].kind != GateKind::Persist || !in_block(r)) continue;
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
      z3::expr range = windowed ? L >= llo && L <= lhi : L >= 0 && L < N;
      char name[64];
      if (windowed) std::snprintf(name, sizeof name, "d_model-heads-%04d", static_cast<int>(k));
      else std::snprintf(name, sizeof name, "d_model-heads");
      query(name, "QF_LIA", range && heads > D, [&](const z3::model& m) -> std::optional<z3::expr> {
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
    std::vector<int> ends;  // window k covers boundaries (ends[k-1], ends[k]]; last = kPosInf
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
  z3::expr delta_term(const Write& w) {
    z3::expr_vector delta(ctx);
    for (const Term& t : w.delta) delta.push_back(real_num(ctx, t.coef) * x(t.value));
    return sum_or(ctx, delta, true);
  }
  // C_s(c) restricted to window (lo, hi]: `start` (the contents after lo)
  // plus the window's writes, each an ite on c. With one window (lo = -inf)
  // it is the whole slot's C_s(c).
  z3::expr contents_term(const SlotData& d, const z3::expr& c, int lo, int hi, std::optional<z3::expr> start) {
    z3::expr_vector parts(ctx);
    if (start) parts.push_back(*start);
    for (const Write* w : d.writes)
      if (w->boundary > lo && w->boundary <= hi) parts.push_back(z3::ite(c >= w->boundary, delta_term(*w), ctx.real_val(0)));
    return sum_or(ctx, parts, true);
  }
  // The actual contents after boundary lo, written out (all writes <= lo):
  // the start of a window whose chain is broken by an earlier violation.
  z3::expr unchained_start(const SlotData& d, int lo) {
    z3::expr_vector parts(ctx);
    for (const Write* w : d.writes)
      if (w->boundary <= lo) parts.push_back(delta_term(*w));
    return sum_or(ctx, parts, true);
  }
  z3::expr holds(ValueId u, const z3::expr& c, int lo, int hi) {
    const bool windowed = lo != kNegInf || hi != kPosInf;
    return needs_in(u, windowed) && first(u) <= c && c < last_after(u, lo, hi);
  }
  std::string slot_name(int s, const char* what, size_t k = 0, bool windowed = false) {
    char buf[80];
    if (windowed) std::snprintf(buf, sizeof buf, "slot-%04d-%s-w%04d", s, what, static_cast<int>(k));
    else std::snprintf(buf, sizeof buf, "slot-%04d-%s", s, what);
    return buf;
  }

  // Splits the slot's boundaries into windows of about slot_window_events
  // events (writes and reads); a window ends at an odd boundary below LB.
  void choose_windows(SlotData& d) {
    std::vector<int> ev;
    for (const Write* w : d.writes) ev.push_back(w->boundary);
    for (auto [r, u] : d.reads) ev.push_back(read_boundary_of(r));
    std::sort(ev.begin(), ev.end());
    const size_t W = std::max(1u, opt.slot_window_events);
    d.ends.clear();
    size_t count = 0;
    for (size_t i = 0; i < ev.size();) {
      size_t j = i;
      while (j < ev.size() && ev[j] == ev[i]) ++j;
      count += j - i;
      int e = is_odd(ev[i]) ? ev[i] : ev[i] + 1;
      if (count >= W && e >= -1 && e < LB && (d.ends.empty() || e > d.ends.back())) d.ends.push_back(e), count = 0;
      i = j;
    }
    // A short tail joins the previous window.
    if (!d.ends.empty() && count < W / 2) d.ends.pop_back();
    d.ends.push_back(kPosInf);
  }

  // One property of one slot window as a query: name, logic, the negated
  // property, and what a model of it reports.
  struct Part {
    std::string name;
    const char* logic;
    z3::expr negation;
    OnModel on_model;
  };

  void check_slot(int s, const SlotData& d) {
    const std::string S = "slot " + std::to_string(s);
    const size_t K = d.ends.size();
    const bool windowed = K > 1;
    auto lo_of = [&](size_t k) { return k == 0 ? kNegInf : d.ends[k - 1]; };
    auto in_window = [&](const z3::expr& c, size_t k) {  // lo < c <= hi, as a term (windowed only)
      z3::expr e = ctx.bool_val(true);
      if (k > 0) e = e && c > lo_of(k);
      if (d.ends[k] != kPosInf) e = e && c <= d.ends[k];
      return e;
    };
    // Owners whose certified range [first, last] meets [lo, hi] (closed) / (lo, hi].
    std::vector<std::vector<ValueId>> closed_lists(K), open_lists(K);
    for (ValueId u : d.owners) {
      if (!windowed) {
        closed_lists[0].push_back(u), open_lists[0].push_back(u);
        continue;
      }
      if (!life[u].needs_slot) continue;
      // first window whose hi >= first(u)
      size_t k0 = std::lower_bound(d.ends.begin(), d.ends.end(), life[u].first) - d.ends.begin();
      for (size_t k = k0; k < K && lo_of(k) <= life[u].last; ++k) {
        closed_lists[k].push_back(u);
        if (life[u].last > lo_of(k)) open_lists[k].push_back(u);
      }
    }
    auto owners_closed = [&](size_t k) -> const std::vector<ValueId>& { return closed_lists[k]; };
    auto owners_open = [&](size_t k) -> const std::vector<ValueId>& { return open_lists[k]; };

    // No-overwrite: each value's coefficient in the slot before c is nonzero
    // only for c in [lo_u, hi_u] (one past its first write .. its last write,
    // or forever when its coefficients do not sum to 0); with several
    // windows Z3 proves those bounds (slot-NNNN-windows) and each window
    // mentions the values whose bounds meet it.
    std::vector<ValueId> in_writes;
    for (const Write* w : d.writes)
      for (const Term& t : w->delta)
        if (t.coef != 0) in_writes.push_back(t.value);
    std::sort(in_writes.begin(), in_writes.end());
    in_writes.erase(std::unique(in_writes.begin(), in_writes.end()), in_writes.end());
    std::map<ValueId, std::vector<std::pair<int, double>>> terms_of;  // u -> (boundary, coef) in this slot
    for (const Write* w : d.writes)
      for (const Term& t : w->delta) terms_of[t.value].emplace_back(w->boundary, t.coef);
    auto coef_before = [&](ValueId u, const z3::expr& c) {  // u's coefficient in the slot before boundary c
      z3::expr_vector coef(ctx);
      for (auto [b, k] : terms_of[u]) coef.push_back(z3::ite(c > b, real_num(ctx, k), ctx.real_val(0)));
      return sum_or(ctx, coef, true);
    };
    std::vector<std::pair<int, int>> coef_range(in_writes.size(), {kPosInf, kNegInf});
    for (size_t i = 0; i < in_writes.size(); ++i) {
      double total = 0;
      for (auto [b, k] : terms_of[in_writes[i]]) {
        total += k;
        coef_range[i].first = std::min(coef_range[i].first, b + 1);
        coef_range[i].second = std::max(coef_range[i].second, b);
      }
      if (total != 0) coef_range[i].second = kPosInf;
    }

    // The start of window k > 0: while every earlier contents window is
    // proven, the slot holds exactly the intended values after lo (the
    // previous window proved it), stated as a named fact; after a violation
    // the chain is broken and the start is the actual sum of earlier writes.
    std::vector<char> contents_proven(K, 0);
    auto window_start = [&](size_t k, bool chained) -> std::optional<z3::expr> {
      if (k == 0) return std::nullopt;
      const int lo = lo_of(k);
      if (!chained) return unchained_start(d, lo);
      z3::expr start = ctx.real_const("window_start_contents");
      z3::expr_vector intended(ctx);
      z3::expr cl = ctx.int_val(lo);
      for (ValueId u : owners_closed(k)) intended.push_back(z3::ite(holds(u, cl, lo, lo), x(u), ctx.real_val(0)));
      extra_facts.emplace_back("contents_after_boundary_" + std::to_string(lo), start == sum_or(ctx, intended, true));
      return start;
    };
    auto chain_ok = [&](size_t k) {
      for (size_t j = 0; j < k; ++j)
        if (!contents_proven[j]) return false;
      return true;
    };
    // Reads by window: indices into reads, then outputs (offset by reads.size()).
    std::vector<std::vector<size_t>> reads_in(K);
    for (size_t i = 0; i < d.reads.size(); ++i) {
      int rb = read_boundary_of(d.reads[i].first);
      size_t k = std::lower_bound(d.ends.begin(), d.ends.end(), rb) - d.ends.begin();
      reads_in[std::min(k, K - 1)].push_back(i);
    }
    for (size_t j = 0; j < d.outputs.size(); ++j) reads_in[K - 1].push_back(d.reads.size() + j);

    // Each property of window k as a part: its query name, the negated
    // property and what a model of it reports. The builders assert facts
    // (phases, the window start) into the current query; the caller begins it.
    // Every part of one window shares the window start (contents and reads).
    std::optional<z3::expr> start_k;  // the window start of the query being built
    auto start_of = [&](size_t k) -> std::optional<z3::expr> {
      if (!start_k) start_k = window_start(k, chain_ok(k));
      return start_k;
    };

    // (a) interval disjointness of the values sharing the slot.
    auto part_disjoint = [&](size_t k) -> std::optional<Part> {
      const std::vector<ValueId>& own = owners_open(k);
      if (d.owners.size() < 2 || own.size() < 2) return std::nullopt;
      z3::expr c = ctx.int_const("boundary");
      std::vector<z3::expr> occ;
      z3::expr_vector count(ctx);
      for (ValueId u : own) {
        z3::expr lu = last_after(u, lo_of(k), d.ends[k]);  // lo < c <= hi
        occ.push_back(needs_in(u, windowed) && first(u) <= c && (immediate ? c < lu : c <= lu));
        count.push_back(z3::ite(occ.back(), ctx.int_val(1), ctx.int_val(0)));
      }
      z3::expr where = odd_boundary(c, -1);
      if (windowed) where = where && in_window(c, k);
      return Part{slot_name(s, "disjoint", k, windowed), "QF_LIA", where && z3::sum(count) >= 2,
                  [this, c, occ, own, s, S](const z3::model& m) -> std::optional<z3::expr> {
                    mark(Property::NoOverwrite);
                    int64_t cb = ival(m, c);
                    std::vector<ValueId> holders;
                    for (size_t i = 0; i < own.size(); ++i)
                      if (bval(m, occ[i])) holders.push_back(own[i]);
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
                  }};
    };

    // The certificate for the coefficient bounds of no-overwrite, for the
    // values whose first write falls in window k (so each value is certified once).
    auto part_windows = [&](size_t k) -> std::optional<Part> {
      if (!windowed) return std::nullopt;
      std::vector<size_t> intro;
      for (size_t i = 0; i < in_writes.size(); ++i) {
        int b = coef_range[i].first - 1;
        if (b > lo_of(k) && b <= d.ends[k]) intro.push_back(i);
      }
      if (intro.empty()) return std::nullopt;
      z3::expr c = ctx.int_const("boundary");
      z3::expr pick = ctx.int_const("value_index");
      z3::expr_vector bad(ctx);
      for (size_t i : intro) {
        auto [lo, hi] = coef_range[i];
        z3::expr outside = c < lo;
        if (hi != kPosInf) outside = outside || c > hi;
        bad.push_back(pick == static_cast<int>(i) && coef_before(in_writes[i], c) != 0 && outside);
      }
      std::string name = slot_name(s, "windows", k, true);
      return Part{name, "QF_LIRA", z3::mk_or(bad), [this, name](const z3::model&) -> std::optional<z3::expr> {
                    out.undecided = true;
                    if (out.undecided_reason.empty())
                      out.undecided_reason =
                          "query " + name + ": the write-coefficient bounds used for windows are refuted (internal error)";
                    return std::nullopt;
                  }};
    };

    // (b) no write touches the slot while a value in it is still needed.
    auto part_no_overwrite = [&](size_t k) -> std::optional<Part> {
      if (in_writes.empty()) return std::nullopt;
      const int lo = lo_of(k), hi = d.ends[k];
      std::set<int> write_boundaries;
      for (const Write* w : d.writes)
        if (w->boundary > lo && w->boundary <= hi)
          for (const Term& t : w->delta)
            if (t.coef != 0) write_boundaries.insert(w->boundary);
      std::vector<ValueId> vals;
      for (size_t i = 0; i < in_writes.size(); ++i)
        if (coef_range[i].first <= hi && coef_range[i].second > lo) vals.push_back(in_writes[i]);
      if (write_boundaries.empty() || vals.empty()) return std::nullopt;
      z3::expr c = ctx.int_const("boundary");
      z3::expr pick = ctx.int_const("value_index");
      z3::expr_vector at_write(ctx), live(ctx);
      for (int b : write_boundaries) at_write.push_back(c == b);
      for (size_t i = 0; i < vals.size(); ++i) {
        ValueId u = vals[i];
        z3::expr needed = forever(u) ? ctx.bool_val(true) : death_after(u, lo, hi) > c;
        live.push_back(pick == static_cast<int>(i) && coef_before(u, c) != 0 && needed);
      }
      return Part{slot_name(s, "no-overwrite", k, windowed), "QF_LIRA", z3::mk_or(at_write) && z3::mk_or(live),
                  [this, c, pick, vals, s, S, &d](const z3::model& m) -> std::optional<z3::expr> {
                    mark(Property::NoOverwrite);
                    int64_t cb = ival(m, c), i = ival(m, pick);
                    ValueId u = vals[static_cast<size_t>(i)];
                    std::vector<Term> delta = written_at(d, cb);
                    report(ViolationClass::OverwriteLive, Property::NoOverwrite,
                           g.values[u].name + " (" + S + ") " +
                               (forever(u) ? std::string("is live forever")
                                           : "is live until phase " + std::to_string(life[u].death)) +
                               " but " + S + " is written with " + delta_text(g, delta) + " at boundary " +
                               std::to_string(cb),
                           -1, u, s, static_cast<int>(cb));
                    return !(c == ctx.int_val(cb) && pick == ctx.int_val(i));
                  }};
    };

    // (c) after every boundary the slot holds exactly the values that should hold it.
    auto part_contents = [&](size_t k) -> std::optional<Part> {
      z3::expr c = ctx.int_const("boundary");
      z3::expr actual = contents_term(d, c, lo_of(k), d.ends[k], start_of(k));
      const std::vector<ValueId>& own = owners_closed(k);
      z3::expr_vector intended(ctx);
      std::vector<z3::expr> hold;
      for (ValueId u : own) {
        hold.push_back(holds(u, c, lo_of(k), d.ends[k]));
        intended.push_back(z3::ite(hold.back(), x(u), ctx.real_val(0)));
      }
      z3::expr where = odd_boundary(c, -1);
      if (windowed) where = where && in_window(c, k);
      return Part{slot_name(s, "contents", k, windowed), "QF_LIRA", where && actual != sum_or(ctx, intended, true),
                  [this, c, hold, own, s, &d](const z3::model& m) -> std::optional<z3::expr> {
                    mark(Property::Contents);
                    int64_t cb = ival(m, c);
                    std::vector<ValueId> want;
                    for (size_t i = 0; i < own.size(); ++i)
                      if (bval(m, hold[i])) want.push_back(own[i]);
                    std::sort(want.begin(), want.end());
                    explain_contents_difference(g, s, static_cast<int>(cb), contents_after(d, cb), want, a.alloc.slot,
                                                [&](ValueId v) { return facts(m, v); }, written_at(d, cb), out);
                    return c != ctx.int_val(cb);
                  }};
    };

    // (d) every read and the output head see their value.
    auto part_reads = [&](size_t k) -> std::optional<Part> {
      if (reads_in[k].empty()) return std::nullopt;
      z3::expr c = ctx.int_const("boundary");
      z3::expr want = ctx.real_const("read_value");
      z3::expr pick = ctx.int_const("read_index");
      z3::expr_vector reads(ctx);
      for (size_t i : reads_in[k]) {
        if (i < d.reads.size()) {
          auto [r, u] = d.reads[i];
          reads.push_back(pick == static_cast<int>(i) && !same_sublayer(r, u) && c == read_boundary(r) && want == x(u));
        } else {
          reads.push_back(pick == static_cast<int>(i) && c == LB && want == x(d.outputs[i - d.reads.size()]));
        }
      }
      z3::expr actual = contents_term(d, c, lo_of(k), d.ends[k], start_of(k));
      // A read outside its window (impossible unless the C++ and Z3 read
      // boundaries differ) is reported rather than assumed away.
      z3::expr wrong = windowed ? !in_window(c, k) || actual != want : actual != want;
      return Part{slot_name(s, "reads", k, windowed), "QF_LIRA", z3::mk_or(reads) && wrong,
                  [this, c, pick, s, S, &d](const z3::model& m) -> std::optional<z3::expr> {
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
                  }};
    };

    // One query per part; the contents part's verdict extends the chain.
    const std::function<std::optional<Part>(size_t)> builders[] = {part_disjoint, part_windows, part_no_overwrite,
                                                                   part_contents, part_reads};
    auto run_separately = [&](size_t k) {
      for (size_t b = 0; b < std::size(builders); ++b) {
        begin();
        start_k.reset();
        std::optional<Part> p = builders[b](k);
        if (!p) continue;
        z3::check_result r = query(p->name, p->logic, p->negation, p->on_model);
        if (b == 3) contents_proven[k] = r == z3::unsat;
      }
    };
    for (size_t k = 0; k < K; ++k) {
      if (!windowed) {  // one window: exactly the unwindowed queries
        run_separately(k);
        continue;
      }
      // Windowed: one query per window whose negation is the disjunction of
      // the parts' negations (unsat iff every part is unsat); only a window
      // with a violation runs its parts one by one, for the counterexamples.
      begin();
      start_k.reset();
      z3::expr_vector any_part(ctx);
      for (auto& b : builders)
        if (std::optional<Part> p = b(k)) any_part.push_back(p->negation);
      const bool was_undecided = out.undecided;
      const std::string was_reason = out.undecided_reason;
      z3::check_result r = query(slot_name(s, "window", k, true), "QF_LIRA", z3::mk_or(any_part),
                                 [](const z3::model&) -> std::optional<z3::expr> { return std::nullopt; });
      if (r == z3::unsat) {
        contents_proven[k] = 1;
        continue;
      }
      if (r == z3::unknown) out.undecided = was_undecided, out.undecided_reason = was_reason;
      run_separately(k);
    }
  }

  // Slot checks; `need_bounds` also asks for the liveness-bounds certificate
  // (the d_model windows rely on it too).
  void check_slots(bool d_model_windowed) {
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
    bool any_windowed = d_model_windowed;
    for (auto& [s, d] : slots) {
      choose_windows(d);
      any_windowed = any_windowed || d.ends.size() > 1;
    }
    if (any_windowed) check_liveness_bounds();
    for (auto& [s, d] : slots) check_slot(s, d);
  }
};

}  // namespace

CheckerResult run_z3_checker(const Graph& g, const Artifact& a, const Z3Options& opt_in) {
  Z3Options opt = opt_in;
  CheckerResult out;
  out.checker = "z3";
  z3::config cfg;
  cfg.set("model", true);
  const bool proof_objects = opt.proofs && opt.proof_objects;
  if (proof_objects) cfg.set("proof", true);
  // SLOTPROOF_VERIFY_TIMING=1: seconds per stage on stderr (with each query's).
  auto stage = [t = std::chrono::steady_clock::now()](const char* what) mutable {
    if (!std::getenv("SLOTPROOF_VERIFY_TIMING")) return;
    auto now = std::chrono::steady_clock::now();
    std::fprintf(stderr, "stage %s %.4f\n", what, std::chrono::duration<double>(now - t).count());
    t = now;
  };
  [&] {  // a scope, so that freeing the contexts is timed too
    z3::context ctx(cfg);
    Z3Checker c(g, a, opt, out, ctx);
    c.proof_context = proof_objects;
    try {
      if (!c.check_hash()) return;
      c.check_schedule();
      c.check_slot_indices();
      if (!c.schedule_legal() || out.undecided) return;
      out.slot_checks_run = true;
      c.check_missing_slots();
      c.compute_life();
      const bool d_model_windowed = c.occupancy_windows().size() > 1 || c.head_blocks().size() > 1;
      stage("global");
      c.check_slots(d_model_windowed);
      stage("slots");
      // The d_model queries span the whole graph: Z3's proof generation makes
      // them orders of magnitude slower, so they run in a context without it
      // (their verdicts and SMT-LIB2 files are still recorded and re-checked).
      z3::config plain;
      plain.set("model", true);
      z3::context whole_graph_ctx(plain);
      Z3Checker d(g, a, opt, out, whole_graph_ctx);
      d.compute_life();
      d.check_d_model();
      stage("d_model");
    } catch (const z3::exception& e) {
      out.undecided = true;
      out.undecided_reason = std::string("Z3 error: ") + e.msg();
    }
  }();
  stage("teardown");
  return out;
}

}  // namespace sp
