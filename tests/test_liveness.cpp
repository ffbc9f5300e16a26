// Liveness on small hand-made graphs; every expected figure is worked out in
// the comments from SPEC.md section 3.
#include <doctest/doctest.h>

#include "model/errors.h"
#include "model/levels.h"
#include "model/liveness.h"
#include "tests/helpers.h"

using namespace sp;
using sp::test::graph_from;

namespace {

// lk (lookup) reads pos, x -> y; r = relu(one)*y; p = r + x (output).
const char* kChain = R"("inputs": [{"name": "x"}, {"name": "one"}, {"name": "pos", "pinned": true}],
  "gates": [
    {"name": "lk", "kind": "lookup", "tie_break": "latest", "query": [{"pos": 1}], "key": [{"pos": 1}],
     "values": [{"x": 1}], "produces": ["y"]},
    {"name": "r", "kind": "reglu", "a": {"y": 1}, "b": {"one": 1}},
    {"name": "p", "kind": "persist", "expr": {"r": 1, "x": 1}}],
  "outputs": ["p"])";

Schedule schedule_of(const Graph& g, std::vector<int> phases) {
  Schedule s;
  s.phase = std::move(phases);
  int last = 0;
  for (int p : s.phase) last = std::max(last, p);
  s.layers = layer_of(last) + 1;
  (void)g;
  return s;
}

}  // namespace

TEST_CASE("births, deaths, internal values and occupancy on a chain") {
  Graph g = graph_from(kChain);
  Schedule s = schedule_of(g, {0, 2, 3});  // lk@0, r@2, p@3: one layer
  Liveness lv = compute_liveness(g, s, ReusePolicy::Delayed);
  auto v = [&](const char* n) { return *g.find_value(n); };
  // x: input read at 0 and 3 -> death 3; last boundary = largest odd <= 4 = 3.
  CHECK(lv.birth[v("x")] == -1);
  CHECK(lv.death[v("x")] == 3);
  CHECK(lv.first_boundary[v("x")] == -1);
  CHECK(lv.last_boundary[v("x")] == 3);
  // one: read at 2 -> erased at boundary 3 (delayed reuse: still occupies 3).
  CHECK(lv.last_boundary[v("one")] == 3);
  // pos: pinned -> forever.
  CHECK(lv.death[v("pos")] == kForever);
  // y: born 0, read at 2 > 0+1 -> needs a slot from boundary 1.
  CHECK_FALSE(lv.internal[v("y")]);
  CHECK(lv.first_boundary[v("y")] == 1);
  // r: born 2, only reader p at 3 = birth+1 -> internal, no slot.
  CHECK(lv.internal[v("r")]);
  CHECK_FALSE(lv.needs_slot[v("r")]);
  // p: output born at 3.
  CHECK(lv.needs_slot[v("p")]);
  CHECK(lv.first_boundary[v("p")] == 3);
  // Boundary 1: x, one, pos, y. Boundary 3: x, one, pos, y, p.
  CHECK(lv.occupancy == std::vector<int>{4, 5});
  CHECK(lv.width == 5);
  CHECK(lv.peak_boundary == 3);
  // Heads: lookup heads 1; dying = alive(-1)=3 + born 1 - alive(1)=4 = 0; no persist1.
  CHECK(lv.lookup_heads == std::vector<int>{1});
  CHECK(lv.dying == std::vector<int>{0});
  CHECK(lv.heads_needed == std::vector<int>{2});
  CHECK(lv.d_model == 6);  // width 5 rounded up to even
  CHECK(lv.ffn_width == 1);
}

TEST_CASE("immediate reuse: a value no longer occupies its erase boundary") {
  Graph g = graph_from(kChain);
  Schedule s = schedule_of(g, {0, 2, 3});  // as above: lk@0, r@2, p@3
  Liveness lv = compute_liveness(g, s, ReusePolicy::ImmediateExactArith);
  auto v = [&](const char* n) { return *g.find_value(n); };
  // Erase boundaries are the same under both policies (the allocator's -v writes).
  CHECK(lv.last_boundary[v("x")] == 3);
  CHECK(lv.last_boundary[v("y")] == 3);
  // x (read at 3), one (read at 2), y (read at 2): death < 3+1, so none holds boundary 3.
  CHECK(lv.hold_last[v("x")] == 1);
  CHECK(lv.hold_last[v("one")] == 1);
  CHECK(lv.hold_last[v("y")] == 1);
  CHECK(lv.hold_last[v("pos")] == kForever);
  CHECK_FALSE(lv.occupies(v("y"), 3));
  CHECK(lv.occupies(v("y"), 1));
  // Boundary 1: x, one, pos, y = 4; boundary 3: pos, p = 2 (delayed: 4, 5).
  CHECK(lv.occupancy == std::vector<int>{4, 2});
  CHECK(lv.width == 4);
  CHECK(lv.peak_boundary == 1);
  CHECK(lv.heads_needed == std::vector<int>{2});  // the head rule does not depend on the policy
  CHECK(lv.d_model == 4);
  Liveness delayed = compute_liveness(g, s, ReusePolicy::Delayed);
  CHECK(delayed.heads_needed == lv.heads_needed);
  CHECK(delayed.d_model == 6);
}

TEST_CASE("immediate reuse: an input read at boundary 1 occupies no boundary") {
  Graph g = graph_from(R"("inputs": [{"name": "x"}],
    "gates": [{"name": "p1", "kind": "persist", "expr": {"x": 1}},
              {"name": "r", "kind": "reglu", "a": {"p1": 1}, "b": {"p1": 1}},
              {"name": "p2", "kind": "persist", "expr": {"r": 1}}],
    "outputs": ["p2"])");
  Liveness lv = compute_liveness(g, schedule_of(g, {1, 2, 3}), ReusePolicy::ImmediateExactArith);
  auto v = [&](const char* n) { return *g.find_value(n); };
  CHECK(lv.last_boundary[v("x")] == 1);
  CHECK(lv.hold_last[v("x")] == -1);  // written by the embedding, subtracted at 1
  CHECK(lv.hold_last[v("p1")] == 1);
  CHECK(lv.occupancy == std::vector<int>{1, 1});  // {p1}, {p2} (delayed: {x, p1}, {p1, p2})
}

TEST_CASE("a later schedule stretches lifetimes and changes occupancy") {
  Graph g = graph_from(kChain);
  // lk@0, r@6 (layer 1), p@7: y now lives from boundary 1 to 7.
  Liveness lv = compute_liveness(g, schedule_of(g, {0, 6, 7}), ReusePolicy::Delayed);
  auto v = [&](const char* n) { return *g.find_value(n); };
  CHECK(lv.last_boundary[v("y")] == 7);
  CHECK(lv.last_boundary[v("one")] == 7);
  // Boundaries 1,3,5: x, one, pos, y = 4; boundary 7: + p = 5.
  CHECK(lv.occupancy == std::vector<int>{4, 4, 4, 5});
  CHECK(lv.d_model == 6);
}

TEST_CASE("the head rule can set d_model: dying values and passthrough") {
  // A 3-value lookup (2 heads), a persist1 reading its own lookup's value u
  // (internal) and the input b (passthrough), one value v nobody reads.
  Graph g = graph_from(R"("inputs": [{"name": "a"}, {"name": "b"}, {"name": "pos", "pinned": true}],
    "gates": [
      {"name": "lk", "kind": "lookup", "tie_break": "latest", "query": [{"pos": 1}], "key": [{"pos": 1}],
       "values": [{"a": 1}, {"b": 1}, {"a": 1, "b": 1}], "produces": ["u", "v", "w"]},
      {"name": "q", "kind": "persist", "expr": {"u": 1, "b": 1}}],
    "outputs": ["q", "w"])");
  Liveness lv = compute_liveness(g, schedule_of(g, {0, 1}), ReusePolicy::Delayed);
  auto v = [&](const char* n) { return *g.find_value(n); };
  CHECK(lv.internal[v("u")]);
  CHECK(lv.unused[v("v")]);
  CHECK_FALSE(lv.needs_slot[v("v")]);
  // Boundary 1: a (read at 0, erased at 1), b (read at 1), pos, w, q = 5; boundary 3: pos, w, q.
  CHECK(lv.occupancy == std::vector<int>{5, 3});
  // lookup heads ceil(3/2) = 2; born = u, v, w + q = 4; alive(-1) = 3 inputs;
  // alive(1) = pos, w, q = 3 -> dying = 3 + 4 - 3 = 4; passthrough = {b} = 1.
  CHECK(lv.lookup_heads == std::vector<int>{2});
  CHECK(lv.dying == std::vector<int>{4});
  CHECK(lv.passthrough == std::vector<int>{1});
  CHECK(lv.heads_needed == std::vector<int>{9});
  CHECK(lv.width == 5);
  CHECK(lv.width_bound == 9);
  CHECK(lv.d_model == 10);
}

TEST_CASE("a value last read at c-1 occupies boundary c, one read at c+1 does not free it") {
  // p1 at phase 1 read by reglu at 2: p1 lives over boundaries [1, 3].
  Graph g = graph_from(R"("inputs": [{"name": "x"}],
    "gates": [{"name": "p1", "kind": "persist", "expr": {"x": 1}},
              {"name": "r", "kind": "reglu", "a": {"p1": 1}, "b": {"p1": 1}},
              {"name": "p2", "kind": "persist", "expr": {"r": 1}}],
    "outputs": ["p2"])");
  Liveness lv = compute_liveness(g, schedule_of(g, {1, 2, 3}), ReusePolicy::Delayed);
  auto v = [&](const char* n) { return *g.find_value(n); };
  CHECK(lv.first_boundary[v("p1")] == 1);
  CHECK(lv.last_boundary[v("p1")] == 3);
  CHECK(lv.last_boundary[v("x")] == 1);  // read at 1 (a boundary phase): erased at 1
  CHECK(lv.occupancy == std::vector<int>{2, 2});  // {x, p1}, {p1, p2}
}

TEST_CASE("levels: ASAP phases, minimum layers, ALAP and the critical path") {
  Graph g = graph_from(kChain);
  Levels lv = compute_levels(g);
  CHECK(lv.asap == std::vector<int>{0, 2, 3});
  CHECK(lv.min_layers == 1);
  CHECK(lv.critical_path == std::vector<GateId>{0, 1, 2});
  auto alap = alap_phases(g, 2);
  REQUIRE(alap);
  CHECK(*alap == std::vector<int>{4, 6, 7});
}

TEST_CASE("co-location raises a class to its latest member's layer") {
  // r2 depends on r1 (two FFN phases -> layers 0 and 1); q is colocated with r1's reader chain.
  Graph g = graph_from(R"("inputs": [{"name": "x"}],
    "gates": [{"name": "r1", "kind": "reglu", "a": {"x": 1}, "b": {"x": 1}},
              {"name": "r2", "kind": "reglu", "a": {"r1": 1}, "b": {"x": 1}},
              {"name": "q", "kind": "persist", "expr": {"x": 1}}],
    "outputs": ["r2", "q"], "colocate": [["q", "r2"]])");
  Levels lv = compute_levels(g);
  CHECK(lv.asap[1] == 6);
  CHECK(layer_of(lv.asap[2]) == 1);  // q moved from phase 1 to layer 1
  CHECK(lv.asap[2] == 5);
}

TEST_CASE("co-location contradicting precedence is bad input") {
  Graph g = graph_from(R"("inputs": [{"name": "x"}],
    "gates": [{"name": "r1", "kind": "reglu", "a": {"x": 1}, "b": {"x": 1}},
              {"name": "r2", "kind": "reglu", "a": {"r1": 1}, "b": {"x": 1}}],
    "outputs": ["r2"], "colocate": [["r1", "r2"]])");
  CHECK_THROWS_WITH_AS(compute_levels(g),
                       "inline.json: co-location of gate 'r1' and gate 'r2' contradicts precedence: no schedule can "
                       "put them in one layer",
                       InputError);
}

TEST_CASE("the FFN budget spills reglus to later layers") {
  Graph g = graph_from(R"("inputs": [{"name": "x"}],
    "gates": [{"name": "r1", "kind": "reglu", "a": {"x": 1}, "b": {"x": 1}},
              {"name": "r2", "kind": "reglu", "a": {"x": 2}, "b": {"x": 1}},
              {"name": "r3", "kind": "reglu", "a": {"x": 3}, "b": {"x": 1}}],
    "outputs": ["r1", "r2", "r3"])");
  CHECK(asap_phases(g) == std::vector<int>{2, 2, 2});
  CHECK(asap_phases(g, 2) == std::vector<int>{2, 2, 6});
  CHECK(asap_phases(g, 1) == std::vector<int>{2, 6, 10});
}
