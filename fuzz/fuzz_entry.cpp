#include "fuzz/fuzz_entry.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <vector>

#include "bundle/bundle.h"
#include "certify/certificate_json.h"
#include "model/artifact.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/levels.h"
#include "solve/greedy.h"
#include "verify/direct_checker.h"
#include "verify/verify.h"

namespace sp::fuzz {

namespace {

// Bounds that keep one execution in milliseconds; larger inputs are still
// read (the readers are what must never fail), just not scheduled or proved.
constexpr size_t kMaxGatesToSchedule = 300;
constexpr int kMaxLayersForZ3 = 64;
constexpr size_t kMaxWritesForZ3 = 500;
constexpr unsigned kFuzzRlimit = 5'000'000;

// The 2-gate graph of the false-"proven safe" report (its greedy artifact
// with wide slots read as slot 1), byte for byte.
const char* kTwoGate =
    R"({"format":"slotproof-graph/1","inputs":[{"name":"x"}],"gates":[{"name":"r","kind":"reglu","a":{"x":1},)"
    R"("b":{"x":1}},{"name":"p","kind":"persist","expr":{"r":1}}],"outputs":["p"]})"
    "\n";

// Every feature the checkers look at: a pinned input, an average lookup with
// two values (co-location with its persist reader), an explicit co-location
// group, fractional coefficients, a second lookup, outputs.
const char* kRich = R"({"format": "slotproof-graph/1", "name": "fuzz-rich",
 "inputs": [{"name": "x"}, {"name": "y"}, {"name": "pos", "pinned": true}, {"name": "one"}],
 "gates": [
  {"name": "look", "kind": "lookup", "tie_break": "average", "query": [{"pos": 1}, {"one": 1}],
   "key": [{"pos": 2}, {"one": -1}], "values": [{"x": 1}, {"y": 0.5}], "produces": ["lx", "ly"]},
  {"name": "s", "kind": "persist", "expr": {"lx": 1, "ly": -1}},
  {"name": "r1", "kind": "reglu", "a": {"s": 1}, "b": {"y": 1, "one": -0.25}},
  {"name": "r2", "kind": "reglu", "a": {"x": 1}, "b": {"x": 1}},
  {"name": "q", "kind": "persist", "expr": {"r1": 2, "r2": 0.001}},
  {"name": "look2", "kind": "lookup", "tie_break": "latest", "query": [{"q": 1}], "key": [{"pos": 1}],
   "values": [{"q": 1}], "produces": ["lq"]},
  {"name": "r3", "kind": "reglu", "a": {"lq": 1}, "b": {"r2": 1}},
  {"name": "out", "kind": "persist", "expr": {"r3": 1, "x": -1}}
 ],
 "outputs": ["out", "q"],
 "colocate": [["r2", "r1"]]
}
)";

struct Builtin {
  std::string text;
  Graph graph;
};

const std::vector<Builtin>& builtins() {
  static const std::vector<Builtin> all = [] {
    std::vector<Builtin> out;
    for (const char* text : {kRich, kTwoGate}) out.push_back({text, parse_graph(text, "builtin.json")});
    return out;
  }();
  return all;
}

// Greedy under `opt`, written and read back, must pass the direct checker.
void check_greedy(const Graph& g, const GreedyOptions& opt) {
  Artifact a;
  try {
    a = greedy_artifact(g, opt);
  } catch (const InputError&) {  // an FFN budget a co-location class cannot meet
    return;
  }
  std::string text = artifact_to_text(g, a);
  Artifact back;
  try {
    back = artifact_from_json(g, parse_json_text(text, "greedy.json"), "greedy.json");
  } catch (const InputError& e) {
    throw Finding(std::string("a greedy artifact does not read back: ") + e.what());
  }
  if (artifact_to_text(g, back) != text) throw Finding("a greedy artifact changes in a JSON round trip");
  CheckerResult r = run_direct_checker(g, back);
  if (!r.violations.empty()) throw Finding("the direct checker rejects a greedy artifact: " + r.violations[0].message);
}

void check_graph_round_trip(const Graph& g) {
  std::string text = graph_to_json(g).dump();
  Graph h;
  try {
    h = parse_graph(text, "round-trip.json");
  } catch (const InputError& e) {
    throw Finding(std::string("graph_to_json output does not parse: ") + e.what());
  }
  if (graph_to_json(h).dump() != text) throw Finding("a graph changes in a JSON round trip");
}

const Graph& graph_named_by(const nlohmann::json& doc) {
  const auto& all = builtins();
  if (doc.is_object() && doc.contains("graph") && doc["graph"].is_object() && doc["graph"].contains("sha256")) {
    for (const Builtin& b : all)
      if (doc["graph"]["sha256"] == b.graph.sha256) return b.graph;
  }
  return all.front().graph;
}

const char* kArtifactSource = "fuzz-artifact.json";

VerifyOptions fuzz_verify_options() {
  VerifyOptions vo;
  vo.z3.rlimit = kFuzzRlimit;
  return vo;
}

// `slotproof verify` reads the artifact from a file (verify_files judges a
// graph-hash mismatch before the reader sees the rest), so the entry hands
// the bytes over the same way: one scratch file per process, removed at exit.
const std::string& scratch_file(std::string_view bytes) {
  struct Scratch {
    std::string path = (std::filesystem::temp_directory_path() /
                        ("slotproof-fuzz-" + std::to_string(::getpid()) + ".json")).string();
    ~Scratch() { std::remove(path.c_str()); }
  };
  static const Scratch scratch;
  std::ofstream out(scratch.path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return scratch.path;
}

}  // namespace

Outcome graph_entry(std::string_view bytes, const EntryOptions&) {
  Graph g;
  try {
    g = parse_graph(std::string(bytes), "fuzz-graph.json");
    compute_levels(g);
  } catch (const InputError&) {
    return Outcome::Rejected;
  }
  check_graph_round_trip(g);
  if (g.gates.size() > kMaxGatesToSchedule) return Outcome::Accepted;
  for (ReusePolicy policy : {ReusePolicy::Immediate, ReusePolicy::Delayed})
    for (std::optional<int> max_ffn : {std::optional<int>(), std::optional<int>(1), std::optional<int>(2)})
      check_greedy(g, GreedyOptions{max_ffn, policy});
  return Outcome::Accepted;
}

Outcome artifact_entry(std::string_view bytes, const EntryOptions& opt) {
  nlohmann::json doc;
  try {
    doc = parse_json_text(std::string(bytes), kArtifactSource);
  } catch (const InputError&) {
    return Outcome::Rejected;
  }
  const Graph& g = graph_named_by(doc);
  std::optional<Artifact> a;
  try {
    a = artifact_from_json(g, doc, kArtifactSource);
  } catch (const InputError&) {  // verify_files may still judge it: a graph-hash mismatch comes first
  }
  bool z3 = opt.z3 && (!a || (a->schedule.layers <= kMaxLayersForZ3 && a->alloc.writes.size() <= kMaxWritesForZ3));
  if (!z3) {
    if (!a) return Outcome::Rejected;
    run_direct_checker(g, *a);
    return Outcome::Accepted;
  }
  VerifyOutcome o;
  try {
    o = verify_files(g, scratch_file(bytes), fuzz_verify_options());
  } catch (const InputError&) {
    return Outcome::Rejected;
  }
  if (opt.strict_agreement && !o.z3.undecided && !o.disagreements.empty())
    throw Finding("the checkers disagree: " + o.disagreements.front());
  return Outcome::Accepted;
}

Outcome manifest_entry(std::string_view bytes, const EntryOptions&) {
  try {
    parse_bundle_manifest(std::string(bytes), "fuzz-manifest.json");
  } catch (const InputError&) {
    return Outcome::Rejected;
  }
  return Outcome::Accepted;
}

Outcome certificate_entry(std::string_view bytes, const EntryOptions&) {
  try {
    parse_certificate(std::string(bytes), "fuzz-certificate.json");
  } catch (const InputError&) {
    return Outcome::Rejected;
  }
  return Outcome::Accepted;
}

Outcome entry_for(std::string_view kind, std::string_view bytes, const EntryOptions& opt) {
  if (kind == "graph") return graph_entry(bytes, opt);
  if (kind == "artifact") return artifact_entry(bytes, opt);
  if (kind == "manifest") return manifest_entry(bytes, opt);
  if (kind == "certificate") return certificate_entry(bytes, opt);
  throw std::invalid_argument("no fuzz entry for '" + std::string(kind) + "'");
}

size_t builtin_graph_count() { return builtins().size(); }
const Graph& builtin_graph(size_t i) { return builtins().at(i).graph; }
const std::string& builtin_graph_text(size_t i) { return builtins().at(i).text; }

}  // namespace sp::fuzz
