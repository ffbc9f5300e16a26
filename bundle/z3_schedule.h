// An independent second formulation of the scheduling problem, in Z3 (integer
// phases, If-terms for occupancy and the head rule), used to confirm a MILP
// optimum a different way: "no schedule in N layers has width_bound <= W"
// (unsat) for W = d_model - 2 shows the MILP's d_model cannot be lowered by a
// step. It shares no code with solve/milp.cpp; when Z3 answers sat the schedule
// it found is re-checked with compute_liveness (model/liveness.h), so a wrong
// encoding shows up as a disagreement rather than a silent proof.
#pragma once
#include <optional>
#include <string>

#include "model/graph.h"
#include "model/liveness.h"

namespace sp {

struct Z3ScheduleQuery {
  int layers = 1;
  std::optional<int> max_ffn{};
  ReusePolicy policy = kDefaultPolicy;  // whose occupancy the width limit bounds
  int width_limit = 0;     // every boundary's occupancy and every layer's head demand <= this
  unsigned timeout_ms = 0;  // wall-clock limit (0: none); not repeatable
  unsigned rlimit = 0;      // Z3 resource limit (0: none); deterministic, so bundles repeat
  std::string smt2_path{};  // if set, the query is written here as SMT-LIB2 (for cvc5)
};

struct Z3ScheduleAnswer {
  std::string verdict;            // "sat", "unsat" or "unknown"
  std::string reason;             // Z3's reason for unknown
  std::optional<Schedule> schedule;  // the witness when sat
  double seconds = 0;
  uint64_t rlimit_used = 0;
};

Z3ScheduleAnswer z3_schedule_exists(const Graph& g, const Z3ScheduleQuery& q);

}  // namespace sp
