// bench_policy_bench: the reference interpreter graph solved under both reuse
// policies, side by side, at 7, 8 and 9 layers (or the layer budgets given).
//
//   bench_policy_bench [--threads T] [--time-limit S] [LAYERS ...]
//
// Each row: the policy, d_model with its status, the FFN width and write
// terms the lexicographic levels reach at it, the seconds to the proven
// d_model (level 1) and for all levels, and the d_model / time ratio of
// immediate against delayed reuse at the same layer budget.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "model/errors.h"
#include "model/graph_io.h"
#include "solve/milp.h"

using namespace sp;

namespace {

struct Row {
  int d_model = 0, ffn = 0, terms = 0;
  std::string status;
  double d_seconds = 0, seconds = 0;
};

Row run(const Graph& g, int layers, ReusePolicy policy, int threads, double limit) {
  MilpOptions opt;
  opt.layers = layers;
  opt.policy = policy;
  opt.threads = threads;
  opt.time_limit_s = limit;
  MilpResult r = solve_milp(g, opt);
  Row row;
  row.d_model = r.objective, row.ffn = r.ffn_width, row.terms = r.write_terms;
  row.status = milp_status_name(r.status);
  row.d_seconds = r.levels.empty() ? r.seconds : r.levels[0].seconds;
  row.seconds = r.seconds;
  for (const LevelReport& l : r.levels)
    if (l.status != "proven optimal") row.status += ", " + l.objective + " " + l.status;
  return row;
}

}  // namespace

int main(int argc, char** argv) {
  int threads = 1;
  double limit = 120;
  std::vector<int> budgets;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--threads") && i + 1 < argc) threads = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--time-limit") && i + 1 < argc) limit = std::atof(argv[++i]);
    else budgets.push_back(std::atoi(argv[i]));
  }
  if (budgets.empty()) budgets = {7, 8, 9};
  const std::string ref = std::string(SLOTPROOF_SOURCE_DIR) + "/workloads/tvm-wasm-interpreter.json";
  if (!std::filesystem::exists(ref)) {
    std::fprintf(stderr, "bench_policy_bench: %s not found (../shared beside the project)\n", ref.c_str());
    return 2;
  }
  Graph g;
  try {
    g = load_graph(ref);
  } catch (const InputError& e) {
    std::fprintf(stderr, "bench_policy_bench: %s\n", e.what());
    return 2;
  }
  std::printf("Reference graph (%zu gates), both reuse policies, CBC %d thread%s, limit %.0f s; seconds elapsed\n",
              g.gates.size(), threads, threads == 1 ? "" : "s", limit);
  std::printf("%6s %-16s %7s %5s %6s %10s %10s %9s %9s  %s\n", "layers", "policy", "d_model", "ffn", "terms",
              "d_model s", "total s", "d ratio", "s ratio", "status");
  for (int layers : budgets) {
    Row del = run(g, layers, ReusePolicy::Delayed, threads, limit);
    Row imm = run(g, layers, ReusePolicy::Immediate, threads, limit);
    std::printf("%6d %-16s %7d %5d %6d %10.2f %10.2f %9s %9s  %s\n", layers, policy_name(ReusePolicy::Delayed), del.d_model, del.ffn,
                del.terms, del.d_seconds, del.seconds, "", "", del.status.c_str());
    std::printf("%6d %-16s %7d %5d %6d %10.2f %10.2f %9.2f %9.2f  %s\n", layers, policy_name(ReusePolicy::Immediate), imm.d_model,
                imm.ffn, imm.terms, imm.d_seconds, imm.seconds, static_cast<double>(imm.d_model) / del.d_model,
                imm.seconds / del.seconds, imm.status.c_str());
    std::fflush(stdout);
  }
  return 0;
}
