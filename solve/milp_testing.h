// Fault injection for the tests of solve_milp's child-process handling: a
// CBC child that crashes, or one that stalls after its root LP so that the
// time limit has to stop it. Kept out of MilpOptions, which is what users
// and the CLI set; only tests include this header.
#pragma once
#include "solve/milp.h"

namespace sp {

struct MilpFaults {
  int child_signal = 0;         // the CBC child process raises this signal before solving
  double child_delay_s = 0;     // the CBC child waits this long after the root LP
};

MilpResult solve_milp_with_faults(const Graph& g, const MilpOptions& opt, const MilpFaults& faults);

}  // namespace sp
