#include "solve/lp_bound.h"

#include <CoinPackedMatrix.hpp>

#include <cmath>
#include <limits>
#include <vector>

namespace sp::milp {

namespace {
constexpr double kInf = 1e29;  // Clp reports missing bounds as +-COIN_DBL_MAX
}

double safe_dual_bound(const ClpSimplex& lp, const double* row_duals) {
  const int nr = lp.numberRows(), nc = lp.numberColumns();
  const double *rlo = lp.rowLower(), *rhi = lp.rowUpper(), *clo = lp.columnLower(), *chi = lp.columnUpper();
  const double* cost = lp.objective();
  std::vector<double> y(row_duals, row_duals + nr);
  double bound = 0, magnitude = 0;
  for (int i = 0; i < nr; ++i) {
    if (y[i] > 0 && rlo[i] <= -kInf) y[i] = 0;  // that side is unbounded: the dual may not use it
    if (y[i] < 0 && rhi[i] >= kInf) y[i] = 0;
    const double term = y[i] > 0 ? y[i] * rlo[i] : y[i] * rhi[i];
    bound += term;
    magnitude += std::fabs(term);
  }
  // d = c - A^T y, column by column.
  const CoinPackedMatrix* a = lp.matrix();
  const double* el = a->getElements();
  const int* row = a->getIndices();
  const CoinBigIndex* start = a->getVectorStarts();
  const int* len = a->getVectorLengths();
  for (int j = 0; j < nc; ++j) {
    double d = cost[j] * lp.optimizationDirection();
    for (CoinBigIndex k = start[j]; k < start[j] + len[j]; ++k) d -= el[k] * y[row[k]];
    if (clo[j] <= -kInf || chi[j] >= kInf) {
      if (d != 0) return -std::numeric_limits<double>::infinity();
      continue;
    }
    const double term = std::min(d * clo[j], d * chi[j]);
    bound += term;
    magnitude += std::fabs(term);
  }
  return bound - 1e-9 * (1 + magnitude);  // room for rounding in the sums
}

double dual_simplex_bound(ClpSimplex& lp, double seconds, bool& optimal) {
  lp.setMaximumWallSeconds(seconds);
  lp.dual();
  lp.setMaximumWallSeconds(-1);
  optimal = lp.isProvenOptimal();
  // Clp's sign convention: for minimisation, a row whose lower bound binds
  // has a positive dual; safe_dual_bound clamps whatever it is given.
  return safe_dual_bound(lp, lp.dualRowSolution());
}

}  // namespace sp::milp
