// What float64 values each graph value can take in an engine, and when a
// handover `+new -old` in one write is exact (docs/NUMERICS.md).
//
// Abstract state, per value v: an interval [lo, hi] holding every float64
// the engine can compute for v (±inf: unbounded), and a grid exponent g:
// every such float is an integer multiple of 2^g (kNoGrid: none known).
// Transfer functions, in topological order:
//   input            its declared `range` and `multiple_of` (absent: unbounded, no grid)
//   term c*v         interval c*[lo,hi]; grid g(v) + lowbit(c), where lowbit(c) is the
//                    exponent of the lowest set bit of the double c (every double is dyadic)
//   sum of terms     interval sum, widened by the rounding of an n-term float64 sum;
//                    grid the least of the terms' (none if any has none)
//   reglu            relu([b]) * [a], widened by one rounding; grid g(a) + g(b)
//   lookup latest,   the value expression's state: hard attention returns one
//   lookup earliest  position's V row exactly
//   lookup average   the expression's interval, no grid (the engine divides a sum by a count)
// Rounding keeps grids: a float64 result of multiples of 2^g is exact below
// 2^(53+g) and a multiple of ulp >= 2^(g+1) above it. A grid below 2^-1074
// (no double holds it) counts as none.
//
// A write's float64 sum (the engine adds each term of a slot's sublayer
// output, in some order, then adds the total to the slot) is exact when all
// its terms share a grid 2^q and no partial sum, in any order, can exceed
// 2^(53+q) in magnitude: the largest positive and negative subset sums are
// the sums of the terms' positive and negative extremes. Then x + (new - old)
// = new exactly, as if the slot had been erased first.
#pragma once
#include <climits>
#include <optional>
#include <vector>

#include "model/graph.h"

namespace sp {

constexpr int kNoGrid = INT_MIN;

struct ValueRange {
  double lo = 0, hi = 0;
  int grid = kNoGrid;
};

// The partial sums of a float64 sum of terms: the largest positive and
// negative subset sums and the common grid (kNoGrid if some term has none).
struct SumBound {
  double pos = 0, neg = 0;  // >= 0; the sum lies in [-neg, pos], and so does every partial sum
  int grid = INT_MAX;       // INT_MAX: no terms
  bool exact() const;       // grid known and max(pos, neg) <= 2^(53+grid)
  double limit() const;     // 2^(53+grid), or 0 without a grid
};

struct ValueRanges {
  std::vector<ValueRange> value;  // per value
  // Per value, its part of a write: the terms the engine sums to write it
  // (a persist's expression; any other value itself), as a SumBound.
  std::vector<SumBound> write;
  // The handover class (docs/NUMERICS.md, "The width rule"): values whose
  // write has grid >= class_grid and partial sums <= 2^(52+class_grid), so
  // that a handover between any two of them is exact. class_grid is chosen
  // to make the class largest (ties: the larger grid).
  std::vector<uint8_t> handover_ok;
  int class_grid = kNoGrid;
};

ValueRanges derive_value_ranges(const Graph& g);

// The exponent of the lowest set bit of a finite nonzero double (its grid).
int lowbit_exponent(double c);
// The float64 product coef * v as the engine computes it: the interval
// widened by its rounding, and its grid (INT_MAX for coef 0: the constant 0).
ValueRange term_range(const ValueRange& v, double coef);
// Adds a term to a sum: its extremes to pos/neg, its grid to the common grid.
void add_term(SumBound& s, const ValueRange& term);

}  // namespace sp
