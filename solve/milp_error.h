// The one error type of the MILP scheduler's own making (a formulation bug,
// never bad input): the model and compute_liveness disagreed, or a schedule
// the model accepted breaks a rule. The CLI maps it to exit 3.
#pragma once
#include <stdexcept>

namespace sp {

struct MilpInternalError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

}  // namespace sp
