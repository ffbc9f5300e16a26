// Shared test helpers: small graphs written inline, running the CLI.
#pragma once
#include <cstdio>
#include <filesystem>
#include <string>

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
