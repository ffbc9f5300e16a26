// The exact scheduler: a time-indexed MILP solved in-process by COIN-OR CBC
// that minimises d_model as model/liveness.cpp defines it (docs/MILP.md
// explains the formulation and why it is built this way).
//
// solve_milp never trusts its own model: the schedule CBC returns is
// re-evaluated with compute_liveness, and a d_model that disagrees with the
// MILP objective raises MilpInternalError.
#pragma once
#include <optional>
#include <stdexcept>
#include <string>

#include "model/artifact.h"
#include "model/graph.h"
#include "model/liveness.h"

namespace sp {

struct MilpOptions {
  std::optional<int> layers;   // layer budget N; nullopt = the fewest the graph allows
  std::optional<int> max_ffn;  // at most this many reglus per layer
  ReusePolicy policy = ReusePolicy::Immediate;  // whose occupancy d_model counts (docs/MILP.md, "Reuse policy")
  double time_limit = 60.0;    // elapsed seconds for the whole solve (model build included; CBC runs in a
                               // child process that is killed shortly after the limit)
  int threads = 1;             // >1 runs CBC in deterministic parallel mode
  std::string write_mps;       // write the model here (free MPS) before solving; empty = no
  bool warm_start = true;      // seed CBC with the greedy schedule when it fits the budget
  bool log = false;            // let CBC print its log to stdout
  // Models of band_min_rows rows and more: the last share of the time limit
  // goes to the band search (milp.cpp), starting from the best schedule CBC
  // left; 0 = none, 1 = band search only. Below that size CBC alone does
  // better within typical limits.
  double band_share = 0.5;
  size_t band_min_rows = 20000;
  int test_child_signal = 0;   // tests only: the CBC child process raises this signal before solving
};

enum class MilpStatus { Optimal, FeasibleWithGap, Infeasible, NoSolution };
const char* milp_status_name(MilpStatus s);  // "proven optimal", "feasible with gap", ...

struct MilpResult {
  MilpStatus status = MilpStatus::NoSolution;
  std::string message;            // why, for Infeasible / NoSolution (one line)
  int layers = 0;
  std::optional<Schedule> schedule;  // present for Optimal and FeasibleWithGap
  int objective = 0;              // d_model of the schedule
  int bound = 0;                  // best proven lower bound on d_model (even)
  double gap = 0.0;               // (objective - bound) / objective
  long nodes = 0;                 // branch-and-bound nodes
  double seconds = 0.0;           // elapsed, model build included (not deterministic)
  int warm_start_d_model = 0;     // greedy schedule's d_model, 0 if it did not fit the budget
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

// The MILP's own model disagreed with compute_liveness: a formulation bug.
struct MilpInternalError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws InputError for options that make no sense for this graph (layers < 1,
// threads < 1, ...). An infeasible budget is a result (status Infeasible), not an error.
MilpResult solve_milp(const Graph& g, const MilpOptions& opt);

// The artifact for a solved result (allocation by solve/allocate.h).
Artifact milp_artifact(const Graph& g, const MilpResult& r, const MilpOptions& opt);

}  // namespace sp
