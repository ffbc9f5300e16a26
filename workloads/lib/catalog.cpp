#include "workloads/lib/catalog.h"

#include <filesystem>

#include "model/graph_io.h"
#include "model/hash.h"
#include "model/levels.h"
#include "workloads/lib/interpreter.h"
#include "workloads/lib/random_graph.h"
#include "workloads/lib/shapes.h"

namespace sp::wl {

const std::vector<WorkloadSpec>& committed_workloads() {
  static const std::vector<WorkloadSpec> specs = {
      {"interp-small", "workloads/interp-small-2.json",
       "register machine step, 32-bit words, 8 registers, 25 opcodes incl. branches, calls, load/store",
       [] { return interpreter_graph(interp_small_config()); }, std::nullopt, 120},
      {"interp-large", "workloads/interp-large-2.json",
       "register machine step, 64-bit words, 16 registers, 33 opcodes: full ALU (bitwise, barrel shifter, multiply)",
       [] { return interpreter_graph(interp_large_config()); }, std::nullopt, 120},
      {"chain", "workloads/chain-2.json", "Fletcher-style checksum: 16 rounds x 4 lanes of mod-256 sums (deep)",
       [] { return chain_graph(16, 4); }, std::nullopt, 120},
      {"fanout", "workloads/fanout-2.json", "36-way opcode dispatch and a 32-level thermometer code (wide)",
       [] { return fanout_graph(36, 32); }, 96, 120},
      {"lookups", "workloads/lookups-2.json",
       "text kernel: prefix counts, context window, patterns, first occurrences, dictionary (lookup-heavy)",
       [] { return lookups_graph(16, 4); }, std::nullopt, 120},
      {"random-500", "workloads/random-500-2.json", "seeded random DAG: 500 gates, seed 1",
       [] { return random_graph_builder({.gates = 500, .seed = 1}); }, std::nullopt, 120},
      {"random-5000", "workloads/random-5000-2.json", "seeded random DAG for scale: 5000 gates, seed 1",
       [] { return random_graph_builder({.gates = 5000, .seed = 1}); }, std::nullopt, 120},
  };
  return specs;
}

const WorkloadSpec* find_workload(const std::string& name) {
  for (const WorkloadSpec& s : committed_workloads())
    if (s.name == name) return &s;
  return nullptr;
}

std::string workload_text(const WorkloadSpec& spec) { return spec.build().to_json(); }

namespace {

// Layer budget of a row: the fewest layers the rules allow, or with an FFN
// budget the layers greedy list scheduling needs under it.
int layer_budget(const Graph& g, std::optional<int> max_ffn) {
  if (!max_ffn) return compute_levels(g).min_layers;
  int last = 0;
  for (int p : asap_phases(g, max_ffn)) last = std::max(last, p);
  return layer_of(last) + 1;
}

nlohmann::ordered_json row(const std::string& name, const std::string& path, const Graph& g, int layers,
                           std::optional<int> max_ffn, int milp_time_limit_s, bool optional) {
  int counts[3] = {0, 0, 0};
  for (const Gate& gate : g.gates) ++counts[static_cast<int>(gate.kind)];
  nlohmann::ordered_json r;
  r["name"] = name;
  r["path"] = path;
  r["sha256"] = g.sha256;
  r["optional"] = optional;
  r["gates"] = g.gates.size();
  r["lookup"] = counts[0];
  r["reglu"] = counts[1];
  r["persist"] = counts[2];
  r["layers"] = layers;
  r["max_ffn"] = max_ffn ? nlohmann::ordered_json(*max_ffn) : nlohmann::ordered_json(nullptr);
  r["milp_time_limit_s"] = milp_time_limit_s;
  return r;
}

}  // namespace

nlohmann::ordered_json make_profile(const std::string& version, const std::string& repo_root) {
  nlohmann::ordered_json doc;
  doc["format"] = kProfileFormat;
  doc["version"] = version;
  doc["cost_model"] = kCostModel;
  doc["generator"] = std::string("slotproof-gen ") + SLOTPROOF_VERSION;
  doc["workloads"] = nlohmann::ordered_json::array();
  for (const WorkloadSpec& s : committed_workloads()) {
    Graph g = load_graph(repo_root + "/" + s.file);
    doc["workloads"].push_back(row(s.name, s.file, g, layer_budget(g, s.max_ffn), s.max_ffn, s.milp_time_limit_s, false));
  }
  // Not a generator's output (integrations/transformer-vm/export_graph.py writes it), but committed.
  Graph ref = load_graph(repo_root + "/" + kReferencePath);
  doc["workloads"].push_back(row("tvm-wasm-interpreter", kReferencePath, ref, kReferenceLayers, std::nullopt, 60, false));
  return doc;
}

std::vector<std::string> check_profile(const std::string& profile_path, const std::string& repo_root) {
  std::vector<std::string> problems;
  nlohmann::json doc = parse_json_text(read_file_bytes(profile_path), profile_path);
  if (doc.value("format", "") != kProfileFormat) problems.push_back(profile_path + ": format is not " + kProfileFormat);
  if (!doc.contains("workloads") || !doc["workloads"].is_array()) {
    problems.push_back(profile_path + ": no workloads array");
    return problems;
  }
  for (const auto& r : doc["workloads"]) {
    std::string path = r.value("path", "");
    std::string file = repo_root + "/" + path;
    bool optional = r.value("optional", false);
    if (!std::filesystem::exists(file)) {
      if (!optional) problems.push_back(profile_path + ": missing workload file " + path);
      continue;
    }
    std::string actual = sha256_hex(read_file_bytes(file));
    if (optional && r["sha256"].is_null()) continue;
    if (!r["sha256"].is_string() || actual != r["sha256"].get<std::string>())
      problems.push_back(profile_path + ": " + path + " has SHA-256 " + actual + ", the profile records " +
                         (r["sha256"].is_string() ? r["sha256"].get<std::string>() : std::string("none")));
  }
  return problems;
}

}  // namespace sp::wl
