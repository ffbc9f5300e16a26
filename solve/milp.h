// The exact scheduler: a time-indexed MILP solved by COIN-OR CBC (in a child
// process, solve/cbc_run.h) that minimises d_model as model/liveness.cpp
// defines it under the chosen reuse policy, then, lexicographically, the FFN
// width and the write terms at that d_model (solve/lexicographic.h).
// docs/MILP.md explains the formulation and why it is built this way.
//
// solve_milp never trusts its own model: the schedule CBC returns is
// re-evaluated with compute_liveness, and a d_model that disagrees with the
// MILP objective raises MilpInternalError.
#pragma once
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/artifact.h"
#include "model/graph.h"
#include "model/liveness.h"
#include "model/progress.h"
#include "solve/level_report.h"
#include "solve/milp_error.h"

namespace sp {

// Where CBC's own root LP and preprocessing start to take minutes (20,000
// rows: about 1,000 gates), measured on the project's 2-core machine.
constexpr size_t kLargeModelRows = 20000;

struct MilpOptions {
  std::optional<int> layers;   // layer budget N; nullopt = the fewest the graph allows
  std::optional<int> max_ffn;  // at most this many reglus per layer
  ReusePolicy policy = kDefaultPolicy;  // whose occupancy d_model counts (docs/MILP.md, "Reuse policy")
  // Elapsed seconds for the whole solve (model build included; CBC runs in a
  // child process that is killed shortly after the limit). Every time limit
  // in slotproof is named *_time_limit_s and counts wall-clock seconds.
  double time_limit_s = 60.0;
  int threads = 1;             // >1 runs CBC in deterministic parallel mode
  std::string write_mps;       // write the model here (free MPS) before solving; empty = no
  bool warm_start = true;      // seed CBC with the greedy schedule when it fits the budget
  bool local_search = true;    // improve that schedule by local search first (solve/local_search.h)
  bool sat = true;             // beside CBC on models below large_model_rows: the SAT descent (solve/sat_descent.h)
  bool log = false;            // let CBC print its log to stdout
  // After the minimal d_model: minimise the FFN width at it, then the write
  // terms (solve/lexicographic.h), in the time left of the limit.
  bool lexicographic = true;
  // Models of band_min_rows rows and more get the band search
  // (solve/band_search.h). BesideCbc: on the other core, after the side
  // local search, until the time limit, while CBC has the whole limit on its
  // core (only on models of large_model_rows and more, where the other core
  // does not run the SAT descent). Only: band search alone, CBC never sees
  // the whole model (tests). Below that size CBC alone does better within
  // typical limits.
  enum class Bands { Off, BesideCbc, Only };
  Bands bands = Bands::BesideCbc;
  size_t band_min_rows = kLargeModelRows;
  // Models of this many rows get CBC's large-model settings (solve/cbc_run.h).
  size_t large_model_rows = kLargeModelRows;
  ProgressFn progress;         // phases, incumbent and bound while it runs (model/progress.h)
};

enum class MilpStatus { Optimal, FeasibleWithGap, Infeasible, NoSolution };
const char* milp_status_name(MilpStatus s);  // "proven optimal", "feasible with gap", ...

struct MilpResult {
  MilpStatus status = MilpStatus::NoSolution;
  std::string message;            // why, for Infeasible / NoSolution (one line)
  int layers = 0;
  std::optional<Schedule> schedule;  // present for Optimal and FeasibleWithGap
  int objective = 0;              // d_model of the schedule
  int ffn_width = 0;              // of the schedule (most reglus in one layer)
  int write_terms = 0;            // of the schedule (solve/lexicographic.h)
  std::vector<LevelReport> levels;  // d_model, then ffn_width and write_terms when run
  int bound = 0;                  // best proven lower bound on d_model (even)
  std::string bound_source;       // what proved it: "CBC", "root LP (dual simplex)", "SAT (CaDiCaL)", "forced width"
  int sat_calls = 0;              // CaDiCaL runs of the SAT descent
  double gap = 0.0;               // (objective - bound) / objective
  long nodes = 0;                 // branch-and-bound nodes
  double seconds = 0.0;           // elapsed, model build included (not deterministic)
  int warm_start_d_model = 0;     // greedy schedule's d_model, 0 if it did not fit the budget
  int local_search_d_model = 0;   // after the local search from it (0: not run)
  int side_search_d_model = 0;    // the local search run beside CBC (0: not run; not deterministic)
  int columns = 0, rows = 0;      // model size as built
  int threads_used = 1;
  int bands_solved = 0, bands_improved = 0;  // band search (large models only)
  int band_d_model = 0;                      // its result's d_model, 0 if it did not run
  double band_seconds = 0.0;                 // elapsed in the band search (not deterministic)
  double build_seconds = 0.0;     // elapsed in model build + greedy warm start (not deterministic)
  // Empty when CBC ran normally. Otherwise one line saying what went wrong and
  // that the best known schedule is returned, e.g. "solver crashed (signal 11);
  // returning the best known schedule" (CBC runs in a child process).
  std::string note;
};

// Throws InputError for options that make no sense for this graph (layers < 1,
// threads < 1, ...). An infeasible budget is a result (status Infeasible), not an error.
MilpResult solve_milp(const Graph& g, const MilpOptions& opt);

// The artifact for a solved result (allocation by solve/allocate.h).
Artifact milp_artifact(const Graph& g, const MilpResult& r, const MilpOptions& opt);

}  // namespace sp
