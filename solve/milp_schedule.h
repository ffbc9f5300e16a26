// Between schedules and the MILP's columns: a schedule as a MIP start, the
// phases CBC reports back as a schedule, and the rule check every schedule
// the MILP side returns must pass (a broken rule there is a formulation bug).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"
#include "solve/milp_model.h"

namespace sp::milp {

// The first rule `s` breaks (phase kinds and range, precedence,
// co-location, FFN budget), or empty.
std::string schedule_violation(const Graph& g, const Schedule& s, std::optional<int> max_ffn);

// A schedule as a MIP start (names of the phase binaries and d_half), or
// empty when some gate's phase lies outside its window.
std::vector<std::pair<std::string, double>> schedule_start(const Model& m, const Schedule& s, int d_half);

Schedule schedule_from_phases(const Graph& g, const std::vector<int32_t>& phases, int layers);

// The smallest even number >= v (up to rounding noise): an LP bound on d_model.
int even_ceil(double v);

}  // namespace sp::milp
