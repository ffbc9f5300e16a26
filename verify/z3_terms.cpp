#include "verify/z3_terms.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

namespace sp {

namespace {

// Decimal digits of m * 2^shift, exactly (base-10^9 limbs): a double's
// mantissa and binary exponent need up to 324 digits, beyond any int64.
std::string decimal_times_pow2(uint64_t m, int shift) {
  constexpr uint64_t kBase = 1000000000;
  std::vector<uint64_t> limbs;  // little-endian
  for (; m > 0; m /= kBase) limbs.push_back(m % kBase);
  for (int i = 0; i < shift; ++i) {
    uint64_t carry = 0;
    for (uint64_t& l : limbs) {
      uint64_t v = 2 * l + carry;
      l = v % kBase, carry = v / kBase;
    }
    if (carry) limbs.push_back(carry);
  }
  if (limbs.empty()) return "0";
  std::string out = std::to_string(limbs.back());
  char buf[16];
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09llu", static_cast<unsigned long long>(limbs[i]));
    out += buf;
  }
  return out;
}

}  // namespace

// Exact rational for a finite double: |d| = mant * 2^exp with an odd 53-bit
// mant, written as an integer or "mant/2^-exp" in decimal, so tiny and
// denormal coefficients (1e-300, 4.9e-324) and huge ones (1e300) are judged
// exactly; no decimal exponent notation reaches Z3's numeral parser.
z3::expr real_num(z3::context& ctx, double d) {
  if (d == std::floor(d) && std::fabs(d) < 9e15) return ctx.real_val(static_cast<int64_t>(d));
  int exp = 0;
  double m = std::frexp(std::fabs(d), &exp);  // |d| = m * 2^exp, 0.5 <= m < 1
  uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
  exp -= 53;
  while (mant % 2 == 0 && exp < 0) mant /= 2, ++exp;
  std::string sign = d < 0 ? "-" : "";
  if (exp >= 0) return ctx.real_val((sign + decimal_times_pow2(mant, exp)).c_str());
  return ctx.real_val((sign + std::to_string(mant) + "/" + decimal_times_pow2(1, -exp)).c_str());
}

LivenessTerms::LivenessTerms(z3::context& ctx, const Graph& g, const Artifact& a) : ctx_(ctx), g_(g), a_(a) {
  phase_c_.resize(g.gates.size());
  gate_used_.assign(g.gates.size(), 0);
  for (auto* cache : {&death_c_, &first_c_, &last_c_, &needs_c_, &x_c_}) cache->resize(g.values.size());
}

// ---- one query's facts ----------------------------------------------------------

void LivenessTerms::begin_query() {
  for (GateId x : used_) gate_used_[x] = 0;
  used_.clear();
  extra_facts_.clear();
}

void LivenessTerms::add_fact(std::string name, const z3::expr& e) { extra_facts_.emplace_back(std::move(name), e); }

NamedFacts LivenessTerms::query_facts() {
  NamedFacts facts;
  std::vector<GateId> gates = used_;
  std::sort(gates.begin(), gates.end());
  for (GateId x : gates)
    facts.emplace_back("phase_" + std::to_string(x), *phase_c_[x] == ctx_.int_val(a_.schedule.phase[x]));
  for (auto& f : extra_facts_) facts.push_back(f);
  return facts;
}

// ---- terms -------------------------------------------------------------------------

z3::expr LivenessTerms::phase(GateId x) {
  if (!gate_used_[x]) gate_used_[x] = 1, used_.push_back(x);
  if (!phase_c_[x]) phase_c_[x] = ctx_.int_const(("phase_" + std::to_string(x)).c_str());
  return *phase_c_[x];
}

void LivenessTerms::touch(ValueId v) {
  if (g_.values[v].producer >= 0) phase(g_.values[v].producer);
  for (GateId r : g_.readers[v]) phase(r);
}

z3::expr LivenessTerms::birth(ValueId v) {
  return g_.values[v].producer < 0 ? ctx_.int_val(kInputPhase) : phase(g_.values[v].producer);
}

// max(items) as ite terms: a chain ite(t_i > m, t_i, m) folded left to
// right, or, for long lists, a balanced tree of the same ite (depth log n):
// Z3 frees a context holding ite chains thousands deep in time quadratic in
// their depth (an input read by thousands of gates).
z3::expr LivenessTerms::max_term(const std::vector<z3::expr>& items) {
  constexpr size_t kMaxChain = 64;
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

z3::expr LivenessTerms::death(ValueId v) {
  touch(v);
  if (!death_c_[v]) {
    if (forever(v)) {
      death_c_[v] = big();
    } else {
      std::vector<z3::expr> items{birth(v)};  // max-term over the readers' phases
      for (GateId r : g_.readers[v]) items.push_back(phase(r));
      death_c_[v] = max_term(items);
    }
  }
  return *death_c_[v];
}

z3::expr LivenessTerms::first(ValueId v) {
  if (g_.values[v].producer >= 0) phase(g_.values[v].producer);  // mark its phase fact for this query
  if (!first_c_[v]) first_c_[v] = odd_ceil(g_.values[v].producer, birth(v));
  return *first_c_[v];
}

z3::expr LivenessTerms::last(ValueId v) {
  touch(v);
  if (!last_c_[v]) {
    if (forever(v)) {
      last_c_[v] = big();
    } else {
      // largest odd <= death+1; the map is monotone, so it is the max of
      // the same map over birth and the readers' phases
      std::vector<z3::expr> items{first(v)};
      for (GateId r : g_.readers[v]) items.push_back(odd_ceil(r, phase(r)));
      last_c_[v] = max_term(items);
    }
  }
  return *last_c_[v];
}

std::optional<bool> LivenessTerms::needs_constant(ValueId v) const {
  const Value& val = g_.values[v];
  bool unused = !forever(v) && g_.readers[v].empty();
  bool may_be_internal = !forever(v) && val.producer >= 0 && g_.gates[val.producer].kind != GateKind::Persist;
  if (unused) return false;
  if (!may_be_internal) return true;
  return std::nullopt;
}

z3::expr LivenessTerms::needs(ValueId v) {
  if (!needs_c_[v]) {
    std::optional<bool> k = needs_constant(v);
    needs_c_[v] = k ? ctx_.bool_val(*k) : !(death(v) <= birth(v) + 1);
  }
  if (!needs_c_[v]->is_true() && !needs_c_[v]->is_false()) touch(v);
  return *needs_c_[v];
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
void LivenessTerms::sort_readers() {
  readers_sorted_.assign(g_.values.size(), {});
  reader_phases_.assign(g_.values.size(), {});
  for (ValueId v = 0; v < static_cast<ValueId>(g_.values.size()); ++v) {
    auto& rs = readers_sorted_[v];
    rs = g_.readers[v];
    std::stable_sort(rs.begin(), rs.end(),
                     [&](GateId p, GateId q) { return a_.schedule.phase[p] < a_.schedule.phase[q]; });
    for (GateId r : rs) reader_phases_[v].push_back(a_.schedule.phase[r]);
  }
}

// Readers whose key (phase, or phase + shift for the last boundary) lies
// in (lo, hi], plus the first one above hi.
template <class F>
void LivenessTerms::window_readers(ValueId v, int lo, int hi, F&& each) {
  const auto& rs = readers_sorted_[v];
  const auto& ps = reader_phases_[v];
  // keys are monotone in phase; scan from the first phase that can exceed lo
  size_t i = std::lower_bound(ps.begin(), ps.end(), lo - 1) - ps.begin();
  for (; i < rs.size(); ++i) {
    GateId r = rs[i];
    each(r);
    if (ps[i] > hi + 1) break;  // past hi (the key is at least the phase)
  }
}

z3::expr LivenessTerms::death_after(ValueId v, int lo, int hi) {
  if (lo == kNegInf && hi == kPosInf) return death(v);
  if (forever(v)) return big();  // (death(v) would also mark every reader's phase fact)
  std::vector<z3::expr> items{birth(v)};
  bool above = false;
  window_readers(v, lo, hi, [&](GateId r) {
    int p = a_.schedule.phase[r];
    if (p <= lo || above) return;
    if (p > hi) above = true;
    items.push_back(phase(r));
  });
  return max_term(items);
}

z3::expr LivenessTerms::last_after(ValueId v, int lo, int hi) {
  if (lo == kNegInf && hi == kPosInf) return last(v);
  if (forever(v)) return big();  // (last(v) would also mark every reader's phase fact)
  std::vector<z3::expr> items{first(v)};
  bool above = false;
  window_readers(v, lo, hi, [&](GateId r) {
    int lr = g_.gates[r].kind == GateKind::Persist ? a_.schedule.phase[r] : a_.schedule.phase[r] + 1;
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
z3::expr LivenessTerms::needs_in(ValueId v, bool windowed) {
  if (!windowed) return needs(v);
  if (std::optional<bool> k = needs_constant(v)) return ctx_.bool_val(*k);
  const int B = life_[v].birth;
  return !(death_after(v, B, B + 1) <= birth(v) + 1);
}

z3::expr LivenessTerms::x(ValueId v) {
  if (!x_c_[v]) x_c_[v] = ctx_.real_const(("x_" + std::to_string(v)).c_str());
  return *x_c_[v];
}

z3::expr LivenessTerms::read_boundary(GateId r) {
  z3::expr p = phase(r);  // largest odd <= p-1
  return g_.gates[r].kind == GateKind::Persist ? p - 2 : p - 1;
}

z3::expr LivenessTerms::same_sublayer(GateId r, ValueId v) {
  GateId prod = g_.values[v].producer;
  if (prod < 0 || g_.gates[r].kind != GateKind::Persist || g_.gates[prod].kind == GateKind::Persist)
    return ctx_.bool_val(false);
  return phase(prod) == phase(r) - 1;
}

z3::expr LivenessTerms::odd_boundary(const z3::expr& c, int lo, int last_boundary) {
  return c == 2 * ctx_.int_const("boundary_half") + 1 && c >= lo && c <= last_boundary;
}

// Parity without mod: the slot queries run only once the phase-kind rule
// is proven (lookups at 4L, reglus at 4L+2, persists at odd phases,
// inputs at -1), so the smallest odd phase >= the phase p of gate x
// (x < 0: an input) is p for a persist or an input and p+1 otherwise.
z3::expr LivenessTerms::odd_ceil(GateId x, const z3::expr& p) {
  return x < 0 || g_.gates[x].kind == GateKind::Persist ? p : p + 1;
}

z3::expr LivenessTerms::sum_or_zero(const z3::expr_vector& v, bool real) {
  if (v.empty()) return real ? ctx_.real_val(0) : ctx_.int_val(0);
  return v.size() == 1 ? v[0] : z3::sum(v);
}

// ---- the C++ liveness ----------------------------------------------------------------

void LivenessTerms::compute_life() {
  sort_readers();
  life_.assign(g_.values.size(), LifeFacts{});
  for (ValueId v = 0; v < static_cast<ValueId>(g_.values.size()); ++v) {
    LifeFacts& f = life_[v];
    const Value& val = g_.values[v];
    f.forever = forever(v);
    f.read = !g_.readers[v].empty();
    f.birth = val.producer < 0 ? kInputPhase : a_.schedule.phase[val.producer];
    if (f.forever) {
      f.death = kForeverBoundary;
    } else {
      f.death = f.birth;
      for (GateId r : g_.readers[v]) f.death = std::max(f.death, a_.schedule.phase[r]);
    }
    f.first = is_odd(f.birth) ? f.birth : f.birth + 1;
    f.last = f.forever ? kForeverBoundary : is_odd(f.death + 1) ? f.death + 1 : f.death;
    bool unused = !f.forever && g_.readers[v].empty();
    bool may_be_internal = !f.forever && val.producer >= 0 && g_.gates[val.producer].kind != GateKind::Persist;
    f.needs_slot = unused ? false : may_be_internal ? !(f.death <= f.birth + 1) : true;
  }
}

int LivenessTerms::read_boundary_of(GateId r) const {
  int p = a_.schedule.phase[r];
  return is_odd(p - 1) ? p - 1 : p - 2;
}

}  // namespace sp
