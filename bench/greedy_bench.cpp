// Greedy baseline speed: random DAGs of 1k .. 100k gates (wl::random_graph_json),
// timing JSON parsing+validation, ASAP scheduling, liveness and slot
// allocation separately. Target: 100k gates scheduled and allocated in well
// under a second. Prints the per-gate cost at each size and its ratio to the
// smallest size (about 1 means linear).
#include <chrono>
#include <cstdio>
#include <string>

#include "model/graph_io.h"
#include "model/liveness.h"
#include "solve/allocate.h"
#include "solve/greedy.h"
#include "workloads/lib/random_graph.h"

namespace {
double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}
}  // namespace

int main() {
  std::printf("%8s %8s %10s %10s %10s %10s %10s %12s %8s\n", "gates", "layers", "parse_s", "schedule_s", "liveness_s",
              "alloc_s", "greedy_s", "ns/gate", "ratio");
  double base_per_gate = 0;
  for (int gates : {1000, 10000, 100000}) {
    std::string text = sp::wl::random_graph_json({.gates = gates, .seed = 1});
    auto t0 = std::chrono::steady_clock::now();
    sp::Graph g = sp::parse_graph(text, "random.json");
    double parse = seconds_since(t0);
    auto t1 = std::chrono::steady_clock::now();
    sp::Schedule s = sp::greedy_schedule(g);
    double schedule = seconds_since(t1);
    auto t2 = std::chrono::steady_clock::now();
    sp::Liveness lv = sp::compute_liveness(g, s, sp::ReusePolicy::Immediate);
    double liveness = seconds_since(t2);
    auto t3 = std::chrono::steady_clock::now();
    sp::Allocation a = sp::allocate_slots(g, lv);
    double alloc = seconds_since(t3);
    double greedy = schedule + liveness + alloc;
    double per_gate = 1e9 * greedy / gates;
    if (base_per_gate == 0) base_per_gate = per_gate;
    std::printf("%8d %8d %10.4f %10.4f %10.4f %10.4f %10.4f %12.1f %8.2f   d_model %d, %zu writes\n", gates, s.layers,
                parse, schedule, liveness, alloc, greedy, per_gate, per_gate / base_per_gate, lv.d_model,
                a.writes.size());
  }
  return 0;
}
