// Proof bundles: every committed bundle checks out against the current code
// and workloads, and check-bundle notices tampering and staleness.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "bundle/bundle.h"
#include "model/errors.h"
#include "model/hash.h"
#include "tests/helpers.h"

using namespace sp;
namespace fs = std::filesystem;

namespace {

std::string write_tiny_graph(sp::test::TempDir& dir) {
  std::string graph = dir.file("g.json");
  std::ofstream(graph) << R"({"format": "slotproof-graph/1", "name": "tiny",
    "inputs": [{"name": "x"}, {"name": "y"}, {"name": "pos", "pinned": true}],
    "gates": [{"name": "r", "kind": "reglu", "a": {"x": 1}, "b": {"pos": 1}},
              {"name": "s", "kind": "reglu", "a": {"y": 1}, "b": {"x": 1}},
              {"name": "p", "kind": "persist", "expr": {"r": 1, "s": 1}}],
    "outputs": ["p"]})";
  return graph;
}

std::string quote(const std::string& s) { return "'" + s + "'"; }

}  // namespace

TEST_CASE("every committed proof bundle checks out") {
  fs::path proofs = sp::test::repo_path("proofs");
  int bundles = 0;
  for (const auto& e : fs::directory_iterator(proofs)) {
    if (!fs::exists(e.path() / "manifest.json")) continue;
    CAPTURE(e.path().string());
    CHECK(check_bundle(e.path().string(), SLOTPROOF_SOURCE_DIR) == 0);
    ++bundles;
  }
  CHECK(bundles >= 7);  // every workload of the newest profile (and the reference graph when present)
}

// The packed layout keeps proofs/ at about a hundred and forty files (23,658
// per-query files in 0.1); xz and the budget for kept proofs keep it under
// 30 MB (89 MB with gzip and every proof kept; docs/BUNDLES.md).
TEST_CASE("the committed proofs stay compact: at most 200 files and 30 MB") {
  size_t files = 0;
  uintmax_t bytes = 0;
  for (const auto& e : fs::recursive_directory_iterator(sp::test::repo_path("proofs")))
    if (e.is_regular_file()) ++files, bytes += e.file_size();
  MESSAGE("proofs/: " << files << " files, " << bytes / 1000 << " kB");
  CHECK(files <= 200);
  CHECK(bytes <= 30u << 20);
}

TEST_CASE("a bundle: both policies, packed proofs, GLPK on the MPS, and check-bundle rejects tampering") {
  sp::test::TempDir dir;
  std::string graph = write_tiny_graph(dir);
  std::string bundle = dir.file("bundle");
  BundleOptions opt;
  opt.milp_time_limit_s = 30;
  opt.z3_rlimit = 20'000'000;
  REQUIRE(make_bundle(graph, bundle, opt) == 0);
  for (const char* f : {"/greedy.json", "/milp-delayed.json", "/milp-immediate.json", "/milp-delayed.mps.xz",
                        "/milp-immediate.mps.xz", "/verify-greedy/queries.smt2.xz", "/verify-milp-delayed/verdicts.txt",
                        "/verify-milp-immediate/manifest.json", "/plot.svg"}) {
    CAPTURE(f);
    CHECK(fs::exists(bundle + f));
  }
  CHECK_FALSE(fs::exists(bundle + "/verify-greedy/slot-0000-contents.smt2"));
  auto manifest = nlohmann::json::parse(read_file_bytes(bundle + "/manifest.json"));
  CHECK(manifest["format"] == "slotproof-bundle/2");
  CHECK(manifest["options"]["proof_layout"] == "packed");
  CHECK(manifest["artifacts"].size() == 3);
  for (const char* p : {"delayed-reuse", "immediate-reuse"}) {
    CAPTURE(p);
    CHECK(manifest["policies"][p]["glpk"]["verdict"] == "agree");  // GLPK solved the MPS
    CHECK(manifest["policies"][p]["milp"]["levels"].size() == 3);
  }
  CHECK(manifest["policies"]["immediate-reuse"]["milp"]["objective"] <=
        manifest["policies"]["delayed-reuse"]["milp"]["objective"]);
  for (const char* p : {"delayed-reuse", "immediate-reuse"}) {  // both optima certified, by our own DRAT checker
    CAPTURE(p);
    CHECK(manifest["policies"][p]["certificate"]["verdict"] == "certified optimal");
  }
  CHECK(fs::exists(bundle + "/certificate-delayed/certificate.json"));
  CHECK(check_bundle(bundle, "/") == 0);  // workload path recorded absolute here

  SUBCASE("an edited artifact") {
    std::string path = bundle + "/milp-immediate.json";
    std::string text = read_file_bytes(path);
    text.replace(text.find("\"d_model\": "), 11, "\"d_model\": 1");
    std::ofstream(path) << text;
    CHECK(check_bundle(bundle, "/") == 1);
  }
  SUBCASE("a changed workload") {
    std::ofstream(graph, std::ios::app) << "\n";
    CHECK(check_bundle(bundle, "/") == 1);
  }
  SUBCASE("a file missing from the bundle") {
    fs::remove(bundle + "/milp-delayed.mps.xz");
    CHECK(check_bundle(bundle, "/") == 1);
  }
  SUBCASE("a certificate whose proof no longer checks") {
    auto cert = nlohmann::json::parse(read_file_bytes(bundle + "/certificate-immediate/certificate.json"));
    std::string proof = bundle + "/certificate-immediate/" + cert["proof"]["file"].get<std::string>();
    std::ofstream(proof, std::ios::trunc) << "0\n";  // only the empty clause
    CHECK(check_bundle(bundle, "/") == 1);
  }
  SUBCASE("a plot that is not the picture of the artifacts, even with its hash updated") {
    std::string svg = read_file_bytes(bundle + "/plot.svg");
    svg.replace(svg.find("milp-immediate"), 14, "milp-improved!");
    std::ofstream(bundle + "/plot.svg", std::ios::trunc) << svg;
    auto m = nlohmann::ordered_json::parse(read_file_bytes(bundle + "/manifest.json"));
    m["files"]["plot.svg"] = sp::sha256_hex(svg);
    std::ofstream(bundle + "/manifest.json", std::ios::trunc) << m.dump(1) << "\n";
    CHECK(check_bundle(bundle, "/") == 1);
  }
  SUBCASE("a proof script missing") {
    fs::remove(bundle + "/verify-milp-delayed/queries.smt2.xz");
    CHECK(check_bundle(bundle, "/") == 1);
  }
}

TEST_CASE("a bundle with proofs over the size budget: checked, not kept, re-checked on --recertify") {
  sp::test::TempDir dir;
  const std::string graph = write_tiny_graph(dir), bundle = dir.file("b");
  const std::string q_graph = quote(graph), q_bundle = quote(bundle);
  sp::test::RunResult made = sp::test::run_cli("bundle " + q_graph + " -o " + q_bundle +
                                               " --time-limit 30 --max-proof-mb 0.000001 -q");
  CAPTURE(made.output);
  REQUIRE(made.exit_code == 0);
  CHECK(made.output.find("certify: proof not kept") != std::string::npos);
  auto cert = nlohmann::json::parse(read_file_bytes(bundle + "/certificate-delayed/certificate.json"));
  CHECK(cert["verdict"] == "certified optimal");
  CHECK(cert["checker"]["verdict"] == "verified");
  CHECK(cert["proof"]["kept"] == false);
  CHECK(cert["proof"]["file"].is_null());
  CHECK(cert["proof"]["stored_bytes"].get<int>() > 0);
  for (const auto& e : fs::directory_iterator(bundle + "/certificate-delayed"))
    CHECK(e.path().filename().string().rfind("lower.drat", 0) == std::string::npos);

  sp::test::RunResult plain = sp::test::run_cli("check-bundle " + q_bundle + " --root /");
  CAPTURE(plain.output);
  CHECK(plain.exit_code == 0);
  CHECK(plain.output.find("certificate-delayed: certified, proof not kept") != std::string::npos);
  sp::test::RunResult full = sp::test::run_cli("check-bundle " + q_bundle + " --root / --recertify");
  CAPTURE(full.output);
  CHECK(full.exit_code == 0);
  CHECK(full.output.find("certificate-delayed: certified (the CNF re-derives byte for byte and the regenerated proof "
                         "checks") != std::string::npos);
  // Issue 23: a limit near INT_MAX overflowed `limit + 30`, and CaDiCaL was killed at once ("timeout").
  sp::test::RunResult longest = sp::test::run_cli("check-bundle " + q_bundle + " --root / --recertify --recertify-time-limit 2147483647");
  CAPTURE(longest.output);
  CHECK(longest.exit_code == 0);

  SUBCASE("a CNF that is not the one the graph gives, hashes updated: not kept does not mean not checked") {
    const std::string cnf_path = bundle + "/certificate-delayed/" + cert["cnf"]["file"].get<std::string>();
    const std::string cnf = read_file_bytes(cnf_path);
    const std::string dropped = cnf.substr(0, cnf.rfind('\n', cnf.size() - 2) + 1);  // the last clause gone
    std::ofstream(cnf_path, std::ios::trunc) << dropped;
    auto m = nlohmann::ordered_json::parse(read_file_bytes(bundle + "/manifest.json"));
    m["files"]["certificate-delayed/" + cert["cnf"]["file"].get<std::string>()] = sp::sha256_hex(dropped);
    std::ofstream(bundle + "/manifest.json", std::ios::trunc) << m.dump(1) << "\n";
    sp::test::RunResult r = sp::test::run_cli("check-bundle " + q_bundle + " --root /");
    CAPTURE(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("differs from the CNF re-derived from the graph") != std::string::npos);
  }
  SUBCASE("a recorded proof hash that the regenerated proof does not have") {
    cert["proof"]["sha256"] = std::string(64, '0');
    const std::string text = cert.dump(2) + "\n";
    std::ofstream(bundle + "/certificate-delayed/certificate.json", std::ios::trunc) << text;
    auto m = nlohmann::ordered_json::parse(read_file_bytes(bundle + "/manifest.json"));
    m["files"]["certificate-delayed/certificate.json"] = sp::sha256_hex(text);
    std::ofstream(bundle + "/manifest.json", std::ios::trunc) << m.dump(1) << "\n";
    CHECK(sp::test::run_cli("check-bundle " + q_bundle + " --root /").exit_code == 0);  // nothing to compare with
    sp::test::RunResult r = sp::test::run_cli("check-bundle " + q_bundle + " --root / --recertify");
    CAPTURE(r.output);
    CHECK(r.exit_code == 1);
    CHECK(r.output.find("regenerated proof's SHA-256 differs") != std::string::npos);
  }
}

TEST_CASE("check-bundle: a malformed manifest is bad input (one line), never a crash or a hang") {
  sp::test::TempDir dir;
  // A committed manifest is the valid shape; each edit breaks one rule of the strict reader.
  const auto good = nlohmann::ordered_json::parse(read_file_bytes(sp::test::repo_path("proofs/chain/manifest.json")));
  CHECK_NOTHROW(parse_bundle_manifest(good.dump(1), "m.json"));
  using Edit = std::function<void(nlohmann::ordered_json&)>;
  const std::vector<std::pair<std::string, Edit>> broken = {
      {"files missing", [](auto& m) { m.erase("files"); }},
      {"workload mistyped", [](auto& m) { m["workload"] = 7; }},
      {"options mistyped", [](auto& m) { m["options"] = nlohmann::ordered_json::array(); }},
      {"format", [](auto& m) { m["format"] = "slotproof-bundle/9"; }},
      {"max_ffn 0", [](auto& m) { m["options"]["max_ffn"] = 0; }},
      {"max_ffn -1", [](auto& m) { m["options"]["max_ffn"] = -1; }},
      {"max_ffn false", [](auto& m) { m["options"]["max_ffn"] = false; }},
      {"max_ffn 1e300", [](auto& m) { m["options"]["max_ffn"] = 1e300; }},
      {"layers 2^32 + 1", [](auto& m) { m["options"]["layers"] = 4294967297LL; }},
      {"layers 20.5", [](auto& m) { m["options"]["layers"] = 20.5; }},
      {"a path outside the bundle", [](auto& m) { m["files"]["../x"] = std::string(64, '0'); }},
      {"an absolute path", [](auto& m) { m["files"]["/etc/passwd"] = std::string(64, '0'); }},
      {"a hash that is none", [](auto& m) { m["files"]["plot.svg"] = "00"; }},
      {"an artifact not of the layout", [](auto& m) { m["artifacts"][0]["file"] = "other.json"; }},
      {"an artifact under the wrong policy", [](auto& m) { m["artifacts"][1]["policy"] = "immediate-reuse"; }},
      {"an artifact missing", [](auto& m) { m["artifacts"].erase(2); }},
      {"policies mistyped", [](auto& m) { m["policies"] = nlohmann::ordered_json::array(); }},
      {"policies missing", [](auto& m) { m.erase("policies"); }},
      {"a third policy", [](auto& m) { m["policies"]["x"] = m["policies"]["delayed-reuse"]; }},
      {"a certificate without its directory", [](auto& m) { m["policies"]["delayed-reuse"]["certificate"].erase("directory"); }},
      {"the other policy's certificate", [](auto& m) { m["policies"]["delayed-reuse"]["certificate"]["directory"] = "certificate-immediate"; }},
      {"a certificate outside", [](auto& m) { m["policies"]["immediate-reuse"]["certificate"]["directory"] = "../.."; }},
      {"an unknown verdict", [](auto& m) { m["policies"]["immediate-reuse"]["certificate"]["verdict"] = "certified"; }},
      {"the MILP's d_model missing", [](auto& m) { m["policies"]["immediate-reuse"]["milp"].erase("objective"); }},
      {"an unknown field", [](auto& m) { m["notes"] = "kept?"; }},
  };
  for (const auto& [what, edit] : broken) {
    CAPTURE(what);
    nlohmann::ordered_json m = good;
    edit(m);
    CHECK_THROWS_AS(parse_bundle_manifest(m.dump(1), "m.json"), InputError);
  }
  nlohmann::ordered_json m = good;
  m["options"]["max_ffn"] = 1e300;
  std::ofstream(dir.file("manifest.json")) << m.dump(1);
  auto r = sp::test::run_cli("check-bundle " + dir.path.string());
  CHECK(r.exit_code == 2);
  CHECK(r.output.find("max_ffn") != std::string::npos);
}
