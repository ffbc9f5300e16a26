// `slotproof export tvm GRAPH ARTIFACT -o DIR [--allow-unsafe]`: writes what
// transformer-vm needs to build a model from the artifact (engine/tvm_export.h,
// docs/ENGINE.md): DIR/plan.yaml and DIR/tvm-export.json.
//
// Exit codes: 0 written; 1 the direct checker finds a violation in the
// artifact (printed; nothing written unless --allow-unsafe, which writes the
// export anyway, e.g. for a test fixture or to show an unsafe model
// diverge); 2 bad input (one line: an unreadable file, another graph's
// artifact, an illegal schedule, a write transformer-vm cannot build).
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "engine/tvm_export.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"

namespace sp::cli {
namespace {

struct ExportArgs {
  std::string graph, artifact, out_dir;
  bool allow_unsafe = false;
};

struct WriteCounts {
  int added = 0, erased = 0, handovers = 0;
};

WriteCounts count_writes(const tvm::TvmExport& e) {
  WriteCounts n;
  for (const tvm::SublayerWrites& sub : e.program) {
    if (sub.boundary < 0) continue;
    for (const tvm::SlotWrite& w : sub.writes) {
      n.added += w.added.has_value();
      n.erased += !w.removed.empty();
      n.handovers += w.added.has_value() && !w.removed.empty();
    }
  }
  return n;
}

int moved_slots(const std::vector<int>& perm) {
  int moved = 0;
  for (size_t s = 0; s < perm.size(); ++s) moved += perm[s] != static_cast<int>(s);
  return moved;
}

// Another graph's artifact names gates this graph lacks: say so before its
// names are resolved (as verify does), here as bad input.
void check_graph_hash(const Graph& g, const nlohmann::json& doc, const std::string& path) {
  if (!doc.is_object() || !doc.contains("graph") || !doc["graph"].is_object()) return;  // the reader words it
  const nlohmann::json& graph = doc["graph"];
  if (!graph.contains("sha256") || !graph["sha256"].is_string()) return;
  const std::string sha = graph["sha256"].get<std::string>();
  if (sha == g.sha256) return;
  const std::string name = graph.contains("name") && graph["name"].is_string() ? graph["name"].get<std::string>() : "";
  throw InputError(path + ": made for graph " + quote_name(name) + " (sha256 " + quote_name(sha) + "), not " +
                   g.source + " (sha256 " + g.sha256 + ")");
}

// Prints the checker's findings; returns whether to go on writing.
bool accept_safety(const tvm::TvmExport& e, const ExportArgs& args) {
  const std::vector<std::string>& problems = e.violations;
  if (problems.empty()) return true;
  const size_t shown = std::min<size_t>(problems.size(), 5);
  for (size_t i = 0; i < shown; ++i) std::cout << problems[i] << "\n";
  if (problems.size() > shown) std::cout << "... and " << problems.size() - shown << " more violations\n";
  std::cerr << "slotproof export: " << args.artifact << ": verify's direct checker finds " << problems.size()
            << (problems.size() == 1 ? " violation" : " violations")
            << (args.allow_unsafe ? "; exported anyway (--allow-unsafe): the model will compute what the artifact "
                                    "writes, wrong values included\n"
                                  : "; nothing written (--allow-unsafe exports it anyway)\n");
  return args.allow_unsafe;
}

int run_export_tvm(const ExportArgs& args) {
  check_output_dir(args.out_dir, "-o");
  Graph g = load_graph(args.graph);
  const std::string bytes = read_file_bytes(args.artifact);
  nlohmann::json doc = parse_json_text(bytes, args.artifact);
  check_graph_hash(g, doc, args.artifact);
  Artifact a = artifact_from_json(g, doc, args.artifact);
  tvm::TvmExport e = tvm::make_tvm_export(g, a, args.artifact);
  if (!accept_safety(e, args)) return kExitViolation;
  std::filesystem::create_directories(args.out_dir);
  const std::string dir = std::filesystem::path(args.out_dir).string();
  write_text_file(dir + "/" + tvm::kPlanFile, tvm::plan_yaml(g, a, e));
  write_text_file(dir + "/" + tvm::kExportFile, tvm::export_json(g, a, e, sha256_hex(bytes)));
  WriteCounts n = count_writes(e);
  tvm::TvmAllocatorResult own = tvm::emulate_tvm_allocator(g, a, e);
  std::cout << "export tvm: " << dir << "/" << tvm::kPlanFile << " and " << dir << "/" << tvm::kExportFile << "\n"
            << "  " << policy_name(e.policy) << ", " << e.layers << " layers, d_model " << e.d_model
            << "; slots renumbered for the engine's position features: " << moved_slots(e.permutation) << "\n"
            << "  writes: " << n.added << " new values, " << n.erased << " erasures, of which " << n.handovers
            << " handovers (+new -old in one write)\n"
            << "  transformer-vm's own allocator on plan.yaml alone: d_model " << own.d_model << " (its walk uses "
            << own.slots << " slots; " << own.heads << " heads in its widest layer)\n";
  return kExitOk;
}

std::function<int()> setup_export(CLI::App& sub) {
  auto args = std::make_shared<ExportArgs>();
  sub.require_subcommand(1);
  CLI::App* tvm = sub.add_subcommand(
      "tvm", "transformer-vm: plan.yaml and tvm-export.json (slot map, write program) for its build_model");
  tvm->add_option("GRAPH", args->graph, "slotproof-graph/1 JSON file (a transformer-vm graph)")->required();
  tvm->add_option("ARTIFACT", args->artifact, "slotproof-schedule/1 artifact of that graph")->required();
  tvm->add_option("-o,--output", args->out_dir, "directory to write plan.yaml and tvm-export.json to")->required();
  tvm->add_flag("--allow-unsafe", args->allow_unsafe,
                "export even when verify's direct checker finds a violation (exit 0, a warning)");
  return [args] { return run_export_tvm(*args); };
}

CommandRegistrar reg_export("export", "export an artifact to an engine that builds models from it (tvm: transformer-vm)",
                     setup_export);

}  // namespace
}  // namespace sp::cli
