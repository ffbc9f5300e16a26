// Human-readable one-screen summaries shared by the subcommands.
#pragma once
#include <ostream>

#include "model/artifact.h"
#include "model/graph.h"
#include "model/progress.h"

namespace sp::cli {

// The library's result lines (model/progress.h, ReportFn) on stdout, at once.
ReportFn stdout_report();

void print_schedule_summary(std::ostream& os, const Graph& g, const Artifact& a);

}  // namespace sp::cli
