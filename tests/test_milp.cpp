// The MILP scheduler against an exhaustive reference (every legal schedule
// evaluated with compute_liveness), one graph per binding constraint family,
// infeasible budgets, and the CLI's options and exit codes.
#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "helpers.h"
#include "milp_enumerate.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/levels.h"
#include "solve/frontier.h"
#include "solve/greedy.h"
#include "solve/milp.h"
#include "solve/milp_model.h"
#include "solve/milp_testing.h"
#include "solve/time_sharing.h"
#include "verify/direct_checker.h"
#include "workloads/lib/random_graph.h"

using namespace sp;
using namespace sp::test;

namespace {

// The figures in the comments below are worked out under delayed reuse.
MilpResult solve(const Graph& g, std::optional<int> layers = std::nullopt, std::optional<int> max_ffn = std::nullopt,
                 ReusePolicy policy = ReusePolicy::Delayed) {
  MilpOptions opt;
  opt.layers = layers;
  opt.max_ffn = max_ffn;
  opt.policy = policy;
  opt.time_limit_s = 20;
  return solve_milp(g, opt);
}

// 300 gates, seeded: larger than enumeration reaches, small enough for CBC.
// A seeded 1,000-gate random DAG: its model is large (the root LP in the
// child, the local search and the bands beside CBC).
Graph thousand_gate_graph() {
  wl::RandomGraphOptions shape = wl::recent_values_shape(1000, 1);
  shape.inputs = 43;
  shape.outputs = 22;
  shape.window = 32;
  return wl::random_graph(shape);
}

Graph mid_size_random_graph() {
  wl::RandomGraphOptions opt = wl::recent_values_shape(300, 7);
  opt.inputs = 11;
  opt.outputs = 8;
  return wl::random_graph(opt);
}

// A few gates reading the last 5 values, `average_percent` of the lookups `average`.
Graph tiny_random_graph(int gates, uint64_t seed, int inputs, int outputs, int average_percent = 10) {
  wl::RandomGraphOptions opt = wl::recent_values_shape(gates, seed);
  opt.window = 5;
  opt.inputs = inputs;
  opt.outputs = outputs;
  opt.average_lookups = average_percent;
  opt.latest_lookups = 100 - average_percent;
  return wl::random_graph(opt);
}

// MILP optimum == exhaustive optimum, and the MILP's schedule really has it.
void check_against_enumeration(const Graph& g, int layers, std::optional<int> max_ffn, ReusePolicy policy) {
  Enumerated e = enumerate_best(g, layers, max_ffn, policy);
  MilpResult r = solve(g, layers, max_ffn, policy);
  if (e.best == INT_MAX) {
    CHECK(r.status == MilpStatus::Infeasible);
    return;
  }
  REQUIRE(r.status == MilpStatus::Optimal);
  CHECK(r.objective == e.best);
  CHECK(r.bound == e.best);
  CHECK(compute_liveness(g, *r.schedule, policy).d_model == e.best);
}

// Found by searching small random graphs: co-locating g0 with g4 moves the
// optimum at 3 layers from 4 to 6.
const char* kColocGraph =
    R"("name": "coloc", "inputs": [{"name": "in0", "pinned": true}, {"name": "in1", "pinned": false}],
    "gates": [{"name": "g0", "kind": "reglu", "a": {"in0": 1}, "b": {"in0": 2}},
              {"name": "g1", "kind": "reglu", "a": {"in0": 1, "in1": 2}, "b": {"g0": 1}},
              {"name": "g2", "kind": "reglu", "a": {"in1": 1}, "b": {"in0": 1}},
              {"name": "g3", "kind": "reglu", "a": {"g0": 1, "g2": 3}, "b": {"g2": 2}},
              {"name": "g4", "kind": "persist", "expr": {"g0": 2}}],
    "outputs": ["g4"])";

// Found the same way: at 4 layers one reglu per layer moves the optimum from 6 to 8.
const char* kFfnGraph =
    R"("name": "ffn", "inputs": [{"name": "in0", "pinned": true}, {"name": "in1", "pinned": false}],
    "gates": [{"name": "g0", "kind": "reglu", "a": {"in1": 3}, "b": {"in1": 2}},
              {"name": "g1", "kind": "reglu", "a": {"in0": 1}, "b": {"in1": 3}},
              {"name": "g2", "kind": "reglu", "a": {"g1": 3}, "b": {"in0": 1}},
              {"name": "g3", "kind": "reglu", "a": {"in1": 3}, "b": {"g1": 3}},
              {"name": "g4", "kind": "persist", "expr": {"g1": 1}},
              {"name": "g5", "kind": "lookup", "tie_break": "latest", "query": [{"g3": 3}, {"g4": 1}],
               "key": [{"g1": 1}, {"g1": 2}], "values": [{"g2": 3}], "produces": ["g5_0"]}],
    "outputs": ["g5_0"])";

// A six-value lookup summed by one persist. At phase 1 the six values are
// internal (width 2) but all die in the attention half: 2*3 heads + 7 dying =
// 13, d_model 14. At phase 3 they take slots (width 7) and the heads need 7: d_model 8.
const char* kHeadsGraph =
    R"("name": "heads", "inputs": [{"name": "x"}],
    "gates": [{"name": "l", "kind": "lookup", "tie_break": "latest", "query": [{"x": 1}, {"x": 1}],
               "key": [{"x": 1}, {"x": 1}], "values": [{"x": 1}, {"x": 2}, {"x": 3}, {"x": 4}, {"x": 5}, {"x": 6}],
               "produces": ["v0", "v1", "v2", "v3", "v4", "v5"]},
              {"name": "p", "kind": "persist", "expr": {"v0": 1, "v1": 1, "v2": 1, "v3": 1, "v4": 1, "v5": 1}}],
    "outputs": ["p"])";

// r1 -> r2 fixes layers 0 and 1; r3 and r4 read r1 so they need layer 1 too.
// Four reglus fit two layers of two by count, but not by precedence.
const char* kFfnPrecedenceGraph =
    R"("name": "ffn-precedence", "inputs": [{"name": "x"}],
    "gates": [{"name": "r1", "kind": "reglu", "a": {"x": 1}, "b": {"x": 1}},
              {"name": "r2", "kind": "reglu", "a": {"r1": 1}, "b": {"r1": 1}},
              {"name": "r3", "kind": "reglu", "a": {"r1": 1}, "b": {"x": 1}},
              {"name": "r4", "kind": "reglu", "a": {"r1": 2}, "b": {"x": 1}}],
    "outputs": ["r2", "r3", "r4"])";

std::string write_graph(const TempDir& dir, const std::string& name, const std::string& body) {
  std::string path = dir.file(name);
  std::ofstream(path) << "{\"format\": \"slotproof-graph/1\", " << body << "}";
  return path;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("milp: optimum equals exhaustive enumeration on small random graphs") {
  int compared = 0;
  for (uint32_t seed = 1; seed <= 24; ++seed) {
    Graph g = tiny_random_graph(5 + seed % 2, seed, 1 + seed % 2, 1 + seed % 2, 40);
    int min_layers = compute_levels(g).min_layers;
    CAPTURE(seed);
    for (int layers : {min_layers, min_layers + 1}) {
      CAPTURE(layers);
      for (ReusePolicy policy : sp::test::kAllPolicies) {
        CAPTURE(policy_name(policy));
        check_against_enumeration(g, layers, std::nullopt, policy);
        check_against_enumeration(g, layers, 1, policy);
        compared += 2;
      }
    }
  }
  CHECK(compared == 288);
}

TEST_CASE("milp: lexicographic levels (FFN width, then write terms) equal exhaustive enumeration") {
  int compared = 0, ffn_moved = 0;
  for (uint32_t seed = 1; seed <= 16; ++seed) {
    Graph g = tiny_random_graph(6, 100 + seed, 1 + seed % 2, 1 + seed % 2);
    const int layers = compute_levels(g).min_layers + 1;
    CAPTURE(seed);
    for (ReusePolicy policy : sp::test::kAllPolicies) {
      CAPTURE(policy_name(policy));
      Enumerated e = enumerate_best(g, layers, std::nullopt, policy);
      MilpResult r = solve(g, layers, std::nullopt, policy);
      REQUIRE(r.status == MilpStatus::Optimal);
      REQUIRE(r.levels.size() == 3);
      for (const LevelReport& l : r.levels) CHECK(l.status == "proven optimal");
      CHECK(std::tuple<int, int, int>{r.objective, r.ffn_width, r.write_terms} == e.lex);
      const Liveness lv = compute_liveness(g, *r.schedule, policy);
      CHECK(lv.d_model == r.objective);
      CHECK(lv.ffn_width == r.ffn_width);
      CHECK(enumerated_write_terms(lv) == r.write_terms);
      CHECK(r.levels[1].value == r.ffn_width);
      CHECK(r.levels[2].value == r.write_terms);
      // The first d_model-optimal schedule CBC finds need not be lexicographically best.
      MilpOptions plain;
      plain.layers = layers;
      plain.policy = policy;
      plain.lexicographic = false;
      ffn_moved += compute_liveness(g, *solve_milp(g, plain).schedule, policy).ffn_width > r.ffn_width;
      ++compared;
    }
  }
  CHECK(compared == 48);
  MESSAGE("levels lowered the FFN width on " << ffn_moved << " of " << compared << " runs");
}

TEST_CASE("milp: the (d_model, FFN width) frontier equals the Pareto set of exhaustive enumeration") {
  int points = 0;
  for (uint32_t seed = 1; seed <= 8; ++seed) {
    Graph g = tiny_random_graph(6, 200 + seed, 1, 2);
    const int layers = compute_levels(g).min_layers + 1;
    CAPTURE(seed);
    for (ReusePolicy policy : sp::test::kAllPolicies) {
      CAPTURE(policy_name(policy));
      // Pareto set by enumeration: the least d_model for every FFN cap.
      std::set<std::pair<int, int>> pareto;
      for (int cap = 1; cap <= static_cast<int>(g.gates.size()); ++cap) {
        Enumerated e = enumerate_best(g, layers, cap, policy);
        if (e.best == INT_MAX) continue;
        Enumerated at_cap = e;
        std::erase_if(pareto, [&](auto& p) { return p.first >= e.best && p.second >= std::get<1>(at_cap.lex); });
        bool dominated = false;
        for (auto& p : pareto) dominated |= p.first <= e.best && p.second <= std::get<1>(at_cap.lex);
        if (!dominated) pareto.insert({e.best, std::get<1>(at_cap.lex)});
      }
      FrontierOptions fo;
      fo.layers = layers;
      fo.policy = policy;
      fo.point_time_limit_s = 20;
      Frontier f = compute_frontier(g, fo);
      std::set<std::pair<int, int>> found;
      for (const FrontierPoint& p : f.points) {
        CHECK(p.proven());
        found.insert({p.d_model.value, p.ffn_width.value});
        Liveness lv = compute_liveness(g, p.schedule, policy);
        CHECK(lv.d_model == p.d_model.value);
        CHECK(lv.ffn_width == p.ffn_width.value);
      }
      CHECK(found == pareto);
      points += static_cast<int>(found.size());
    }
  }
  CHECK(points > 16);  // some graphs have more than one Pareto point
}

TEST_CASE("milp: co-location binding moves the optimum") {
  Graph free_graph = graph_from(kColocGraph);
  Graph tied = graph_from(std::string(kColocGraph) + R"(, "colocate": [["g0", "g4"]])");
  REQUIRE(tied.coloc_classes.size() == 1);
  MilpResult a = solve(free_graph, 3), b = solve(tied, 3);
  CHECK(a.objective == 4);
  CHECK(b.objective == 6);
  CHECK(enumerate_best(free_graph, 3).best == 4);
  CHECK(enumerate_best(tied, 3).best == 6);
  CHECK(layer_of(b.schedule->phase[0]) == layer_of(b.schedule->phase[4]));
}

TEST_CASE("milp: FFN budget binding moves the optimum") {
  Graph g = graph_from(kFfnGraph);
  MilpResult free_run = solve(g, 4), capped = solve(g, 4, 1);
  CHECK(free_run.objective == 6);
  CHECK(capped.objective == 8);
  CHECK(enumerate_best(g, 4).best == 6);
  CHECK(enumerate_best(g, 4, 1).best == 8);
  CHECK(compute_liveness(g, *capped.schedule, ReusePolicy::Delayed).ffn_width == 1);
}

TEST_CASE("milp: the head rule binds and moves the persist to persist2") {
  Graph g = graph_from(kHeadsGraph);
  Schedule greedy = greedy_schedule(g);
  Liveness glv = compute_liveness(g, greedy, ReusePolicy::Delayed);
  CHECK(greedy.phase[1] == 1);
  CHECK(glv.width == 2);
  CHECK(glv.heads_needed[0] == 13);
  CHECK(glv.d_model == 14);
  MilpResult r = solve(g);
  REQUIRE(r.status == MilpStatus::Optimal);
  CHECK(r.objective == 8);
  CHECK(r.schedule->phase[1] == 3);
  CHECK(enumerate_best(g, 1).best == 8);
  CHECK(r.warm_start_d_model == 14);
}

TEST_CASE("milp: infeasible budgets are reported, not solved") {
  Graph g = graph_from(kFfnPrecedenceGraph);
  CHECK(compute_levels(g).min_layers == 2);
  MilpResult too_few = solve(g, 1);
  CHECK(too_few.status == MilpStatus::Infeasible);
  CHECK(too_few.message == "1 layer cannot hold this graph; the minimum is 2");
  MilpResult by_count = solve(g, 2, 1);
  CHECK(by_count.status == MilpStatus::Infeasible);
  CHECK(by_count.message.find("hold 2 reglus; the graph has 4") != std::string::npos);
  MilpResult by_milp = solve(g, 2, 2);  // passes the counting test; CBC must prove it
  CHECK(by_milp.status == MilpStatus::Infeasible);
  CHECK(by_milp.message.find("CBC proved") != std::string::npos);
  CHECK(enumerate_best(g, 2, 2).best == INT_MAX);
  CHECK(solve(g, 3, 2).status == MilpStatus::Optimal);
}

TEST_CASE("milp: bad options throw InputError") {
  Graph g = graph_from(kHeadsGraph);
  MilpOptions opt;
  opt.layers = 0;
  CHECK_THROWS_AS(solve_milp(g, opt), InputError);
  opt = {};
  opt.threads = 0;
  CHECK_THROWS_AS(solve_milp(g, opt), InputError);
  opt = {};
  opt.time_limit_s = -1;
  CHECK_THROWS_AS(solve_milp(g, opt), InputError);
  opt = {};
  opt.max_ffn = 0;
  CHECK_THROWS_AS(solve_milp(g, opt), InputError);
  opt = {};
  opt.layers = 1000000;
  CHECK_THROWS_AS(solve_milp(g, opt), InputError);
}

TEST_CASE("milp: a mid-size random graph is never worse than greedy") {
  Graph g = mid_size_random_graph();
  MilpOptions opt;
  opt.time_limit_s = 4;
  MilpResult r = solve_milp(g, opt);
  REQUIRE(r.schedule);
  CHECK((r.status == MilpStatus::Optimal || r.status == MilpStatus::FeasibleWithGap));
  int greedy = compute_liveness(g, greedy_schedule(g), opt.policy).d_model;
  CHECK(r.objective <= greedy);
  CHECK(r.bound <= r.objective);
  CHECK(compute_liveness(g, *r.schedule, opt.policy).d_model == r.objective);
}

TEST_CASE("milp cli: solve writes a deterministic artifact and the MPS model") {
  TempDir dir;
  std::string graph = write_graph(dir, "heads.json", kHeadsGraph);
  RunResult r1 = run_cli("solve " + graph + " -o " + dir.file("a.json") + " --write-mps " + dir.file("m.mps"));
  CHECK(r1.exit_code == 0);
  CHECK(r1.output.find("proven optimal, d_model 8") != std::string::npos);
  RunResult r2 = run_cli("solve " + graph + " -o " + dir.file("b.json") + " --threads 2");
  CHECK(r2.exit_code == 0);
  std::string a = read_text(dir.file("a.json"));
  CHECK(a == read_text(dir.file("b.json")));
  CHECK(a.find("\"method\":\"milp\"") != std::string::npos);
  CHECK(a.find("\"solver\":\"CBC 2.10.8\"") != std::string::npos);
  CHECK(a.find("seconds") == std::string::npos);
  std::string mps = read_text(dir.file("m.mps"));
  CHECK(mps.find(" BV ") != std::string::npos);  // binaries as BV bounds
  CHECK(mps.find("x_g1_p3") != std::string::npos);
}

TEST_CASE("milp cli: infeasible budgets and bad options exit 2") {
  TempDir dir;
  std::string graph = write_graph(dir, "g.json", kFfnPrecedenceGraph);
  std::string out = " -o " + dir.file("o.json");
  RunResult few = run_cli("solve " + graph + " --layers 1" + out);
  CHECK(few.exit_code == 2);
  CHECK(few.output.find("1 layer cannot hold this graph; the minimum is 2") != std::string::npos);
  CHECK(run_cli("solve " + graph + " --layers 2 --max-ffn 2" + out).exit_code == 2);
  for (const char* bad : {"--layers 0", "--layers -3", "--threads 0", "--threads 1000", "--time-limit 0",
                          "--time-limit -5", "--max-ffn 0", "--layers abc", "--layers 99999999"}) {
    CAPTURE(bad);
    CHECK(run_cli("solve " + graph + " " + bad + out).exit_code == 2);
  }
  CHECK(run_cli("solve " + dir.file("missing.json") + out).exit_code == 2);
  std::ofstream(dir.file("broken.json")) << "{\"format\": \"slotproof-graph/1\", \"gates\": [";
  CHECK(run_cli("solve " + dir.file("broken.json") + out).exit_code == 2);
  CHECK(!std::filesystem::exists(dir.file("o.json")));
}

TEST_CASE("milp cli: reference interpreter graph at 7 layers is d_model 38, proven optimal") {
  if (!have_reference_graph()) return;
  TempDir dir;
  RunResult r = run_cli("solve " + reference_graph_path() + " --layers 7 --threads 2 --reuse delayed -o " +
                        dir.file("ref.json"));
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("milp: proven optimal, d_model 38, bound 38") != std::string::npos);
}

TEST_CASE("milp: a 1,000-gate graph under a 5 s limit returns in time, no worse than greedy") {
  Graph g = thousand_gate_graph();
  MilpOptions opt;
  opt.time_limit_s = 5;
  opt.threads = 2;
  const auto t0 = std::chrono::steady_clock::now();
  MilpResult r = solve_milp(g, opt);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CAPTURE(r.note);
  CAPTURE(r.build_seconds);
  CHECK(wall < opt.time_limit_s + 5 + r.build_seconds);  // build overshoot plus the kill grace
  REQUIRE(r.schedule);
  CHECK((r.status == MilpStatus::Optimal || r.status == MilpStatus::FeasibleWithGap));
  int greedy = compute_liveness(g, greedy_schedule(g), opt.policy).d_model;
  CHECK(r.objective <= greedy);
  CHECK(r.bound <= r.objective);
  CHECK(r.bound > 0);
  CHECK(compute_liveness(g, *r.schedule, opt.policy).d_model == r.objective);
}

TEST_CASE("milp: on a large model the band search runs beside CBC, and the answer is checked and in time") {
  Graph g = thousand_gate_graph();
  MilpOptions opt;
  opt.time_limit_s = 5;
  opt.lexicographic = false;
  const auto t0 = std::chrono::steady_clock::now();
  MilpResult r = solve_milp(g, opt);
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CAPTURE(r.note);
  REQUIRE(r.schedule);
  REQUIRE(r.rows >= static_cast<int>(kLargeModelRows));  // so the local search and the bands run beside CBC
  CHECK(wall < opt.time_limit_s + milp::kTimeSharing.grace(opt.time_limit_s) + r.build_seconds);
  CHECK(r.side_search_d_model > 0);
  CHECK(r.bands_solved >= 1);          // 5 s leave 4.5 s of bands after the side local search
  CHECK(r.band_d_model <= r.side_search_d_model);  // the bands start from the side search's schedule
  CHECK(r.objective <= r.band_d_model);
  CHECK(r.bound <= r.objective);
  CHECK(compute_liveness(g, *r.schedule, opt.policy).d_model == r.objective);
  CHECK(run_direct_checker(g, milp_artifact(g, r, opt)).safe());
}

TEST_CASE("milp: a bound that meets the search beside CBC stops CBC and the band search") {
  Graph g = load_graph(std::string(SLOTPROOF_SOURCE_DIR) + "/workloads/chain-2.json");
  MilpOptions opt;
  opt.time_limit_s = 30;
  opt.lexicographic = false;
  opt.large_model_rows = 0;  // the large-model path: root LP in the child, the local search and bands beside
  opt.band_min_rows = 0;
  MilpResult r = solve_milp_with_faults(g, opt, {.child_delay_s = 60});  // CBC itself would prove nothing before the limit
  REQUIRE(r.schedule);
  CHECK(r.note == "CBC's bound met the search beside it; CBC was stopped");
  CHECK(r.status == MilpStatus::Optimal);
  CHECK(r.objective == r.side_search_d_model);
  CHECK(r.seconds < 10);  // the side local search's 3 s and a poll, not the 30 s limit
  opt.bands = MilpOptions::Bands::Off;  // CBC proves it alone: the side search ends with CBC
  MilpResult r2 = solve_milp(g, opt);
  CHECK(r2.status == MilpStatus::Optimal);
  CHECK(r2.objective == r.objective);
  CHECK(r2.bands_solved == 0);
  CHECK(r2.seconds < 10);
}

TEST_CASE("milp: a crashing CBC process leaves the best known schedule, not a dead process") {
  Graph g = graph_from(kHeadsGraph);
  MilpOptions opt;
  opt.time_limit_s = 10;
  opt.local_search = false;  // so the fallback is greedy's schedule
  opt.sat = false;           // and nothing beside CBC finds better
  const MilpFaults crash{.child_signal = SIGSEGV};
  MilpResult r = solve_milp_with_faults(g, opt, crash);
  CHECK(r.note == "solver crashed (signal " + std::to_string(SIGSEGV) + "); returning the best known schedule");
  REQUIRE(r.schedule);
  CHECK(r.status == MilpStatus::FeasibleWithGap);  // greedy's 14 against the trivial bound
  CHECK(r.objective == 14);
  CHECK(r.bound <= 8);
  opt.threads = 2;  // the parallel run crashes too, and so does its one-thread retry
  MilpResult r2 = solve_milp_with_faults(g, opt, crash);
  CHECK(r2.threads_used == 1);
  CHECK(r2.objective == 14);
  opt.local_search = true;  // its 8 meets the forced width: proven before CBC, which never runs to crash
  MilpResult r3 = solve_milp_with_faults(g, opt, crash);
  CHECK(r3.local_search_d_model == 8);
  CHECK(r3.objective == 8);
  CHECK(r3.status == MilpStatus::Optimal);
  CHECK(r3.rows == 0);  // no model was built
  CHECK(r3.note.find("the warm start met the lower bound") == 0);
  opt.write_mps = (std::filesystem::temp_directory_path() / "slotproof-crash-test.mps").string();
  std::filesystem::remove(opt.write_mps);
  MilpResult r4 = solve_milp_with_faults(g, opt, crash);  // an MPS asked for is still written, CBC still idle
  CHECK(r4.rows > 0);
  CHECK(std::filesystem::exists(opt.write_mps));
  CHECK(r4.status == MilpStatus::Optimal);
  CHECK(r4.schedule->phase == r3.schedule->phase);  // the artifact does not depend on --write-mps
  std::filesystem::remove(opt.write_mps);
}

TEST_CASE("milp: the SAT descent beside CBC proves the optimum and records itself as the bound's source") {
  Graph g = load_graph(ranged_reference_path());
  for (ReusePolicy policy : sp::test::kAllPolicies) {
    MilpOptions opt;
    opt.layers = 10;  // CBC alone branches for half a minute here under delayed reuse
    opt.policy = policy;
    opt.lexicographic = false;
    opt.time_limit_s = 60;
    MilpResult r = solve_milp(g, opt);
    CAPTURE(policy_name(policy));
    CAPTURE(r.note);
    REQUIRE(r.status == MilpStatus::Optimal);
    CHECK(r.objective == (policy == ReusePolicy::Delayed ? 30 : policy == ReusePolicy::Immediate ? 28 : 26));
    CHECK(r.sat_calls >= 1);
    CHECK(compute_liveness(g, *r.schedule, policy).d_model == r.objective);
    if (r.bound_source == "SAT (CaDiCaL)") CHECK(r.note.find("SAT descent proved the optimum") != std::string::npos);
    // Without it, CBC alone reaches the same optimum (given the time) or at least not a better one.
    opt.sat = false;
    opt.time_limit_s = 2;
    MilpResult alone = solve_milp(g, opt);
    CHECK(alone.objective >= r.objective);
  }
}

TEST_CASE("milp model: fixing single-phase gates substitutes them away, and a contradictory fixing is caught") {
  Graph g = wl::random_graph(wl::recent_values_shape(60, 7));
  Schedule s = greedy_schedule(g);
  Levels lv = compute_levels(g);
  auto alap = alap_phases(g, s.layers);
  REQUIRE(alap);
  REQUIRE((*alap)[0] - lv.asap[0] >= 4);  // the first gate can move (seed 7; on seed 3 it cannot)
  milp::Model full = milp::build_model(g, {s.layers, std::nullopt, ReusePolicy::Delayed}, lv.asap, *alap);
  // Fix every gate but the first to its greedy phase.
  std::vector<int> lo = s.phase, hi = s.phase;
  lo[0] = lv.asap[0], hi[0] = (*alap)[0];
  milp::Model m = milp::build_model(g, {s.layers, std::nullopt, ReusePolicy::Delayed}, lo, hi);
  milp::fix_single_phase_gates(m);
  CHECK(m.cols.size() < full.cols.size() / 4);
  for (size_t x = 1; x < m.x.size(); ++x) {
    REQUIRE(m.x[x].size() == 1);
    CHECK(m.x[x][0].second == -1);
    CHECK(m.x[x][0].first == s.phase[x]);
  }
  for (auto [p, c] : m.x[0]) CHECK((c >= 0 && c < static_cast<int>(m.cols.size())));
  for (const milp::Row& r : m.rows)
    for (int c : r.cols) CHECK((c >= 0 && c < static_cast<int>(m.cols.size())));

  // A reader fixed at its producer's phase (legal for it: same kind) breaks a precedence row.
  GateId reader = -1, producer = -1;
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()) && reader < 0; ++x)
    for (ValueId v : g.gates[x].reads)
      if (GateId p = g.values[v].producer; p >= 0 && g.gates[p].kind == g.gates[x].kind) reader = x, producer = p;
  REQUIRE(reader >= 0);
  std::vector<int> bad = s.phase;
  bad[reader] = s.phase[producer];
  CHECK_THROWS_AS(milp::build_model(g, {s.layers, std::nullopt, ReusePolicy::Delayed}, bad, bad), MilpInternalError);
  // A row that only the fixed value of a single-phase gate violates.
  milp::Model tiny;
  tiny.cols = {{"x_g0_p3", 0, 1, 0, true}, {"d_half", 0, 10, 2, true}};
  tiny.x = {{{3, 0}}};
  tiny.d_half = 1;
  tiny.rows = {{"keep", {0, 1}, {1, -1}, -1e30, 0}};
  milp::fix_single_phase_gates(tiny);
  CHECK(tiny.cols.size() == 1);
  CHECK(tiny.d_half == 0);
  REQUIRE(tiny.rows.size() == 1);
  CHECK(tiny.rows[0].cols == std::vector<int>{0});
  CHECK(tiny.rows[0].hi == -1);  // x = 1 moved to the bounds: -d_half <= -1
  tiny.cols = {{"x_g0_p3", 0, 1, 0, true}, {"d_half", 0, 10, 2, true}};
  tiny.x = {{{3, 0}}};
  tiny.d_half = 1;
  tiny.rows = {{"never", {0}, {1}, -1e30, 0}};
  CHECK_THROWS_WITH_AS(milp::fix_single_phase_gates(tiny), doctest::Contains("never"), MilpInternalError);
}

TEST_CASE("milp: the band search improves on greedy, and its schedule is legal and proven safe") {
  Graph g = mid_size_random_graph();
  MilpOptions opt;
  opt.time_limit_s = 20;
  opt.band_min_rows = 0;  // band search on any model
  opt.bands = MilpOptions::Bands::Only;  // and nothing else
  MilpResult r = solve_milp(g, opt);
  REQUIRE(r.schedule);
  CAPTURE(r.note);
  const int greedy = compute_liveness(g, greedy_schedule(g), opt.policy).d_model;
  CHECK(r.warm_start_d_model == greedy);
  CHECK(r.bands_solved >= 1);
  CHECK(r.bands_improved >= 1);
  CHECK(r.band_d_model < greedy);
  CHECK(r.objective == r.band_d_model);
  CHECK(compute_liveness(g, *r.schedule, opt.policy).d_model == r.objective);
  CHECK(run_direct_checker(g, milp_artifact(g, r, opt)).safe());
}
