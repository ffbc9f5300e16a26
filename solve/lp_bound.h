// A lower bound from any dual vector, valid whether or not the LP was solved
// to optimality (docs/MILP.md, "Lower bounds"). For row duals y (clamped so
// that each row's bound on the side its sign needs is finite) and every
// feasible x:
//   c x = (c - A^T y) x + y^T (A x) >= sum_j min(d_j l_j, d_j u_j) + sum_i min(y_i lo_i, y_i hi_i)
// with d = c - A^T y, since every column has finite bounds [l_j, u_j] and
// every row value lies in [lo_i, hi_i]. With the optimal duals this is the LP
// optimum; with the duals of a dual simplex stopped by its time limit it is
// the bound reached so far (the dual simplex keeps dual feasibility, so it
// climbs to the optimum). The sum is taken with a safety margin for rounding.
#pragma once
#include <ClpSimplex.hpp>

namespace sp::milp {

// -infinity when some column is unbounded (never in slotproof's models).
double safe_dual_bound(const ClpSimplex& lp, const double* row_duals);

// Runs Clp's dual simplex (no presolve: the duals stay in the model's own
// rows) for at most `seconds` of wall time and returns the safe bound of its
// last duals. `optimal` tells whether the LP was solved to optimality.
double dual_simplex_bound(ClpSimplex& lp, double seconds, bool& optimal);

}  // namespace sp::milp
