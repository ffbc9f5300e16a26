// bench_scale_bench: how the MILP's answer and bound grow with the graph.
//
//   bench_scale_bench [--reuse delayed|immediate] [--limits 10,60,300] [--sizes 500,1000,...] [--threads T]
//                     [--no-interp] [--trace]
//
// Seeded random graphs of 500, 1,000, 2,000, 5,000, 10,000 and 20,000 gates
// (wl::recent_values_shape, the milp bench's shape) and workloads/interp-large-2.json
// at 13 layers. For each graph and each time limit, one `solve` run as a user
// would make it (the whole pipeline: greedy, local search, CBC with the SAT
// descent or the local search beside it, the band search; no lexicographic
// levels): greedy d_model, the MILP's d_model, bound and gap, the bound's
// source, and, from the longest run's progress, the first time the gap was
// at most 5%. Prints one row per (graph, limit) as it goes; --trace also
// prints each solve phase as it starts, with its time, on stderr.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sstream>
#include <string>
#include <vector>

#include "model/errors.h"
#include "model/graph_io.h"
#include "solve/greedy.h"
#include "solve/milp.h"
#include "workloads/lib/random_graph.h"

using namespace sp;

namespace {

std::vector<double> parse_list(const char* text) {
  std::vector<double> out;
  std::stringstream ss(text);
  for (std::string t; std::getline(ss, t, ',');) out.push_back(std::atof(t.c_str()));
  return out;
}

Graph random_graph(int gates) {
  wl::RandomGraphOptions shape = wl::recent_values_shape(gates, 1);
  shape.inputs = gates / 25 + 3;
  shape.outputs = gates / 50 + 2;
  shape.window = 32;
  return wl::random_graph(shape);
}

struct Case {
  std::string label;
  Graph graph;
  std::optional<int> layers;
};

void run_case(const Case& c, ReusePolicy policy, const std::vector<double>& limits, int threads, bool trace) {
  const int greedy = compute_liveness(c.graph, greedy_schedule(c.graph, {.max_ffn = std::nullopt, .policy = policy}), policy).d_model;
  for (size_t k = 0; k < limits.size(); ++k) {
    MilpOptions opt;
    opt.layers = c.layers;
    opt.policy = policy;
    opt.time_limit_s = limits[k];
    opt.threads = threads;
    opt.lexicographic = false;
    const auto t0 = std::chrono::steady_clock::now();
    double five_percent_at = -1;  // from this run's progress events
    opt.progress = [&](const ProgressEvent& e) {
      const double now = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (five_percent_at < 0 && e.incumbent > 0 && e.bound > 0 && e.incumbent - e.bound <= 0.05 * e.incumbent)
        five_percent_at = now;
      if (trace && e.phase_change)
        std::fprintf(stderr, "  %8.1f s  %-40s d_model %d, bound %d\n", now, e.phase.c_str(), e.incumbent, e.bound);
    };
    MilpResult r = solve_milp(c.graph, opt);
    if (r.status == MilpStatus::Optimal && five_percent_at < 0) five_percent_at = r.seconds;
    if (five_percent_at < 0 && r.gap <= 0.05 && r.schedule) five_percent_at = r.seconds;
    char at[32] = "-";
    if (five_percent_at >= 0) std::snprintf(at, sizeof at, "%.1f", five_percent_at);
    std::printf("%-22s %6zu %6d %7d %6.0f %7d %7d %6.1f%% %9s %8.1f  %-22s %s\n", c.label.c_str(), c.graph.gates.size(),
                r.layers, greedy, limits[k], r.objective, r.bound, 100 * r.gap, at, r.seconds, r.bound_source.c_str(),
                milp_status_name(r.status));
    std::fflush(stdout);
  }
}

}  // namespace

int main(int argc, char** argv) {
  ReusePolicy policy = ReusePolicy::Delayed;
  std::vector<double> limits = {10, 60, 300}, sizes = {500, 1000, 2000, 5000, 10000, 20000};
  int threads = 1;
  bool interp = true, trace = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--reuse") && i + 1 < argc)
      if (auto parsed = parse_policy(argv[++i])) policy = *parsed;
      else return std::fprintf(stderr, "unknown --reuse %s (delayed, immediate, immediate-exact-arith)\n", argv[i]), 2;
    else if (!std::strcmp(argv[i], "--limits") && i + 1 < argc) limits = parse_list(argv[++i]);
    else if (!std::strcmp(argv[i], "--sizes") && i + 1 < argc) sizes = parse_list(argv[++i]);
    else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc) threads = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--no-interp")) interp = false;
    else if (!std::strcmp(argv[i], "--trace")) trace = true;
    else {
      const bool help = !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h");
      std::fprintf(help ? stdout : stderr,
                   "%s%susage: bench_scale_bench [--reuse delayed|immediate] [--limits 10,60,300] "
                   "[--sizes 500,1000,...] [--threads T] [--no-interp] [--trace]\n",
                   help ? "" : "bench_scale_bench: unknown argument ", help ? "" : (std::string(argv[i]) + "\n").c_str());
      return help ? 0 : 2;
    }
  }
  std::printf("MILP scaling, %s, CBC %d thread(s); one solve per (graph, limit); seconds elapsed\n",
              policy_name(policy), threads);
  std::printf("%-22s %6s %6s %7s %6s %7s %7s %7s %9s %8s  %-22s %s\n", "graph", "gates", "layers", "greedy", "limit",
              "d_model", "bound", "gap", "5% gap at", "seconds", "bound from", "status");
  try {
    for (double n : sizes) run_case({"random-" + std::to_string(static_cast<int>(n)) + " (seed 1)", random_graph(static_cast<int>(n)), std::nullopt},
                                    policy, limits, threads, trace);
    if (interp) run_case({"interp-large", load_graph(std::string(SLOTPROOF_SOURCE_DIR) + "/workloads/interp-large-2.json"), 13},
                         policy, limits, threads, trace);
  } catch (const InputError& e) {
    std::fprintf(stderr, "bench_scale_bench: %s\n", e.what());
    return 2;
  }
  return 0;
}
