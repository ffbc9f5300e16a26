// `slotproof certify GRAPH SCHEDULE.json [--time-limit S] [--max-proof-mb M] -o DIR`: certifies
// that the artifact's d_model is optimal for its layers, policy and FFN
// budget, by a DRAT-checked refutation of d_model - 2 (certify/certify.h,
// docs/CNF.md). Exit 0 certified, 1 refuted (witness.json written) or the
// artifact's own claim is wrong, 2 bad input, 3 not certified.
#include <iostream>
#include <memory>

#include "certify/certify.h"
#include "cli/command.h"
#include "model/errors.h"
#include "model/graph_io.h"

namespace sp::cli {
namespace {

struct CertifyArgs {
  std::string graph, artifact;
  CertifyOptions opt;
};

std::function<int()> setup_certify(CLI::App& sub) {
  auto args = std::make_shared<CertifyArgs>();
  sub.add_option("GRAPH", args->graph, "slotproof-graph/1 JSON file")->required();
  sub.add_option("SCHEDULE", args->artifact, "slotproof-schedule/1 artifact whose d_model is to be certified")
      ->required();
  sub.add_option("-o,--output", args->opt.out_dir, "directory for the CNF, the proof and certificate.json")->required();
  sub.add_option("--time-limit", args->opt.time_limit_s, "seconds for the SAT solver (0: none)")
      ->default_val(300)
      ->check(CLI::NonNegativeNumber);
  add_proof_budget(sub, args->opt.max_kept_proof_bytes);
  return [args] {
    Graph g = load_graph(args->graph);
    CertifyOutcome out = certify_artifact(g, args->artifact, args->opt);
    for (const std::string& line : out.lines) std::cout << line << "\n";
    return out.exit_code;
  };
}

CommandRegistrar reg_certify("certify", "certify a schedule's d_model optimal by a DRAT-checked SAT refutation, exit 0/1/2/3",
                     setup_certify);

}  // namespace
}  // namespace sp::cli
