// Unsafe vs wasteful (docs/VERIFY.md, "Waste"): an allocation that keeps
// values beyond need is proven safe, with the waste listed per value by both
// checkers alike; what only looks like waste but overwrites, leaves a value
// behind or puts one where the slot table does not is still rejected.
//
// Each waste kind is built from a valid greedy or MILP artifact (small and
// random graphs, both reuse policies), so the exact waste entries are known.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <sstream>

#include "model/errors.h"
#include "model/graph_io.h"
#include "model/liveness.h"
#include "solve/greedy.h"
#include "solve/milp.h"
#include "tests/helpers.h"
#include "tests/test_verify_graphs.h"
#include "verify/verify.h"

using namespace sp;
using sp::test::add_term;
using sp::test::erase_term;
using sp::test::has_class;
using sp::test::tiny_windows;

namespace {

// ---- artifacts -------------------------------------------------------------------

// The graph with one more input, `spare`, that no gate reads.
Graph with_spare_input(const std::string& json_text, const std::string& source) {
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(json_text);
  doc["inputs"].push_back({{"name", "spare"}, {"pinned", false}});
  return parse_graph(doc.dump(), source);
}

struct WasteCase {
  std::string name;
  Graph graph;
  Artifact artifact;
  bool tiny_windows = false;  // also run with windows of 2 events
};

std::vector<WasteCase> sources() {
  std::vector<WasteCase> out;
  Graph small = with_spare_input(test::small_verify_graph_json(), "verify-small.json");
  Graph r300 = with_spare_input(test::random_verify_graph_text(300, 7), "r300.json");
  Graph r200 = with_spare_input(test::random_verify_graph_text(200, 11), "r200.json");
  for (ReusePolicy p : {ReusePolicy::Delayed, ReusePolicy::Immediate}) {
    const std::string pol = p == ReusePolicy::Delayed ? "delayed" : "immediate";
    out.push_back({"small-greedy-" + pol, small, greedy_artifact(small, {.max_ffn = std::nullopt, .policy = p})});
    MilpOptions mo;
    mo.policy = p;
    mo.time_limit_s = 30;
    MilpResult r = solve_milp(small, mo);
    REQUIRE(r.schedule);
    out.push_back({"small-milp-" + pol, small, milp_artifact(small, r, mo)});
    out.push_back({"r300-greedy-" + pol, r300, greedy_artifact(r300, {.max_ffn = std::nullopt, .policy = p}), true});
    out.push_back({"r200-greedy-ffn-" + pol, r200, greedy_artifact(r200, {.max_ffn = 4, .policy = p}), true});
  }
  return out;
}


int last_boundary(const Artifact& a) { return 4 * a.schedule.layers - 1; }

// Whether no slot-needing value holds slot s (first <= c < E) at any
// boundary in [lo, hi], apart from `except`.
bool slot_free(const Graph& g, const Artifact& a, const Liveness& lv, int s, int lo, int hi, ValueId except = -1) {
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
    if (v != except && a.alloc.slot[v] == s && lv.needs_slot[v] && lv.first_boundary[v] <= hi &&
        lv.last_boundary[v] > lo)
      return false;
  return true;
}

int free_slot(const Graph& g, const Artifact& a, const Liveness& lv, int lo, int hi) {
  for (int s = 0; s < a.d_model; ++s)
    if (slot_free(g, a, lv, s, lo, hi)) return s;
  return -1;
}

// The first boundary >= from at which another slot-needing value starts to
// hold v's slot (kForever: none).
int next_holder(const Graph& g, const Artifact& a, const Liveness& lv, ValueId v, int from) {
  int next = kForever;
  for (ValueId w = 0; w < static_cast<ValueId>(g.values.size()); ++w)
    if (w != v && a.alloc.slot[w] == a.alloc.slot[v] && lv.needs_slot[w] && lv.first_boundary[w] >= from)
      next = std::min(next, lv.first_boundary[w]);
  return next;
}

ValueId value_named(const Graph& g, const std::string& name) { return *g.find_value(name); }

Waste entry(ValueId v, int slot, WasteKind kind, std::vector<std::pair<int, int>> ranges) {
  Waste w;
  w.value = v, w.slot = slot, w.kind = kind, w.ranges = std::move(ranges);
  return w;
}

// ---- the waste kinds, each applied to a valid artifact -------------------------------
// A kind returns the waste it creates, or nothing when the artifact offers no place for it.
using Kind = std::function<std::optional<Waste>(const Graph&, Artifact&)>;

// The spare input, written by the embedding into a slot nobody holds at -1, erased at 1.
std::optional<Waste> unread_input(const Graph& g, Artifact& a, double coef = 1, bool erase = true, bool in_table = true) {
  Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
  ValueId v = value_named(g, "spare");
  int s = free_slot(g, a, lv, -1, -1);
  if (s < 0) return std::nullopt;
  a.alloc.slot[v] = in_table ? s : -1;
  add_term(a, -1, s, Term{v, coef});
  if (erase) add_term(a, 1, s, Term{v, -coef});
  return entry(v, s, WasteKind::UnreadInput, {{-1, -1}});
}

// A slot-needing value erased as late as its slot allows: at the boundary
// where the next value takes the slot, or at the last boundary.
std::optional<Waste> late_erase(const Graph& g, Artifact& a) {
  Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    if (a.alloc.slot[v] < 0 || !lv.needs_slot[v] || lv.last_boundary[v] >= kForever) continue;
    const int E = lv.last_boundary[v], s = a.alloc.slot[v];
    const int later = std::min(next_holder(g, a, lv, v, E), last_boundary(a));
    if (later < E + 2) continue;
    erase_term(a, E, s, v);
    add_term(a, later, s, Term{v, -1.0});
    return entry(v, s, WasteKind::LateErase, {{E, later - 2}});
  }
  return std::nullopt;
}

// A produced value that needs no slot (internal or never read), given a
// free slot at its first boundary and erased at the next.
std::optional<Waste> not_needed(const Graph& g, Artifact& a) {
  Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    if (g.values[v].producer < 0 || lv.needs_slot[v] || a.alloc.slot[v] >= 0) continue;
    const int first = a.schedule.phase[g.values[v].producer] | 1;  // smallest odd >= birth
    if (first + 2 > last_boundary(a)) continue;
    int s = free_slot(g, a, lv, first, first);
    if (s < 0) continue;
    a.alloc.slot[v] = s;
    add_term(a, first, s, Term{v, 1.0});
    add_term(a, first + 2, s, Term{v, -1.0});
    return entry(v, s, WasteKind::NotNeeded, {{first, first}});
  }
  return std::nullopt;
}

// A slot-table entry, never written, for a value that needs no slot.
std::optional<Waste> entry_only(const Graph& g, Artifact& a) {
  Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    if (lv.needs_slot[v] || a.alloc.slot[v] >= 0) continue;
    a.alloc.slot[v] = a.d_model - 1;
    return entry(v, a.d_model - 1, WasteKind::EntryOnly, {});
  }
  return std::nullopt;
}

std::vector<std::pair<std::string, Kind>> kinds() {
  return {{"unread input", [](const Graph& g, Artifact& a) { return unread_input(g, a); }},
          {"late erase", late_erase},
          {"slot not needed", not_needed},
          {"slot-table entry only", entry_only}};
}

std::string outcome_text(const VerifyOutcome& o) {
  std::ostringstream os;
  print_outcome(os, o);
  return os.str();
}

// The waste constructions move erasures next to placements, which can make
// `+new -old` writes between values outside the handover class: the float64
// rule (docs/NUMERICS.md) would rightly reject those, and is not what these
// tests are about, so they declare an exact engine.
void check_accepted_with(const WasteCase& c, const Artifact& a, const std::vector<Waste>& expected, VerifyOptions opt) {
  opt.engine = Engine::Exact;
  VerifyOutcome o = verify_artifact(c.graph, a, opt);
  CAPTURE(outcome_text(o));
  CHECK(o.exit_code == kExitOk);
  CHECK(o.waste_agree);
  CHECK(o.direct.waste == expected);
  CHECK(o.z3.waste == expected);
  CHECK(o.waste == expected);
  CHECK(o.waste_lines.size() == expected.size());
}

}  // namespace

TEST_CASE("waste: the audit fixture is proven safe, is_return_commit its one waste entry") {
  const std::string graph = test::shared_dir() + "/workloads/tvm-wasm-interpreter.json";
  const std::string artifact = test::shared_dir() + "/workloads/tvm-wasm-interpreter.tvm-allocation.json";
  if (!std::filesystem::exists(artifact)) {
    MESSAGE("skipped: " << artifact << " is absent");
    return;
  }
  Graph g = load_graph(graph);
  const std::vector<Waste> expected = {
      entry(value_named(g, "is_return_commit"), 12, WasteKind::UnreadInput, {{-1, -1}})};
  for (const VerifyOptions& opt : {VerifyOptions{}, tiny_windows()}) {
    VerifyOutcome o = verify_files(g, artifact, opt);
    std::string text = outcome_text(o);
    CAPTURE(text);
    CHECK(o.exit_code == kExitOk);
    CHECK(o.direct.waste == expected);
    CHECK(o.z3.waste == expected);
    CHECK(o.waste == expected);
    CHECK(text.find("waste: 1 value kept beyond need") != std::string::npos);
    CHECK(text.find("'is_return_commit' (slot 12): an input no gate reads, written by the embedding, erased at "
                    "boundary 1") != std::string::npos);
    CHECK(text.find("gives it no slot") == std::string::npos);
  }
}

TEST_CASE("waste: each kind, built from valid artifacts, is accepted with its exact entry by both checkers") {
  int applied = 0;
  for (const WasteCase& c : sources()) {
    check_accepted_with(c, c.artifact, {}, {});  // no false alarm on the valid artifact
    for (const auto& [name, kind] : kinds()) {
      Artifact a = c.artifact;
      std::optional<Waste> w = kind(c.graph, a);
      CAPTURE(c.name);
      CAPTURE(name);
      if (!w) continue;
      ++applied;
      check_accepted_with(c, a, {*w}, {});
      if (c.tiny_windows) check_accepted_with(c, a, {*w}, tiny_windows());
    }
  }
  CHECK(applied >= 28);
}

TEST_CASE("waste: all kinds in one artifact, listed by value") {
  for (const WasteCase& c : sources()) {
    Artifact a = c.artifact;
    std::vector<Waste> expected;
    for (const auto& [name, kind] : kinds())
      if (std::optional<Waste> w = kind(c.graph, a)) expected.push_back(*w);
    std::sort(expected.begin(), expected.end(), [](const Waste& x, const Waste& y) { return x.value < y.value; });
    CAPTURE(c.name);
    REQUIRE(expected.size() >= 3);
    check_accepted_with(c, a, expected, c.tiny_windows ? tiny_windows() : VerifyOptions{});
  }
}

// Look-alikes of each kind that are unsafe: rejected (exit 1) by both
// checkers with the class named.
TEST_CASE("waste: unsafe look-alikes are violations, not waste") {
  struct LookAlike {
    const char* name;
    ViolationClass expected;
    std::function<bool(const Graph&, Artifact&)> apply;
  };
  const std::vector<LookAlike> look_alikes = {
      {"a late erasure while the slot is given to another value", ViolationClass::StaleValue,
       [](const Graph& g, Artifact& a) {
         Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
         for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
           if (a.alloc.slot[v] < 0 || !lv.needs_slot[v] || lv.last_boundary[v] >= kForever) continue;
           const int E = lv.last_boundary[v], next = next_holder(g, a, lv, v, E);
           if (next + 2 > last_boundary(a)) continue;
           erase_term(a, E, a.alloc.slot[v], v);
           add_term(a, next + 2, a.alloc.slot[v], Term{v, -1.0});
           return true;
         }
         return false;
       }},
      {"a waste value never subtracted", ViolationClass::StaleValue,
       [](const Graph& g, Artifact& a) { return unread_input(g, a, 1, false).has_value(); }},
      {"a waste value with coefficient 2", ViolationClass::WrongCoefficient,
       [](const Graph& g, Artifact& a) { return unread_input(g, a, 2).has_value(); }},
      {"a value placed into a slot its slot table does not give it", ViolationClass::StrayValue,
       [](const Graph& g, Artifact& a) { return unread_input(g, a, 1, true, false).has_value(); }},
  };
  int applied = 0;
  for (const WasteCase& c : sources()) {
    for (const LookAlike& l : look_alikes) {
      Artifact a = c.artifact;
      if (!l.apply(c.graph, a)) continue;
      ++applied;
      CAPTURE(c.name);
      CAPTURE(l.name);
      for (const VerifyOptions& opt : {VerifyOptions{}, tiny_windows()}) {
        VerifyOutcome o = verify_artifact(c.graph, a, opt);
        CAPTURE(outcome_text(o));
        CHECK(o.exit_code == kExitViolation);
        CHECK(has_class(o.direct, l.expected));
        CHECK(has_class(o.z3, l.expected));
        CHECK(o.waste.empty());
      }
    }
  }
  CHECK(applied >= 28);
}
