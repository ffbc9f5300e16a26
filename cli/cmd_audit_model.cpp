// `slotproof audit-model GRAPH MODEL.bin [--expect ARTIFACT] [-o EXTRACTED.json]`:
// extracts the schedule, slot map and write program a compiled transformer-vm
// weight file implements and proves its slot reuse safe with verify's two
// checkers (docs/AUDIT.md). Exit 0 safe (waste listed), 1 a violation, an
// audit finding or a difference from --expect, 2 bad input (a malformed weight
// file, or weights that do not compute the graph), 3 the checkers disagree.
#include <iostream>
#include <memory>
#include <optional>

#include "cli/command.h"
#include "cli/progress.h"
#include "engine/audit.h"
#include "engine/model_bin.h"
#include "model/artifact.h"
#include "model/graph_io.h"

namespace sp::cli {
namespace {

struct AuditArgs {
  std::string graph, model, expect, out;
  size_t limit = 20;
  bool quiet = false;
  Engine engine = Engine::Float64;
};

std::function<int()> setup_audit_model(CLI::App& sub) {
  auto args = std::make_shared<AuditArgs>();
  sub.add_option("GRAPH", args->graph, "slotproof-graph/1 JSON file the model was compiled from")->required();
  sub.add_option("MODEL", args->model, "transformer-vm weight file (model.bin)")->required();
  sub.add_option("--expect", args->expect,
                 "slotproof-schedule/1 artifact the model was built from: report every difference (exit 1 if any)");
  sub.add_option("-o,--output", args->out, "write the extracted artifact (slotproof-schedule/1)");
  sub.add_option("--max-lines", args->limit, "print at most this many violations, findings and differences");
  sub.add_flag("-q,--quiet", args->quiet, "no progress lines on stderr");
  add_engine_option(sub, args->engine);
  return [args] {
    if (!args->out.empty()) check_output_path(args->out, "--output");
    Graph g = load_graph(args->graph);
    ModelBin m = read_model_bin(args->model);
    std::optional<Artifact> expected;
    if (!args->expect.empty()) expected = load_artifact(g, args->expect);
    VerifyOptions opt;
    opt.engine = args->engine;
    ProgressPrinter printer(args->quiet);
    opt.progress = printer.callback();
    audit::AuditOutcome o = audit::audit_model(g, m, opt, expected ? &*expected : nullptr);
    if (!args->out.empty()) write_text_file(args->out, artifact_to_text(g, o.x.artifact));
    std::cout << "audit-model " << args->model << " against " << args->graph << "\n";
    audit::print_audit(std::cout, g, m, o, args->limit);
    return o.exit_code;
  };
}

CommandRegistrar reg_audit_model("audit-model",
                     "extract the schedule and slot map a transformer-vm model.bin implements and prove it safe, "
                     "exit 0/1/2/3",
                     setup_audit_model);

}  // namespace
}  // namespace sp::cli
