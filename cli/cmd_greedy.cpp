// `slotproof greedy GRAPH -o OUT.json`: the baseline schedule and allocation.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/report.h"
#include "model/graph_io.h"
#include "solve/greedy.h"

namespace sp::cli {
namespace {

struct GreedyArgs {
  std::string graph, out;
  GreedyOptions opt;
};

std::function<int()> setup_greedy(CLI::App& sub) {
  auto args = std::make_shared<GreedyArgs>();
  sub.add_option("GRAPH", args->graph, "slotproof-graph/1 JSON file")->required();
  sub.add_option("-o,--output", args->out, "write the schedule artifact here")->required();
  sub.add_option("--max-ffn", args->opt.max_ffn, "at most this many reglu gates per layer")->check(CLI::PositiveNumber);
  add_reuse_option(sub, args->opt.policy);
  return [args] {
    Graph g = load_graph(args->graph);
    Artifact a = greedy_artifact(g, args->opt);
    write_text_file(args->out, artifact_to_text(g, a));
    print_schedule_summary(std::cout, g, a);
    return 0;
  };
}

CommandRegistrar reg_greedy("greedy", "greedy baseline: ASAP list scheduling + interval colouring", setup_greedy);

}  // namespace
}  // namespace sp::cli
