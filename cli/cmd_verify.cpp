// `slotproof verify GRAPH SCHEDULE.json [--proof-dir DIR [--packed] [--max-proof-bytes N]]
//  [--report-json FILE] [--junit FILE]`: proves an artifact's slot reuse safe
// twice (direct checker and Z3), whoever made it; the reports are for CI
// systems (docs/CI.md).
// Exit 0 proven safe, 1 violation (counterexamples printed), 2 bad input,
// 3 the checkers disagree or a solver answered unknown.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/progress.h"
#include "model/artifact.h"
#include "model/graph_io.h"
#include "report/verify_report.h"
#include "verify/verify.h"

namespace sp::cli {
namespace {

struct VerifyArgs {
  std::string graph, artifact, proof_dir, report_json, junit;
  unsigned rlimit = Z3Options{}.rlimit;
  size_t max_proof_bytes = Z3Options{}.max_proof_bytes;
  size_t limit = 20;
  bool packed = false;
  bool quiet = false;
  Engine engine = Engine::Float64;
};

std::function<int()> setup_verify(CLI::App& sub) {
  auto args = std::make_shared<VerifyArgs>();
  sub.add_option("GRAPH", args->graph, "slotproof-graph/1 JSON file")->required();
  sub.add_option("SCHEDULE", args->artifact, "slotproof-schedule/1 artifact to verify")->required();
  sub.add_option("--proof-dir", args->proof_dir, "write SMT-LIB2 queries, Z3 proofs, cores, cvc5 verdicts, manifest");
  sub.add_option("--max-proof-bytes", args->max_proof_bytes,
                 "with --proof-dir: keep at most N bytes of Z3 proof per query; larger proofs are recorded by size "
                 "and SHA-256 (default 1 MiB)");
  sub.add_flag("--packed", args->packed,
               "with --proof-dir: one gzip-compressed SMT-LIB2 script of all queries and verdict lists, no proof "
               "objects (for large artifacts; docs/VERIFY.md)");
  sub.add_option("--rlimit", args->rlimit, "Z3 resource limit per query (deterministic)");
  sub.add_option("--max-violations", args->limit, "print at most this many violations");
  sub.add_option("--report-json", args->report_json,
                 "also write the verdict as slotproof-verify-report/1 JSON (per property, violations, waste)");
  sub.add_option("--junit", args->junit, "also write the verdict as JUnit XML, one test case per property");
  sub.add_flag("-q,--quiet", args->quiet, "no progress lines on stderr");
  add_engine_option(sub, args->engine);
  return [args] {
    // Output paths are checked before the (possibly long) proof: a typo must not cost the run.
    if (!args->report_json.empty()) check_output_path(args->report_json, "--report-json");
    if (!args->junit.empty()) check_output_path(args->junit, "--junit");
    if (!args->proof_dir.empty()) {
      check_output_dir(args->proof_dir, "--proof-dir");
      check_proof_dir_reusable(args->proof_dir);  // an earlier run's files are replaced, anything else refused
    }
    Graph g = load_graph(args->graph);
    VerifyOptions opt;
    opt.proof_dir = args->proof_dir;
    opt.proof_layout = args->packed ? ProofLayout::Packed : ProofLayout::PerQuery;
    opt.z3.rlimit = args->rlimit;
    opt.z3.max_proof_bytes = args->max_proof_bytes;
    opt.engine = args->engine;
    ProgressPrinter printer(args->quiet);
    opt.progress = printer.callback();
    VerifyOutcome o = verify_files(g, args->artifact, opt);
    std::cout << "verify " << args->artifact << " against " << args->graph << " (engine: " << engine_name(opt.engine)
              << ")\n";
    print_outcome(std::cout, o, args->limit);
    ReportInputs in{args->graph, args->artifact};
    if (!args->report_json.empty()) write_text_file(args->report_json, verify_report_json(g, in, o));
    if (!args->junit.empty()) write_text_file(args->junit, verify_report_junit(g, in, o));
    return o.exit_code;
  };
}

CommandRegistrar reg_verify("verify", "prove an artifact's slot reuse safe (direct checker + Z3), exit 0/1/2/3", setup_verify);

}  // namespace
}  // namespace sp::cli
