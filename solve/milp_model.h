// Internal to the MILP scheduler: the model as plain columns and rows, built
// by milp_model.cpp from a graph and a layer budget, handed to CBC by milp.cpp.
// Kept solver-free so the formulation can be read (and tested) on its own.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/graph.h"

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
  // Per gate: its phase binaries as (phase, column), phases ascending.
  std::vector<std::vector<std::pair<int, int>>> x;
  int d_half = -1;        // column of d_model/2 (the objective is 2 * d_half)
  int forced_width = 0;   // occupancy every schedule in the windows must reach somewhere
};

// Phase windows: earliest[g] <= phase(g) <= latest[g] (ASAP and ALAP for the budget).
Model build_model(const Graph& g, int layers, std::optional<int> max_ffn, const std::vector<int>& earliest,
                  const std::vector<int>& latest);

}  // namespace sp::milp
