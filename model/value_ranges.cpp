#include "model/value_ranges.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace sp {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr int kMinGrid = -1074;  // the least power of two a double holds
// Relative widening per rounding step: generous (2^-50 against a unit
// roundoff of 2^-53) so that computing the bounds in double, itself rounded,
// never makes them too narrow.
constexpr double kRound = 0x1p-50;

// Grid of a product; INT_MAX (a zero factor) constrains nothing.
int add_grids(int a, int b) {
  if (a == kNoGrid || b == kNoGrid) return kNoGrid;
  if (a == INT_MAX || b == INT_MAX) return INT_MAX;
  const long s = static_cast<long>(a) + b;
  return s < kMinGrid ? kNoGrid : static_cast<int>(std::min<long>(s, 1023));
}

// Widens [lo, hi] by `steps` roundings of magnitude at most `scale`.
ValueRange widened(ValueRange r, double scale, int steps) {
  const double w = scale * kRound * steps;
  r.lo -= w;
  r.hi += w;
  if (std::isnan(r.lo) || std::isnan(r.hi)) r.lo = -kInf, r.hi = kInf;
  return r;
}

struct ExprRange {
  ValueRange range;
  double scale = 0;  // sum of the terms' magnitudes: what the sum's rounding is relative to
};

ExprRange expr_range(const std::vector<ValueRange>& vals, const Expr& e) {
  ExprRange out;
  out.range.grid = INT_MAX;
  for (const Term& t : e) {
    if (t.coef == 0) continue;
    const ValueRange& v = vals[t.value];
    const double a = t.coef * v.lo, b = t.coef * v.hi;
    out.range.lo += std::isnan(a) ? -kInf : std::min(a, b);  // 0 * inf: the term is 0, but stay safe
    out.range.hi += std::isnan(b) ? kInf : std::max(a, b);
    out.scale += std::max(std::fabs(a), std::fabs(b));
    out.range.grid = std::min(out.range.grid, add_grids(v.grid, lowbit_exponent(t.coef)));
  }
  // An empty sum (or only zero terms) is the constant 0: on every grid (INT_MAX).
  out.range = widened(out.range, out.scale, static_cast<int>(e.size()) + 1);
  return out;
}

ValueRange reglu_range(const std::vector<ValueRange>& vals, const Gate& gate) {
  const ValueRange a = expr_range(vals, gate.a).range, b = expr_range(vals, gate.b).range;
  const double blo = std::max(0.0, b.lo), bhi = std::max(0.0, b.hi);
  ValueRange r{kInf, -kInf, add_grids(a.grid, b.grid)};
  for (double x : {a.lo, a.hi})
    for (double y : {blo, bhi}) {
      const double p = (x == 0 || y == 0) ? 0.0 : x * y;  // relu(b) = 0 zeroes even an unbounded a
      r.lo = std::min(r.lo, p), r.hi = std::max(r.hi, p);
    }
  return widened(r, std::max(std::fabs(r.lo), std::fabs(r.hi)), 1);
}

ValueRange input_range(const Value& v) {
  ValueRange r{-kInf, kInf, kNoGrid};
  if (v.declared.range) r.lo = v.declared.range->first, r.hi = v.declared.range->second;
  if (v.declared.grid_log2) r.grid = *v.declared.grid_log2;
  return r;
}

SumBound write_bound(const Graph& g, const std::vector<ValueRange>& vals, ValueId v) {
  SumBound s;
  const GateId p = g.values[v].producer;
  if (p >= 0 && g.gates[p].kind == GateKind::Persist) {
    for (const Term& t : g.gates[p].expr) add_term(s, term_range(vals[t.value], t.coef));
  } else {
    add_term(s, term_range(vals[v], 1.0));
  }
  return s;
}

// The grid that makes the handover class largest; ties go to the larger grid.
int choose_class_grid(const std::vector<SumBound>& write) {
  std::map<int, int> members;
  for (const SumBound& s : write)
    if (s.grid != kNoGrid && s.grid != INT_MAX) members[s.grid];
  int best = kNoGrid, best_n = 0;
  for (auto& [q, n] : members) {
    for (const SumBound& s : write)
      if (s.grid != kNoGrid && s.grid >= q && std::max(s.pos, s.neg) <= std::ldexp(1.0, 52 + q)) ++n;
    if (n >= best_n) best = q, best_n = n;
  }
  return best_n > 0 ? best : kNoGrid;
}

}  // namespace

int lowbit_exponent(double c) {
  if (c == 0 || !std::isfinite(c)) return INT_MAX;  // a zero term constrains no grid
  int exp = 0;
  double m = std::frexp(std::fabs(c), &exp);  // c = m * 2^exp, m in [0.5, 1)
  // Shift the 53-bit mantissa to an integer and strip its trailing zeros.
  auto mant = static_cast<uint64_t>(std::ldexp(m, 53));
  int low = exp - 53;
  while ((mant & 1) == 0) mant >>= 1, ++low;
  return low;
}

ValueRange term_range(const ValueRange& v, double coef) {
  if (coef == 0) return {0, 0, INT_MAX};
  const double a = coef * v.lo, b = coef * v.hi;
  ValueRange t{std::isnan(a) ? -kInf : std::min(a, b), std::isnan(b) ? kInf : std::max(a, b),
               add_grids(v.grid, lowbit_exponent(coef))};
  return widened(t, std::max(std::fabs(t.lo), std::fabs(t.hi)), 1);
}

namespace {
// a + b rounded up: the float sum, moved one step up when the rounding lost
// a positive remainder (TwoSum gives the remainder exactly). So a SumBound's
// pos and neg are never below the exact sums, and compare with a limit
// exactly as exact arithmetic would.
double add_up(double a, double b) {
  const double s = a + b;
  if (!std::isfinite(s)) return s;
  const double bb = s - a;
  const double err = (a - (s - bb)) + (b - bb);
  return err > 0 ? std::nextafter(s, kInf) : s;
}
}  // namespace

void add_term(SumBound& s, const ValueRange& term) {
  s.pos = add_up(s.pos, std::max(0.0, term.hi));
  s.neg = add_up(s.neg, std::max(0.0, -term.lo));
  s.grid = std::min(s.grid, term.grid);
}

double SumBound::limit() const {
  if (grid == kNoGrid) return 0;
  if (grid == INT_MAX) return kInf;
  return std::ldexp(1.0, 53 + grid);
}

bool SumBound::exact() const { return grid != kNoGrid && std::max(pos, neg) <= limit(); }

ValueRanges derive_value_ranges(const Graph& g) {
  ValueRanges r;
  r.value.assign(g.values.size(), ValueRange{});
  for (ValueId v : g.inputs) r.value[v] = input_range(g.values[v]);
  for (GateId x : g.topo) {
    const Gate& gate = g.gates[x];
    if (gate.kind == GateKind::Persist) {
      r.value[gate.produces[0]] = expr_range(r.value, gate.expr).range;
    } else if (gate.kind == GateKind::Reglu) {
      r.value[gate.produces[0]] = reglu_range(r.value, gate);
    } else {
      for (size_t i = 0; i < gate.produces.size(); ++i) {
        ValueRange vr = expr_range(r.value, gate.values[i]).range;
        if (gate.average) vr.grid = kNoGrid;
        r.value[gate.produces[i]] = vr;
      }
    }
  }
  r.write.reserve(g.values.size());
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) r.write.push_back(write_bound(g, r.value, v));
  r.class_grid = choose_class_grid(r.write);
  r.handover_ok.assign(g.values.size(), 0);
  if (r.class_grid != kNoGrid)
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
      const SumBound& s = r.write[v];
      r.handover_ok[v] = s.grid != kNoGrid && s.grid >= r.class_grid &&
                         std::max(s.pos, s.neg) <= std::ldexp(1.0, 52 + r.class_grid);
    }
  return r;
}

}  // namespace sp
