// The MILP's last job, once d_model is settled: the lexicographic levels at
// that d_model (solve/lexicographic.h: FFN width, then write terms), each
// within its share of the time left, and the result's schedule figures.
// solve/milp.cpp's MilpSolve hands over here; nothing in it runs beside CBC.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "model/graph.h"
#include "solve/milp.h"
#include "solve/milp_model.h"
#include "solve/time_sharing.h"

namespace sp::milp {

struct LevelsJob {
  const Graph& g;
  const MilpOptions& opt;
  ModelSpec spec;                     // the d_model job's model: layers, FFN budget, policy
  const std::vector<int>& earliest;   // ASAP phases
  const std::vector<int>& latest;     // ALAP phases in spec.layers
  Clock::time_point deadline;         // the whole solve's
  std::function<void(const std::string& phase)> progress;
};

// Levels 2 and 3 from `s` (d_model r.objective) when opt.lexicographic, then
// finish_schedule. Appends the two level reports to r.levels.
void run_levels(const LevelsJob& job, Schedule s, MilpResult& r);

// r.schedule = s with its FFN width and write terms; throws
// MilpInternalError when s does not have d_model r.objective.
void finish_schedule(const Graph& g, ReusePolicy policy, Schedule s, MilpResult& r);

}  // namespace sp::milp
