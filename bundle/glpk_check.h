// Second-solver confirmation of a MILP verdict: GLPK re-solves the MPS file
// CBC's model was written to (SOLVERS.md: compare objectives only when both
// solvers proved optimality; otherwise compare bounds).
#pragma once
#include <string>

namespace sp {

struct GlpkResult {
  std::string status;     // "optimal", "feasible", "infeasible", "no solution", "error"
  bool proven_optimal = false;
  double objective = 0;   // in the MPS model's own units
  double bound = 0;       // best bound GLPK reached (== objective when optimal)
  double seconds = 0;
  std::string message;
};

GlpkResult glpk_resolve_mps(const std::string& mps_path, double time_limit_s);
std::string glpk_version();

}  // namespace sp
