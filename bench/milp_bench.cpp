// bench_milp_bench: the MILP scheduler side by side with greedy.
//
//   bench_milp_bench [--quick] [--threads T] [GRAPH.json ...]
//
// Without graph arguments it runs the reference interpreter graph
// (workloads/tvm-wasm-interpreter.json, with input ranges) at 7 and 8 layers, then
// seeded random DAGs of 500, 1,000 and 2,000 gates (--quick skips the two big ones) under
// a 60 s time limit. Each row: greedy d_model, MILP d_model, status, bound,
// gap, nodes, elapsed seconds (model build included), and a note when CBC
// crashed, failed or was stopped at the deadline (the schedule is then the best known).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "model/errors.h"
#include "model/graph_io.h"
#include "model/levels.h"
#include "solve/greedy.h"
#include "solve/milp.h"
#include "workloads/lib/random_graph.h"

using namespace sp;

namespace {

struct Case {
  std::string label;
  Graph graph;
  std::optional<int> layers;
  double time_limit_s = 60;
};

void print_header() {
  std::printf("%-34s %6s %6s %7s %7s  %-22s %6s %7s %8s %8s  %s\n", "graph", "gates", "layers", "greedy", "milp",
              "status", "bound", "gap", "nodes", "seconds", "note");
}

void run_case(const Case& c, int threads) {
  MilpOptions opt;
  opt.layers = c.layers;
  opt.time_limit_s = c.time_limit_s;
  opt.threads = threads;
  int greedy = compute_liveness(c.graph, greedy_schedule(c.graph), opt.policy).d_model;
  MilpResult r = solve_milp(c.graph, opt);
  std::printf("%-34s %6zu %6d %7d %7d  %-22s %6d %6.1f%% %8ld %8.2f  %s\n", c.label.c_str(), c.graph.gates.size(),
              r.layers, greedy, r.objective, milp_status_name(r.status), r.bound, 100 * r.gap, r.nodes, r.seconds,
              r.note.c_str());
  std::fflush(stdout);
}

Graph random_graph(int gates, uint64_t seed) {
  wl::RandomGraphOptions shape = wl::recent_values_shape(gates, seed);
  shape.inputs = gates / 25 + 3;
  shape.outputs = gates / 50 + 2;
  shape.window = 32;
  return wl::random_graph(shape);
}

}  // namespace

int main(int argc, char** argv) {
  bool quick = false;
  int threads = 2;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--quick"))
      quick = true;
    else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
      threads = std::atoi(argv[++i]);
    else
      paths.push_back(argv[i]);
  }
  std::vector<Case> cases;
  try {
    if (paths.empty()) {
      std::string ref = std::string(SLOTPROOF_SOURCE_DIR) + "/workloads/tvm-wasm-interpreter.json";
      if (std::filesystem::exists(ref)) {
        Graph g = load_graph(ref);
        cases.push_back({"tvm-wasm-interpreter", g, 7});
        cases.push_back({"tvm-wasm-interpreter", g, 8});
      }
      cases.push_back({"random-500 (seed 1)", random_graph(500, 1), std::nullopt});
      if (!quick) {
        cases.push_back({"random-1000 (seed 1)", random_graph(1000, 1), std::nullopt});
        cases.push_back({"random-2000 (seed 1)", random_graph(2000, 1), std::nullopt});
      }
    } else {
      for (const auto& p : paths) {
        Graph g = load_graph(p);
        cases.push_back({g.name, g, std::nullopt});
      }
    }
  } catch (const InputError& e) {
    std::fprintf(stderr, "bench_milp_bench: %s\n", e.what());
    return 2;
  }
  std::printf("MILP (CBC, %d thread%s) vs greedy; seconds are elapsed, model build included\n", threads,
              threads == 1 ? "" : "s");
  print_header();
  for (const Case& c : cases) run_case(c, threads);
  return 0;
}
