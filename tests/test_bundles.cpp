// Proof bundles: every committed bundle checks out against the current code
// and workloads, and check-bundle notices tampering and staleness.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "bundle/bundle.h"
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
  CHECK(bundles >= 1);
}

TEST_CASE("check-bundle rejects tampered files and changed workloads") {
  sp::test::TempDir dir;
  std::string graph = write_tiny_graph(dir);
  std::string bundle = dir.file("bundle");
  BundleOptions opt;
  opt.time_limit = 30;
  REQUIRE(make_bundle(graph, bundle, opt) == 0);
  CHECK(check_bundle(bundle, "/") == 0);  // workload path recorded absolute here

  SUBCASE("an edited artifact") {
    std::string path = bundle + "/milp.json";
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
    fs::remove(bundle + "/milp.mps");
    CHECK(check_bundle(bundle, "/") == 1);
  }
}

TEST_CASE("a scale bundle: packed proofs and milp.mps.gz, which GLPK reads, and check-bundle accepts") {
  sp::test::TempDir dir;
  std::string graph = write_tiny_graph(dir);
  std::string bundle = dir.file("bundle");
  BundleOptions opt;
  opt.time_limit = 30;
  opt.packed_min_gates = 1;  // "scale" from the first gate on
  REQUIRE(make_bundle(graph, bundle, opt) == 0);
  CHECK(fs::exists(bundle + "/milp.mps.gz"));
  CHECK_FALSE(fs::exists(bundle + "/milp.mps"));
  for (const char* v : {"/verify-greedy", "/verify-milp"}) {
    CHECK(fs::exists(bundle + v + "/queries.smt2.gz"));
    CHECK_FALSE(fs::exists(bundle + v + "/slot-0000-contents.smt2"));
  }
  auto manifest = nlohmann::json::parse(read_file_bytes(bundle + "/manifest.json"));
  CHECK(manifest["options"]["proof_layout"] == "packed");
  CHECK(manifest["solver"]["glpk"]["verdict"] == "agree");  // GLPK solved the gzipped MPS
  CHECK(check_bundle(bundle, "/") == 0);
  fs::remove(bundle + "/verify-milp/queries.smt2.gz");
  CHECK(check_bundle(bundle, "/") == 1);
}
