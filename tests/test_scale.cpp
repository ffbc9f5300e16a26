// The pieces that let the MILP scale: every lower bound is a claim, tested
// against exhaustive enumeration (bound <= optimum, always); the local search
// returns legal schedules whose figures compute_liveness confirms.
#include <doctest/doctest.h>

#include <array>

#include <OsiClpSolverInterface.hpp>

#include "helpers.h"
#include "milp_enumerate.h"
#include "model/graph_io.h"
#include "model/levels.h"
#include "solve/bounds.h"
#include "solve/cut_bound.h"
#include "solve/cbc_run.h"
#include "solve/greedy.h"
#include "solve/local_search.h"
#include "solve/lp_bound.h"
#include "solve/milp.h"
#include "solve/milp_model.h"
#include "solve/milp_schedule.h"
#include "workloads/lib/random_graph.h"

using namespace sp;
using namespace sp::test;

namespace {

// Reads the last 5 values; 3 in 10 lookups `average` (co-location).
Graph small_graph(uint32_t seed, int gates = 6) {
  wl::RandomGraphOptions opt = wl::recent_values_shape(gates, 300 + seed);
  opt.window = 5;
  opt.inputs = 1 + seed % 2;
  opt.outputs = 1 + seed % 2;
  opt.average_lookups = 30;
  opt.latest_lookups = 70;
  return wl::random_graph(opt);
}

struct LoadedModel {
  milp::Model m;
  OsiClpSolverInterface solver;
};

void load(const Graph& g, int layers, ReusePolicy policy, LoadedModel& out) {
  Levels lv = compute_levels(g);
  auto alap = alap_phases(g, layers);
  REQUIRE(alap);
  out.m = milp::build_model(g, {layers, std::nullopt, policy}, lv.asap, *alap);
  milp::load_model(out.solver, out.m);
  out.solver.messageHandler()->setLogLevel(0);
  out.solver.getModelPtr()->setLogLevel(0);
}

}  // namespace

TEST_CASE("bounds: forced width, the LP's safe dual bound (stopped or not) and random duals never exceed the optimum") {
  uint64_t state = 7;
  auto unit = [&] {  // a deterministic number in [-1, 1)
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state >> 11) / static_cast<double>(1ULL << 52) - 1.0;
  };
  int checked = 0, lp_tight = 0;
  for (uint32_t seed = 1; seed <= 12; ++seed) {
    Graph g = small_graph(seed);
    const int layers = compute_levels(g).min_layers + 1;
    for (ReusePolicy policy : sp::test::kAllPolicies) {
      CAPTURE(seed);
      CAPTURE(policy_name(policy));
      const int best = enumerate_best(g, layers, std::nullopt, policy).best;
      REQUIRE(best < INT_MAX);
      LoadedModel lm;
      load(g, layers, policy, lm);
      CHECK(2 * ((lm.m.forced_width + 1) / 2) <= best);
      {
        Levels lv = compute_levels(g);
        CHECK(milp::forced_d_model_bound(g, layers, policy, lv.asap, *alap_phases(g, layers)) <= best);
      }
      ClpSimplex& lp = *lm.solver.getModelPtr();
      bool optimal = false;
      const double lp_bound = milp::dual_simplex_bound(lp, 100, optimal);
      REQUIRE(optimal);
      CHECK(lp_bound == doctest::Approx(lp.objectiveValue()).epsilon(1e-7));
      CHECK(milp::even_ceil(lp_bound) <= best);
      lp_tight += milp::even_ceil(lp_bound) == best;
      // Any dual vector gives a valid bound, however poor.
      std::vector<double> y(lp.numberRows());
      for (int trial = 0; trial < 20; ++trial) {
        for (double& yi : y) yi = 3 * unit();
        CHECK(milp::safe_dual_bound(lp, y.data()) <= best + 1e-9);
      }
      ++checked;
    }
  }
  CHECK(checked == 36);
  MESSAGE("the LP bound was the optimum on " << lp_tight << " of " << checked);
}

// The min-cut bound claims, per boundary, a number no legal schedule goes
// below; enumeration gives the true least occupancy at each boundary.
TEST_CASE("bounds: the boundary min-cut never exceeds the least occupancy of any schedule, boundary by boundary") {
  const std::array<int, 3> kWindows{2, 3, 4};
  int boundaries = 0, tight = 0, above_forced = 0, cases = 0, windows_above = 0;
  for (uint32_t seed = 1; seed <= 40; ++seed) {
    // Two shapes: the small graphs above, and denser ones with more inputs
    // and outputs (where deleting a reader moves a death: test_scale's
    // history, docs/MILP.md "Lower bounds").
    Graph g = seed <= 24 ? small_graph(seed, 6 + static_cast<int>(seed % 2)) : [&] {
      wl::RandomGraphOptions opt = wl::recent_values_shape(7 + static_cast<int>(seed % 2), seed);
      opt.window = 4;
      opt.inputs = 3;
      opt.outputs = 2;
      return wl::random_graph(opt);
    }();
    const Levels lv = compute_levels(g);
    for (int layers : {lv.min_layers, lv.min_layers + 1}) {
      auto alap = alap_phases(g, layers);
      REQUIRE(alap);
      for (ReusePolicy policy : sp::test::kAllPolicies) {
        CAPTURE(seed);
        CAPTURE(layers);
        CAPTURE(policy_name(policy));
        const Enumerated all = enumerate_best(g, layers, std::nullopt, policy);
        if (all.best == INT_MAX) continue;  // co-location leaves no schedule
        const milp::CutBound cut = milp::boundary_cut_bound(g, layers, policy, lv.asap, *alap, std::nullopt, kWindows);
        REQUIRE(cut.boundaries_done == 2 * layers);
        REQUIRE(all.min_occupancy.size() == cut.min_occupancy.size());
        for (size_t i = 0; i < cut.min_occupancy.size(); ++i) {
          CAPTURE(i);
          CHECK(cut.min_occupancy[i] <= all.min_occupancy[i]);
          tight += cut.min_occupancy[i] == all.min_occupancy[i];
          ++boundaries;
        }
        // Each window's least average occupancy is at most its least peak.
        CHECK(2 * ((cut.width + 1) / 2) <= all.best);
        windows_above += cut.window.first >= 0;
        // The forced-width bound counts values live in every schedule, a
        // subset of what the cut counts; its head term is not in the cut.
        above_forced += 2 * ((cut.width + 1) / 2) > milp::forced_d_model_bound(g, layers, policy, lv.asap, *alap);
        ++cases;
      }
    }
  }
  MESSAGE("min-cut tight at " << tight << " of " << boundaries << " boundaries; above the forced width in " << above_forced
                              << " of " << cases << " cases; a window average above every boundary in " << windows_above);
  CHECK(cases >= 100);
  // Not a vacuous bound: exact at most boundaries of these small graphs.
  CHECK(2 * tight > boundaries);
  CHECK(above_forced > 0);
}

// The head-demand bound claims no legal schedule keeps every layer's head
// demand (2*lookup_heads + dying + passthrough) below it; enumeration gives
// the least largest demand. Lookup-heavy graphs, so the head rule binds.
TEST_CASE("bounds: the head-demand bound never exceeds the least head demand of any schedule") {
  int cases = 0, tight = 0, above_single_layers = 0, sets_forced = 0;
  for (uint32_t seed = 1; seed <= 40; ++seed) {
    wl::RandomGraphOptions opt = wl::recent_values_shape(7 + static_cast<int>(seed % 2), 500 + seed);
    opt.lookups = 60, opt.reglus = 15, opt.persists = 25;
    opt.window = 3 + static_cast<int>(seed % 3);
    opt.inputs = 1 + static_cast<int>(seed % 3);
    opt.outputs = 1 + static_cast<int>(seed % 2);
    const Graph g = wl::random_graph(opt);
    const Levels lv = compute_levels(g);
    for (int layers : {lv.min_layers, lv.min_layers + 1}) {
      auto alap = alap_phases(g, layers);
      REQUIRE(alap);
      CAPTURE(seed);
      CAPTURE(layers);
      const Enumerated all = enumerate_best(g, layers, std::nullopt, ReusePolicy::Delayed);
      if (all.best == INT_MAX) continue;
      const int heads = milp::head_demand_bound(g, layers, lv.asap, *alap);
      CHECK(heads <= all.min_head_demand);
      CHECK(2 * ((heads + 1) / 2) <= all.best);
      tight += heads == all.min_head_demand;
      // Runs of layers, not single layers, give the bound here.
      above_single_layers += heads > milp::head_demand_bound(g, layers, lv.asap, *alap, layers);
      sets_forced += 2 * ((heads + 1) / 2) == milp::forced_d_model_bound(g, layers, ReusePolicy::Delayed, lv.asap, *alap);
      ++cases;
    }
  }
  MESSAGE("head-demand bound tight in " << tight << " of " << cases << " cases; above its single-layer form in "
                                        << above_single_layers << "; the forced bound's value in " << sets_forced);
  CHECK(cases >= 60);
  CHECK(3 * tight >= cases);  // not vacuous: exact in a third of the cases or more
  CHECK(above_single_layers > 0);
}

// On a real graph: no boundary's bound exceeds a legal schedule's occupancy
// there (the greedy schedule), and the bound is
// computed for every boundary of a 1,108-gate graph.
TEST_CASE("bounds: the boundary min-cut on interp-large stays under legal schedules at every boundary") {
  const Graph g = load_graph(std::string(SLOTPROOF_SOURCE_DIR) + "/workloads/interp-large-2.json");
  const Levels lv = compute_levels(g);
  for (ReusePolicy policy : sp::test::kAllPolicies) {
    CAPTURE(policy_name(policy));
    Schedule s = greedy_schedule(g, GreedyOptions{std::nullopt, policy});
    REQUIRE(s.layers == lv.min_layers);
    const auto alap = alap_phases(g, s.layers);
    REQUIRE(alap);
    const milp::CutBound cut = milp::boundary_cut_bound(g, s.layers, policy, lv.asap, *alap);
    REQUIRE(cut.boundaries_done == 2 * s.layers);
    const Liveness greedy = compute_liveness(g, s, policy);
    for (size_t i = 0; i < cut.min_occupancy.size(); ++i) CHECK(cut.min_occupancy[i] <= greedy.occupancy[i]);
    CHECK(cut.width > milp::forced_d_model_bound(g, s.layers, policy, lv.asap, *alap));
  }
}

TEST_CASE("bounds: a dual simplex stopped early still gives a valid bound on a larger model") {
  wl::RandomGraphOptions shape = wl::recent_values_shape(300, 7);
  shape.inputs = 11;
  shape.outputs = 8;
  Graph g = wl::random_graph(shape);
  const int layers = compute_levels(g).min_layers;
  LoadedModel full, stopped;
  load(g, layers, ReusePolicy::Delayed, full);
  load(g, layers, ReusePolicy::Delayed, stopped);
  bool optimal = false;
  const double lp = milp::dual_simplex_bound(*full.solver.getModelPtr(), 100, optimal);
  REQUIRE(optimal);
  stopped.solver.getModelPtr()->setMaximumIterations(20);
  bool stopped_optimal = true;
  const double early = milp::dual_simplex_bound(*stopped.solver.getModelPtr(), 100, stopped_optimal);
  CHECK_FALSE(stopped_optimal);
  CHECK(early <= lp + 1e-6);
  // And the LP bound is below what greedy (a feasible schedule) reaches.
  CHECK(lp <= compute_liveness(g, greedy_schedule(g, {.max_ffn = std::nullopt, .policy = ReusePolicy::Delayed}),
                               ReusePolicy::Delayed)
                     .d_model +
                 1e-6);
}

TEST_CASE("local search: legal schedules, never worse than the start, figures confirmed by compute_liveness") {
  int improved = 0, runs = 0;
  for (uint64_t seed : {1, 2, 3, 4}) {
    Graph g = random_graph(400, seed);
    Levels lv = compute_levels(g);
    for (int extra : {0, 2}) {
      const int layers = lv.min_layers + extra;
      auto alap = alap_phases(g, layers);
      REQUIRE(alap);
      for (ReusePolicy policy : sp::test::kAllPolicies)
        for (std::optional<int> ffn : {std::optional<int>(), std::optional<int>(12)}) {
          Schedule start = greedy_schedule(g, {.max_ffn = ffn, .policy = policy});
          if (start.layers > layers) continue;
          start.layers = layers;
          milp::LocalSearchOptions opt{layers, ffn, policy, seed, 200000};
          milp::LocalSearchResult r = milp::local_search(g, lv.asap, *alap, start, opt,
                                                         milp::Clock::now() + std::chrono::seconds(30));
          CAPTURE(seed);
          CAPTURE(policy_name(policy));
          CHECK(milp::schedule_violation(g, r.schedule, ffn) == "");
          const Liveness before = compute_liveness(g, start, policy), after = compute_liveness(g, r.schedule, policy);
          CHECK(after.width_bound == r.width_bound_after);
          CHECK(before.width_bound == r.width_bound_before);
          CHECK(after.width_bound <= before.width_bound);
          improved += after.d_model < before.d_model;
          ++runs;
        }
    }
  }
  CHECK(improved * 2 > runs);  // it usually beats ASAP greedy
}

TEST_CASE("local search with co-location classes keeps every class in one layer") {
  for (uint32_t seed = 1; seed <= 6; ++seed) {
    Graph g = small_graph(seed, 40);
    Levels lv = compute_levels(g);
    const int layers = lv.min_layers + 1;
    auto alap = alap_phases(g, layers);
    REQUIRE(alap);
    Schedule start = greedy_schedule(g);
    start.layers = layers;
    milp::LocalSearchResult r = milp::local_search(g, lv.asap, *alap, start, {layers, std::nullopt, ReusePolicy::Immediate, seed, 50000},
                                                   milp::Clock::now() + std::chrono::seconds(10));
    CHECK(milp::schedule_violation(g, r.schedule, std::nullopt) == "");
    CHECK(compute_liveness(g, r.schedule, ReusePolicy::Immediate).width_bound == r.width_bound_after);
  }
}

TEST_CASE("local search: it stops at a d_model it is told is enough, and after the fruitless kicks it is allowed") {
  Graph g = random_graph(400, 5);
  Levels lv = compute_levels(g);
  const int layers = lv.min_layers + 2;
  auto alap = alap_phases(g, layers);
  REQUIRE(alap);
  Schedule start = greedy_schedule(g, {.max_ffn = std::nullopt, .policy = ReusePolicy::Delayed});
  start.layers = layers;
  const auto far = [] { return milp::Clock::now() + std::chrono::seconds(60); };
  const int greedy_d = compute_liveness(g, start, ReusePolicy::Delayed).d_model;
  milp::LocalSearchOptions full{layers, std::nullopt, ReusePolicy::Delayed, 1, 300000};
  const milp::LocalSearchResult free_run = milp::local_search(g, lv.asap, *alap, start, full, far());
  const int best_d = compute_liveness(g, free_run.schedule, ReusePolicy::Delayed).d_model;
  REQUIRE(best_d < greedy_d);  // there is something to stop early from
  // Enough at the start: no move at all; enough at the free run's d_model:
  // the same walk (one seed), cut where it first gets there.
  milp::LocalSearchOptions at_start = full;
  at_start.enough_d_model = greedy_d;
  CHECK(milp::local_search(g, lv.asap, *alap, start, at_start, far()).moves_tried == 0);
  milp::LocalSearchOptions at_best = full;
  at_best.enough_d_model = best_d;
  const milp::LocalSearchResult cut = milp::local_search(g, lv.asap, *alap, start, at_best, far());
  CHECK(compute_liveness(g, cut.schedule, ReusePolicy::Delayed).d_model == best_d);
  CHECK(cut.moves_tried <= free_run.moves_tried);
  // Fruitless kicks: with no move budget and a far deadline it still ends,
  // each kick coming after a streak of 20 moves per gate without a gain.
  milp::LocalSearchOptions stall{layers, std::nullopt, ReusePolicy::Delayed, 1, 0, 2};
  const milp::LocalSearchResult stalled = milp::local_search(g, lv.asap, *alap, start, stall, far());
  CHECK(stalled.moves_tried > 3 * 20 * static_cast<int64_t>(g.gates.size()));
  CHECK(stalled.moves_tried < 100'000'000);
  CHECK(stalled.width_bound_after <= stalled.width_bound_before);
}
