// Shared test helpers: small graphs written inline, running the CLI.
#pragma once
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

#include "model/graph_io.h"
#include "model/liveness.h"
#include "workloads/lib/random_graph.h"

namespace sp::test {

// Writes bytes to path as they are (tests build inputs byte by byte; reading
// back is sp::read_file_bytes). Throws when the file cannot be written, so a
// test never runs on a missing input.
inline void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out.good()) throw std::runtime_error("cannot write " + path);
}
// s as one word for /bin/sh (single quotes; a quote inside becomes '\'').
inline std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}
inline int line_count(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

// Every reuse policy (model/liveness.h), for tests that must hold under each.
inline constexpr ReusePolicy kAllPolicies[] = {ReusePolicy::Delayed, ReusePolicy::Immediate,
                                               ReusePolicy::ImmediateExactArith};

// Parses an inline graph; `body` is the JSON text after the format field.
inline Graph graph_from(const std::string& body, const std::string& name = "inline.json") {
  return parse_graph("{\"format\": \"slotproof-graph/1\", " + body + "}", name);
}

inline std::string shared_dir() { return SLOTPROOF_SHARED_DIR; }
inline std::string reference_graph_path() { return shared_dir() + "/workloads/tvm-wasm-interpreter.json"; }
inline bool have_reference_graph() { return std::filesystem::exists(reference_graph_path()); }
// The same graph as exported with input ranges (integrations/transformer-vm/export_graph.py,
// committed): what the float64 rule of immediate reuse needs (docs/NUMERICS.md).
inline std::string ranged_reference_path();
inline std::string repo_path(const std::string& rel) { return std::string(SLOTPROOF_SOURCE_DIR) + "/" + rel; }

// Debian 12's python3 (with python3-jsonschema) unless SLOTPROOF_PYTHON says otherwise:
// a python3 earlier on PATH (pyenv, a virtualenv) may carry another jsonschema.
inline std::string python3() {
  if (const char* p = std::getenv("SLOTPROOF_PYTHON"); p && *p) return p;
  return std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}
inline std::string ranged_reference_path() { return repo_path("workloads/tvm-wasm-interpreter.json"); }

// The small-window random DAG of the greedy, local-search and Z3 tests: operands
// among the `window` most recent values, so dependency chains are long and slots get
// reused; 1 in 5 gates a latest lookup keyed by position, 2 in 5 reglus, 2 in 5
// persists; free inputs in0..in2 and a pinned `pos`; the last two values are outputs.
inline wl::RandomGraphOptions small_window_shape(int gates, uint64_t seed, int window = 12) {
  return {.gates = gates, .seed = seed, .window = window, .inputs = 3, .positions = wl::PositionInputs::Single,
          .outputs = 2, .lookups = 1, .reglus = 2, .persists = 2, .average_lookups = 0, .earliest_lookups = 0,
          .latest_lookups = 1, .multi_value_lookups = 0, .position_keys = 100, .lookup_terms = 1,
          .reglu_a_terms = 1, .reglu_b_terms = 2, .persist_terms = 2};
}

inline Graph random_graph(int gates, uint64_t seed, int window = 12) {
  return wl::random_graph(small_window_shape(gates, seed, window));
}

// "x" + std::to_string(n), built by appending: GCC 12 warns falsely
// (-Wrestrict) on const char* + std::string&& at -O3.
inline std::string numbered(const char* prefix, long long n) {
  std::string s(prefix);
  s += std::to_string(n);
  return s;
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

// Runs a shell command; stdout and stderr together.
inline RunResult run_shell(const std::string& cmd) {
  RunResult r{-1, ""};
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// Runs the built `slotproof` binary with `args` (shell-quoted by the caller).
inline RunResult run_cli(const std::string& args) { return run_shell(std::string(SLOTPROOF_BIN) + " " + args); }

}  // namespace sp::test
