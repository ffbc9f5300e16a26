// `slotproof verify` end to end: exit codes, bad input, the proof directory.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "model/graph_io.h"
#include "model/hash.h"
#include "solve/greedy.h"
#include "tests/helpers.h"
#include "tests/test_verify_graphs.h"

using namespace sp;

namespace {

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

struct SmallFiles {
  test::TempDir dir;
  std::string graph = dir.file("g.json"), artifact = dir.file("a.json");
  std::string artifact_text;
  SmallFiles() {
    write(graph, test::small_verify_graph_json());
    Graph g = load_graph(graph);
    artifact_text = artifact_to_text(g, greedy_artifact(g));
    write(artifact, artifact_text);
  }
};

}  // namespace

TEST_CASE("verify cli: a valid artifact exits 0, a broken one 1") {
  SmallFiles f;
  auto ok = test::run_cli("verify " + f.graph + " " + f.artifact);
  CAPTURE(ok.output);
  CHECK(ok.exit_code == 0);
  CHECK(ok.output.find("proven safe") != std::string::npos);

  std::string broken = f.artifact_text;
  auto at = broken.find("\"d_model\": ");
  REQUIRE(at != std::string::npos);
  broken.replace(at, std::string("\"d_model\": 8").size(), "\"d_model\": 2");
  write(f.dir.file("broken.json"), broken);
  auto bad = test::run_cli("verify " + f.graph + " " + f.dir.file("broken.json"));
  CAPTURE(bad.output);
  CHECK(bad.exit_code == 1);
  CHECK(bad.output.find("[slot-range]") != std::string::npos);
}

TEST_CASE("verify cli: malformed and truncated artifacts exit 2 naming the file") {
  SmallFiles f;
  write(f.dir.file("malformed.json"), "{\"format\": slotproof}");
  write(f.dir.file("truncated.json"), f.artifact_text.substr(0, f.artifact_text.size() / 2));
  write(f.dir.file("empty.json"), "");
  write(f.dir.file("wrong-shape.json"), "{\"format\": \"slotproof-schedule/1\", \"graph\": 3}");
  for (const char* name : {"malformed.json", "truncated.json", "empty.json", "wrong-shape.json", "missing.json"}) {
    auto r = test::run_cli("verify " + f.graph + " " + f.dir.file(name));
    CAPTURE(name);
    CAPTURE(r.output);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find(name) != std::string::npos);
  }
  auto r = test::run_cli("verify " + f.dir.file("truncated.json") + " " + f.artifact);
  CHECK(r.exit_code == 2);
}

TEST_CASE("verify cli: an artifact for another graph is a graph-mismatch violation (exit 1)") {
  SmallFiles f;
  std::string other = f.dir.file("other.json");
  write(other, test::random_verify_graph_json(30, 1));
  auto r = test::run_cli("verify " + other + " " + f.artifact);
  CAPTURE(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("[graph-mismatch]") != std::string::npos);
}

TEST_CASE("verify cli: the proof directory is complete and byte-identical across runs") {
  SmallFiles f;
  std::string p1 = f.dir.file("proofs1"), p2 = f.dir.file("proofs2");
  auto r1 = test::run_cli("verify " + f.graph + " " + f.artifact + " --proof-dir " + p1);
  auto r2 = test::run_cli("verify " + f.graph + " " + f.artifact + " --proof-dir " + p2);
  CAPTURE(r1.output);
  REQUIRE(r1.exit_code == 0);
  REQUIRE(r2.exit_code == 0);
  std::string m1 = read_file_bytes(p1 + "/manifest.json"), m2 = read_file_bytes(p2 + "/manifest.json");
  CHECK(m1 == m2);
  auto manifest = nlohmann::json::parse(m1);
  CHECK(manifest["verdict"] == "safe");
  CHECK(manifest["graph"]["sha256"] == load_graph(f.graph).sha256);
  CHECK(manifest["artifact"]["sha256"] == sha256_hex(f.artifact_text));
  REQUIRE(manifest["queries"].size() > 10);
  bool have_cvc5 = manifest["tools"]["cvc5"] != "not installed";
  for (const auto& q : manifest["queries"]) {
    CAPTURE(q.dump());
    CHECK(q["z3"] == "unsat");
    if (have_cvc5) CHECK(q["cvc5"] == "unsat");
  }
  for (const auto& file : manifest["files"]) {
    std::string path = p1 + "/" + file["path"].get<std::string>();
    CHECK(sha256_hex(read_file_bytes(path)) == file["sha256"]);
    CHECK(read_file_bytes(path) == read_file_bytes(p2 + "/" + file["path"].get<std::string>()));
  }
  CHECK(std::filesystem::exists(p1 + "/slot-0000-contents.smt2"));
  CHECK(read_file_bytes(p1 + "/slot-0000-contents.smt2").rfind("(set-logic QF_LIRA)", 0) == 0);
  CHECK(read_file_bytes(p1 + "/slot-0000-contents.z3.txt").rfind("unsat\n", 0) == 0);
}

TEST_CASE("verify cli: --max-proof-bytes records large proofs by size and SHA-256, deterministically") {
  SmallFiles f;
  std::string p1 = f.dir.file("capped1"), p2 = f.dir.file("capped2");
  auto r1 = test::run_cli("verify " + f.graph + " " + f.artifact + " --proof-dir " + p1 + " --max-proof-bytes 200");
  auto r2 = test::run_cli("verify " + f.graph + " " + f.artifact + " --proof-dir " + p2 + " --max-proof-bytes 200");
  CAPTURE(r1.output);
  REQUIRE(r1.exit_code == 0);
  REQUIRE(r2.exit_code == 0);
  CHECK(read_file_bytes(p1 + "/manifest.json") == read_file_bytes(p2 + "/manifest.json"));
  int capped = 0;
  for (const auto& e : std::filesystem::directory_iterator(p1)) {
    std::string name = e.path().filename().string();
    if (name.size() < 7 || name.substr(name.size() - 7) != ".z3.txt") continue;
    std::string text = read_file_bytes(e.path().string());
    if (text.rfind("unsat\n", 0) != 0) continue;
    if (text.find("; proof-sha256 ") != std::string::npos) {
      ++capped;
      CHECK(text.find("; proof-bytes ") != std::string::npos);
    } else {
      CHECK(text.size() <= 200 + 64);  // verdict line + a proof within the cap (or a no-proof note)
    }
  }
  CHECK(capped > 0);
}
