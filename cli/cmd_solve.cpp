// `slotproof solve GRAPH [--layers N] [--max-ffn F] [--reuse P] [--time-limit S]
// [--threads T] [--write-mps FILE] [--no-levels] -o OUT.json`: the exact MILP
// scheduler (solve/milp.h): minimal d_model, then FFN width, then write terms.
// Exit 0 with a schedule (proven optimal or, at the time limit, with its gap);
// 2 for an infeasible budget or bad options; 3 when no schedule was found in
// time or the MILP disagreed with the liveness model.
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/progress.h"
#include "cli/report.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "solve/milp.h"

namespace sp::cli {
namespace {

struct SolveArgs {
  std::string graph, out;
  MilpOptions opt;
  bool quiet = false;
};

void print_result(std::ostream& os, const MilpResult& r) {
  char line[256];
  std::snprintf(line, sizeof line, "milp: %s, d_model %d, bound %d, gap %.1f%%, %ld nodes, %.2f s (%d thread%s)\n",
                milp_status_name(r.status), r.objective, r.bound, 100 * r.gap, r.nodes, r.seconds, r.threads_used,
                r.threads_used == 1 ? "" : "s");
  os << line;
  if (!r.bound_source.empty()) os << "milp: bound from " << r.bound_source << "\n";
  if (!r.note.empty()) os << "milp: " << r.note << "\n";
  if (r.seconds > 0 && r.build_seconds > 0.1 * r.seconds && r.build_seconds > 1.0) {
    std::snprintf(line, sizeof line, "milp: model build and warm start took %.2f s of that\n", r.build_seconds);
    os << line;
  }
  if (r.warm_start_d_model > 0) os << "milp: greedy warm start d_model " << r.warm_start_d_model << "\n";
  if (r.local_search_d_model > 0) os << "milp: local search from it: d_model " << r.local_search_d_model << "\n";
  if (r.side_search_d_model > 0) os << "milp: local search beside CBC: d_model " << r.side_search_d_model << "\n";
  if (r.bands_solved > 0) {
    char line[160];
    std::snprintf(line, sizeof line, "milp: band search: %d bands solved, %d improved, d_model %d, %.2f s\n",
                  r.bands_solved, r.bands_improved, r.band_d_model, r.band_seconds);
    os << line;
  }
  for (size_t i = 1; i < r.levels.size(); ++i) {  // the d_model level is the first line
    const LevelReport& l = r.levels[i];
    std::snprintf(line, sizeof line, "milp: then %s: %s, %d (bound %d), %.2f s\n", l.objective.c_str(),
                  l.status.c_str(), l.value, l.bound, l.seconds);
    os << line;
  }
  os << "milp: model " << r.columns << " columns, " << r.rows << " rows\n";
}

int run(SolveArgs& args) {
  Graph g = load_graph(args.graph);
  ProgressPrinter printer(args.quiet);
  args.opt.progress = printer.callback();
  MilpResult r;
  try {
    r = solve_milp(g, args.opt);
  } catch (const MilpInternalError& e) {
    std::cerr << "slotproof solve: internal error: " << e.what() << "\n";
    return kExitUndecided;
  }
  if (r.status == MilpStatus::Infeasible) {
    std::cerr << "slotproof solve: " << g.source << ": " << r.message << "\n";
    return kExitBadInput;
  }
  if (r.status == MilpStatus::NoSolution) {
    std::cerr << "slotproof solve: " << g.source << ": " << r.message << "\n";
    return kExitUndecided;
  }
  Artifact a = milp_artifact(g, r, args.opt);
  write_text_file(args.out, artifact_to_text(g, a));
  print_schedule_summary(std::cout, g, a);
  print_result(std::cout, r);
  return kExitOk;
}

std::function<int()> setup_solve(CLI::App& sub) {
  auto args = std::make_shared<SolveArgs>();
  sub.add_option("GRAPH", args->graph, "slotproof-graph/1 JSON file")->required();
  sub.add_option("-o,--output", args->out, "write the schedule artifact here")->required();
  sub.add_option("--layers", args->opt.layers, "layer budget N (default: the fewest the graph allows)")
      ->check(CLI::PositiveNumber);
  sub.add_option("--max-ffn", args->opt.max_ffn, "at most this many reglu gates per layer")
      ->check(CLI::PositiveNumber);
  sub.add_option("--time-limit", args->opt.time_limit_s, "elapsed seconds for the whole solve (default 60)")
      ->check(CLI::PositiveNumber);
  sub.add_option("--threads", args->opt.threads, "CBC threads, deterministic mode (default 1)")
      ->check(CLI::Range(1, 64));
  add_reuse_option(sub, args->opt.policy);
  sub.add_option("--write-mps", args->opt.write_mps, "write the model as free MPS to this file");
  sub.add_flag("--cbc-log", args->opt.log, "show CBC's log");
  sub.add_flag("-q,--quiet", args->quiet, "no progress lines on stderr");
  sub.add_flag("!--no-levels", args->opt.lexicographic,
               "minimise d_model only (by default the FFN width, then the write terms, are minimised at it)");
  return [args] {
    return run(*args);
  };
}

CommandRegistrar reg_solve("solve", "exact MILP scheduler (CBC): minimal d_model under a layer budget", setup_solve);

}  // namespace
}  // namespace sp::cli
