// Human-readable one-screen summaries shared by the subcommands.
#pragma once
#include <ostream>

#include "model/artifact.h"
#include "model/graph.h"

namespace sp::cli {

void print_schedule_summary(std::ostream& os, const Graph& g, const Artifact& a);

}  // namespace sp::cli
