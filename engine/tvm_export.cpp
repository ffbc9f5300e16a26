#include "engine/tvm_export.h"

#include <algorithm>
#include <map>
#include <set>

#include "engine/tvm_layout.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "verify/direct_checker.h"

namespace sp::tvm {

using nlohmann::ordered_json;

namespace {

// Violations of these properties leave the schedule or the write program
// without a meaning transformer-vm could build (liveness is undefined for an
// illegal schedule; a value without a slot has no row to write): bad input.
bool structural(Property p) {
  switch (p) {
    case Property::GraphHash:
    case Property::PhaseKind:
    case Property::LayerBudget:
    case Property::Precedence:
    case Property::SlotRange:
    case Property::WriteShape:
    case Property::SlotAssigned:
      return true;
    default:
      return false;
  }
}

// Appended piecewise: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string&&.
std::string where_write(const Graph& g, const Write& w) {
  std::string out = "the write at boundary ";
  out += std::to_string(w.boundary);
  out += ", slot ";
  out += std::to_string(w.slot);
  out += " (";
  for (size_t i = 0; i < w.delta.size(); ++i) {
    if (i) out += ' ';
    out += w.delta[i].coef < 0 ? '-' : '+';
    out += g.values[w.delta[i].value].name;
  }
  out += ')';
  return out;
}

struct ExportBuilder {
  const Graph& g;
  const Artifact& a;
  const std::string& src;
  TvmExport& e;

  [[noreturn]] void fail(const std::string& msg) const { throw InputError(src + ": " + msg); }
  std::string name(ValueId v) const { return quote_name(g.values[v].name); }

  // The engine adds the position features to slots 0-2 of every token,
  // whatever the weights say: each must be a pinned input (it never leaves
  // its slot), or those slots would be corrupted for any value put there.
  void check_position_features() const {
    for (size_t i = 0; i < kFixedSlotValues.size(); ++i) {
      const std::string name(kFixedSlotValues[i]);
      auto v = g.find_value(name);
      if (!v || g.values[*v].producer >= 0 || !g.values[*v].pinned)
        fail("transformer-vm's engine adds " + name + " to slot " + std::to_string(i) +
             " of every token: the graph must have it as a pinned input");
    }
  }

  void check_legal() {
    if (a.graph_sha256 != g.sha256)
      fail("made for graph " + quote_name(a.graph_name) + " (sha256 " + a.graph_sha256 + "), not " + g.source +
           " (sha256 " + g.sha256 + ")");
    CheckerResult r = run_direct_checker(g, a);
    for (const Violation& v : r.violations)
      if (structural(v.property)) fail("cannot be exported: " + violation_line(v));
    for (const Violation& v : r.violations) e.violations.push_back(violation_line(v));
  }

  // The slot map: every value that needs a slot, and inputs the embedding
  // writes; table entries of values that need none and are never written
  // are dropped (transformer-vm would write a persist that has a slot).
  void slot_map(const std::set<ValueId>& embedded) {
    e.slot.assign(g.values.size(), -1);
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
      const int s = a.alloc.slot[v];
      if (s < 0) continue;
      if (e.liveness.needs_slot[v] || embedded.count(v)) e.slot[v] = e.permutation[s];
    }
  }

  SlotWrite translate(const Write& w) const {
    SlotWrite out;
    out.slot = w.slot;
    for (const Term& t : w.delta) {
      if (t.coef == 1.0 && !out.added) {
        out.added = t.value;
      } else if (t.coef == -1.0) {
        out.removed.push_back(t.value);
      } else {
        fail(where_write(g, w) + ": coefficient " + nlohmann::json(t.coef).dump() + " of " + name(t.value) +
             "; transformer-vm writes +1 for one new value and subtracts whole slots (-1)");
      }
      if (a.alloc.slot[t.value] != w.slot)
        fail(where_write(g, w) + ": " + name(t.value) +
             (a.alloc.slot[t.value] < 0 ? " has no slot" : " has slot " + std::to_string(a.alloc.slot[t.value])) +
             " in the slot table; transformer-vm writes and erases a value only in its own slot");
    }
    return out;
  }

  // A new value is written by its gate, once, in the sublayer the gate runs in.
  void check_added(const Write& w, ValueId v, std::vector<int>& writes_of) const {
    const Value& val = g.values[v];
    const bool input = val.producer < 0;
    if (input != (w.boundary < 0))
      fail(where_write(g, w) + ": " + name(v) +
           (input ? " is an input: the embedding writes it" : " is produced by a gate: the embedding cannot write it"));
    if (!input && !e.liveness.needs_slot[v])
      fail(where_write(g, w) + ": " + name(v) +
           " needs no slot (internal or unread); transformer-vm writes no such value to the stream");
    if (!input && e.liveness.first_boundary[v] != w.boundary)
      fail(where_write(g, w) + ": " + name(v) + " is produced for boundary " +
           std::to_string(e.liveness.first_boundary[v]) + "; transformer-vm writes it only there");
    if (++writes_of[v] > 1) fail(where_write(g, w) + ": " + name(v) + " is written twice");
  }

  void program() {
    std::vector<int> writes_of(g.values.size(), 0);
    std::set<ValueId> embedded;
    std::map<int, SublayerWrites> by_boundary;
    by_boundary[-1] = SublayerWrites{-1, -1, {}};
    for (int c = 1; c < 4 * a.schedule.layers; c += 2) by_boundary[c] = SublayerWrites{layer_of(c), c, {}};
    std::set<std::pair<int, int>> seen;
    for (const Write& w : a.alloc.writes) {
      if (!by_boundary.count(w.boundary)) fail(where_write(g, w) + ": no such boundary in " +
                                               std::to_string(a.schedule.layers) + " layers");
      if (w.slot < 0 || w.slot >= a.d_model) fail(where_write(g, w) + ": slot outside [0, d_model)");
      if (w.delta.empty()) continue;  // writes nothing
      if (!seen.insert({w.boundary, w.slot}).second) fail(where_write(g, w) + ": a second write to that slot there");
      SlotWrite sw = translate(w);
      if (w.boundary < 0 && !sw.removed.empty()) fail(where_write(g, w) + ": the embedding subtracts nothing");
      if (sw.added) {
        check_added(w, *sw.added, writes_of);
        if (w.boundary < 0) embedded.insert(*sw.added);
      }
      sw.slot = e.permutation[w.slot];
      by_boundary[w.boundary].writes.push_back(std::move(sw));
    }
    for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
      if (e.liveness.needs_slot[v] && writes_of[v] == 0)
        fail("value " + name(v) + " needs a slot but is never written; transformer-vm writes every such value");
    slot_map(embedded);
    for (auto& [c, sub] : by_boundary) {
      std::sort(sub.writes.begin(), sub.writes.end(), [](auto& x, auto& y) { return x.slot < y.slot; });
      e.program.push_back(std::move(sub));
    }
  }

  // After boundary c: every value that needs a slot, is born by c and is read
  // after c (death >= c+1, SPEC.md 3). transformer-vm's walk erases a value at
  // the first boundary whose set lacks it: c = E for a value last read at E-1
  // or E, as slotproof's erase boundary.
  void alive_sets() {
    const Liveness& lv = e.liveness;
    e.alive.assign(2 * a.schedule.layers, {});
    for (int i = 0; i < 2 * a.schedule.layers; ++i) {
      const int c = boundary_at(i);
      for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
        if (lv.needs_slot[v] && lv.birth[v] <= c && lv.death[v] >= c + 1) e.alive[i].push_back(v);
    }
  }
};

std::string yaml_name(const std::string& name) {
  // A JSON string is a YAML double-quoted scalar (PyYAML's safe_load reads the escapes).
  return nlohmann::json(name).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string yaml_list(const Graph& g, std::vector<ValueId> values, bool by_name) {
  if (by_name)
    std::sort(values.begin(), values.end(), [&](ValueId x, ValueId y) { return g.values[x].name < g.values[y].name; });
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + yaml_name(g.values[values[i]].name);
  return out + "]";
}

// Values produced by the gates of `kind` at `phase`, in graph order.
std::vector<ValueId> produced_at(const Graph& g, const Artifact& a, GateKind kind, int phase) {
  std::vector<ValueId> out;
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
    if (g.gates[x].kind == kind && a.schedule.phase[x] == phase)
      out.insert(out.end(), g.gates[x].produces.begin(), g.gates[x].produces.end());
  return out;
}

ordered_json write_entry(const Graph& g, const SublayerWrites& sub, const SlotWrite& w) {
  ordered_json j;
  j["boundary"] = sub.boundary;
  j["layer"] = sub.layer;
  j["sublayer"] = sub.boundary < 0 ? "embedding" : (sub.boundary % 4 == 1 ? "attention" : "ffn");
  j["slot"] = w.slot;
  if (w.added) j["new"] = g.values[*w.added].name;
  if (!w.removed.empty()) {
    ordered_json old = ordered_json::array();
    for (ValueId v : w.removed) old.push_back(g.values[v].name);
    j["old"] = old;
  }
  return j;
}

}  // namespace

TvmExport make_tvm_export(const Graph& g, const Artifact& a, const std::string& source) {
  TvmExport e;
  ExportBuilder b{g, a, source, e};
  b.check_legal();
  b.check_position_features();
  e.policy = a.alloc.policy;
  e.layers = a.schedule.layers;
  e.d_model = a.d_model;
  e.liveness = compute_liveness(g, a.schedule, a.alloc.policy);
  e.permutation = fixed_slot_permutation(g, a.alloc.slot, a.d_model);
  b.program();
  b.alive_sets();
  return e;
}

std::string plan_yaml(const Graph& g, const Artifact& a, const TvmExport& e) {
  std::string y = "# transformer-vm plan (model/weights.py _load_plan), written by slotproof " + tool_version() +
                  " export tvm\n# graph " + yaml_name(g.name) + " sha256 " + g.sha256 + "; " +
                  policy_name(e.policy) + "; the slot map and writes are in " + kExportFile + "\n";
  y += "summary:\n  layers: " + std::to_string(e.layers) + "\n  d_model: " + std::to_string(e.d_model) +
       "\n  policy: " + policy_name(e.policy) + "\nlayers:\n";
  for (int L = 0; L < e.layers; ++L) {
    y += "- layer: " + std::to_string(L) + "\n";
    y += "  attention: " + yaml_list(g, produced_at(g, a, GateKind::Lookup, 4 * L), false) + "\n";
    y += "  persist1: " + yaml_list(g, produced_at(g, a, GateKind::Persist, 4 * L + 1), false) + "\n";
    y += "  after_persist1:\n    dims: " + yaml_list(g, e.alive[2 * L], true) + "\n";
    y += "  ffn: " + yaml_list(g, produced_at(g, a, GateKind::Reglu, 4 * L + 2), false) + "\n";
    y += "  persist2: " + yaml_list(g, produced_at(g, a, GateKind::Persist, 4 * L + 3), false) + "\n";
    y += "  after_persist2:\n    dims: " + yaml_list(g, e.alive[2 * L + 1], true) + "\n";
  }
  return y;
}

std::string export_json(const Graph& g, const Artifact& a, const TvmExport& e, const std::string& artifact_sha256) {
  ordered_json doc;
  doc["format"] = kExportFormat;
  doc["tool"] = {{"name", "slotproof"}, {"version", tool_version()}};
  doc["graph"] = {{"name", g.name}, {"sha256", g.sha256}};
  doc["artifact"] = {{"sha256", artifact_sha256}, {"producer", a.producer}};
  doc["policy"] = policy_name(e.policy);
  doc["layers"] = e.layers;
  doc["d_model"] = e.d_model;
  doc["permutation"] = e.permutation;
  ordered_json slots = ordered_json::array();
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
    if (e.slot[v] >= 0) slots.push_back({{"value", g.values[v].name}, {"slot", e.slot[v]}});
  doc["slots"] = slots;
  ordered_json writes = ordered_json::array();
  for (const SublayerWrites& sub : e.program)
    for (const SlotWrite& w : sub.writes) writes.push_back(write_entry(g, sub, w));
  doc["writes"] = writes;
  return dump_line_per_entry(doc);
}

namespace {

// weights.py build_model, lines ~207-274: inputs first (position features in
// slots 0-2), then per boundary the values leaving the alive set free their
// slots for the boundary after (a sorted free list), and new values take the
// lowest free slot or a new one.
struct WalkEmulation {
  std::map<ValueId, int> slot_of;
  std::map<int, std::set<int>> erased;  // boundary -> slots
  std::map<int, std::vector<ValueId>> erased_values;
  int next_slot = 0;
};

WalkEmulation walk(const Graph& g, const TvmExport& e) {
  WalkEmulation w;
  std::set<int> fixed;
  for (size_t i = 0; i < kFixedSlotValues.size(); ++i)
    if (auto v = g.find_value(std::string(kFixedSlotValues[i]))) {
      w.slot_of[*v] = static_cast<int>(i);
      fixed.insert(static_cast<int>(i));
    }
  w.next_slot = static_cast<int>(kFixedSlotValues.size());
  for (ValueId v : g.inputs)
    if (!w.slot_of.count(v)) w.slot_of[v] = w.next_slot++;
  std::vector<int> free_slots, pending;
  std::set<ValueId> cur(g.inputs.begin(), g.inputs.end());
  auto take = [&](ValueId v) {
    if (free_slots.empty()) return void(w.slot_of[v] = w.next_slot++);
    w.slot_of[v] = free_slots.front();
    free_slots.erase(free_slots.begin());
  };
  for (size_t i = 0; i < e.alive.size(); ++i) {
    std::set<ValueId> nxt(e.alive[i].begin(), e.alive[i].end());
    free_slots.insert(free_slots.end(), pending.begin(), pending.end());
    std::sort(free_slots.begin(), free_slots.end());
    pending.clear();
    for (ValueId v : cur)
      if (!nxt.count(v) && !fixed.count(w.slot_of[v])) {
        pending.push_back(w.slot_of[v]);
        w.erased[boundary_at(static_cast<int>(i))].insert(w.slot_of[v]);
        w.erased_values[boundary_at(static_cast<int>(i))].push_back(v);
      }
    for (ValueId v : nxt)
      if (!cur.count(v)) take(v);
    cur = std::move(nxt);
  }
  for (ValueId v : g.outputs)
    if (!w.slot_of.count(v)) take(v);
  return w;
}

// Heads of layer L as build_model counts them: the lookups' heads, plus one
// passthrough head per two distinct source slots (erased at 4L+1, or read by
// a persist1 gate and not produced by this layer's lookups).
int heads_of_layer(const Graph& g, const Artifact& a, const WalkEmulation& w, int L) {
  int lookup_heads = 0;
  std::set<int> sources;
  if (auto it = w.erased.find(4 * L + 1); it != w.erased.end()) sources = it->second;
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    const Gate& gate = g.gates[x];
    if (gate.kind == GateKind::Lookup && a.schedule.phase[x] == 4 * L)
      lookup_heads += (static_cast<int>(gate.values.size()) + 1) / 2;
    if (gate.kind != GateKind::Persist || a.schedule.phase[x] != 4 * L + 1) continue;
    for (const Term& t : gate.expr) {
      auto slot = w.slot_of.find(t.value);
      if (slot == w.slot_of.end()) continue;
      GateId producer = g.values[t.value].producer;
      bool from_this_attention = producer >= 0 && g.gates[producer].kind == GateKind::Lookup &&
                                 a.schedule.phase[producer] == 4 * L;
      if (!from_this_attention) sources.insert(slot->second);
    }
  }
  return lookup_heads + (static_cast<int>(sources.size()) + 1) / 2;
}

}  // namespace

TvmAllocatorResult emulate_tvm_allocator(const Graph& g, const Artifact& a, const TvmExport& e) {
  WalkEmulation w = walk(g, e);
  TvmAllocatorResult r;
  r.slots = w.next_slot;
  for (int L = 0; L < e.layers; ++L) r.heads = std::max(r.heads, heads_of_layer(g, a, w, L));
  r.d_model = std::max(r.slots + r.slots % 2, 2 * r.heads);
  r.erased = std::move(w.erased_values);
  return r;
}

}  // namespace sp::tvm
