// The CLI's contract: exit codes (0 ok, 2 bad input or usage), one-line
// errors naming the file, help for every subcommand, byte-identical outputs.
#include <doctest/doctest.h>

#include <fstream>

#include "model/hash.h"
#include "tests/helpers.h"

using sp::test::run_cli;
using sp::test::TempDir;

namespace {
const char* kCliGraph = R"({"format": "slotproof-graph/1", "name": "tiny",
  "inputs": [{"name": "x"}, {"name": "pos", "pinned": true}],
  "gates": [{"name": "r", "kind": "reglu", "a": {"x": 1}, "b": {"pos": 1}},
            {"name": "p", "kind": "persist", "expr": {"r": 1, "x": 1}}],
  "outputs": ["p"]})";
}  // namespace

TEST_CASE("every subcommand has --help") {
  auto top = run_cli("--help");
  CHECK(top.exit_code == 0);
  for (const char* cmd : {"greedy", "info"}) {
    auto r = run_cli(std::string(cmd) + " --help");
    CHECK(r.exit_code == 0);
    CHECK(r.output.find("Usage") != std::string::npos);
  }
}

TEST_CASE("usage errors exit 2") {
  CHECK(run_cli("").exit_code == 2);
  CHECK(run_cli("frobnicate").exit_code == 2);
  CHECK(run_cli("greedy").exit_code == 2);
  CHECK(run_cli("greedy g.json").exit_code == 2);  // missing -o
  CHECK(run_cli("greedy g.json -o x.json --max-ffn -3").exit_code == 2);
}

TEST_CASE("bad graph files exit 2 with one line naming the file") {
  TempDir dir;
  struct Case {
    const char* name;
    std::string text;
    const char* expect;
  } cases[] = {
      {"empty.json", "", "empty file"},
      {"trunc.json", std::string(kCliGraph).substr(0, 60), "truncated JSON"},
      {"unknown.json", R"({"format": "slotproof-graph/1", "inputs": [], "gates": [{"name": "p", "kind": "persist", "expr": {"ghost": 1}}], "outputs": []})",
       "gate 'p': reads unknown value 'ghost'"},
  };
  for (const Case& c : cases) {
    std::string path = dir.file(c.name);
    sp::test::write_file(path, c.text);
    for (const std::string& cmd : std::vector<std::string>{"info ", "greedy -o " + dir.file("o.json") + " "}) {
      auto r = run_cli(cmd + path);
      CHECK(r.exit_code == 2);
      CHECK(r.output.find(path) != std::string::npos);
      CHECK(r.output.find(c.expect) != std::string::npos);
      CHECK(std::count(r.output.begin(), r.output.end(), '\n') == 1);
    }
  }
  auto missing = run_cli("info " + dir.file("nope.json"));
  CHECK(missing.exit_code == 2);
  CHECK(missing.output.find("cannot read file") != std::string::npos);
}

TEST_CASE("greedy writes byte-identical artifacts and info reports the graph") {
  TempDir dir;
  sp::test::write_file(dir.file("g.json"), kCliGraph);
  auto a = run_cli("greedy " + dir.file("g.json") + " -o " + dir.file("a.json"));
  auto b = run_cli("greedy " + dir.file("g.json") + " -o " + dir.file("b.json"));
  REQUIRE(a.exit_code == 0);
  REQUIRE(b.exit_code == 0);
  CHECK(sp::read_file_bytes(dir.file("a.json")) == sp::read_file_bytes(dir.file("b.json")));
  CHECK(sp::read_file_bytes(dir.file("a.json")).find(sp::sha256_hex(kCliGraph)) != std::string::npos);
  auto info = run_cli("info " + dir.file("g.json"));
  CHECK(info.exit_code == 0);
  CHECK(info.output.find("min layers:   1") != std::string::npos);
  CHECK(info.output.find("2 (0 lookup, 1 reglu, 1 persist)") != std::string::npos);
}
