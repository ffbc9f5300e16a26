#include "model/graph_io.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "model/errors.h"
#include "model/hash.h"

namespace sp {

using nlohmann::json;

std::string quoted_gate_label(const Graph& g, GateId id) {
  const Gate& gate = g.gates[id];
  bool repeated = gate.kind == GateKind::Lookup && g.repeated_lookup_labels.count(gate.name);
  return "gate " + (repeated ? "#" + std::to_string(id) + " " : std::string()) + quote_name(gate.name);
}

namespace {

// Parsing context: knows the file and the gate being read, so every
// error names both.
class Reader {
 public:
  Reader(Graph& g, std::string source) : g_(g), src_(std::move(source)) {}

  [[noreturn]] void fail(const std::string& where, const std::string& msg) const {
    throw InputError(src_ + ": " + (where.empty() ? "" : where + ": ") + msg);
  }

  const json& field(const json& obj, const char* key, const std::string& where) const {
    auto it = obj.find(key);
    if (it == obj.end()) fail(where, std::string("missing field '") + key + "'");
    return *it;
  }

  std::string string_field(const json& obj, const char* key, const std::string& where) const {
    const json& f = field(obj, key, where);
    if (!f.is_string()) fail(where, std::string("field '") + key + "' must be a string");
    return f.get<std::string>();
  }

  const json& array_field(const json& obj, const char* key, const std::string& where) const {
    const json& f = field(obj, key, where);
    if (!f.is_array()) fail(where, std::string("field '") + key + "' must be an array");
    return f;
  }

  void only_fields(const json& obj, std::initializer_list<const char*> allowed, const std::string& where) const {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      bool ok = std::any_of(allowed.begin(), allowed.end(), [&](const char* a) { return it.key() == a; });
      if (!ok) fail(where, "unknown field " + quote_name(it.key()));
    }
  }

  ValueId add_value(const std::string& name, GateId producer, const std::string& where) {
    if (name.empty()) fail(where, "empty value name");
    auto [it, fresh] = g_.value_index.emplace(name, static_cast<ValueId>(g_.values.size()));
    if (!fresh) {
      const Value& prev = g_.values[it->second];
      std::string by = prev.producer < 0 ? "input" : "gate " + quote_name(g_.gates[prev.producer].name);
      if (producer >= 0 && prev.producer >= 0)
        fail("value " + quote_name(name),
             "produced twice, by " + by + " and by gate " + quote_name(g_.gates[producer].name));
      fail("value " + quote_name(name), "duplicate name (already defined by " + by + ")");
    }
    g_.values.push_back(Value{.name = name, .producer = producer, .declared = {}});
    return it->second;
  }

  // Expressions are read in a second pass, once every value name is known.
  Expr expr(const json& e, const std::string& where, const char* what) const {
    if (!e.is_object()) fail(where, std::string(what) + " must be an object of value -> coefficient");
    Expr out;
    for (auto it = e.begin(); it != e.end(); ++it) {
      if (!it->is_number() || it->is_boolean())
        fail(where, std::string(what) + ": coefficient of " + quote_name(it.key()) + " is not a number");
      double c = it->get<double>();
      if (!std::isfinite(c))
        fail(where, std::string(what) + ": coefficient of " + quote_name(it.key()) + " is not finite");
      auto v = g_.find_value(it.key());
      if (!v) fail(where, "reads unknown value " + quote_name(it.key()));
      out.push_back(Term{*v, c});
    }
    return out;
  }

  std::vector<Expr> expr_list(const json& obj, const char* key, const std::string& where) const {
    std::vector<Expr> out;
    for (const json& e : array_field(obj, key, where)) out.push_back(expr(e, where, key));
    return out;
  }

  void read_inputs(const json& doc) {
    for (const json& in : array_field(doc, "inputs", "")) {
      if (!in.is_object()) fail("inputs", "each input must be an object");
      std::string name = string_field(in, "name", "input");
      std::string where = "input " + quote_name(name);
      only_fields(in, {"name", "pinned", "range", "multiple_of"}, where);
      bool pinned = false;
      if (in.contains("pinned")) {
        if (!in["pinned"].is_boolean()) fail(where, "field 'pinned' must be true or false");
        pinned = in["pinned"].get<bool>();
      }
      ValueId v = add_value(name, -1, where);
      g_.values[v].pinned = pinned;
      g_.values[v].declared = input_range(in, where);
      g_.inputs.push_back(v);
    }
  }

  // `range`: [lo, hi], finite, lo <= hi; `multiple_of`: a power of two that
  // a double can hold (2^-1074 .. 2^1023).
  InputRange input_range(const json& in, const std::string& where) const {
    InputRange r;
    if (in.contains("range")) {
      const json& a = in["range"];
      auto finite = [](const json& x) { return x.is_number() && std::isfinite(x.get<double>()); };
      if (!a.is_array() || a.size() != 2 || !finite(a[0]) || !finite(a[1]) || a[0].get<double>() > a[1].get<double>())
        fail(where, "field 'range' must be [lo, hi] with finite numbers lo <= hi");
      r.range = std::make_pair(a[0].get<double>(), a[1].get<double>());
    }
    if (in.contains("multiple_of")) {
      const json& q = in["multiple_of"];
      int exp = 0;
      double x = q.is_number() ? q.get<double>() : 0.0;
      if (!(x > 0) || !std::isfinite(x) || std::frexp(x, &exp) != 0.5)
        fail(where, "field 'multiple_of' must be a positive power of two, got " + q.dump());
      r.grid_log2 = exp - 1;
    }
    return r;
  }

  // First pass: gate names, kinds and the values they produce.
  void declare_gates(const json& gates) {
    for (const json& gj : gates) {
      GateId id = static_cast<GateId>(g_.gates.size());
      if (!gj.is_object()) fail("gate #" + std::to_string(id), "must be an object");
      Gate gate;
      gate.name = string_field(gj, "name", "gate #" + std::to_string(id));
      std::string where = "gate " + quote_name(gate.name);
      if (gate.name.empty()) fail("gate #" + std::to_string(id), "empty gate name");
      std::string kind = string_field(gj, "kind", where);
      g_.gates.push_back(gate);
      if (kind == "lookup") {
        g_.gates[id].kind = GateKind::Lookup;
        only_fields(gj, {"name", "kind", "tie_break", "query", "key", "values", "produces"}, where);
        for (const json& p : array_field(gj, "produces", where)) {
          if (!p.is_string()) fail(where, "'produces' must list value names");
          ValueId v = add_value(p.get<std::string>(), id, where);
          g_.gates[id].produces.push_back(v);
        }
        if (g_.gates[id].produces.empty()) fail(where, "a lookup must produce at least one value");
      } else if (kind == "reglu" || kind == "persist") {
        g_.gates[id].kind = kind == "reglu" ? GateKind::Reglu : GateKind::Persist;
        if (kind == "reglu") only_fields(gj, {"name", "kind", "a", "b"}, where);
        else only_fields(gj, {"name", "kind", "expr"}, where);
        g_.gates[id].produces.push_back(add_value(gate.name, id, where));
      } else {
        fail(where, "unknown kind " + quote_name(kind) + " (expected lookup, reglu or persist)");
      }
    }
  }

  // Second pass: expressions, now that every value is known.
  void read_gate_bodies(const json& gates) {
    for (GateId id = 0; id < static_cast<GateId>(g_.gates.size()); ++id) {
      const json& gj = gates[id];
      Gate& gate = g_.gates[id];
      std::string where = quoted_gate_label(g_, id);
      if (gate.kind == GateKind::Lookup) {
        gate.tie_break = string_field(gj, "tie_break", where);
        if (gate.tie_break != "latest" && gate.tie_break != "earliest" && gate.tie_break != "average")
          fail(where, "unknown tie_break " + quote_name(gate.tie_break) + " (expected latest, earliest or average)");
        gate.average = gate.tie_break == "average";
        gate.query = expr_list(gj, "query", where);
        gate.key = expr_list(gj, "key", where);
        gate.values = expr_list(gj, "values", where);
        if (gate.values.size() != gate.produces.size())
          fail(where, "has " + std::to_string(gate.values.size()) + " value expressions but produces " +
                          std::to_string(gate.produces.size()) + " values");
      } else if (gate.kind == GateKind::Reglu) {
        gate.a = expr(field(gj, "a", where), where, "a");
        gate.b = expr(field(gj, "b", where), where, "b");
      } else {
        gate.expr = expr(field(gj, "expr", where), where, "expr");
      }
      collect_reads(gate);
    }
  }

  static void collect_reads(Gate& gate) {
    auto add = [&](const Expr& e) {
      for (const Term& t : e) gate.reads.push_back(t.value);
    };
    for (const auto* list : {&gate.query, &gate.key, &gate.values})
      for (const Expr& e : *list) add(e);
    add(gate.a);
    add(gate.b);
    add(gate.expr);
    std::sort(gate.reads.begin(), gate.reads.end());
    gate.reads.erase(std::unique(gate.reads.begin(), gate.reads.end()), gate.reads.end());
  }

  void read_outputs(const json& doc) {
    for (const json& o : array_field(doc, "outputs", "")) {
      if (!o.is_string()) fail("outputs", "each output must be a value name");
      auto v = g_.find_value(o.get<std::string>());
      if (!v) fail("outputs", "unknown value " + quote_name(o.get<std::string>()));
      if (g_.values[*v].output) fail("outputs", "value " + quote_name(o.get<std::string>()) + " listed twice");
      g_.values[*v].output = true;
      g_.outputs.push_back(*v);
    }
  }

  void read_colocate(const json& doc) {
    if (!doc.contains("colocate")) return;
    const json& groups = doc["colocate"];
    if (!groups.is_array()) fail("colocate", "must be an array of arrays of gate names");
    for (const json& group : groups) {
      if (!group.is_array()) fail("colocate", "each group must be an array of gate names");
      std::vector<GateId> ids;
      for (const json& n : group) {
        if (!n.is_string()) fail("colocate", "each group must list gate names");
        ids.push_back(unique_gate(n.get<std::string>()));
      }
      g_.colocate.push_back(std::move(ids));
    }
  }

  GateId unique_gate(const std::string& name) {
    if (gate_by_name_.empty())
      for (GateId g = 0; g < static_cast<GateId>(g_.gates.size()); ++g) gate_by_name_.emplace(g_.gates[g].name, g);
    if (g_.repeated_lookup_labels.count(name))
      fail("colocate", "gate name " + quote_name(name) + " is ambiguous (several lookups carry it)");
    auto it = gate_by_name_.find(name);
    if (it == gate_by_name_.end()) fail("colocate", "unknown gate " + quote_name(name));
    return it->second;
  }

 private:
  Graph& g_;
  std::string src_;
  std::unordered_map<std::string, GateId> gate_by_name_;
};

}  // namespace

Graph parse_graph(const std::string& text, const std::string& source) {
  json doc = parse_json_text(text, source);
  Graph g;
  g.source = source;
  g.sha256 = sha256_hex(text);
  Reader r(g, source);
  if (!doc.is_object()) r.fail("", "top level must be a JSON object");
  r.only_fields(doc, {"format", "name", "inputs", "gates", "outputs", "colocate"}, "");
  std::string format = r.string_field(doc, "format", "");
  if (format != "slotproof-graph/1")
    r.fail("", "unsupported format " + quote_name(format) + " (expected slotproof-graph/1)");
  g.name = doc.contains("name") ? r.string_field(doc, "name", "") : std::string("unnamed");
  r.read_inputs(doc);
  const json& gates = r.array_field(doc, "gates", "");
  r.declare_gates(gates);
  derive_labels(g);
  r.read_gate_bodies(gates);
  r.read_outputs(doc);
  r.read_colocate(doc);
  finalize(g);
  return g;
}

Graph load_graph(const std::string& path) { return parse_graph(read_file_bytes(path), path); }

namespace {
nlohmann::ordered_json expr_json(const Graph& g, const Expr& e) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const Term& t : e) out[g.values[t.value].name] = t.coef;
  return out;
}
nlohmann::ordered_json expr_list_json(const Graph& g, const std::vector<Expr>& list) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const Expr& e : list) out.push_back(expr_json(g, e));
  return out;
}
}  // namespace

nlohmann::ordered_json graph_to_json(const Graph& g) {
  nlohmann::ordered_json doc;
  doc["format"] = "slotproof-graph/1";
  doc["name"] = g.name;
  doc["inputs"] = nlohmann::ordered_json::array();
  for (ValueId v : g.inputs) {
    const Value& val = g.values[v];
    nlohmann::ordered_json in = {{"name", val.name}, {"pinned", val.pinned}};
    if (val.declared.range) in["range"] = {val.declared.range->first, val.declared.range->second};
    if (val.declared.grid_log2) in["multiple_of"] = std::ldexp(1.0, *val.declared.grid_log2);
    doc["inputs"].push_back(std::move(in));
  }
  doc["gates"] = nlohmann::ordered_json::array();
  for (const Gate& gate : g.gates) {
    nlohmann::ordered_json gj;
    gj["name"] = gate.name;
    gj["kind"] = kind_name(gate.kind);
    if (gate.kind == GateKind::Lookup) {
      gj["tie_break"] = gate.tie_break;
      gj["query"] = expr_list_json(g, gate.query);
      gj["key"] = expr_list_json(g, gate.key);
      gj["values"] = expr_list_json(g, gate.values);
      gj["produces"] = nlohmann::ordered_json::array();
      for (ValueId v : gate.produces) gj["produces"].push_back(g.values[v].name);
    } else if (gate.kind == GateKind::Reglu) {
      gj["a"] = expr_json(g, gate.a);
      gj["b"] = expr_json(g, gate.b);
    } else {
      gj["expr"] = expr_json(g, gate.expr);
    }
    doc["gates"].push_back(std::move(gj));
  }
  doc["outputs"] = nlohmann::ordered_json::array();
  for (ValueId v : g.outputs) doc["outputs"].push_back(g.values[v].name);
  if (!g.colocate.empty()) {
    doc["colocate"] = nlohmann::ordered_json::array();
    for (const auto& group : g.colocate) {
      nlohmann::ordered_json names = nlohmann::ordered_json::array();
      for (GateId id : group) names.push_back(g.gates[id].name);
      doc["colocate"].push_back(std::move(names));
    }
  }
  return doc;
}

}  // namespace sp
