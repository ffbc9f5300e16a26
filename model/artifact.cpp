#include "model/artifact.h"

#include <algorithm>
#include <fstream>

#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"

namespace sp {

using nlohmann::json;
using nlohmann::ordered_json;

std::string tool_version() { return SLOTPROOF_VERSION; }

Artifact make_artifact(const Graph& g, const Schedule& s, const Liveness& lv, Allocation alloc,
                       json producer, std::optional<int> max_ffn) {
  if (lv.policy != alloc.policy)  // d_model is the allocation's policy's
    throw std::logic_error("make_artifact: liveness and allocation disagree on the reuse policy");
  Artifact a;
  a.graph_name = g.name;
  a.graph_sha256 = g.sha256;
  a.tool_version = tool_version();
  a.producer = std::move(producer);
  a.schedule = s;
  a.d_model = lv.d_model;
  a.max_ffn = max_ffn;
  a.alloc = std::move(alloc);
  return a;
}

ordered_json artifact_to_json(const Graph& g, const Artifact& a) {
  Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
  ordered_json doc;
  doc["format"] = "slotproof-schedule/1";
  doc["tool"] = {{"name", "slotproof"}, {"version", a.tool_version}};
  doc["graph"] = {{"name", a.graph_name}, {"sha256", a.graph_sha256}};
  doc["producer"] = a.producer;
  doc["policy"] = policy_name(a.alloc.policy);
  doc["layers"] = a.schedule.layers;
  doc["d_model"] = a.d_model;
  if (a.max_ffn) doc["max_ffn"] = *a.max_ffn;
  // Informative figures (the verifier recomputes them and never trusts these).
  doc["summary"] = {{"width", lv.width},          {"peak_boundary", lv.peak_boundary},
                    {"heads", a.d_model / 2},     {"heads_needed", lv.heads_needed},
                    {"ffn_width", lv.ffn_width},  {"slots_used", a.alloc.slots_used},
                    {"occupancy", lv.occupancy}};
  ordered_json gates = ordered_json::array();
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
    gates.push_back({{"gate", g.gates[x].name}, {"phase", a.schedule.phase[x]}});
  doc["gates"] = std::move(gates);
  ordered_json slots = ordered_json::array();
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
    if (a.alloc.slot[v] >= 0) slots.push_back({{"value", g.values[v].name}, {"slot", a.alloc.slot[v]}});
  doc["slots"] = std::move(slots);
  ordered_json writes = ordered_json::array();
  for (const Write& w : a.alloc.writes) {
    ordered_json delta = ordered_json::object();
    for (const Term& t : w.delta) delta[g.values[t.value].name] = t.coef;
    writes.push_back({{"boundary", w.boundary}, {"slot", w.slot}, {"delta", std::move(delta)}});
  }
  doc["writes"] = std::move(writes);
  return doc;
}

// One top-level field per line and one array element per line: artifacts are
// committed to proofs/, so diffs should show which gate or write changed.
std::string dump_line_per_entry(const ordered_json& doc) {
  std::string out = "{\n";
  size_t i = 0;
  for (auto it = doc.begin(); it != doc.end(); ++it, ++i) {
    out += " " + json(it.key()).dump() + ": ";
    if (it->is_array() && !it->empty() && it->front().is_structured()) {
      out += "[\n";
      for (size_t k = 0; k < it->size(); ++k) out += "  " + (*it)[k].dump() + (k + 1 < it->size() ? ",\n" : "\n");
      out += " ]";
    } else {
      out += it->dump();
    }
    out += i + 1 < doc.size() ? ",\n" : "\n";
  }
  return out + "}\n";
}

std::string artifact_to_text(const Graph& g, const Artifact& a) { return dump_line_per_entry(artifact_to_json(g, a)); }

namespace {

struct ArtifactReader {
  const Graph& g;
  std::string src;

  [[noreturn]] void fail(const std::string& msg) const { throw InputError(src + ": " + msg); }

  const json& need(const json& obj, const char* key, const char* where) const {
    if (!obj.is_object()) fail(std::string(where) + " must be an object");
    auto it = obj.find(key);
    if (it == obj.end()) fail(std::string(where) + ": missing field '" + key + "'");
    return *it;
  }
  int integer(const json& obj, const char* key, const char* where) const {
    const json& f = need(obj, key, where);
    if (!f.is_number_integer()) fail(std::string(where) + ": field '" + key + "' must be an integer");
    return f.get<int>();
  }
  std::string text(const json& obj, const char* key, const char* where) const {
    const json& f = need(obj, key, where);
    if (!f.is_string()) fail(std::string(where) + ": field '" + key + "' must be a string");
    return f.get<std::string>();
  }
  const json& array(const json& obj, const char* key) const {
    const json& f = need(obj, key, "artifact");
    if (!f.is_array()) fail(std::string("field '") + key + "' must be an array");
    return f;
  }
  ValueId value(const std::string& name, const char* where) const {
    auto v = g.find_value(name);
    if (!v) fail(std::string(where) + " names unknown value '" + name + "'");
    return *v;
  }
};

}  // namespace

Artifact artifact_from_json(const Graph& g, const json& doc, const std::string& source) {
  ArtifactReader r{g, source};
  if (!doc.is_object()) r.fail("top level must be a JSON object");
  if (r.text(doc, "format", "artifact") != "slotproof-schedule/1")
    r.fail("unsupported format (expected slotproof-schedule/1)");
  Artifact a;
  const json& graph = r.need(doc, "graph", "artifact");
  a.graph_name = r.text(graph, "name", "graph");
  a.graph_sha256 = r.text(graph, "sha256", "graph");
  a.tool_version = r.text(r.need(doc, "tool", "artifact"), "version", "tool");
  if (doc.contains("producer")) a.producer = doc["producer"];
  std::string policy = r.text(doc, "policy", "artifact");
  if (policy != "delayed-reuse" && policy != "immediate-reuse") r.fail("unknown policy '" + policy + "'");
  a.alloc.policy = policy == "delayed-reuse" ? ReusePolicy::Delayed : ReusePolicy::Immediate;
  a.schedule.layers = r.integer(doc, "layers", "artifact");
  a.d_model = r.integer(doc, "d_model", "artifact");
  if (a.schedule.layers < 1 || a.schedule.layers > 1000000) r.fail("layers must be between 1 and 1000000");
  if (doc.contains("max_ffn")) a.max_ffn = r.integer(doc, "max_ffn", "artifact");

  const json& gates = r.array(doc, "gates");
  if (gates.size() != g.gates.size())
    r.fail("lists " + std::to_string(gates.size()) + " gates but the graph has " + std::to_string(g.gates.size()));
  a.schedule.phase.resize(g.gates.size());
  for (size_t i = 0; i < gates.size(); ++i) {
    std::string name = r.text(gates[i], "gate", "gate entry");
    if (name != g.gates[i].name)
      r.fail("gate entry " + std::to_string(i) + " is '" + name + "' but the graph's gate " + std::to_string(i) +
             " is '" + g.gates[i].name + "'");
    a.schedule.phase[i] = r.integer(gates[i], "phase", "gate entry");
  }

  a.alloc.slot.assign(g.values.size(), -1);
  for (const json& s : r.array(doc, "slots")) {
    ValueId v = r.value(r.text(s, "value", "slot entry"), "slot entry");
    if (a.alloc.slot[v] >= 0) r.fail("value '" + g.values[v].name + "' has two slot entries");
    a.alloc.slot[v] = r.integer(s, "slot", "slot entry");
    if (a.alloc.slot[v] < 0) r.fail("value '" + g.values[v].name + "' has a negative slot");
    a.alloc.slots_used = std::max(a.alloc.slots_used, a.alloc.slot[v] + 1);
  }
  for (const json& w : r.array(doc, "writes")) {
    Write wr;
    wr.boundary = r.integer(w, "boundary", "write");
    wr.slot = r.integer(w, "slot", "write");
    const json& delta = r.need(w, "delta", "write");
    if (!delta.is_object()) r.fail("write delta must be an object of value -> coefficient");
    for (auto it = delta.begin(); it != delta.end(); ++it) {
      if (!it->is_number() || it->is_boolean()) r.fail("write delta coefficient of '" + it.key() + "' is not a number");
      wr.delta.push_back(Term{r.value(it.key(), "write"), it->get<double>()});
    }
    std::sort(wr.delta.begin(), wr.delta.end(), [](const Term& x, const Term& y) { return x.value < y.value; });
    a.alloc.writes.push_back(std::move(wr));
  }
  return a;
}

Artifact load_artifact(const Graph& g, const std::string& path) {
  return artifact_from_json(g, parse_json_text(read_file_bytes(path), path), path);
}

void write_text_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw InputError(path + ": cannot write file");
  out << text;
  if (!out) throw InputError(path + ": write failed");
}

}  // namespace sp
