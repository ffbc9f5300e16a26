// The greedy baseline: legal schedules, correct interval colouring, a write
// program that matches the allocation, and byte-identical output on reruns.
#include <doctest/doctest.h>

#include <fstream>
#include <set>

#include "model/artifact.h"
#include "model/graph_io.h"
#include "model/levels.h"
#include "solve/allocate.h"
#include "solve/greedy.h"
#include "tests/helpers.h"

using namespace sp;
using sp::test::random_graph;

namespace {

void check_legal(const Graph& g, const Schedule& s) {
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    CHECK(is_legal_phase(g.gates[x].kind, s.phase[x]));
    CHECK(s.phase[x] < 4 * s.layers);
    for (GateId p : g.preds[x]) CHECK(s.phase[p] < s.phase[x]);
  }
  for (const auto& cls : g.coloc_classes)
    for (GateId x : cls) CHECK(layer_of(s.phase[x]) == layer_of(s.phase[cls[0]]));
}

// Two values sharing a slot never overlap (each holds [first, hold_last] of
// the liveness' policy), and the write program is exactly +v at the first and
// -v at the erase boundary.
void check_allocation(const Graph& g, const Liveness& lv, const Allocation& a) {
  std::map<int, std::vector<ValueId>> by_slot;
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    CHECK((a.slot[v] >= 0) == static_cast<bool>(lv.needs_slot[v]));
    if (a.slot[v] >= 0) by_slot[a.slot[v]].push_back(v);
  }
  for (auto& [slot, vals] : by_slot) {
    std::sort(vals.begin(), vals.end(), [&](ValueId x, ValueId y) { return lv.first_boundary[x] < lv.first_boundary[y]; });
    for (size_t i = 1; i < vals.size(); ++i) CHECK(lv.hold_last[vals[i - 1]] < lv.first_boundary[vals[i]]);
  }
  CHECK(a.policy == lv.policy);
  CHECK(a.slots_used == lv.width);  // interval colouring is optimal
  CHECK(a.slots_used <= lv.d_model);
  size_t terms = 0;
  for (const Write& w : a.writes) {
    for (const Term& t : w.delta) {
      CHECK(a.slot[t.value] == w.slot);
      CHECK(w.boundary == (t.coef > 0 ? lv.first_boundary[t.value] : lv.last_boundary[t.value]));
      ++terms;
    }
  }
  size_t expected = 0;
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
    if (lv.needs_slot[v]) expected += 1 + (lv.last_boundary[v] < kForever);
  CHECK(terms == expected);
}

}  // namespace

TEST_CASE("greedy schedules random graphs legally and colours slots optimally") {
  for (uint64_t seed : {1, 2, 3, 4, 5}) {
    Graph g = random_graph(300, seed);
    Schedule s = greedy_schedule(g);
    check_legal(g, s);
    CHECK(s.layers == compute_levels(g).min_layers);
    for (ReusePolicy policy : sp::test::kAllPolicies) {
      Liveness lv = compute_liveness(g, s, policy);
      check_allocation(g, lv, allocate_slots(g, lv));
    }
  }
}

TEST_CASE("greedy respects an FFN budget") {
  Graph g = random_graph(300, 7);
  Schedule s = greedy_schedule(g, {.max_ffn = 3});
  check_legal(g, s);
  Liveness lv = compute_liveness(g, s, ReusePolicy::Immediate);
  for (int r : lv.reglus) CHECK(r <= 3);
  CHECK(lv.ffn_width <= 3);
}

TEST_CASE("immediate reuse shares a slot at the boundary where the old value dies") {
  // Exact-arithmetic handovers: any value may take a slot at its old value's
  // erase boundary (the float64 rule's class is tested in test_liveness.cpp).
  Graph g = random_graph(300, 11);
  Schedule s = greedy_schedule(g);
  Liveness delayed = compute_liveness(g, s, ReusePolicy::Delayed);
  Liveness lv = compute_liveness(g, s, ReusePolicy::ImmediateExactArith);
  Allocation a = allocate_slots(g, lv);
  CHECK(a.slots_used == lv.width);
  CHECK(lv.width < delayed.width);  // the subtraction buys width
  CHECK(lv.d_model <= delayed.d_model);
  bool combined = false;  // some write both places and subtracts
  for (const Write& w : a.writes) {
    bool plus = false, minus = false;
    for (const Term& t : w.delta) (t.coef > 0 ? plus : minus) = true;
    combined |= plus && minus;
  }
  CHECK(combined);
}

TEST_CASE("greedy is deterministic: identical artifact bytes") {
  Graph g = random_graph(500, 42);
  std::string first = artifact_to_text(g, greedy_artifact(g));
  std::string again = artifact_to_text(g, greedy_artifact(random_graph(500, 42)));
  CHECK(first == again);
}

TEST_CASE("greedy on the reference interpreter graph" * doctest::skip(!sp::test::have_reference_graph())) {
  Graph g = load_graph(sp::test::reference_graph_path());
  Artifact a = greedy_artifact(g, {.policy = ReusePolicy::Delayed});
  check_legal(g, a.schedule);
  Liveness lv = compute_liveness(g, a.schedule, ReusePolicy::Delayed);
  check_allocation(g, lv, a.alloc);
  CHECK(a.schedule.layers == 7);
  CHECK(a.d_model == lv.d_model);
  CHECK(a.d_model == 64);  // width 63 at boundary 19
  CHECK(lv.peak_boundary == 19);
  // Immediate reuse: the same schedule, the d_model its own occupancy needs.
  // The shared file declares no input ranges, so no handover is exact in
  // float64 and the float64 rule gives the delayed width; exact arithmetic
  // would hand over at every erase boundary.
  Artifact b = greedy_artifact(g, {.policy = ReusePolicy::Immediate});
  CHECK(b.schedule.phase == a.schedule.phase);
  Liveness ilv = compute_liveness(g, b.schedule, ReusePolicy::Immediate);
  check_allocation(g, ilv, b.alloc);
  CHECK(b.d_model == ilv.d_model);
  CHECK(b.d_model == a.d_model);
  CHECK(b.alloc.slots_used <= b.d_model);
  Artifact c = greedy_artifact(g, {.policy = ReusePolicy::ImmediateExactArith});
  CHECK(c.schedule.phase == a.schedule.phase);
  Liveness elv = compute_liveness(g, c.schedule, ReusePolicy::ImmediateExactArith);
  check_allocation(g, elv, c.alloc);
  CHECK(c.d_model <= 50);
  CHECK(c.alloc.slots_used <= c.d_model);
}

TEST_CASE("artifacts round-trip through JSON") {
  Graph g = random_graph(200, 3);
  Artifact a = greedy_artifact(g);
  std::string text = artifact_to_text(g, a);
  Artifact b = artifact_from_json(g, nlohmann::json::parse(text), "rt.json");
  CHECK(artifact_to_text(g, b) == text);
}
