// The independent Z3 scheduling formulation agrees with exhaustive
// enumeration: sat exactly down to the true minimum width, unsat one below.
#include <doctest/doctest.h>

#include <map>

#include <functional>

#include "bundle/z3_schedule.h"
#include "model/levels.h"
#include "model/liveness.h"
#include "tests/helpers.h"

using namespace sp;

namespace {

// Smallest width_bound over every legal schedule in `layers` layers.
int enumerate_min_width(const Graph& g, int layers, ReusePolicy policy) {
  std::vector<int> phase(g.gates.size(), -1);
  int best = INT_MAX;
  std::function<void(size_t)> place = [&](size_t i) {
    if (i == g.topo.size()) {
      for (const auto& cls : g.coloc_classes)
        for (GateId x : cls)
          if (layer_of(phase[x]) != layer_of(phase[cls[0]])) return;
      best = std::min(best, compute_liveness(g, Schedule{layers, phase}, policy).width_bound);
      return;
    }
    GateId x = g.topo[i];
    int lower = 0;
    for (GateId p : g.preds[x]) lower = std::max(lower, phase[p] + 1);
    for (int p = lower; p < 4 * layers; ++p) {
      if (!is_legal_phase(g.gates[x].kind, p)) continue;
      phase[x] = p;
      place(i + 1);
    }
    phase[x] = -1;
  };
  place(0);
  return best;
}

}  // namespace

TEST_CASE("Z3 schedule existence matches exhaustive enumeration on small graphs") {
  int differ = 0;  // graphs where handing slots over buys width
  for (uint64_t seed : {1, 2, 3, 4}) {
    Graph g = sp::test::random_graph(7, seed, 4);
    int layers = compute_levels(g).min_layers + 1;
    CAPTURE(seed);
    std::map<ReusePolicy, int> best_of;
    for (ReusePolicy policy : sp::test::kAllPolicies) {
      CAPTURE(policy_name(policy));
      int best = best_of[policy] = enumerate_min_width(g, layers, policy);
      Z3ScheduleAnswer at = z3_schedule_exists(g, {.layers = layers, .policy = policy, .width_limit = best});
      REQUIRE(at.verdict == "sat");
      REQUIRE(at.schedule);
      CHECK(compute_liveness(g, *at.schedule, policy).width_bound <= best);
      Z3ScheduleAnswer below = z3_schedule_exists(g, {.layers = layers, .policy = policy, .width_limit = best - 1});
      CHECK(below.verdict == "unsat");
    }
    // Exact arithmetic hands over at least what float64 does, which hands over at least nothing.
    CHECK(best_of[ReusePolicy::ImmediateExactArith] <= best_of[ReusePolicy::Immediate]);
    CHECK(best_of[ReusePolicy::Immediate] <= best_of[ReusePolicy::Delayed]);
    differ += best_of[ReusePolicy::Immediate] < best_of[ReusePolicy::Delayed];
  }
  CHECK(differ > 0);
}

TEST_CASE("Z3 schedule existence respects the FFN budget") {
  Graph g = sp::test::graph_from(R"("inputs": [{"name": "x"}],
    "gates": [{"name": "r1", "kind": "reglu", "a": {"x": 1}, "b": {"x": 1}},
              {"name": "r2", "kind": "reglu", "a": {"x": 2}, "b": {"x": 1}}],
    "outputs": ["r1", "r2"])");
  CHECK(z3_schedule_exists(g, {.layers = 1, .max_ffn = 1, .width_limit = 10}).verdict == "unsat");
  Z3ScheduleAnswer two = z3_schedule_exists(g, {.layers = 2, .max_ffn = 1, .width_limit = 10});
  REQUIRE(two.verdict == "sat");
  CHECK(layer_of(two.schedule->phase[0]) != layer_of(two.schedule->phase[1]));
}
