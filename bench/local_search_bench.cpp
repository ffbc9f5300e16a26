// bench_local_search_bench: the local search (solve/local_search.h) from the
// greedy schedule, against greedy, for several time budgets.
//
//   bench_local_search_bench [--reuse delayed|immediate] [--seconds S,S,...] [GRAPH.json:LAYERS ...]
//
// Without graph arguments: the reference interpreter graph at 7 layers,
// workloads/interp-large-2.json at 13 and workloads/random-5000-2.json at 24.
// Each row: greedy d_model, the local search's d_model and moves per second.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "model/errors.h"
#include "model/graph_io.h"
#include "model/levels.h"
#include "solve/greedy.h"
#include "solve/local_search.h"

using namespace sp;

int main(int argc, char** argv) {
  ReusePolicy policy = ReusePolicy::Delayed;
  std::vector<double> budgets = {0.5, 2, 10, 30};
  std::vector<std::pair<std::string, int>> cases;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--reuse") && i + 1 < argc) {
      if (auto parsed = parse_policy(argv[++i])) policy = *parsed;
      else return std::fprintf(stderr, "unknown --reuse %s (delayed, immediate, immediate-exact-arith)\n", argv[i]), 2;
    } else if (!std::strcmp(argv[i], "--seconds") && i + 1 < argc) {
      budgets.clear();
      std::stringstream ss(argv[++i]);
      for (std::string t; std::getline(ss, t, ',');) budgets.push_back(std::atof(t.c_str()));
    } else {
      std::string a = argv[i];
      auto colon = a.rfind(':');
      cases.emplace_back(a.substr(0, colon), colon == std::string::npos ? 0 : std::atoi(a.c_str() + colon + 1));
    }
  }
  const std::string root = SLOTPROOF_SOURCE_DIR;
  if (cases.empty()) {
    if (std::filesystem::exists(root + "/workloads/tvm-wasm-interpreter.json"))
      cases.emplace_back(root + "/workloads/tvm-wasm-interpreter.json", 7);
    cases.emplace_back(root + "/workloads/interp-large-2.json", 13);
    cases.emplace_back(root + "/workloads/random-5000-2.json", 24);
  }
  std::printf("local search from greedy, %s; seconds are the budget\n", policy_name(policy));
  std::printf("%-28s %6s %6s %7s %8s %8s %12s\n", "graph", "gates", "layers", "greedy", "seconds", "search", "moves/s");
  for (auto& [path, layers_arg] : cases) {
    try {
      Graph g = load_graph(path);
      Levels lv = compute_levels(g);
      const int layers = layers_arg > 0 ? layers_arg : lv.min_layers;
      Schedule s = greedy_schedule(g, {.max_ffn = std::nullopt, .policy = policy});
      s.layers = layers;
      auto latest = alap_phases(g, layers);
      if (!latest) throw InputError(path + ": does not fit " + std::to_string(layers) + " layers");
      const int greedy = compute_liveness(g, s, policy).d_model;
      for (double seconds : budgets) {
        milp::LocalSearchOptions opt{layers, std::nullopt, policy, 1, 0};
        auto t0 = std::chrono::steady_clock::now();
        milp::LocalSearchResult r =
            milp::local_search(g, lv.asap, *latest, s, opt, t0 + std::chrono::milliseconds(static_cast<int64_t>(seconds * 1000)));
        double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::printf("%-28s %6zu %6d %7d %8.1f %8d %12.0f\n", g.name.c_str(), g.gates.size(), layers, greedy, seconds,
                    compute_liveness(g, r.schedule, policy).d_model, r.moves_tried / took);
        std::fflush(stdout);
      }
    } catch (const InputError& e) {
      std::fprintf(stderr, "bench_local_search_bench: %s\n", e.what());
      return 2;
    }
  }
  return 0;
}
