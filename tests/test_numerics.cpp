// The float64 rule (docs/NUMERICS.md): value ranges, the exactness of a
// write's sum, the handover class and its width rule, the allocator, and
// both checkers on handovers that do and do not survive float64.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <regex>

#include "model/artifact.h"
#include "model/errors.h"
#include "model/hash.h"
#include "model/liveness.h"
#include "model/value_ranges.h"
#include "solve/allocate.h"
#include "solve/greedy.h"
#include "tests/helpers.h"
#include "verify/verify.h"

using namespace sp;
using sp::test::graph_from;

namespace {

ValueId id(const Graph& g, const char* n) { return *g.find_value(n); }

Schedule schedule_of(std::vector<int> phases, int layers) {
  Schedule s;
  s.phase = std::move(phases);
  s.layers = layers;
  return s;
}

// r1 = relu(b) * a is in the handover class (integers in [0, 1]); r2 =
// relu(b) * m is not (m declares no range); p = r1 + r2 at phase 7 keeps both
// alive through boundary 5. With r1, r2 at phase 2 the inputs die at 3.
const char* kMixed = R"("inputs": [{"name": "a", "range": [0, 1], "multiple_of": 1},
                                   {"name": "b", "range": [0, 1], "multiple_of": 1}, {"name": "m"}],
  "gates": [{"name": "r1", "kind": "reglu", "a": {"a": 1}, "b": {"b": 1}},
            {"name": "r2", "kind": "reglu", "a": {"m": 1}, "b": {"b": 1}},
            {"name": "p", "kind": "persist", "expr": {"r1": 1, "r2": 1}}],
  "outputs": ["p"])";

}  // namespace

TEST_CASE("value ranges: intervals and grids through persist, reglu and lookups") {
  Graph g = graph_from(R"("inputs": [{"name": "x", "range": [0, 255], "multiple_of": 1},
      {"name": "h", "range": [0, 4], "multiple_of": 0.5}, {"name": "u"},
      {"name": "pos", "pinned": true, "range": [0, 1000], "multiple_of": 1}],
    "gates": [{"name": "p", "kind": "persist", "expr": {"x": 2, "h": 0.5}},
              {"name": "r", "kind": "reglu", "a": {"x": 1}, "b": {"x": 1, "pos": -1}},
              {"name": "lk", "kind": "lookup", "tie_break": "latest", "query": [{"pos": 1}, {"x": 1}],
               "key": [{"pos": 2}, {"u": 1}], "values": [{"x": 1, "h": 1}], "produces": ["latest"]},
              {"name": "avg", "kind": "lookup", "tie_break": "average", "query": [{"pos": 1}, {"x": 1}],
               "key": [{"pos": 2}, {"x": 1}], "values": [{"x": 1}], "produces": ["mean"]},
              {"name": "w", "kind": "persist", "expr": {"u": 3, "x": 1}},
              {"name": "f", "kind": "persist", "expr": {"x": 0.3}}],
    "outputs": ["p", "r", "latest", "mean", "w", "f"])");
  const ValueRanges r = derive_value_ranges(g);
  auto at = [&](const char* n) { return r.value[id(g, n)]; };
  // 2x + 0.5h: [0, 512]; 2x on multiples of 2, 0.5h on multiples of 1/4.
  CHECK(at("p").lo <= 0);
  CHECK(at("p").lo > -1e-9);
  CHECK(at("p").hi >= 512);
  CHECK(at("p").hi < 512 + 1e-9);
  CHECK(at("p").grid == -2);
  // relu(x - pos) * x: relu in [0, 255], times [0, 255].
  CHECK(at("r").hi >= 255.0 * 255);
  CHECK(at("r").hi < 255.0 * 255 + 1e-6);
  CHECK(at("r").grid == 0);
  // A latest lookup keeps its value expression's grid; an average divides it away.
  CHECK(at("latest").grid == -1);
  CHECK(at("latest").hi >= 259);
  CHECK(at("mean").grid == kNoGrid);
  CHECK(at("mean").hi >= 255);
  // An input without a range spoils everything it reaches.
  CHECK(std::isinf(at("w").hi));
  CHECK(at("w").grid == kNoGrid);
  // 0.3 is 5404319552844595 * 2^-54 as a double.
  CHECK(lowbit_exponent(0.3) == -54);
  CHECK(lowbit_exponent(6.0) == 1);
  CHECK(lowbit_exponent(-0.75) == -2);
  CHECK(at("f").grid == -54);
  // The class: grids of at least 2^q and writes within 2^(52+q); x, p, r and
  // latest qualify at some common grid, mean and w never do.
  CHECK_FALSE(r.handover_ok[id(g, "mean")]);
  CHECK_FALSE(r.handover_ok[id(g, "w")]);
  CHECK_FALSE(r.handover_ok[id(g, "u")]);
  CHECK(r.handover_ok[id(g, "x")]);
  CHECK(g.handover_ok == r.handover_ok);  // what the graph carries for the schedulers
}

TEST_CASE("the sum of a write is exact up to 2^53 times its grid, in every order") {
  auto sum_of = [](std::vector<ValueRange> terms) {
    SumBound s;
    for (const ValueRange& t : terms) add_term(s, t);
    return s;
  };
  const double two52 = std::ldexp(1.0, 52), two53 = std::ldexp(1.0, 53);
  CHECK(sum_of({{0, two52, 0}, {-two52, 0, 0}}).exact());  // every partial sum within 2^52
  CHECK(sum_of({{0, two52, 0}, {0, two52, 0}}).exact());   // 2^53 itself is representable
  CHECK_FALSE(sum_of({{0, two52, 0}, {0, two52 + 1, 0}}).exact());
  CHECK(sum_of({{0, two53, 1}, {0, two53, 1}}).exact());  // on multiples of 2 the limit is 2^54
  CHECK_FALSE(sum_of({{0, two53, 1}, {0, 1, 0}}).exact());  // the common grid is the finer one
  CHECK_FALSE(sum_of({{0, 1, 0}, {0, 1, kNoGrid}}).exact());  // a term off every grid
  CHECK(sum_of({{0, 0, INT_MAX}, {0, 5, 0}}).exact());  // the constant 0 sits on every grid
  // And the engine's arithmetic agrees at the edge: 2^53 + 1 is lost, 2^53 is kept.
  volatile double big = two53, one = 1;
  CHECK(big + (one - big) == 1);            // |partial sums| <= 2^53: exact
  volatile double bigger = two53 + 2;
  CHECK(bigger + (one - bigger) != 1);     // 1 - (2^53 + 2) rounds: the new value is lost
}

TEST_CASE("float64 rule: occupancy is max(A, B), between exact-arithmetic and delayed reuse") {
  Graph g = graph_from(kMixed);
  CHECK(g.handover_ok[id(g, "a")]);
  CHECK(g.handover_ok[id(g, "b")]);
  CHECK(g.handover_ok[id(g, "r1")]);
  CHECK_FALSE(g.handover_ok[id(g, "m")]);
  CHECK_FALSE(g.handover_ok[id(g, "r2")]);
  CHECK_FALSE(g.handover_ok[id(g, "p")]);  // its terms include r2
  const Schedule s = schedule_of({2, 2, 7}, 2);
  // Boundary 3: a, b, m erased; r1, r2 placed. Delayed: all five. Exact
  // arithmetic: the two new ones. float64: r1 takes a's slot (both in the
  // class), b's slot finds no class partner born at 3, and m, r2 stay apart.
  // Boundary 7: p placed, r1 and r2 erased; r1 finds no class partner.
  CHECK(compute_liveness(g, s, ReusePolicy::Delayed).occupancy == std::vector<int>{3, 5, 2, 3});
  CHECK(compute_liveness(g, s, ReusePolicy::ImmediateExactArith).occupancy == std::vector<int>{3, 2, 2, 1});
  const Liveness lv = compute_liveness(g, s, ReusePolicy::Immediate);
  CHECK(lv.occupancy == std::vector<int>{3, 4, 2, 3});
  CHECK(lv.width == 4);
  CHECK(lv.peak_boundary == 3);
  // The allocator realises it, handing over only between class values.
  const Allocation al = allocate_slots(g, lv);
  CHECK(al.slots_used == lv.width);
  int handovers = 0;
  for (const Write& w : al.writes) {
    bool plus = false, minus = false;
    for (const Term& t : w.delta) (t.coef > 0 ? plus : minus) = true;
    if (!(plus && minus)) continue;
    ++handovers;
    for (const Term& t : w.delta) CHECK(g.handover_ok[t.value]);
  }
  CHECK(handovers == 1);  // +r1 -a (or -b) at boundary 3
  const Artifact art = make_artifact(g, s, lv, al, {{"method", "test"}}, std::nullopt);
  CHECK(verify_artifact(g, art).exit_code == kExitOk);
}

TEST_CASE("float64 rule: a handover of a large old value to a small new one is rejected by both checkers") {
  // t copies the big input; p the small one. Both inputs die at boundary 1,
  // where t and p are born: exact arithmetic hands each slot over at once.
  test::TempDir dir;
  const std::string graph = dir.file("g.json");
  std::ofstream(graph) << R"({"format": "slotproof-graph/1", "name": "big-small",
    "inputs": [{"name": "big", "range": [0, 1152921504606846976], "multiple_of": 1},
               {"name": "small", "range": [0, 255], "multiple_of": 1}],
    "gates": [{"name": "p", "kind": "persist", "expr": {"small": 1}},
              {"name": "t", "kind": "persist", "expr": {"big": 1}}],
    "outputs": ["p", "t"]})";
  REQUIRE(test::run_cli("greedy " + graph + " --reuse immediate-exact-arith -o " + dir.file("exact.json")).exit_code == 0);
  REQUIRE(test::run_cli("greedy " + graph + " --reuse immediate -o " + dir.file("float.json")).exit_code == 0);
  test::RunResult bad = test::run_cli("verify -q " + graph + " " + dir.file("exact.json"));
  CAPTURE(bad.output);
  CHECK(bad.exit_code == kExitViolation);
  // Both writes of boundary 1 are handovers, and both lose: a small new value
  // under a big old one, and a big new value over a small old one.
  CHECK(bad.output.find("[inexact-handover] boundary 1, slot ") != std::string::npos);
  CHECK(bad.output.find("old 'big' in [0, 1.15292e+18] (multiples of 2^0), new 'p'") != std::string::npos);
  // A concrete pair of floats on which the engine loses the new value.
  std::smatch m;
  REQUIRE(std::regex_search(bad.output, m, std::regex(R"(e\.g\. old 1\.152921504606847e\+18, new (\d+): the engine's old \+ \(new - old\) gives (\d+))")));
  CHECK(m[1].str() != m[2].str());
  CHECK(bad.output.find("(direct, z3)") != std::string::npos);
  CHECK(bad.output.find("(direct)\n") == std::string::npos);
  CHECK(bad.output.find("(z3)\n") == std::string::npos);
  CHECK(bad.output.find("verdict: violation (2 found") != std::string::npos);
  // The same schedule with the slots erased first: proven safe.
  test::RunResult good = test::run_cli("verify -q " + graph + " " + dir.file("float.json"));
  CAPTURE(good.output);
  CHECK(good.exit_code == kExitOk);
  // An engine declared exact accepts the handovers (the rule is switched off, never by default).
  CHECK(test::run_cli("verify -q --engine exact " + graph + " " + dir.file("exact.json")).exit_code == kExitOk);
  CHECK(test::run_cli("verify -q --engine fast " + graph + " " + dir.file("exact.json")).exit_code == kExitBadInput);
}

TEST_CASE("float64 rule: small integer values are handed over, and both checkers prove it") {
  test::TempDir dir;
  const std::string graph = dir.file("g.json");
  std::ofstream(graph) << R"({"format": "slotproof-graph/1", "name": "bytes",
    "inputs": [{"name": "x", "range": [0, 255], "multiple_of": 1}, {"name": "y", "range": [-128, 127], "multiple_of": 1}],
    "gates": [{"name": "p", "kind": "persist", "expr": {"y": 1}},
              {"name": "t", "kind": "persist", "expr": {"x": 2, "y": -1}}],
    "outputs": ["p", "t"]})";
  REQUIRE(test::run_cli("greedy " + graph + " -o " + dir.file("a.json")).exit_code == 0);
  const std::string text = read_file_bytes(dir.file("a.json"));
  // Both slots handed over at boundary 1 (d_model is 4 for the head rule's passthrough).
  CHECK(text.find("\"slots_used\":2") != std::string::npos);
  CHECK(text.find(R"({"boundary":1,"slot":0,"delta":{"x":-1.0,"p":1.0}})") != std::string::npos);
  test::RunResult r = test::run_cli("verify -q " + graph + " " + dir.file("a.json"));
  CAPTURE(r.output);
  CHECK(r.exit_code == kExitOk);
}
