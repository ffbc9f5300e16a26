// `slotproof plot GRAPH ARTIFACT... -o FILE.svg`: the occupancy of several
// artifacts overlaid, and the slot chart of the first one with what the
// direct checker finds on it (violations circled, waste hatched):
// report/plot_svg.h. Exit 0 when the picture was written, 2 for bad input.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "model/artifact.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "report/plot_svg.h"

namespace sp::cli {
namespace {

struct PlotArgs {
  std::string graph, out;
  std::vector<std::string> artifacts;
  int max_slot_rows = 600;
};

int run(const PlotArgs& args) {
  Graph g = load_graph(args.graph);
  std::vector<PlotArtifact> arts;
  check_output_path(args.out, "-o");
  for (const std::string& path : args.artifacts) {
    arts.push_back({std::filesystem::path(path).stem().string(), load_artifact(g, path)});
    if (arts.back().artifact.schedule.layers > kMaxPlotLayers)  // named by its file here
      throw InputError(path + ": declares " + std::to_string(arts.back().artifact.schedule.layers) +
                       " layers; plot draws at most " + std::to_string(kMaxPlotLayers) +
                       " (the picture would grow by about 200 bytes per layer)");
  }
  PlotOptions opt;
  opt.max_slot_rows = args.max_slot_rows;
  write_text_file(args.out, plot_artifacts_svg(g, arts, opt));
  std::cout << "plot: " << args.out << " (" << arts.size() << " artifact" << (arts.size() == 1 ? "" : "s") << ")\n";
  return 0;
}

std::function<int()> setup_plot(CLI::App& sub) {
  auto args = std::make_shared<PlotArgs>();
  sub.add_option("GRAPH", args->graph, "slotproof-graph/1 JSON file")->required();
  sub.add_option("ARTIFACT", args->artifacts, "schedule artifacts (the first gets the slot chart)")->required();
  sub.add_option("-o,--output", args->out, "write the SVG here")->required();
  sub.add_option("--max-slot-rows", args->max_slot_rows, "widest artifact that still gets a slot chart")
      ->check(CLI::Range(1, 100000))
      ->capture_default_str();
  return [args] { return run(*args); };
}

CommandRegistrar reg_plot("plot", "SVG: occupancy of several artifacts overlaid, and one artifact's slots by boundary", setup_plot);

}  // namespace
}  // namespace sp::cli
