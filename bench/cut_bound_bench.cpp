// bench_cut_bound_bench: the boundary min-cut bound (solve/cut_bound.h)
// beside the forced-width bound it joins, on every workload of profile v3
// and the reference graph, under each reuse policy.
//
//   bench_cut_bound_bench [--windows 2,4,8]
//
// Per row: the layer budget, the forced-width d_model bound (the baseline,
// also computed in the MILP's first second), the min-cut bound over single
// boundaries, then with the window averages, their ratio to the baseline and
// the seconds each took. A bound is only a number here; tests/test_scale.cpp
// checks it against enumeration.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "model/errors.h"
#include "model/graph_io.h"
#include "model/levels.h"
#include "solve/bounds.h"
#include "solve/cut_bound.h"

using namespace sp;

namespace {

double seconds_of(const std::function<void()>& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void run(const std::string& label, const Graph& g, int layers, const std::vector<int>& windows) {
  const Levels lv = compute_levels(g);
  const auto alap = alap_phases(g, layers);
  if (!alap) return (void)std::printf("%-22s %3d layers: below the minimum\n", label.c_str(), layers);
  for (ReusePolicy policy : {ReusePolicy::Delayed, ReusePolicy::Immediate, ReusePolicy::ImmediateExactArith}) {
    int forced = 0;
    milp::CutBound single, windowed;
    const double t_forced = seconds_of([&] { forced = milp::forced_d_model_bound(g, layers, policy, lv.asap, *alap); });
    const double t_single = seconds_of([&] { single = milp::boundary_cut_bound(g, layers, policy, lv.asap, *alap); });
    const double t_window =
        seconds_of([&] { windowed = milp::boundary_cut_bound(g, layers, policy, lv.asap, *alap, std::nullopt, windows); });
    auto even = [](int w) { return 2 * ((w + 1) / 2); };
    const int best = std::max(forced, even(windowed.width));
    std::printf("%-22s %6d %-22s %7d %7d %7d %6.2fx %8.3f %8.3f %8.3f\n", label.c_str(), layers, policy_tag(policy), forced,
                std::max(forced, even(single.width)), best, static_cast<double>(best) / forced, t_forced, t_single, t_window);
    std::fflush(stdout);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> windows = {2, 4, 8};
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--windows") && i + 1 < argc) {
      windows.clear();
      std::stringstream ss(argv[++i]);
      for (std::string t; std::getline(ss, t, ',');) windows.push_back(std::stoi(t));
    } else {
      return std::fprintf(stderr, "usage: bench_cut_bound_bench [--windows 2,4,8]\n"), 2;
    }
  }
  const std::string root = SLOTPROOF_SOURCE_DIR;
  std::printf("d_model lower bounds: forced width (baseline) vs boundary min-cut; seconds per bound\n");
  std::printf("%-22s %6s %-22s %7s %7s %7s %7s %8s %8s %8s\n", "workload", "layers", "policy", "forced", "cut", "+windows",
              "ratio", "t_forced", "t_cut", "t_window");
  try {
    std::ifstream in(root + "/workloads/profiles/v3.json");
    const nlohmann::json profile = nlohmann::json::parse(in);
    for (const auto& w : profile.at("workloads")) {
      const std::string path = root + "/" + w.at("path").get<std::string>();
      run(w.at("name").get<std::string>(), load_graph(path), w.at("layers").get<int>(), windows);
    }
    const std::string ref = root + "/workloads/tvm-wasm-interpreter.json";
    const Graph g = load_graph(ref);
    for (int layers : {10, 12}) run("tvm-wasm-interpreter", g, layers, windows);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "bench_cut_bound_bench: %s\n", e.what());
    return 2;
  }
  return 0;
}
