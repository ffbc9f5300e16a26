// Internal to the MILP scheduler: the model as plain columns and rows, built
// by milp_model.cpp from a graph and a layer budget, handed to CBC by milp.cpp.
// Kept solver-free so the formulation can be read (and tested) on its own.
#pragma once
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"

namespace sp::milp {

struct Column {
  std::string name;
  double lb = 0, ub = 1, obj = 0;
  bool integer = false;
};

struct Row {
  std::string name;
  std::vector<int> cols;
  std::vector<double> coefs;
  double lo = 0, hi = 0;
};

struct Model {
  std::vector<Column> cols;
  std::vector<Row> rows;
  // Per gate: its phase binaries as (phase, column), phases ascending; column
  // -1 for a gate fixed to its only phase by fix_single_phase_gates.
  std::vector<std::vector<std::pair<int, int>>> x;
  int d_half = -1;        // column of d_model/2 (the objective is 2 * d_half)
  int forced_width = 0;   // occupancy every schedule in the windows must reach somewhere
};

// Which width rows bound d_half: boundary indices [first_index, end_index)
// and layers [first_layer, end_layer) (clipped; the defaults mean all). The
// band search (milp.cpp) minimises the widest boundary of a few layers while
// every gate outside them is fixed: outside occupancy is constant then.
struct WidthScope {
  int first_index = 0, end_index = 1 << 30;
  int first_layer = 0, end_layer = 1 << 30;
};

// What is scheduled: the layer budget, the optional FFN budget, and the
// reuse policy whose occupancy the width rows count (the head rows are the
// same for both policies).
struct ModelSpec {
  int layers = 1;
  std::optional<int> max_ffn{};
  ReusePolicy policy = kDefaultPolicy;
  // Building throws ModelTooLarge past this point (graphs too large to model in time).
  std::optional<std::chrono::steady_clock::time_point> deadline{};
};

struct ModelTooLarge : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Phase windows: earliest[g] <= phase(g) <= latest[g] (ASAP and ALAP for the
// budget). Throws MilpInternalError if the windows contradict a rule outright.
Model build_model(const Graph& g, const ModelSpec& spec, const std::vector<int>& earliest,
                  const std::vector<int>& latest, const WidthScope& scope = {});

// Substitutes the phase binary of every gate whose window is one phase (it
// must be 1) into the rows, drops rows left without columns, and renumbers
// the columns: a band model fixes most gates, and CBC on the small remainder
// is much faster than CBC presolving the full model. Throws MilpInternalError
// if a dropped row would be violated (the windows admit no schedule).
void fix_single_phase_gates(Model& m);

}  // namespace sp::milp
