// `slotproof bundle WORKLOAD -o proofs/NAME/` and `slotproof check-bundle DIR`.
#include <iostream>
#include <memory>

#include <algorithm>

#include "bundle/bundle.h"
#include "bundle/profile.h"
#include "cli/command.h"
#include "cli/progress.h"
#include "cli/report.h"

namespace sp::cli {
namespace {

struct BundleArgs {
  std::string workload, out;
  BundleOptions opt;
  bool quiet = false;
};

std::function<int()> setup_bundle(CLI::App& sub) {
  auto args = std::make_shared<BundleArgs>();
  sub.add_option("WORKLOAD", args->workload, "slotproof-graph/1 JSON file")->required();
  sub.add_option("-o,--output", args->out, "bundle directory (replaced)")->required();
  sub.add_option("--layers", args->opt.layers, "layer budget (default: the graph's minimum)")->check(CLI::PositiveNumber);
  sub.add_option("--max-ffn", args->opt.max_ffn, "at most this many reglus per layer")->check(CLI::PositiveNumber);
  sub.add_option("--time-limit", args->opt.milp_time_limit_s, "MILP time limit, seconds")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  sub.add_option("--threads", args->opt.threads, "CBC threads")->check(CLI::Range(1, 64))->capture_default_str();
  sub.add_option("--z3-max-gates", args->opt.z3_lower_bound_max_gates,
                 "largest graph for the Z3 'no schedule two lower' cross-check")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  sub.add_option("--certify-time-limit", args->opt.certify_time_limit_s,
                 "CaDiCaL's limit per optimality certificate, seconds (0: no certificates)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  add_proof_budget(sub, args->opt.max_kept_proof_bytes);
  sub.add_flag("--per-query", args->opt.per_query_proofs,
               "one file per proof query instead of the packed layout (debugging)");
  sub.add_flag("-q,--quiet", args->quiet, "no progress lines on stderr");
  return [args] {
    ProgressPrinter printer(args->quiet);
    args->opt.progress = printer.callback();
    args->opt.report = stdout_report();
    return make_bundle(args->workload, args->out, args->opt);
  };
}

struct CheckArgs {
  std::string dir, root = ".";
  bool recertify = false;
  int recertify_time_limit_s = 600;
};

std::function<int()> setup_check(CLI::App& sub) {
  auto args = std::make_shared<CheckArgs>();
  sub.add_option("DIR", args->dir, "bundle directory")->required();
  sub.add_option("--root", args->root, "directory the bundle's workload path is relative to")->capture_default_str();
  sub.add_flag("--recertify", args->recertify,
               "regenerate with CaDiCaL and check the proofs that were not kept (over the size budget)");
  sub.add_option("--recertify-time-limit", args->recertify_time_limit_s, "CaDiCaL's limit per regenerated proof, seconds")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  return [args] {
    return check_bundle(args->dir, args->root, args->recertify ? args->recertify_time_limit_s : 0, stdout_report());
  };
}

struct ProfileArgs {
  std::string profile, out, root = ".";
  std::vector<std::string> only;
  int threads = 1;
  int certify_time_limit_s = BundleOptions{}.certify_time_limit_s;
  uint64_t max_kept_proof_bytes = BundleOptions{}.max_kept_proof_bytes;
  bool quiet = false;
};

// One bundle per present workload of the profile, with the profile's options.
int bundle_profile(const ProfileArgs& args) {
  Profile p = load_profile(args.profile, args.root);
  ProgressPrinter printer(args.quiet);
  int worst = 0;
  for (const ProfileWorkload& w : p.workloads) {
    if (!w.present || w.optional) continue;
    if (!args.only.empty() && std::find(args.only.begin(), args.only.end(), w.name) == args.only.end()) continue;
    BundleOptions opt;
    if (w.layers > 0) opt.layers = w.layers;
    opt.max_ffn = w.max_ffn;
    opt.milp_time_limit_s = w.milp_time_limit_s;
    opt.threads = args.threads;
    opt.certify_time_limit_s = args.certify_time_limit_s;
    opt.max_kept_proof_bytes = args.max_kept_proof_bytes;
    opt.recorded_path = w.path;
    opt.progress = printer.callback();
    opt.report = stdout_report();
    printer.step("bundle-profile", "workload " + w.name);
    worst = std::max(worst, make_bundle(w.resolved, args.out + "/" + w.name, opt));
  }
  return worst;
}

std::function<int()> setup_profile(CLI::App& sub) {
  auto args = std::make_shared<ProfileArgs>();
  sub.add_option("PROFILE", args->profile, "workload profile, e.g. workloads/profiles/v1.json")->required();
  sub.add_option("-o,--output", args->out, "directory of bundles, one subdirectory per workload")->required();
  sub.add_option("--root", args->root, "directory the profile's paths are relative to")->capture_default_str();
  sub.add_option("--only", args->only, "bundle only these workloads (by name)");
  sub.add_option("--threads", args->threads, "CBC threads")->check(CLI::Range(1, 64))->capture_default_str();
  sub.add_option("--certify-time-limit", args->certify_time_limit_s,
                 "CaDiCaL's limit per optimality certificate, seconds (0: no certificates)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  add_proof_budget(sub, args->max_kept_proof_bytes);
  sub.add_flag("-q,--quiet", args->quiet, "no progress lines on stderr");
  return [args] { return bundle_profile(*args); };
}

CommandRegistrar reg_profile("bundle-profile", "one proof bundle per workload of a profile", setup_profile);
CommandRegistrar reg_bundle("bundle", "greedy + MILP under both reuse policies, all verified, solver cross-checks: a proof bundle",
                            setup_bundle);
CommandRegistrar reg_check("check-bundle", "re-check a proof bundle: hashes, staleness, re-verification (exit as verify)",
                           setup_check);

}  // namespace
}  // namespace sp::cli
