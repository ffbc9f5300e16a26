// `slotproof bench PROFILE [-o docs/DELTAS.md]`: greedy vs MILP deltas on a
// versioned workload profile, with measured token rates.
#include <iostream>
#include <memory>

#include "bundle/deltas.h"
#include "cli/command.h"
#include "model/artifact.h"

namespace sp::cli {
namespace {

struct BenchArgs {
  std::string profile, out, root = ".";
  DeltaOptions opt;
};

std::function<int()> setup_bench(CLI::App& sub) {
  auto args = std::make_shared<BenchArgs>();
  sub.add_option("PROFILE", args->profile, "workload profile, e.g. workloads/profiles/v1.json")->required();
  sub.add_option("-o,--output", args->out, "write the Markdown table here (default: stdout)");
  sub.add_option("--root", args->root, "directory the profile's paths are relative to")->capture_default_str();
  sub.add_option("--threads", args->opt.threads, "CBC threads")->check(CLI::Range(1, 64))->capture_default_str();
  sub.add_option("--certify-time-limit", args->opt.certify_time_limit_s,
                 "CaDiCaL's limit per optimality certificate, seconds (0: no certificates)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  sub.add_option("--from-bundles", args->opt.bundles,
                 "take the MILP schedules, statuses and certificates from these proof bundles (one per workload, "
                 "made of this profile) instead of solving again");
  sub.add_option("--forward-seconds", args->opt.forward_seconds, "time per token-rate measurement")
      ->check(CLI::Range(0.01, 60.0))
      ->capture_default_str();
  return [args] {
    Profile p = load_profile(args->profile, args->root);
    const ReportFn progress = [](const std::string& lines) { std::cerr << lines << std::flush; };
    std::vector<DeltaRow> rows = args->opt.bundles.empty() ? measure_deltas(p, args->opt, progress)
                                                           : deltas_from_bundles(p, args->opt.bundles, args->opt, progress);
    std::string md = render_deltas_markdown(p, rows, args->opt);
    if (args->out.empty()) std::cout << md;
    else write_text_file(args->out, md);
    return 0;
  };
}

CommandRegistrar reg_bench("bench", "greedy vs MILP deltas (width, depth, parameters, token rate) on a profile", setup_bench);

}  // namespace
}  // namespace sp::cli
