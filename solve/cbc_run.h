// CBC in a forked child process: a crash (parallel CBC has rare upstream
// ones) or a phase that ignores the time limit cannot take slotproof with it.
//
// The child runs the full CBC driver (CbcMain0/CbcMain1: preprocessing, cuts,
// heuristics) with fixed seeds and an elapsed-time limit, and streams to the
// parent over a pipe: the root LP bound (large models), every improving
// incumbent as phases per gate, and one final outcome. The parent keeps the
// best it received and kills the child at a hard deadline.
#pragma once
#include <OsiClpSolverInterface.hpp>
#include <CoinFinite.hpp>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "solve/milp_model.h"
#include "solve/time_sharing.h"

namespace sp::milp {

// What the CBC child reports back (phases per gate, not the raw columns).
struct CbcOutcome {
  bool has_solution = false;
  std::vector<int32_t> phases;  // per gate, when has_solution (-1 = no phase set)
  double objective = 0, bound = -COIN_DBL_MAX;
  long nodes = 0;
  bool proven_optimal = false, proven_infeasible = false;
};

struct CbcSettings {
  Clock::time_point soft_deadline;  // CBC should stop by then
  int test_signal = 0;              // MilpFaults::child_signal (solve/milp_testing.h)
  double test_delay = 0;            // MilpFaults::child_delay_s
  int threads = 1;
  bool log = false;
  // A "large" model (MilpOptions::large_model_rows): CBC's own root LP
  // (primal simplex, no time limit), preprocessing and its post-processing
  // LP can each take minutes there, so the child solves the root LP itself
  // under a wall-clock limit and runs CBC without preprocessing and with few
  // cut passes.
  bool large = false;
  // When it becomes true the parent stops the child (another method proved
  // the optimum); the report then has `stopped` set.
  const std::atomic<bool>* stop = nullptr;
};

// What the parent learned from one child run.
struct ChildReport {
  bool finished = false;  // the final outcome arrived (also set when the search ended: see end_search)
  bool end_search = false;  // CBC's search ended and reported; the child is not waited for long after
  CbcOutcome out;
  double lp_bound = -COIN_DBL_MAX;
  std::optional<std::pair<double, std::vector<int32_t>>> incumbent;  // best streamed one
  std::string error;      // CBC threw
  int signal = 0;         // the child died of this signal
  bool killed = false;    // the parent killed it at the hard deadline
  bool stopped = false;   // the parent stopped it on CbcSettings::stop
  // The working model's latest incumbent and bound, for progress display only
  // (with preprocessing they are CBC's own model's, never used as results).
  double progress_incumbent = COIN_DBL_MAX, progress_bound = -COIN_DBL_MAX;
};


// Loads the model's columns, rows, bounds, integrality and names.
void load_model(OsiClpSolverInterface& solver, const Model& m);
// Free MPS at full precision, with integer markers and the model's names.
// Throws InputError naming `path` when it cannot be written.
void write_mps(const OsiClpSolverInterface& solver, const Model& m, const std::string& path);

// Solves `base` (loaded from `m`) in a child process with `start` as the MIP
// start (names of columns); `incumbent_objective` is the objective the child
// must beat before it streams an incumbent. The child is killed at `hard_deadline`.
ChildReport solve_in_child(const OsiClpSolverInterface& base, const Model& m,
                           const std::vector<std::pair<std::string, double>>& start, const CbcSettings& st,
                           double incumbent_objective, Clock::time_point hard_deadline,
                           const std::function<void(const ChildReport&)>& on_update = {});

}  // namespace sp::milp
