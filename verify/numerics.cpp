#include "verify/numerics.h"

#include <algorithm>
#include <cmath>

namespace sp {

const char* engine_name(Engine e) { return e == Engine::Float64 ? "float64" : "exact"; }

bool is_handover(const Write& w) {
  bool add = false, sub = false;
  for (const Term& t : w.delta) (t.coef > 0 ? add : sub) |= t.coef != 0;
  return add && sub;
}

std::vector<Term> engine_terms(const Graph& g, const Write& w) {
  std::vector<Term> out;
  for (const Term& t : w.delta) {
    const GateId p = g.values[t.value].producer;
    if (t.coef > 0 && p >= 0 && g.gates[p].kind == GateKind::Persist) {
      for (const Term& e : g.gates[p].expr) out.push_back({e.value, t.coef * e.coef});
    } else {
      out.push_back(t);
    }
  }
  return out;
}

namespace {

ValueId first_term(const Write& w, bool positive) {
  for (const Term& t : w.delta)
    if ((t.coef > 0) == positive && t.coef != 0) return t.value;
  return -1;
}

// x rounded down to a multiple of 2^grid (unchanged without a grid).
double on_grid(double x, int grid) {
  if (grid == kNoGrid || grid == INT_MAX) return x;
  return std::ldexp(std::floor(std::ldexp(x, -grid)), grid);
}

// A finite point of [lo, hi]: x itself, or an unbounded end taken at +-2^64.
double clamp_finite(double x, double lo, double hi) {
  if (std::isfinite(x)) return x;
  return std::clamp(x, std::max(lo, -0x1p64), std::min(hi, 0x1p64));
}

// The old value at its largest magnitude and the new value at points that
// need their low bits (small ones, one off its grid); the pair whose float64
// handover errs most is the witness.
void find_witness(const ValueRange& o, const ValueRange& n, NumericFacts& f) {
  const double olo = clamp_finite(o.lo, o.lo, o.hi), ohi = clamp_finite(o.hi, o.lo, o.hi);
  const double old_point = on_grid(std::fabs(olo) > std::fabs(ohi) ? olo : ohi, o.grid);
  const double lo = clamp_finite(n.lo, n.lo, n.hi), hi = clamp_finite(n.hi, n.lo, n.hi);
  std::vector<double> candidates = {1.0, -1.0, 0.1, lo + (hi - lo) / 3, on_grid(lo + (hi - lo) / 3, n.grid), lo, hi};
  if (n.grid != kNoGrid && n.grid != INT_MAX) candidates.push_back(std::ldexp(1.0, n.grid));
  double best = 0;
  for (double x : candidates) {
    if (!(x >= n.lo && x <= n.hi) || (n.grid != kNoGrid && n.grid != INT_MAX && on_grid(x, n.grid) != x)) continue;
    const volatile double diff = x - old_point;  // the engine's order: the sublayer's sum, then the add
    const double result = old_point + diff;
    const double err = std::fabs(result - x);
    if (err > best) {
      best = err;
      f.has_witness = true;
      f.witness_old = old_point, f.witness_new = x, f.witness_result = result;
    }
  }
}

}  // namespace

NumericFacts handover_facts(const Graph& g, const ValueRanges& r, const Write& w) {
  NumericFacts f;
  const ValueId o = first_term(w, false), n = first_term(w, true);
  const ValueRange none{};
  const ValueRange& orange = o >= 0 ? r.value[o] : none;
  const ValueRange& nrange = n >= 0 ? r.value[n] : none;
  f.old_lo = orange.lo, f.old_hi = orange.hi, f.old_grid = orange.grid;
  f.new_lo = nrange.lo, f.new_hi = nrange.hi, f.new_grid = nrange.grid;
  SumBound s;
  const std::vector<Term> terms = engine_terms(g, w);
  for (const Term& t : terms) add_term(s, term_range(r.value[t.value], t.coef));
  f.partial = std::max(s.pos, s.neg);
  f.limit = s.limit();
  f.terms = static_cast<int>(terms.size());
  f.worst_error = f.terms * f.partial * 0x1p-53;
  if (o >= 0 && n >= 0) find_witness(orange, nrange, f);
  return f;
}

Violation inexact_handover(const Graph& g, const ValueRanges& r, const Write& w, ReusePolicy policy) {
  Violation v;
  v.kind = ViolationClass::InexactHandover, v.property = Property::Numerics, v.policy = policy;
  v.boundary = w.boundary, v.slot = w.slot, v.written = w.delta;
  v.value = first_term(w, true), v.other = first_term(w, false);
  v.numeric = handover_facts(g, r, w);
  return v;
}

}  // namespace sp
