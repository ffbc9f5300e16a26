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
  std::optional<int> max_ffn;
  std::string policy = "immediate";
};

std::function<int()> setup(CLI::App& sub) {
  auto args = std::make_shared<GreedyArgs>();
  sub.add_option("GRAPH", args->graph, "slotproof-graph/1 JSON file")->required();
  sub.add_option("-o,--output", args->out, "write the schedule artifact here")->required();
  sub.add_option("--max-ffn", args->max_ffn, "at most this many reglu gates per layer")->check(CLI::PositiveNumber);
  sub.add_option("--reuse", args->policy, "slot reuse policy: immediate (default) or delayed")
      ->check(CLI::IsMember({"delayed", "immediate"}));
  return [args] {
    Graph g = load_graph(args->graph);
    GreedyOptions opt;
    opt.max_ffn = args->max_ffn;
    opt.policy = args->policy == "delayed" ? ReusePolicy::Delayed : ReusePolicy::Immediate;
    Artifact a = greedy_artifact(g, opt);
    write_text_file(args->out, artifact_to_text(g, a));
    print_schedule_summary(std::cout, g, a);
    return 0;
  };
}

CommandRegistrar reg("greedy", "greedy baseline: ASAP list scheduling + interval colouring", setup);

}  // namespace
}  // namespace sp::cli
