// The SAT descent: the scheduling question as CNF (sat/cnf_encoding.h),
// answered by CaDiCaL beside CBC on the other core (docs/MILP.md, "Lower
// bounds"). From an incumbent of d_model D it asks "is there a schedule with
// width_bound <= D-2?": SAT gives a better schedule (decoded and re-checked
// with compute_liveness) and the next question; UNSAT proves D optimal.
// An UNSAT answer here is CaDiCaL's word, as an optimum is CBC's; `slotproof
// certify` checks such answers as DRAT proofs with our own checker.
#pragma once
#include <atomic>
#include <optional>
#include <string>

#include "model/graph.h"
#include "model/liveness.h"
#include "solve/milp_model.h"
#include "solve/time_sharing.h"

namespace sp::milp {

struct SatDescent {
  std::optional<Schedule> best;  // better than the start, if one was found
  int best_d = 0;                // its d_model
  int bound = 0;                 // D when "width_bound <= D-2" came back UNSAT, else 0
  int calls = 0;                 // CaDiCaL runs
  std::string note;              // why it stopped early (no cadical, a bad model, ...)
};

// CaDiCaL's schedule for "width_bound <= K" (decoded and re-checked), or
// nullopt (unsat, unknown, no cadical, a model that does not decode). The
// same graph and question give the same schedule: the canonical schedule of
// a proven optimum, whoever proved it first.
std::optional<Schedule> sat_schedule(const Graph& g, const ModelSpec& spec, int width_bound, Clock::time_point deadline);

// Stops at the deadline, when *stop becomes true, when the answer is unknown,
// or once its schedule meets `known_bound` (a lower bound proved elsewhere:
// asking below it would only spend the time on an UNSAT already known).
SatDescent sat_descent(const Graph& g, const ModelSpec& spec, int start_d, Clock::time_point deadline,
                       const std::atomic<bool>* stop, int known_bound = 0);

}  // namespace sp::milp
