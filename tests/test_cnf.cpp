// The CNF encoding (sat/cnf_encoding.h) against exhaustive enumeration,
// with the real `cadical` binary, and `slotproof certify` with its
// certificate re-check (certify/certify.h).
#include <doctest/doctest.h>

#include <climits>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "sat/cadical_run.h"
#include "certify/certify.h"
#include "sat/cnf_encoding.h"
#include "certify/drat_check.h"
#include "helpers.h"
#include "milp_enumerate.h"
#include "model/artifact.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "model/levels.h"
#include "solve/allocate.h"
#include "solve/greedy.h"
#include "verify/verify.h"
#include "workloads/lib/random_graph.h"

using namespace sp;
using namespace sp::test;
namespace fs = std::filesystem;

namespace {


// The least width_bound over every legal schedule (INT_MAX: none), by the
// same depth-first enumeration as milp_enumerate.h.
void least_width_bound_from(const Graph& g, size_t i, Schedule& s, std::optional<int> max_ffn, ReusePolicy policy,
                            int& best) {
  if (i == g.topo.size()) {
    if (colocation_and_ffn_hold(g, s, max_ffn)) best = std::min(best, compute_liveness(g, s, policy).width_bound);
    return;
  }
  const GateId x = g.topo[i];
  int lower = 0;
  for (GateId u : g.preds[x]) lower = std::max(lower, s.phase[u] + 1);
  for (int p = lower; p < 4 * s.layers; ++p)
    if (is_legal_phase(g.gates[x].kind, p)) {
      s.phase[x] = p;
      least_width_bound_from(g, i + 1, s, max_ffn, policy, best);
    }
  s.phase[x] = -1;
}

int least_width_bound(const Graph& g, int layers, std::optional<int> max_ffn, ReusePolicy policy) {
  Schedule s;
  s.layers = layers;
  s.phase.assign(g.gates.size(), -1);
  int best = INT_MAX;
  least_width_bound_from(g, 0, s, max_ffn, policy, best);
  return best;
}

struct Answer {
  SatAnswer answer = SatAnswer::Unknown;
  std::optional<Schedule> schedule;  // decoded when sat
};

// Encodes, runs cadical (with a DRAT proof, checked by our checker when unsat).
Answer ask(const Graph& g, const CnfQuery& q, bool check_proof = false) {
  TempDir dir;
  const CnfEncoding enc = encode_schedule_cnf(g, q);
  sp::test::write_file(dir.file("f.cnf"), enc.dimacs);
  SatOptions so;
  if (check_proof) so.proof_path = dir.file("f.drat");
  const SatRun run = run_cadical(dir.file("f.cnf"), so);
  Answer a{run.answer, std::nullopt};
  if (run.answer == SatAnswer::Sat) a.schedule = decode_schedule(enc, parse_sat_model(run.output, enc.variables));
  if (run.answer == SatAnswer::Unsat && check_proof)
    CHECK(drat::check_files(dir.file("f.cnf"), dir.file("f.drat")).verdict == drat::Verdict::Verified);
  return a;
}

// A decoded schedule must be legal, fit K, and allocate to a safe artifact.
void check_witness(const Graph& g, const CnfQuery& q, const Schedule& s) {
  const Liveness lv = compute_liveness(g, s, q.policy);
  CHECK(lv.width_bound <= q.width_bound);
  const Artifact a = make_artifact(g, s, lv, allocate_slots(g, lv), {{"method", "test"}}, q.max_ffn);
  // Exact-arithmetic handovers are safe only in an engine declared exact.
  VerifyOptions vo;
  if (q.policy == ReusePolicy::ImmediateExactArith) vo.engine = Engine::Exact;
  const VerifyOutcome v = verify_artifact(g, a, vo);
  CHECK(v.exit_code == 0);
  for (const std::string& line : v.lines) MESSAGE(line);
}

// SAT exactly for K >= the least width_bound, for K = 0 .. the d_model optimum.
int compare_with_enumeration(const Graph& g, int layers, std::optional<int> max_ffn, ReusePolicy policy) {
  const int least = least_width_bound(g, layers, max_ffn, policy);
  const int best_d_model = enumerate_best(g, layers, max_ffn, policy).best;
  CAPTURE(least);
  if (least == INT_MAX) {
    CHECK(best_d_model == INT_MAX);
    CHECK(ask(g, {layers, policy, max_ffn, 4 * static_cast<int>(g.values.size())}).answer == SatAnswer::Unsat);
    return 1;
  }
  CHECK(best_d_model == 2 * ((least + 1) / 2));
  int asked = 0;
  for (int k = 0; k <= best_d_model; ++k, ++asked) {
    CAPTURE(k);
    const CnfQuery q{layers, policy, max_ffn, k};
    const Answer a = ask(g, q);
    CHECK(a.answer == (k >= least ? SatAnswer::Sat : SatAnswer::Unsat));
    if (a.schedule) check_witness(g, q, *a.schedule);
  }
  return asked;
}

// A seeded random graph, written to disk so the CLI and the library read the same bytes.
std::string random_graph_file(const TempDir& dir, const wl::RandomGraphOptions& shape) {
  sp::test::write_file(dir.file("graph.json"), graph_to_json(wl::random_graph(shape)).dump(1));
  return dir.file("graph.json");
}

// An artifact of the schedule a SAT answer at K gives.
std::string artifact_at(const TempDir& dir, const Graph& g, const CnfQuery& q, const std::string& name) {
  const Answer a = ask(g, q);
  REQUIRE(a.schedule);
  const Liveness lv = compute_liveness(g, *a.schedule, q.policy);
  const Artifact art = make_artifact(g, *a.schedule, lv, allocate_slots(g, lv), {{"method", "test"}}, q.max_ffn);
  sp::test::write_file(dir.file(name), artifact_to_text(g, art));
  return dir.file(name);
}


// run_cli with `bin_dir` first on PATH (for a stand-in solver).
RunResult run_cli_with_path(const std::string& bin_dir, const std::string& args) {
  const std::string saved = getenv("PATH") ? getenv("PATH") : "";
  setenv("PATH", (bin_dir + ":" + saved).c_str(), 1);
  RunResult r = run_cli(args);
  setenv("PATH", saved.c_str(), 1);
  return r;
}

}  // namespace

TEST_CASE("cnf: SAT/UNSAT equals exhaustive enumeration on small random graphs, both policies") {
  int asked = 0;
  for (uint32_t seed = 1; seed <= 12; ++seed) {
    wl::RandomGraphOptions shape = wl::recent_values_shape(5 + seed % 3, 300 + seed);
    shape.window = 5;
    shape.inputs = 1 + seed % 2;
    shape.outputs = 1 + seed % 2;
    shape.average_lookups = seed % 2 ? 50 : 0;
    shape.latest_lookups = 100 - shape.average_lookups;
    const Graph g = wl::random_graph(shape);
    const int min_layers = compute_levels(g).min_layers;
    CAPTURE(seed);
    for (int layers : {min_layers, min_layers + 1}) {
      if (shape.gates == 7 && layers > min_layers) continue;  // keeps enumeration quick
      CAPTURE(layers);
      for (ReusePolicy policy : sp::test::kAllPolicies) {
        CAPTURE(policy_name(policy));
        asked += compare_with_enumeration(g, layers, std::nullopt, policy);
        asked += compare_with_enumeration(g, layers, 1, policy);
      }
    }
  }
  MESSAGE(asked << " SAT/UNSAT answers compared with enumeration");
  CHECK(asked > 300);
}

TEST_CASE("cnf: the head rule and co-location bind (hand-made graphs)") {
  // A three-value `average` lookup (two heads) whose readers must share its
  // layer, one of them a persist that may run at persist1 (passthrough).
  const Graph g = graph_from(R"("name": "heads", "inputs": [{"name": "pos", "pinned": true}, {"name": "x"}],
    "gates": [{"name": "l0", "kind": "lookup", "tie_break": "average", "query": [{"x": 1}, {"pos": 1}],
               "key": [{"pos": 1}, {"x": 1}], "values": [{"x": 1}, {"x": 2}, {"x": 3}], "produces": ["a", "b", "c"]},
              {"name": "p0", "kind": "persist", "expr": {"a": 1, "x": 1}},
              {"name": "r0", "kind": "reglu", "a": {"b": 1}, "b": {"c": 1}},
              {"name": "p1", "kind": "persist", "expr": {"r0": 1, "p0": 1}}],
    "outputs": ["p1"])");
  // Never-read inputs die in layer 0's attention half; never-read lookup and
  // persist values die where they are born.
  const Graph unused = graph_from(R"("name": "unused", "inputs": [{"name": "pos", "pinned": true}, {"name": "x"},
      {"name": "u0"}, {"name": "u1"}, {"name": "u2"}],
    "gates": [{"name": "l0", "kind": "lookup", "tie_break": "latest", "query": [{"x": 1}, {"pos": 1}],
               "key": [{"pos": 1}, {"x": 1}], "values": [{"x": 1}, {"x": 2}], "produces": ["a", "dropped"]},
              {"name": "p0", "kind": "persist", "expr": {"a": 1, "x": 1}},
              {"name": "p1", "kind": "persist", "expr": {"x": 1}},
              {"name": "r0", "kind": "reglu", "a": {"p0": 1}, "b": {"x": 1}}],
    "outputs": ["r0"])");
  for (ReusePolicy policy : sp::test::kAllPolicies)
    for (int layers : {1, 2, 3}) {
      CAPTURE(layers);
      compare_with_enumeration(g, layers, std::nullopt, policy);
      compare_with_enumeration(unused, layers, std::nullopt, policy);
    }
  // The head rule is what binds on this graph in one layer.
  Schedule s;
  s.layers = 1;
  s.phase = {0, 1, 1, 2};
  const Liveness lv = compute_liveness(unused, s, ReusePolicy::Delayed);
  CHECK(lv.heads_needed[0] > lv.width);
}

TEST_CASE("cnf: the same graph and query give the same bytes, with the header recorded") {
  const Graph g = wl::random_graph(wl::recent_values_shape(40, 5));
  const int layers = compute_levels(g).min_layers + 1;
  const CnfEncoding a = encode_schedule_cnf(g, {layers, ReusePolicy::Delayed, 3, 20});
  const CnfEncoding b = encode_schedule_cnf(g, {layers, ReusePolicy::Delayed, 3, 20});
  CHECK(a.dimacs == b.dimacs);
  CHECK(a.dimacs.find("c graph \"" + g.name + "\" sha256 " + g.sha256 + "\n") != std::string::npos);
  CHECK(a.dimacs.find("c layers " + std::to_string(layers) + "\nc policy delayed-reuse\nc max_ffn 3\n"
                      "c width_bound <= 20\n") != std::string::npos);
  CHECK(a.dimacs.find("p cnf " + std::to_string(a.variables) + " " + std::to_string(a.clauses) + "\n") !=
        std::string::npos);
  CHECK(encode_schedule_cnf(g, {layers, ReusePolicy::Immediate, 3, 20}).dimacs != a.dimacs);
  CHECK(encode_schedule_cnf(g, {layers, ReusePolicy::Delayed, std::nullopt, 20}).dimacs != a.dimacs);
  // Too few layers: an empty phase window, so the formula is the empty clause.
  const CnfEncoding none = encode_schedule_cnf(g, {layers - 2, ReusePolicy::Delayed, std::nullopt, 100});
  CHECK(none.clauses == 1);
  CHECK(none.dimacs.substr(none.dimacs.size() - 12) == "p cnf 0 1\n0\n");
  CHECK_THROWS_AS(encode_schedule_cnf(g, {0, ReusePolicy::Delayed, std::nullopt, 100}), InputError);
  // No gates: the two outputs hold two slots, whatever the schedule.
  const Graph empty = graph_from(R"("name": "none", "inputs": [{"name": "a"}, {"name": "b"}], "gates": [],
                                   "outputs": ["a", "b"])");
  CHECK(ask(empty, {1, ReusePolicy::Delayed, std::nullopt, 2}).answer == SatAnswer::Sat);
  CHECK(ask(empty, {1, ReusePolicy::Delayed, std::nullopt, 1}).answer == SatAnswer::Unsat);
}

TEST_CASE("cnf: reference graph at 7 layers: 38 delayed, 30 immediate, 28 exact-arithmetic are SAT, two lower UNSAT (DRAT-checked)") {
  const Graph g = load_graph(ranged_reference_path());
  const CnfQuery delayed_sat{7, ReusePolicy::Delayed, std::nullopt, 38};
  const CnfQuery immediate_sat{7, ReusePolicy::Immediate, std::nullopt, 30};
  const CnfQuery exact_sat{7, ReusePolicy::ImmediateExactArith, std::nullopt, 28};
  for (const CnfQuery& q : {delayed_sat, immediate_sat, exact_sat}) {
    CAPTURE(policy_name(q.policy));
    const Answer a = ask(g, q);
    REQUIRE(a.answer == SatAnswer::Sat);
    check_witness(g, q, *a.schedule);
    CHECK(ask(g, {7, q.policy, std::nullopt, q.width_bound - 2}, true).answer == SatAnswer::Unsat);
  }
  // The odd bounds in between: 37 fits under delayed reuse; 29 does not under the float64
  // rule, nor 27 in exact arithmetic.
  CHECK(ask(g, {7, ReusePolicy::Delayed, std::nullopt, 37}).answer == SatAnswer::Sat);
  CHECK(ask(g, {7, ReusePolicy::Immediate, std::nullopt, 29}).answer == SatAnswer::Unsat);
  CHECK(ask(g, {7, ReusePolicy::ImmediateExactArith, std::nullopt, 27}).answer == SatAnswer::Unsat);
}

TEST_CASE("cnf: certify certifies an optimal schedule, and the certificate re-checks byte for byte") {
  TempDir dir;
  wl::RandomGraphOptions shape = wl::recent_values_shape(7, 41);
  shape.window = 5;
  shape.inputs = 2;
  const std::string graph_path = random_graph_file(dir, shape);
  const Graph g = load_graph(graph_path);
  const int layers = compute_levels(g).min_layers + 1;
  const int least = least_width_bound(g, layers, std::nullopt, ReusePolicy::Delayed);
  REQUIRE(least < INT_MAX);
  const std::string art = artifact_at(dir, g, {layers, ReusePolicy::Delayed, std::nullopt, least}, "opt.json");
  const std::string out = dir.file("cert");
  RunResult r = run_cli("certify " + sp::test::shell_quote(graph_path) + " " + sp::test::shell_quote(art) + " -o " + sp::test::shell_quote(out));
  CAPTURE(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("certified optimal") != std::string::npos);
  const auto doc = nlohmann::json::parse(sp::read_file_bytes(out + "/certificate.json"));
  CHECK(doc["verdict"] == "certified optimal");
  CHECK(doc["d_model"] == 2 * ((least + 1) / 2));
  CHECK(doc["checker"]["verdict"] == "verified");
  CHECK(check_certificate(out, g).status == CertificateStatus::Certified);
  // A rerun writes the same bytes.
  const std::string first = sp::read_file_bytes(out + "/certificate.json");
  REQUIRE(run_cli("certify " + sp::test::shell_quote(graph_path) + " " + sp::test::shell_quote(art) + " -o " + sp::test::shell_quote(out)).exit_code == 0);
  CHECK(sp::read_file_bytes(out + "/certificate.json") == first);
}

TEST_CASE("cnf: check_certificate rejects a tampered proof, CNF or bound") {
  if (!have_reference_graph()) return;
  TempDir dir;
  const Graph g = load_graph(reference_graph_path());
  const std::string art = artifact_at(dir, g, {7, ReusePolicy::Delayed, std::nullopt, 37}, "opt.json");
  const std::string out = dir.file("cert");
  RunResult r = run_cli("certify " + sp::test::shell_quote(reference_graph_path()) + " " + sp::test::shell_quote(art) + " -o " + sp::test::shell_quote(out));
  CAPTURE(r.output);
  REQUIRE(r.exit_code == 0);
  REQUIRE(check_certificate(out, g).status == CertificateStatus::Certified);
  const auto doc = nlohmann::json::parse(sp::read_file_bytes(out + "/certificate.json"));
  const std::string proof_path = out + "/" + doc["proof"]["file"].get<std::string>();
  const std::string cnf_path = out + "/" + doc["cnf"]["file"].get<std::string>();
  const std::string proof = sp::read_file_bytes(proof_path), cnf = sp::read_file_bytes(cnf_path), cert = sp::read_file_bytes(out + "/certificate.json");

  SUBCASE("proof bytes changed") {
    std::string bad = proof;
    bad[bad.size() / 2] ^= 0x04;
    sp::test::write_file(proof_path, bad);
  }
  SUBCASE("a forged proof (the empty clause alone), with its recorded hash updated: the checker rejects it") {
    sp::test::write_file(proof_path, "0\n");
    auto d = doc;
    d["proof"]["sha256"] = sha256_hex("0\n");
    sp::test::write_file(out + "/certificate.json", d.dump(2) + "\n");
    CHECK(check_certificate(out, g).message.find("does not check") != std::string::npos);
  }
  SUBCASE("a clause dropped from the CNF file") {
    sp::test::write_file(cnf_path, cnf.substr(0, cnf.rfind('\n', cnf.size() - 2) + 1));
  }
  SUBCASE("the recorded bound changed") {
    auto d = doc;
    d["width_bound_at_most"] = 35;
    d["d_model"] = 37;
    sp::test::write_file(out + "/certificate.json", d.dump(2) + "\n");
  }
  const CertificateCheck c = check_certificate(out, g);
  MESSAGE(c.message);
  CHECK(c.status == CertificateStatus::Invalid);
  sp::test::write_file(proof_path, proof);
  sp::test::write_file(cnf_path, cnf);
  sp::test::write_file(out + "/certificate.json", cert);
  CHECK(check_certificate(out, g).status == CertificateStatus::Certified);
}

TEST_CASE("cnf: certify refutes a non-optimal artifact and writes a witness that verifies") {
  if (!have_reference_graph()) return;
  TempDir dir;
  const Graph g = load_graph(reference_graph_path());
  GreedyOptions go;
  go.policy = ReusePolicy::Delayed;
  const Artifact greedy = greedy_artifact(g, go);
  REQUIRE(greedy.d_model > 38);  // greedy is not optimal here
  sp::test::write_file(dir.file("greedy.json"), artifact_to_text(g, greedy));
  const std::string out = dir.file("cert");
  RunResult r = run_cli("certify " + sp::test::shell_quote(reference_graph_path()) + " " + sp::test::shell_quote(dir.file("greedy.json")) + " -o " + sp::test::shell_quote(out));
  CAPTURE(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("refuted") != std::string::npos);
  REQUIRE(fs::exists(out + "/witness.json"));
  CHECK(verify_files(g, out + "/witness.json").exit_code == 0);
  CHECK(load_artifact(g, out + "/witness.json").d_model <= greedy.d_model - 2);
  CHECK(check_certificate(out, g).status == CertificateStatus::Refuted);
}

TEST_CASE("cnf: certify never certifies on a solver's word: timeouts, forged proofs and false models give exit 3") {
  if (!have_reference_graph()) return;
  TempDir dir;
  const std::string graph_path = reference_graph_path();
  const Graph g = load_graph(graph_path);
  const std::string art = artifact_at(dir, g, {7, ReusePolicy::Delayed, std::nullopt, 37}, "opt.json");
  // A stand-in `cadical` first on PATH: its last argument is the proof file.
  auto fake = [&](const std::string& body) {
    fs::create_directories(dir.file("bin"));
    sp::test::write_file(dir.file("bin/cadical"), "#!/bin/sh\nif [ \"$1\" = --version ]; then echo fake; exit 0; fi\n"
                                   "for a; do proof=$a; done\n" + body + "\n");
    fs::permissions(dir.file("bin/cadical"), fs::perms::owner_all);
    return run_cli_with_path(dir.file("bin"), "certify " + sp::test::shell_quote(graph_path) + " " + sp::test::shell_quote(art) + " -o " + sp::test::shell_quote(dir.file("o")));
  };
  struct Case {
    const char* body;
    const char* verdict;
  };
  for (const Case& c : {Case{"echo 's UNKNOWN'; exit 0", "not certified (solver timeout)"},
                        Case{"echo 's UNSATISFIABLE'; echo 0 > \"$proof\"; exit 20", "not certified (proof rejected)"},
                        Case{"echo 's UNSATISFIABLE'; exit 20", "not certified (proof rejected)"},
                        Case{"echo 's SATISFIABLE'; echo 'v 0'; exit 10", "not certified (solver failed)"},
                        Case{"echo 's SATISFIABLE'; exit 10", "not certified (solver failed)"},
                        Case{"kill -9 $$", "not certified (solver failed)"}}) {
    CAPTURE(c.body);
    RunResult r = fake(c.body);
    CAPTURE(r.output);
    CHECK(r.exit_code == 3);
    const auto doc = nlohmann::json::parse(sp::read_file_bytes(dir.file("o/certificate.json")));
    CHECK(doc["verdict"] == c.verdict);
    CHECK(check_certificate(dir.file("o"), g).status == CertificateStatus::NotCertified);
    CHECK(!fs::exists(dir.file("o/witness.json")));
  }
}

TEST_CASE("cnf: certify exit codes for a wrong d_model claim and bad input") {
  TempDir dir;
  const std::string graph_path = random_graph_file(dir, wl::recent_values_shape(6, 43));
  const Graph g = load_graph(graph_path);
  const int layers = compute_levels(g).min_layers;
  const std::string art = artifact_at(dir, g, {layers, ReusePolicy::Immediate, std::nullopt, 100}, "a.json");
  auto doc = nlohmann::ordered_json::parse(sp::read_file_bytes(art));
  doc["d_model"] = doc["d_model"].get<int>() + 2;
  sp::test::write_file(dir.file("wrong.json"), doc.dump(1));
  RunResult r = run_cli("certify " + sp::test::shell_quote(graph_path) + " " + sp::test::shell_quote(dir.file("wrong.json")) + " -o " + sp::test::shell_quote(dir.file("o")));
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("the artifact's d_model is not its schedule's") != std::string::npos);
  CHECK(!fs::exists(dir.file("o/certificate.json")));
  CHECK(run_cli("certify " + sp::test::shell_quote(graph_path) + " " + sp::test::shell_quote(dir.file("missing.json")) + " -o " + sp::test::shell_quote(dir.file("o"))).exit_code ==
        2);
  CHECK(run_cli("certify " + sp::test::shell_quote(graph_path) + " " + sp::test::shell_quote(art)).exit_code == 2);  // no -o
  CHECK_THROWS_AS(check_certificate(dir.file("o"), g), InputError);
}
