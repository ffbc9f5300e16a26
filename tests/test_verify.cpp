// The verifier is only as good as what it rejects: valid artifacts of several
// graphs must be proven safe, and every mutant (one fault kind applied to a
// valid artifact) must be rejected by BOTH checkers with the right violation
// class, and without the checkers disagreeing (exit 1, never 3).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <map>
#include <tuple>

#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "model/json_strict.h"
#include "model/liveness.h"
#include "solve/greedy.h"
#include "solve/milp.h"
#include "tests/helpers.h"
#include "tests/test_verify_graphs.h"
#include "verify/direct_checker.h"
#include "verify/verify.h"
#include "verify/z3_encoding.h"

using namespace sp;
using sp::test::add_term;
using sp::test::erase_term;
using sp::test::has_class;

namespace {

struct VerifyCase {
  std::string name;
  Graph graph;
  Artifact artifact;
};

VerifyCase greedy_case(const std::string& name, Graph g, ReusePolicy policy, std::optional<int> max_ffn = std::nullopt) {
  GreedyOptions opt;
  opt.policy = policy;
  opt.max_ffn = max_ffn;
  Artifact a = greedy_artifact(g, opt);
  return VerifyCase{name, std::move(g), std::move(a)};
}

// The MILP's schedule and allocation (solve/milp.h), so mutants also start
// from optimal, densely packed artifacts.
VerifyCase milp_case(const std::string& name, Graph g, ReusePolicy policy, std::optional<int> layers = std::nullopt) {
  MilpOptions opt;
  opt.layers = layers;
  opt.policy = policy;
  opt.time_limit_s = 30;
  MilpResult r = solve_milp(g, opt);
  REQUIRE(r.schedule);
  Artifact a = milp_artifact(g, r, opt);
  return VerifyCase{name, std::move(g), std::move(a)};
}

VerifyCase file_case(const std::string& name, const std::string& graph_path, const std::string& artifact_path) {
  Graph g = load_graph(graph_path);
  Artifact a = load_artifact(g, artifact_path);
  return VerifyCase{name, std::move(g), std::move(a)};
}

// Artifact sources: adding one is one line here. Two come from committed
// bundles, read as files: the MILP artifact of our own interpreter and the
// band-search artifact of interp-large (1,108 gates).
std::vector<VerifyCase> artifact_sources() {
  std::vector<VerifyCase> cases;
  Graph small = parse_graph(test::small_verify_graph_json(), "verify-small.json");
  cases.push_back(greedy_case("small-delayed", small, ReusePolicy::Delayed));
  cases.push_back(greedy_case("small-immediate", small, ReusePolicy::Immediate));
  cases.push_back(milp_case("small-milp-delayed", small, ReusePolicy::Delayed));
  cases.push_back(milp_case("small-milp-immediate", small, ReusePolicy::Immediate));
  cases.push_back(greedy_case("random-300-delayed", test::random_verify_graph(300, 7),
                              ReusePolicy::Delayed));
  cases.push_back(greedy_case("random-200-immediate-ffn",
                              test::random_verify_graph(200, 11), ReusePolicy::Immediate, 4));
  if (test::have_reference_graph()) {
    Graph ref = load_graph(test::ranged_reference_path());
    cases.push_back(greedy_case("interp-delayed", ref, ReusePolicy::Delayed));
    cases.push_back(greedy_case("interp-immediate", ref, ReusePolicy::Immediate));
    cases.push_back(milp_case("interp-milp-delayed", ref, ReusePolicy::Delayed, 7));
    cases.push_back(milp_case("interp-milp-immediate", ref, ReusePolicy::Immediate, 7));
  }
  for (const char* name : {"interp-small", "interp-large"})
    for (const char* policy : {"delayed", "immediate"})
      cases.push_back(file_case(std::string(name) + "-bundle-milp-" + policy,
                                test::repo_path(std::string("workloads/") + name + "-2.json"),
                                test::repo_path(std::string("proofs/") + name + "/milp-" + policy + ".json")));
  return cases;
}

// ---- mutation helpers ----------------------------------------------------------

// Moves every write term of v from its slot to `to` (and the slot entry).
void move_value(Artifact& a, ValueId v, int to) {
  int from = a.alloc.slot[v];
  std::vector<std::pair<int, Term>> moved;
  for (const Write& w : a.alloc.writes)
    if (w.slot == from)
      for (const Term& t : w.delta)
        if (t.value == v) moved.emplace_back(w.boundary, t);
  for (auto& [b, t] : moved) erase_term(a, b, from, v);
  for (auto& [b, t] : moved) add_term(a, b, to, t);
  a.alloc.slot[v] = to;
}

std::vector<std::pair<int, Term>> terms_of(const Artifact& a, ValueId v) {
  std::vector<std::pair<int, Term>> out;
  for (const Write& w : a.alloc.writes)
    for (const Term& t : w.delta)
      if (t.value == v) out.emplace_back(w.boundary, t);
  return out;
}

// A value with a slot and an erase (finite range), preferring one that is
// read by some gate; -1 if none.
ValueId finite_value(const Graph& g, const Artifact& a, const Liveness& lv, bool needs_reader = false) {
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
    if (a.alloc.slot[v] >= 0 && lv.last_boundary[v] < kForever && lv.first_boundary[v] >= 1 &&
        (!needs_reader || !g.readers[v].empty()))
      return v;
  return -1;
}

struct ArtifactFault {
  std::string name;
  ViolationClass expected;
  std::function<bool(const Graph&, Artifact&)> apply;  // false: not applicable to this artifact
};

std::vector<ArtifactFault> mutations() {
  std::vector<ArtifactFault> m;
  m.push_back({"move a value into a live value's slot", ViolationClass::OverwriteLive, [](const Graph& g, Artifact& a) {
                 Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
                 for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
                   if (a.alloc.slot[v] < 0 || lv.first_boundary[v] < 1) continue;
                   for (ValueId w = 0; w < static_cast<ValueId>(g.values.size()); ++w)
                     if (a.alloc.slot[w] >= 0 && a.alloc.slot[w] != a.alloc.slot[v] &&
                         lv.first_boundary[w] < lv.first_boundary[v] && lv.last_boundary[w] > lv.first_boundary[v] + 2) {
                       move_value(a, v, a.alloc.slot[w]);
                       return true;
                     }
                 }
                 return false;
               }});
  m.push_back({"drop a stale subtraction", ViolationClass::StaleValue, [](const Graph& g, Artifact& a) {
                 Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
                 ValueId v = finite_value(g, a, lv);
                 if (v < 0) return false;
                 erase_term(a, lv.last_boundary[v], a.alloc.slot[v], v);
                 return true;
               }});
  m.push_back({"wrong coefficient on a stale subtraction", ViolationClass::WrongCoefficient,
               [](const Graph& g, Artifact& a) {
                 Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
                 ValueId v = finite_value(g, a, lv);
                 if (v < 0) return false;
                 erase_term(a, lv.last_boundary[v], a.alloc.slot[v], v);
                 add_term(a, lv.last_boundary[v], a.alloc.slot[v], Term{v, -2.0});
                 return true;
               }});
  m.push_back({"read before write (drop a placement)", ViolationClass::ReadBeforeWrite, [](const Graph& g, Artifact& a) {
                 Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
                 ValueId v = finite_value(g, a, lv, true);
                 if (v < 0) return false;
                 erase_term(a, lv.first_boundary[v], a.alloc.slot[v], v);
                 return true;
               }});
  m.push_back({"gate in the wrong phase kind", ViolationClass::PhaseKind, [](const Graph& g, Artifact& a) {
                 for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
                   if (g.gates[x].kind == GateKind::Reglu) {
                     a.schedule.phase[x] += 1;  // an FFN gate in persist2
                     return true;
                   }
                 return false;
               }});
  m.push_back({"precedence broken", ViolationClass::Precedence, [](const Graph& g, Artifact& a) {
                 for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
                   for (GateId p : g.preds[x]) {
                     int q = latest_legal_phase(g.gates[x].kind, a.schedule.phase[p]);
                     if (q >= 0) {
                       a.schedule.phase[x] = q;
                       return true;
                     }
                   }
                 return false;
               }});
  m.push_back({"co-location broken", ViolationClass::Colocation, [](const Graph& g, Artifact& a) {
                 for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
                   if (g.gates[x].kind == GateKind::Lookup) continue;
                   for (ValueId v : g.gates[x].reads) {
                     GateId p = g.values[v].producer;
                     if (p < 0 || !g.gates[p].average) continue;
                     // Later by one layer, where no reader of x's value runs yet (so
                     // only co-location breaks).
                     int moved = a.schedule.phase[x] + 4;
                     bool clean = moved <= 4 * a.schedule.layers - 1;
                     for (GateId s : g.succs[x]) clean = clean && a.schedule.phase[s] > moved;
                     if (!clean) continue;
                     a.schedule.phase[x] = moved;
                     return true;
                   }
                 }
                 return false;
               }});
  m.push_back({"slot >= d_model", ViolationClass::SlotRange, [](const Graph& g, Artifact& a) {
                 for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
                   if (a.alloc.slot[v] >= 0) {
                     move_value(a, v, a.d_model);
                     return true;
                   }
                 return false;
               }});
  m.push_back({"understated d_model", ViolationClass::DModel, [](const Graph& g, Artifact& a) {
                 // Below what any slot map of the schedule needs (handing over wherever the
                 // policy allows a handover at all): the verifier's bound.
                 const ReusePolicy physical =
                     hands_over(a.alloc.policy) ? ReusePolicy::ImmediateExactArith : ReusePolicy::Delayed;
                 a.d_model = compute_liveness(g, a.schedule, physical).d_model - 2;
                 return true;
               }});
  m.push_back({"a delayed-reuse artifact declaring its immediate-reuse d_model", ViolationClass::DModel,
               [](const Graph& g, Artifact& a) {
                 if (a.alloc.policy != ReusePolicy::Delayed) return false;
                 // What a slot map handing over at every erase boundary needs: the verifier's bound.
                 int immediate = compute_liveness(g, a.schedule, ReusePolicy::ImmediateExactArith).d_model;
                 if (immediate >= a.d_model) return false;
                 a.d_model = immediate;
                 return true;
               }});
  m.push_back({"an immediate-reuse artifact relabelled delayed-reuse", ViolationClass::OverwriteLive,
               [](const Graph&, Artifact& a) {
                 if (!hands_over(a.alloc.policy)) return false;
                 bool handover = false;  // some write both places a value and subtracts one
                 for (const Write& w : a.alloc.writes) {
                   bool plus = false, minus = false;
                   for (const Term& t : w.delta) (t.coef > 0 ? plus : minus) = true;
                   handover |= plus && minus;
                 }
                 if (!handover) return false;
                 a.alloc.policy = ReusePolicy::Delayed;
                 return true;
               }});
  m.push_back({"misplaced output (erased after its last read)", ViolationClass::MisplacedOutput,
               [](const Graph& g, Artifact& a) {
                 for (ValueId o : g.outputs)
                   if (a.alloc.slot[o] >= 0) {
                     add_term(a, 4 * a.schedule.layers - 1, a.alloc.slot[o], Term{o, -1.0});
                     return true;
                   }
                 return false;
               }});
  m.push_back({"missing value (slot entry and writes dropped)", ViolationClass::MissingSlot,
               [](const Graph& g, Artifact& a) {
                 Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
                 ValueId v = finite_value(g, a, lv, true);
                 if (v < 0) return false;
                 for (auto& [b, t] : terms_of(a, v)) erase_term(a, b, a.alloc.slot[v], v);
                 a.alloc.slot[v] = -1;
                 return true;
               }});
  m.push_back({"schedule for a different graph (hash mismatch)", ViolationClass::GraphMismatch,
               [](const Graph&, Artifact& a) {
                 a.graph_sha256 = sha256_hex("some other graph");
                 return true;
               }});
  return m;
}

// The same violation (same class, property, place and values) found by both
// checkers is worded the same: one module words both (verify/violation_text.h).
void check_same_words(const VerifyOutcome& o) {
  auto key = [](const Violation& v) {
    return std::make_tuple(static_cast<int>(v.kind), static_cast<int>(v.property), v.slot, v.value, v.gate, v.boundary,
                           v.other, v.layer);
  };
  for (const Violation& d : o.direct.violations)
    for (const Violation& z : o.z3.violations)
      if (key(d) == key(z)) {
        CAPTURE(d.message);
        CHECK(d.message == z.message);
      }
}

std::string outcome_lines(const VerifyOutcome& o) {
  std::string s;
  for (const std::string& l : o.lines) s += l + "\n";
  for (const std::string& d : o.disagreements) s += "DISAGREE " + d + "\n";
  return s;
}

}  // namespace

TEST_CASE("verify: every valid artifact is proven safe by both checkers") {
  for (const VerifyCase& c : artifact_sources()) {
    CAPTURE(c.name);
    VerifyOutcome o = verify_artifact(c.graph, c.artifact);
    CAPTURE(outcome_lines(o));
    CHECK(o.exit_code == kExitOk);
    CHECK(o.direct.slot_checks_run);
    CHECK(o.z3.slot_checks_run);
    CHECK(o.z3.queries > 10);
    CHECK(o.waste.empty());  // no false alarm: our allocators keep nothing beyond need
    CHECK(o.direct.waste.empty());
    CHECK(o.z3.waste.empty());
  }
}

// Applies every mutation that fits the case; each mutant must be rejected
// (exit 1) by both checkers with the mutation's class. Returns how many applied.
static int check_mutants_rejected(const VerifyCase& c, const VerifyOptions& opt, std::map<std::string, int>* by_kind = nullptr) {
  int applied = 0;
  for (const ArtifactFault& m : mutations()) {
    Artifact mutant = c.artifact;
    if (!m.apply(c.graph, mutant)) continue;
    ++applied;
    if (by_kind) ++(*by_kind)[m.name];
    CAPTURE(c.name);
    CAPTURE(m.name);
    VerifyOutcome o = verify_artifact(c.graph, mutant, opt);
    CAPTURE(outcome_lines(o));
    if (std::getenv("SLOTPROOF_TEST_VERBOSE")) MESSAGE(c.name << " / " << m.name << ":\n" << outcome_lines(o));
    CHECK(o.exit_code == kExitViolation);
    CHECK(has_class(o.direct, m.expected));
    CHECK(has_class(o.z3, m.expected));
    check_same_words(o);
  }
  return applied;
}

TEST_CASE("verify: every mutant is rejected by both checkers with the right class") {
  int applied = 0;
  std::map<std::string, int> by_kind;
  for (const VerifyCase& c : artifact_sources()) applied += check_mutants_rejected(c, {}, &by_kind);
  CHECK(applied >= 12 * 3);
  for (const ArtifactFault& m : mutations()) {  // every fault kind was tried on some artifact
    CAPTURE(m.name);
    CHECK(by_kind[m.name] > 0);
  }
}

TEST_CASE("verify: counterexamples name value, slot and boundary") {
  Graph g = test::random_verify_graph(120, 3);
  Artifact a = greedy_artifact(g, {.max_ffn = std::nullopt, .policy = ReusePolicy::Immediate});
  Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
  // Find an immediate-reuse write (+new -old in one delta) and drop its -old.
  for (const Write& w : a.alloc.writes) {
    if (w.delta.size() != 2) continue;
    const Term& old = w.delta[0].coef < 0 ? w.delta[0] : w.delta[1];
    const Term& fresh = w.delta[0].coef < 0 ? w.delta[1] : w.delta[0];
    if (old.coef >= 0 || fresh.coef <= 0) continue;
    Artifact m = a;
    erase_term(m, w.boundary, w.slot, old.value);
    CheckerResult d = run_direct_checker(g, m);
    std::string expect = "boundary " + std::to_string(w.boundary) + " places " + quote_name(g.values[fresh.value].name) +
                         " into slot " + std::to_string(w.slot) + " without subtracting stale value " +
                         quote_name(g.values[old.value].name);
    bool found = false;
    for (const Violation& v : d.violations) found = found || v.message.find(expect) != std::string::npos;
    CAPTURE(expect);
    CHECK(found);
    return;
  }
  FAIL("no immediate-reuse write found");
}

// Names may hold newlines: every message stays one line (quote_name).
TEST_CASE("verify: names in messages are escaped") {
  std::string text = test::small_verify_graph_json();
  for (size_t at = text.find("\"r1\""); at != std::string::npos; at = text.find("\"r1\"", at + 1))
    text.replace(at, 4, "\"r\\n1\"");
  Graph g = parse_graph(text, "newline-names.json");
  ValueId r1 = *g.find_value("r\n1");
  Artifact a = greedy_artifact(g, {.max_ffn = std::nullopt, .policy = ReusePolicy::Delayed});
  Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
  REQUIRE(lv.last_boundary[r1] < kForever);
  erase_term(a, lv.last_boundary[r1], a.alloc.slot[r1], r1);
  VerifyOutcome o = verify_artifact(g, a);
  CAPTURE(outcome_lines(o));
  CHECK(o.exit_code == kExitViolation);
  REQUIRE(!o.lines.empty());
  for (const std::string& line : o.lines) CHECK(line.find('\n') == std::string::npos);
  CHECK(outcome_lines(o).find("stale value 'r\\n1'") != std::string::npos);
}

TEST_CASE("verify: an odd declared d_model is rejected by both checkers") {
  Graph g = test::random_verify_graph(80, 5);
  Artifact a = greedy_artifact(g);
  a.d_model += 1;
  VerifyOutcome o = verify_artifact(g, a);
  CHECK(o.exit_code == kExitViolation);
  CHECK(has_class(o.direct, ViolationClass::DModel));
  CHECK(has_class(o.z3, ViolationClass::DModel));
}

TEST_CASE("verify: a write at a phase that is no boundary is rejected") {
  Graph g = test::random_verify_graph(80, 5);
  Artifact a = greedy_artifact(g);
  a.alloc.writes.back().boundary += 1;
  VerifyOutcome o = verify_artifact(g, a);
  CAPTURE(outcome_lines(o));
  CHECK(o.exit_code == kExitViolation);
  CHECK(has_class(o.direct, ViolationClass::BadWrite));
  CHECK(has_class(o.z3, ViolationClass::BadWrite));
}

// The Z3 side splits slots into boundary windows chained by the contents
// each window proves (docs/VERIFY.md, "Windows"). With tiny windows every
// artifact gets many of them, so a fault lands in a middle or late window:
// valid artifacts must still be accepted, every mutant rejected by both
// checkers with the right class, and faults swept over values spread across
// the whole schedule must each be caught.
using sp::test::tiny_windows;

TEST_CASE("verify: tiny windows accept valid artifacts and reject every mutant") {
  int applied = 0;
  for (const VerifyCase& c : artifact_sources()) {
    if (c.name.rfind("small", 0) == 0) continue;  // too few boundaries to window
    if (c.graph.gates.size() > 600) continue;      // windowed with the defaults already (the suite above)
    CAPTURE(c.name);
    VerifyOutcome ok = verify_artifact(c.graph, c.artifact, tiny_windows());
    CAPTURE(outcome_lines(ok));
    CHECK(ok.exit_code == kExitOk);
    applied += check_mutants_rejected(c, tiny_windows());
  }
  CHECK(applied >= 12 * 3);
}

TEST_CASE("verify: faults in any window are caught (swept over the schedule)") {
  Graph g = test::random_verify_graph(300, 7);
  for (ReusePolicy policy : {ReusePolicy::Delayed, ReusePolicy::Immediate}) {
    Artifact a = greedy_artifact(g, {.max_ffn = std::nullopt, .policy = policy});
    Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
    std::vector<ValueId> finite;
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
      if (a.alloc.slot[v] >= 0 && lv.last_boundary[v] < kForever && lv.first_boundary[v] >= 1 && !g.readers[v].empty())
        finite.push_back(v);
    REQUIRE(finite.size() >= 8);
    const size_t step = finite.size() / 3;  // early, middle and late values
    int checked = 0;
    for (size_t i = step / 2; i < finite.size(); i += step) {
      ValueId v = finite[i];
      int slot = a.alloc.slot[v];
      struct Fault {
        const char* name;
        ViolationClass expected;
        std::function<void(Artifact&)> apply;
      };
      std::vector<Fault> faults = {
          {"drop stale subtraction", ViolationClass::StaleValue,
           [&](Artifact& m) { erase_term(m, lv.last_boundary[v], slot, v); }},
          {"wrong coefficient", ViolationClass::WrongCoefficient,
           [&](Artifact& m) {
             erase_term(m, lv.last_boundary[v], slot, v);
             add_term(m, lv.last_boundary[v], slot, Term{v, -2.0});
           }},
          {"drop placement", ViolationClass::ReadBeforeWrite,
           [&](Artifact& m) { erase_term(m, lv.first_boundary[v], slot, v); }},
      };
      for (const Fault& f : faults) {
        Artifact m = a;
        f.apply(m);
        CAPTURE(policy_name(policy));
        CAPTURE(g.values[v].name);
        CAPTURE(lv.first_boundary[v]);
        CAPTURE(f.name);
        VerifyOutcome o = verify_artifact(g, m, tiny_windows());
        CAPTURE(outcome_lines(o));
        CHECK(o.exit_code == kExitViolation);
        CHECK(has_class(o.direct, f.expected));
        CHECK(has_class(o.z3, f.expected));
        ++checked;
      }
    }
    CHECK(checked >= 9);
  }
}

TEST_CASE("verify: a proof larger than the cap is replaced by its size and SHA-256") {
  Graph g = parse_graph(test::small_verify_graph_json(), "verify-small.json");
  Artifact a = greedy_artifact(g);
  test::TempDir dir;
  VerifyOptions opt;
  opt.proof_dir = dir.file("proofs");
  opt.z3.max_proof_bytes = 64;
  VerifyOutcome o = verify_artifact(g, a, opt);
  CHECK(o.exit_code == kExitOk);
  std::string text = read_file_bytes(dir.file("proofs") + "/slot-0000-contents.z3.txt");
  CHECK(text.rfind("unsat\n", 0) == 0);
  CHECK(text.find("; proof-sha256 ") != std::string::npos);
  CHECK(text.size() < 400);
}

// A windowed query decides needs(v) (not internal: death > birth + 1) from
// the readers that can decide it, not from all of them (docs/VERIFY.md,
// "Windows"). The values where that matters: a lookup or reglu value read in
// its own sublayer (by a persist at birth + 1) and again later, so it needs a
// slot only because of the later reader. Faults on them must be caught with
// tiny windows.
TEST_CASE("verify: tiny windows catch faults on values read in their own sublayer and later") {
  Graph g = test::random_verify_graph(300, 7);
  for (ReusePolicy policy : {ReusePolicy::Delayed, ReusePolicy::Immediate}) {
    Artifact a = greedy_artifact(g, {.max_ffn = std::nullopt, .policy = policy});
    Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
    std::vector<ValueId> picked;
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
      GateId p = g.values[v].producer;
      if (p < 0 || g.gates[p].kind == GateKind::Persist || a.alloc.slot[v] < 0) continue;
      if (lv.last_boundary[v] >= kForever || lv.first_boundary[v] < 1) continue;
      bool same = false, later = false;
      for (GateId r : g.readers[v]) {
        same = same || a.schedule.phase[r] == a.schedule.phase[p] + 1;
        later = later || a.schedule.phase[r] > a.schedule.phase[p] + 1;
      }
      if (same && later) picked.push_back(v);
    }
    CAPTURE(policy_name(policy));
    REQUIRE(!picked.empty());
    VerifyOutcome ok = verify_artifact(g, a, tiny_windows());
    CAPTURE(outcome_lines(ok));
    CHECK(ok.exit_code == kExitOk);  // a needs term too weak or too strong is a false alarm here
    int checked = 0;
    for (size_t i : {size_t{0}, picked.size() / 2, picked.size() - 1}) {
      ValueId v = picked[i];
      int slot = a.alloc.slot[v];
      std::vector<std::pair<ViolationClass, std::function<void(Artifact&)>>> faults = {
          {ViolationClass::StaleValue, [&](Artifact& m) { erase_term(m, lv.last_boundary[v], slot, v); }},
          {ViolationClass::WrongCoefficient,
           [&](Artifact& m) {
             erase_term(m, lv.last_boundary[v], slot, v);
             add_term(m, lv.last_boundary[v], slot, Term{v, -2.0});
           }},
          {ViolationClass::ReadBeforeWrite, [&](Artifact& m) { erase_term(m, lv.first_boundary[v], slot, v); }},
      };
      for (auto& [expected, apply] : faults) {
        Artifact m = a;
        apply(m);
        CAPTURE(g.values[v].name);
        CAPTURE(static_cast<int>(expected));
        VerifyOutcome o = verify_artifact(g, m, tiny_windows());
        CAPTURE(outcome_lines(o));
        CHECK(o.exit_code == kExitViolation);
        CHECK(has_class(o.direct, expected));
        CHECK(has_class(o.z3, expected));
        ++checked;
      }
    }
    CHECK(checked == 9);
  }
}
