// `slotproof verify --report-json / --junit`: the reports CI systems read
// (docs/CI.md). The JSON report must conform to its schema and say what the
// printed verdict says; the JUnit file must parse with a real XML parser
// (python3's xml.etree) and carry one test case per property, a failure per
// violated property and the waste; both are byte-identical across runs; a
// bad output path is refused before any proving.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "model/hash.h"
#include "tests/helpers.h"

namespace fs = std::filesystem;
using sp::test::run_cli;
using sp::test::TempDir;

namespace {

std::string slurp(const std::string& path) { return sp::read_file_bytes(path); }


using sp::test::run_shell;


// The JUnit file read by xml.etree: "tests failures errors" of the suite, then
// per test case "name:failure|error|ok", then the system-out text.
std::string junit_summary(const std::string& path) {
  const std::string script =
      "import sys, xml.etree.ElementTree as ET\n"
      "root = ET.parse(sys.argv[1]).getroot()\n"
      "assert root.tag == 'testsuites', root.tag\n"
      "suite = root.find('testsuite')\n"
      "print(suite.get('tests'), suite.get('failures'), suite.get('errors'))\n"
      "for case in suite.findall('testcase'):\n"
      "    kind = 'failure' if case.find('failure') is not None else 'error' if case.find('error') is not None else 'ok'\n"
      "    print(case.get('name') + ':' + kind)\n"
      "out = suite.find('system-out')\n"
      "print('OUT ' + (out.text.replace(chr(10), ' | ') if out is not None else ''))\n";
  TempDir dir;
  sp::test::write_file(dir.file("read.py"), script);
  auto r = run_shell(sp::test::python3() + " " + dir.file("read.py") + " " + path);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  return r.output;
}

void require_schema_valid(const std::string& file) {
  auto r = run_shell(sp::test::python3() + " " + sp::test::repo_path("tests/validate_json.py") + " --schemas " +
                     sp::test::repo_path("docs/schemas") + " --expect valid " + file);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
}

const char* kReportGraph = R"({"format": "slotproof-graph/1", "name": "report-tiny",
  "inputs": [{"name": "x"}, {"name": "y"}],
  "gates": [{"name": "r", "kind": "reglu", "a": {"x": 1}, "b": {"y": 1}},
            {"name": "s", "kind": "reglu", "a": {"y": 1}, "b": {"x": 1}},
            {"name": "p", "kind": "persist", "expr": {"r": 1, "s": 1}}],
  "outputs": ["p"]}
)";

// kReportGraph written to `graph` and its greedy artifact to `artifact`.
void write_tiny_with_greedy(const std::string& graph, const std::string& artifact) {
  sp::test::write_file(graph, kReportGraph);
  REQUIRE(run_cli("greedy " + graph + " -o " + artifact).exit_code == 0);
}

}  // namespace

TEST_CASE("verify reports: the audit fixture is safe with one waste entry, in JSON and JUnit alike") {
  const std::string graph = sp::test::reference_graph_path();
  const std::string artifact = sp::test::shared_dir() + "/workloads/tvm-wasm-interpreter.tvm-allocation.json";
  if (!sp::test::have_reference_graph() || !fs::exists(artifact)) return;
  TempDir dir;
  auto r = run_cli("verify " + graph + " " + artifact + " --report-json " + dir.file("r.json") + " --junit " +
                   dir.file("r.xml"));
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  require_schema_valid(dir.file("r.json"));
  nlohmann::json doc = nlohmann::json::parse(slurp(dir.file("r.json")));
  CHECK(doc["verdict"] == "safe");
  CHECK(doc["exit_code"] == 0);
  CHECK(doc["artifact"]["sha256"] == sp::sha256_hex(slurp(artifact)));
  CHECK(doc["violations"].empty());
  REQUIRE(doc["waste"].size() == 1);
  CHECK(doc["waste"][0]["value"] == "is_return_commit");
  CHECK(doc["waste"][0]["slot"] == 12);
  CHECK(doc["waste"][0]["kind"] == "unread-input");
  CHECK(r.output.find(doc["waste"][0]["message"].get<std::string>()) != std::string::npos);  // the printed words
  for (const auto& p : doc["by_property"]) {
    CHECK(p["direct"] == "proven");
    CHECK(p["z3"] == "proven");
    CHECK(p["agree"] == true);
  }
  std::string junit = junit_summary(dir.file("r.xml"));
  CHECK(junit.rfind("14 0 0\n", 0) == 0);
  CHECK(junit.find("no-overwrite:ok") != std::string::npos);
  CHECK(junit.find("OUT 1 kept beyond need (safe): | 'is_return_commit' (slot 12)") != std::string::npos);
}

TEST_CASE("verify reports: a violation is a failed test case with its counterexample, and the reports are deterministic") {
  TempDir dir;
  write_tiny_with_greedy(dir.file("g.json"), dir.file("a.json"));
  std::string text = slurp(dir.file("a.json"));
  nlohmann::ordered_json a = nlohmann::ordered_json::parse(text);
  const int d_model = a["d_model"].get<int>();
  REQUIRE(d_model >= 2);
  // One slot fewer than the artifact needs: a d-model violation both checkers find.
  const std::string from = "\"d_model\": " + std::to_string(d_model);
  REQUIRE(text.find(from) != std::string::npos);
  text.replace(text.find(from), from.size(), "\"d_model\": " + std::to_string(d_model - 1));
  sp::test::write_file(dir.file("bad.json"), text);
  for (const char* run : {"1", "2"}) {
    auto r = run_cli("verify " + dir.file("g.json") + " " + dir.file("bad.json") + " --report-json " +
                     dir.file(std::string("r") + run + ".json") + " --junit " + dir.file(std::string("r") + run + ".xml"));
    INFO(r.output);
    REQUIRE(r.exit_code == 1);
  }
  CHECK(slurp(dir.file("r1.json")) == slurp(dir.file("r2.json")));
  CHECK(slurp(dir.file("r1.xml")) == slurp(dir.file("r2.xml")));
  require_schema_valid(dir.file("r1.json"));
  nlohmann::json doc = nlohmann::json::parse(slurp(dir.file("r1.json")));
  CHECK(doc["verdict"] == "violation");
  REQUIRE_FALSE(doc["violations"].empty());
  bool found = false;
  for (const auto& v : doc["violations"]) {
    CHECK(v["found_by"] == nlohmann::json::array({"direct", "z3"}));
    if (v["class"] == "d-model") found = true;
  }
  CHECK(found);
  // Shrinking d_model violates d-model, and slot-range for the slot now out of range.
  int violated = 0;
  std::string junit = junit_summary(dir.file("r1.xml"));
  for (const auto& p : doc["by_property"]) {
    const std::string name = p["property"].get<std::string>();
    CAPTURE(name);
    CHECK(p["agree"] == true);
    if (p["direct"] == "violated") {
      ++violated;
      CHECK((name == "d-model" || name == "slot-range"));
      CHECK(junit.find(name + ":failure") != std::string::npos);
    } else {
      CHECK(junit.find(name + ":ok") != std::string::npos);
    }
  }
  CHECK(junit.rfind("14 " + std::to_string(violated) + " 0\n", 0) == 0);
  CHECK(junit.find("d-model:failure") != std::string::npos);
  CHECK(junit.find("no-overwrite:ok") != std::string::npos);
}

TEST_CASE("verify reports: an unwritable report path or proof directory is bad input before any proving") {
  TempDir dir;
  write_tiny_with_greedy(dir.file("g.json"), dir.file("a.json"));
  sp::test::write_file(dir.file("plain-file"), "x");
  const std::string base = "verify " + dir.file("g.json") + " " + dir.file("a.json");
  struct Case {
    std::string args, expect;
  } cases[] = {
      {" --report-json " + dir.file("missing/r.json"), "--report-json"},
      {" --junit " + dir.file("missing/r.xml"), "--junit"},
      {" --junit " + dir.path.string(), "is a directory"},
      {" --proof-dir " + dir.file("plain-file"), "--proof-dir"},
      {" --proof-dir " + dir.file("plain-file/sub"), "is not a directory"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    auto r = run_cli(base + c.args);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find(c.expect) != std::string::npos);
    CHECK(r.output.find("verdict") == std::string::npos);  // refused before the checkers ran
    CHECK(std::count(r.output.begin(), r.output.end(), '\n') == 1);
  }
  // A proof directory that does not exist yet is made.
  CHECK(run_cli(base + " --proof-dir " + dir.file("new/proofs")).exit_code == 0);
  CHECK(fs::is_directory(dir.file("new/proofs")));
}

TEST_CASE("verify reports: tools/ci-verify.sh pairs artifacts with graphs by hash and exits with the worst code") {
  TempDir dir;
  fs::create_directories(dir.file("graphs"));
  fs::create_directories(dir.file("artifacts"));
  write_tiny_with_greedy(dir.file("graphs/tiny.json"), dir.file("artifacts/good.json"));
  const std::string gate = "SLOTPROOF=" + std::string(SLOTPROOF_BIN) + " " + sp::test::repo_path("tools/ci-verify.sh") +
                           " " + dir.file("graphs") + " " + dir.file("artifacts") + " " + dir.file("reports");
  auto ok = run_shell(gate);
  INFO(ok.output);
  CHECK(ok.exit_code == 0);
  CHECK(fs::exists(dir.file("reports/good.json")));
  CHECK(fs::exists(dir.file("reports/good.xml")));
  // A broken artifact beside it: the gate fails with exit 1 and reports both.
  std::string text = slurp(dir.file("artifacts/good.json"));
  const std::string from = "\"d_model\": ";
  const size_t at = text.find(from) + from.size();
  text = text.substr(0, at) + '1' + text.substr(text.find(',', at));
  sp::test::write_file(dir.file("artifacts/shrunk.json"), text);
  auto bad = run_shell(gate);
  INFO(bad.output);
  CHECK(bad.exit_code == 1);
  CHECK(bad.output.find("shrunk.json: exit 1") != std::string::npos);
  CHECK(nlohmann::json::parse(slurp(dir.file("reports/shrunk.json")))["verdict"] == "violation");
  // An artifact for a graph the directory lacks: exit 2, named.
  sp::test::write_file(dir.file("artifacts/orphan.json"), std::string(text).replace(text.find("\"sha256\":\"") + 10, 4, "0000"));
  auto orphan = run_shell(gate);
  CHECK(orphan.exit_code == 2);
  CHECK(orphan.output.find("orphan.json: no graph in") != std::string::npos);
}
