// Deltas: the analytic model-size figures, the measured forward pass, and the
// published table's rows.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "bundle/deltas.h"
#include "bundle/forward.h"
#include "bundle/profile.h"
#include "model/errors.h"
#include "model/hash.h"
#include "tests/helpers.h"

using namespace sp;

TEST_CASE("parameters and multiply-adds follow the layer shape") {
  ModelShape s{.layers = 7, .d_model = 38, .ffn_width = 33, .context = 64};
  // 7 * (4*38^2 + 3*38*33) = 7 * (5776 + 3762) = 66766
  CHECK(shape_parameters(s) == 66766);
  // + 7 * 2*64*38 = 34048
  CHECK(shape_macs_per_token(s) == 66766 + 34048);
}

TEST_CASE("the forward pass runs and a wider model is slower per token") {
  ForwardFigures narrow = measure_forward({.layers = 4, .d_model = 16, .ffn_width = 8}, 0.05);
  ForwardFigures wide = measure_forward({.layers = 4, .d_model = 256, .ffn_width = 128}, 0.05);
  CHECK(narrow.tokens_timed >= 16);
  CHECK(narrow.tokens_per_second > 0);
  // 256-wide layers do ~200x the multiply-adds; even a noisy machine shows it.
  CHECK(wide.tokens_per_second * 4 < narrow.tokens_per_second);
}

TEST_CASE("the v1 profile loads and a stale profile is rejected") {
  Profile p = load_profile(sp::test::repo_path("workloads/profiles/v1.json"), SLOTPROOF_SOURCE_DIR);
  CHECK(p.version == "v1");
  CHECK(p.workloads.size() >= 6);
  sp::test::TempDir dir;
  std::string text = read_file_bytes(sp::test::repo_path("workloads/profiles/v1.json"));
  auto at = text.find("\"sha256\": \"") + 11;
  text[at] = text[at] == '0' ? '1' : '0';
  std::ofstream(dir.file("stale.json")) << text;
  CHECK_THROWS_AS(load_profile(dir.file("stale.json"), SLOTPROOF_SOURCE_DIR), InputError);
}

TEST_CASE("the deltas tables: one row per workload and policy, and the policies side by side") {
  Profile p;
  p.version = "test";
  p.cost_model = "delayed-reuse-erase/1";
  p.path = "profile.json";
  DeltaRow row;
  row.workload = std::string("w");  // not = "w": GCC 12 raises a false -Wrestrict on assign(const char*) here
  row.gates = 3;
  row.delayed.greedy = {.layers = 2, .d_model = 10, .heads = 5, .ffn_width = 4, .forward = {100, 200, 1000.0, 16}};
  row.delayed.milp = {.layers = 2, .d_model = 8, .heads = 4, .ffn_width = 4, .forward = {80, 160, 1250.0, 16}};
  row.delayed.milp_status = "proven optimal";
  row.immediate.greedy = {.layers = 2, .d_model = 8, .heads = 4, .ffn_width = 4, .forward = {80, 160, 1250.0, 16}};
  row.immediate.milp = {.layers = 2, .d_model = 6, .heads = 3, .ffn_width = 3, .forward = {60, 120, 1500.0, 16}};
  row.immediate.milp_status = "feasible with gap";
  row.immediate.milp_gap = 0.25;
  row.delayed.certificate = {"certified optimal", 120, 3400, 2000000, 0.5, 0.25};
  std::string md = render_deltas_markdown(p, {row}, {});
  CHECK(md.find("| w | 3 | 2/2 | 10 | 8 | -20.0% |") != std::string::npos);  // delayed: greedy 10 -> MILP 8
  CHECK(md.find("| w | 3 | 2/2 | 8 | 6 | -25.0% |") != std::string::npos);   // immediate: 8 -> 6
  CHECK(md.find("| w | 8 | 6 | -25.0% | 4/3 | 80 | 60 | -25.0% |") != std::string::npos);  // side by side
  CHECK(md.find("+25.0%") != std::string::npos);  // token rate
  CHECK(md.find("feasible with gap (gap 25.0%)") != std::string::npos);
  CHECK(md.find("| w | delayed | 8 | certified optimal | 120 | 3400 | 2.00 MB | 0.50 | 0.25 |") != std::string::npos);
  CHECK(md.find("| w | immediate | 6 | skipped |") != std::string::npos);
  CHECK(md.find("## Measured on") != std::string::npos);
  CHECK(md.find("[ENGINE.md](ENGINE.md)") != std::string::npos);  // the real engine's tables (make tvm-roundtrip)
}

// The committed chain bundle stands for every bundle: its MILP d_models and
// certificate verdicts are what the deltas report, and a bundle made of
// another workload file, or none at all, is refused.
TEST_CASE("deltas from bundles: the committed bundle's figures, and the wrong or a missing bundle refused") {
  Profile full = load_profile(sp::test::repo_path("workloads/profiles/v3.json"), SLOTPROOF_SOURCE_DIR);
  Profile p = full;
  p.workloads.clear();
  for (const ProfileWorkload& w : full.workloads)
    if (w.name == "chain") p.workloads.push_back(w);
  REQUIRE(p.workloads.size() == 1);
  const std::string proofs = sp::test::repo_path("proofs");
  const std::string chain_manifest = sp::test::repo_path("proofs/chain/manifest.json");
  const auto manifest = nlohmann::json::parse(read_file_bytes(chain_manifest));
  DeltaOptions opt;
  opt.forward_seconds = 0.01;
  opt.bundles = proofs;
  std::vector<DeltaRow> rows = deltas_from_bundles(p, proofs, opt, {});
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].delayed.milp.d_model == manifest["policies"]["delayed-reuse"]["milp"]["objective"].get<int>());
  CHECK(rows[0].immediate.milp.d_model == manifest["policies"]["immediate-reuse"]["milp"]["objective"].get<int>());
  CHECK(rows[0].immediate.certificate.verdict ==
        manifest["policies"]["immediate-reuse"]["certificate"]["verdict"].get<std::string>());
  CHECK(rows[0].delayed.greedy.d_model >= rows[0].delayed.milp.d_model);
  CHECK(rows[0].immediate.certificate.proof_bytes ==
        manifest["policies"]["immediate-reuse"]["certificate"]["proof"]["bytes"].get<uint64_t>());

  // A certificate that timed out has a CNF but no proof (random-500's, at 120 s).
  Profile timed_out = full;
  timed_out.workloads.clear();
  for (const ProfileWorkload& w : full.workloads)
    if (w.name == "random-500") timed_out.workloads.push_back(w);
  REQUIRE(timed_out.workloads.size() == 1);
  const auto r500 = nlohmann::json::parse(read_file_bytes(sp::test::repo_path("proofs/random-500/manifest.json")));
  const auto& r500_cert = r500["policies"]["delayed-reuse"]["certificate"];
  std::vector<DeltaRow> r500_rows = deltas_from_bundles(timed_out, proofs, opt, {});
  REQUIRE(r500_rows.size() == 1);
  CHECK(r500_rows[0].delayed.certificate.verdict == r500_cert["verdict"].get<std::string>());
  CHECK(r500_rows[0].delayed.certificate.proof_bytes == (r500_cert.contains("proof") ? r500_cert["proof"]["bytes"].get<uint64_t>() : 0));
  CHECK(r500_rows[0].delayed.certificate.cnf_clauses == r500_cert["cnf"]["clauses"].get<uint64_t>());

  std::string md = render_deltas_markdown(p, rows, opt);
  CHECK(md.find("--from-bundles") != std::string::npos);
  CHECK(md.find(proofs) != std::string::npos);
  CHECK(md.find("proven optimal, ") == std::string::npos);  // no solve times ("..., 1.23 s"): bundles do not record them

  Profile other = p;
  other.workloads[0].sha256[0] = other.workloads[0].sha256[0] == '0' ? '1' : '0';
  CHECK_THROWS_WITH_AS(deltas_from_bundles(other, proofs, opt, {}),
                       doctest::Contains("the bundle was made of another chain"), InputError);
  sp::test::TempDir empty;
  CHECK_THROWS_WITH_AS(deltas_from_bundles(p, empty.path.string(), opt, {}), doctest::Contains("no bundle for workload chain"),
                       InputError);

  // A manifest field the deltas read beyond check-bundle's own: a wrong type is one InputError naming it.
  std::filesystem::create_directories(empty.path / "chain");
  auto bad = nlohmann::ordered_json::parse(read_file_bytes(chain_manifest));
  bad["policies"]["delayed-reuse"]["milp"]["write_terms"] = "many";
  std::ofstream(empty.file("chain/manifest.json")) << bad.dump(2);
  CHECK_THROWS_WITH_AS(deltas_from_bundles(p, empty.path.string(), opt, {}),
                       doctest::Contains("policies.delayed-reuse.milp"), InputError);
}
