// Shared test helpers: small graphs written inline, running the CLI.
#pragma once
#include <cstdio>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "model/graph_io.h"

namespace sp::test {

// Parses an inline graph; `body` is the JSON text after the format field.
inline Graph graph_from(const std::string& body, const std::string& name = "inline.json") {
  return parse_graph("{\"format\": \"slotproof-graph/1\", " + body + "}", name);
}

inline std::string shared_dir() { return SLOTPROOF_SHARED_DIR; }
inline std::string reference_graph_path() { return shared_dir() + "/workloads/tvm-wasm-interpreter.json"; }
inline bool have_reference_graph() { return std::filesystem::exists(reference_graph_path()); }
inline std::string repo_path(const std::string& rel) { return std::string(SLOTPROOF_SOURCE_DIR) + "/" + rel; }

// A deterministic random DAG (splitmix64): each gate reads values among the
// `window` most recent ones, so dependency chains are long and slots get reused.
inline Graph random_graph(int gates, uint64_t seed, size_t window = 12) {
  uint64_t state = seed;
  auto next = [&] {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  };
  nlohmann::ordered_json doc;
  doc["format"] = "slotproof-graph/1";
  doc["name"] = "random";
  std::vector<std::string> names = {"in0", "in1", "in2", "pos"};
  doc["inputs"] = {{{"name", "in0"}}, {{"name", "in1"}}, {{"name", "in2"}}, {{"name", "pos"}, {"pinned", true}}};
  doc["gates"] = nlohmann::ordered_json::array();
  for (int i = 0; i < gates; ++i) {
    auto pick = [&] { return names[names.size() - 1 - next() % std::min(names.size(), window)]; };
    std::string name = "g" + std::to_string(i);
    nlohmann::ordered_json gate;
    int kind = static_cast<int>(next() % 5);
    if (kind == 0) {
      gate = {{"name", name}, {"kind", "lookup"}, {"tie_break", "latest"}, {"query", {{{pick(), 1}}}},
              {"key", {{{"pos", 1}}}}, {"values", {{{pick(), 1}}}}, {"produces", {name}}};
    } else if (kind <= 2) {
      gate = {{"name", name}, {"kind", "reglu"}, {"a", {{pick(), 1}}}, {"b", {{pick(), 2}, {"in0", -1}}}};
    } else {
      gate = {{"name", name}, {"kind", "persist"}, {"expr", {{pick(), 1}, {pick(), -1}}}};
    }
    doc["gates"].push_back(gate);
    names.push_back(name);
  }
  doc["outputs"] = {names.back(), names[names.size() - 2]};
  return parse_graph(doc.dump(), "random.json");
}

// A fresh temporary directory, removed at scope exit.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    char tmpl[] = "/tmp/slotproof-test-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

struct RunResult {
  int exit_code;
  std::string output;  // stdout and stderr together
};

// Runs the built `slotproof` binary with `args` (shell-quoted by the caller).
inline RunResult run_cli(const std::string& args) {
  std::string cmd = std::string(SLOTPROOF_BIN) + " " + args + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  RunResult r{-1, ""};
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace sp::test
