// `slotproof info GRAPH`: counts, minimum layers and the critical path.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "model/graph_io.h"
#include "model/levels.h"

namespace sp::cli {
namespace {

int run_info(const std::string& path) {
  Graph g = load_graph(path);
  int counts[3] = {0, 0, 0};
  for (const Gate& gate : g.gates) ++counts[static_cast<int>(gate.kind)];
  int pinned = 0, unused = 0;
  for (ValueId v : g.inputs) pinned += g.values[v].pinned;
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
    unused += g.readers[v].empty() && !g.values[v].output && !g.values[v].pinned;
  Levels lv = compute_levels(g);
  std::cout << "graph:        " << g.name << " (" << path << ")\n"
            << "sha256:       " << g.sha256 << "\n"
            << "gates:        " << g.gates.size() << " (" << counts[0] << " lookup, " << counts[1] << " reglu, "
            << counts[2] << " persist)\n"
            << "values:       " << g.values.size() << " (" << g.inputs.size() << " inputs, " << pinned
            << " pinned, " << g.outputs.size() << " outputs, " << unused << " never read)\n"
            << "colocation:   " << g.coloc_classes.size() << " classes\n"
            << "min layers:   " << lv.min_layers << "\n"
            << "critical path: " << lv.critical_path.size() << " gates, phases "
            << (lv.critical_path.empty() ? -1 : lv.asap[lv.critical_path.front()]) << ".."
            << (lv.critical_path.empty() ? -1 : lv.asap[lv.critical_path.back()]) << "\n";
  for (GateId x : lv.critical_path)
    std::cout << "  phase " << lv.asap[x] << " (" << phase_kind_name(lv.asap[x]) << ") " << g.gate_label(x) << "\n";
  return 0;
}

std::function<int()> setup_info(CLI::App& sub) {
  auto path = std::make_shared<std::string>();
  sub.add_option("GRAPH", *path, "slotproof-graph/1 JSON file")->required();
  return [path] { return run_info(*path); };
}

CommandRegistrar reg_info("info", "graph statistics: counts, minimum layers, critical path", setup_info);

}  // namespace
}  // namespace sp::cli
