#include "engine/audit.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <set>

#include "engine/audit_match.h"
#include "engine/audit_walk.h"
#include "engine/tvm_layout.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "model/json_strict.h"

namespace sp::audit {

namespace {

[[noreturn]] void fail(const Graph& g, const ModelBin& m, Problem p) {
  throw InputError(m.source + ": " + problem_message(g, p));
}

// The slot table (audit.h): inputs from the ties, then the first reader's
// slot, then the birth boundary's placement.
std::vector<int> slot_table(const Graph& g, const WalkResult& w, std::vector<Finding>& findings) {
  const int nv = static_cast<int>(g.values.size());
  std::vector<int> slot = w.input_slot;
  std::vector<const ReadRecord*> anchor(nv, nullptr);  // the first read from the value's slot
  std::vector<uint8_t> conflict(nv, 0);
  for (const ReadRecord& r : w.reads) {
    if (slot[r.value] < 0) slot[r.value] = r.slot;
    if (r.slot == slot[r.value]) {
      if (!anchor[r.value]) anchor[r.value] = &r;
      continue;
    }
    if (conflict[r.value]) continue;
    conflict[r.value] = 1;
    Finding x;
    x.kind = FindingKind::ReadSlotConflict, x.value = r.value, x.slot = slot[r.value], x.other_slot = r.slot;
    if (const ReadRecord* a = anchor[r.value]) x.gate = a->gate, x.phase = a->phase;
    x.other_gate = r.gate, x.other_phase = r.phase;
    findings.push_back(x);
  }
  // Values no unit reads from the stream: where their birth boundary writes them.
  std::vector<std::tuple<int, int, int>> best(nv, {INT32_MAX, 1, INT32_MAX});  // boundary, not-one, slot
  for (const auto& [key, delta] : w.writes)
    for (const auto& [v, k] : delta) {
      if (v >= nv || slot[v] >= 0 || g.values[v].producer < 0) continue;
      best[v] = std::min(best[v], std::tuple<int, int, int>{key.first, k == 1.0 ? 0 : 1, key.second});
    }
  for (ValueId v = 0; v < nv; ++v)
    if (slot[v] < 0 && std::get<0>(best[v]) != INT32_MAX) slot[v] = std::get<2>(best[v]);
  return slot;
}

// Phases: computed gates where the walk found them; dead code at its
// earliest legal phase; a needed gate computed nowhere is bad input.
Schedule schedule_of(const Graph& g, const ModelBin& m, const WalkResult& w, std::vector<GateId>& unobservable) {
  Schedule s{m.layers, w.gate_phase};
  for (ValueId v : g.outputs) {
    GateId p = g.values[v].producer;
    if (p >= 0 && s.phase[p] < 0) {
      Problem pr;
      pr.kind = ProblemKind::UncomputedGate, pr.gate = p, pr.value = v, pr.why = "an output";
      fail(g, m, std::move(pr));
    }
  }
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    if (s.phase[x] < 0) continue;
    for (ValueId v : g.gates[x].reads) {
      GateId p = g.values[v].producer;
      if (p < 0 || s.phase[p] >= 0) continue;
      Problem pr;
      pr.kind = ProblemKind::UncomputedGate, pr.gate = p, pr.value = v;
      pr.why = "read by " + std::string(kind_name(g.gates[x].kind)) + " " + quoted_gate_label(g, x);
      fail(g, m, std::move(pr));
    }
  }
  for (GateId x : g.topo) {
    if (s.phase[x] >= 0) continue;
    int lower = 0;
    for (ValueId v : g.gates[x].reads)
      if (GateId p = g.values[v].producer; p >= 0) lower = std::max(lower, s.phase[p] + 1);
    s.phase[x] = earliest_legal_phase(g.gates[x].kind, lower);
    unobservable.push_back(x);
  }
  std::sort(unobservable.begin(), unobservable.end());
  return s;
}

std::vector<Write> writes_of(const WalkResult& w) {
  std::vector<Write> out;
  for (const auto& [key, delta] : w.writes) {
    Write wr{key.first, key.second, {}};
    for (const auto& [v, k] : delta) wr.delta.push_back({v, k});
    out.push_back(std::move(wr));
  }
  return out;
}

AuditStats stats_of(const WalkResult& w) {
  AuditStats st;
  for (const UnitOutcome& u : w.units) {
    if (u.neuron) {
      (u.role == UnitRole::Reglu ? st.reglu_neurons : u.role == UnitRole::Passthrough ? st.passthrough_neurons
                                                                                      : st.inert_neurons)++;
    } else {
      (u.role == UnitRole::Lookup ? st.lookup_heads : u.role == UnitRole::Passthrough ? st.passthrough_heads
                                                                                      : st.inert_heads)++;
    }
  }
  for (const ReadRecord& r : w.reads) st.wildcard_reads += r.wildcard;
  st.tied_readings = w.tied_readings;
  st.walks = w.walks;
  return st;
}

nlohmann::json producer_of(const Graph& g, const ModelBin& m, const Extraction& x) {
  nlohmann::json names = nlohmann::json::array(), dead = nlohmann::json::array();
  for (ValueId v : x.by_elimination) names.push_back(g.values[v].name);
  for (GateId y : x.unobservable) dead.push_back(g.gates[y].name);
  return {{"method", "audit-model"},
          {"model", {{"sha256", m.sha256}, {"vocab", m.vocab}, {"heads", m.heads}, {"d_ffn", m.d_ffn}}},
          {"tolerance", kCoefTolerance},
          {"inputs_by_elimination", names},
          {"unobservable_gates", dead}};
}

}  // namespace

Extraction extract_artifact(const Graph& g, const ModelBin& m) {
  WalkResult w = walk_model(g, m);
  Extraction x;
  x.by_elimination = w.by_elimination;
  x.stats = stats_of(w);
  Artifact& a = x.artifact;
  a.graph_name = g.name;
  a.graph_sha256 = g.sha256;
  a.tool_version = tool_version();
  a.schedule = schedule_of(g, m, w, x.unobservable);
  a.d_model = m.d_model;
  a.alloc.slot = slot_table(g, w, x.findings);
  a.alloc.writes = writes_of(w);
  x.handover = !w.handovers.empty();
  a.alloc.policy = x.handover ? ReusePolicy::Immediate : ReusePolicy::Delayed;
  a.alloc.slots_used = static_cast<int>(std::set<int>(a.alloc.slot.begin(), a.alloc.slot.end()).size()) -
                       (std::count(a.alloc.slot.begin(), a.alloc.slot.end(), -1) > 0 ? 1 : 0);
  a.producer = producer_of(g, m, x);
  return x;
}

AuditOutcome audit_model(const Graph& g, const ModelBin& m, const VerifyOptions& opt, const Artifact* expected) {
  AuditOutcome o;
  o.x = extract_artifact(g, m);
  o.verify = verify_artifact(g, o.x.artifact, opt, sha256_hex(artifact_to_text(g, o.x.artifact)));
  if (expected) {
    o.compared = true;
    o.differences = compare_artifacts(g, o.x, *expected, o.notes);
  }
  o.exit_code = o.verify.exit_code;
  if (o.exit_code == 0 && (!o.x.findings.empty() || !o.differences.empty())) o.exit_code = kExitViolation;
  return o;
}

void print_audit(std::ostream& os, const Graph& g, const ModelBin& m, const AuditOutcome& o, size_t limit) {
  const AuditStats& st = o.x.stats;
  os << "model: vocab " << m.vocab << ", d_model " << m.d_model << ", " << m.layers << " layers, " << m.heads
     << " heads, d_ffn " << m.d_ffn << ", sha256 " << m.sha256 << "\n";
  os << "heads: " << st.lookup_heads << " lookup, " << st.passthrough_heads << " passthrough, " << st.inert_heads
     << " inert; neurons: " << st.reglu_neurons << " reglu, " << st.passthrough_neurons << " passthrough, "
     << st.inert_neurons << " inert (" << st.walks << " walk" << (st.walks == 1 ? "" : "s")
     << " to settle ambiguous units)\n";
  const Artifact& a = o.x.artifact;
  int inputs = 0;
  for (ValueId v : g.inputs) inputs += a.alloc.slot[v] >= 0;
  os << "inputs: " << inputs << " of " << g.inputs.size() << " placed by the embedding";
  for (ValueId v : o.x.by_elimination)
    os << "; " << quote_name(g.values[v].name) << " -> slot " << a.alloc.slot[v] << " by elimination (no gate reads it)";
  os << "\n";
  if (!o.x.unobservable.empty()) {
    os << "not in the weights (dead code, placed at its earliest phase):";
    for (GateId x : o.x.unobservable) os << " " << quoted_gate_label(g, x);
    os << "\n";
  }
  if (st.wildcard_reads > 0)
    os << "reads from slots holding no live value: " << st.wildcard_reads << " (verify judges them)"
       << (st.tied_readings > 0 ? "; " + std::to_string(st.tied_readings) +
                                      " other reading(s) of the weights explain them as well, all unsafe alike: the "
                                      "first is audited"
                                : std::string())
       << "\n";
  os << "policy: " << policy_name(a.alloc.policy)
     << (o.x.handover ? " (some write hands a slot over: +new -old)\n" : " (no write hands a slot over)\n");
  for (size_t i = 0; i < o.x.findings.size() && i < limit; ++i) os << finding_line(g, o.x.findings[i]) << "\n";
  print_outcome(os, o.verify, limit);
  if (!o.compared) return;
  for (const std::string& n : o.notes) os << "expect: " << n << "\n";
  os << "expect: " << o.differences.size() << " difference" << (o.differences.size() == 1 ? "" : "s")
     << " from the expected artifact\n";
  for (size_t i = 0; i < o.differences.size() && i < limit; ++i) os << difference_line(g, o.differences[i]) << "\n";
  if (o.differences.size() > limit) os << "  ... and " << o.differences.size() - limit << " more\n";
}

}  // namespace sp::audit
