#include "engine/audit_text.h"

#include <charconv>
#include <cmath>

#include "model/graph_io.h"  // quoted_gate_label
#include "model/json_strict.h"
#include "model/liveness.h"

namespace sp::audit {

std::string number_text(double x) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, r.ptr);
}

namespace {

std::string atom_name(const Graph& g, int atom, int n_values) {
  if (atom >= n_values) return "embedding slot " + std::to_string(atom - n_values) + " (an input not yet identified)";
  return quote_name(g.values[atom].name);
}

std::string gate_text(const Graph& g, GateId x) {
  return std::string(kind_name(g.gates[x].kind)) + " " + quoted_gate_label(g, x);
}

// "slot 8 ['fetched_opcode_x'] x -163, slot 3 ['one'] x -32044"
std::string row_text(const Graph& g, const SlotRow& row, const std::vector<Contents>& stream, int n_values) {
  if (row.empty()) return "nothing";
  std::string out;
  for (const SlotTerm& t : row) {
    if (!out.empty()) out += ", ";
    out += "slot " + std::to_string(t.slot);
    if (t.slot >= 0 && t.slot < static_cast<int>(stream.size()))
      out += " [" + atoms_text(g, stream[t.slot], n_values) + "]";
    out += " x " + number_text(t.w);
  }
  return out;
}

std::string slots_text(const std::vector<int>& slots) {
  std::string out;
  for (int s : slots) out += (out.empty() ? "" : ", ") + std::to_string(s);
  return out;
}

std::string unit_name(const Problem& p, bool neuron) {
  return "layer " + std::to_string(p.layer) + (neuron ? " FFN neuron " : " attention head ") + std::to_string(p.unit);
}

}  // namespace

std::string atoms_text(const Graph& g, const Contents& c, int n_values) {
  if (c.empty()) return "0";
  std::string out;
  for (const auto& [atom, k] : c) {
    std::string name = atom_name(g, atom, n_values);
    if (out.empty()) {
      out = k == 1.0 ? name : (k == -1.0 ? "-" + name : number_text(k) + "*" + name);
    } else {
      double a = std::fabs(k);
      out += k < 0 ? " - " : " + ";
      out += a == 1.0 ? name : number_text(a) + "*" + name;
    }
  }
  return out;
}

std::string problem_message(const Graph& g, const Problem& p) {
  auto rows = [&] {
    std::string out;
    for (const auto& [name, row] : p.rows)
      out += "; " + name + " reads " + row_text(g, row, p.stream, p.n_values);
    return out;
  };
  switch (p.kind) {
    case ProblemKind::MissingValue:
      return "the graph has no value " + quote_name(p.name) + " (" + p.why + ")";
    case ProblemKind::UnmatchedHead:
      return unit_name(p, false) + " matches no lookup gate of the graph and is no passthrough head" +
             (p.why.empty() ? std::string() : " (its tie-break: " + p.why + ")") + rows();
    case ProblemKind::UnmatchedNeuron:
      return unit_name(p, true) + " matches no reglu gate of the graph and is no passthrough neuron" + rows();
    case ProblemKind::AmbiguousHead:
    case ProblemKind::AmbiguousNeuron:
      return unit_name(p, p.kind == ProblemKind::AmbiguousNeuron) + " matches " +
             (p.gate >= 0 ? gate_text(g, p.gate) : "a passthrough") + " and " +
             (p.other_gate >= 0 ? gate_text(g, p.other_gate) : "a passthrough") +
             " in different ways (which inputs it reads cannot be told apart)" + rows();
    case ProblemKind::LookupIncomplete:
      return gate_text(g, p.gate) + " is computed in layer " + std::to_string(p.layer) + " but no head computes its value " +
             quote_name(g.values[p.value].name);
    case ProblemKind::UnexplainedEmbedding:
      return "the embedding writes slot(s) " + slots_text(p.slots) +
             " that no input of the graph explains (more embedding slots than unread inputs)";
    case ProblemKind::AmbiguousEmbedding:
      return "the embedding writes slot(s) " + slots_text(p.slots) +
             " that no gate reads, and several inputs are left for them, some read by gates no unit computes (e.g. " +
             quote_name(g.values[p.value].name) + "): no unique pairing";
    case ProblemKind::TooComplex:
      return (p.unit >= 0 ? unit_name(p, p.why == "neuron") : "the persist rows of boundary " + std::to_string(p.layer)) +
             ": matching needs more than a million steps (rows of many equal weights over slots that could each be "
             "several values); this weight file cannot be audited";
    case ProblemKind::UncomputedGate:
      return gate_text(g, p.gate) + " is computed by no head, neuron or write of the model, but its value " +
             quote_name(g.values[p.value].name) + " is " + p.why;
  }
  return "unknown problem";
}

std::string finding_line(const Graph& g, const Finding& f) {
  switch (f.kind) {
    case FindingKind::ReadSlotConflict:
      return "[audit:read-slot-conflict] " + quote_name(g.values[f.value].name) + " is in slot " +
             std::to_string(f.slot) +
             (f.gate >= 0 ? " for " + gate_text(g, f.gate) + " (phase " + std::to_string(f.phase) + ")"
                          : std::string(" (its embedding slot)")) +
             " but " + gate_text(g, f.other_gate) + " (phase " + std::to_string(f.other_phase) + ") reads it from slot " +
             std::to_string(f.other_slot) + "; the slot table keeps slot " + std::to_string(f.slot);
  }
  return "[audit] unknown finding";
}

std::string difference_line(const Graph& g, const Difference& d) {
  auto side = [](int64_t x) { return x < 0 ? std::string("none") : std::to_string(x); };
  auto delta = [&](const std::vector<Term>& t) {
    Contents c;
    for (const Term& x : t) c[x.value] = x.coef;
    return atoms_text(g, c, static_cast<int>(g.values.size()));
  };
  switch (d.kind) {
    case DiffKind::GraphHash:
      return "[expect:graph] the expected artifact was made for another graph (its graph.sha256 differs)";
    case DiffKind::Policy:
      return std::string("[expect:policy] the weights implement ") + policy_name(static_cast<ReusePolicy>(d.derived)) +
             ", the expected artifact declares " + policy_name(static_cast<ReusePolicy>(d.expected));
    case DiffKind::Layers:
      return "[expect:layers] the weights have " + side(d.derived) + " layers, the expected artifact " + side(d.expected);
    case DiffKind::DModel:
      return "[expect:d_model] the weights have d_model " + side(d.derived) + ", the expected artifact " +
             side(d.expected);
    case DiffKind::Phase:
      return "[expect:phase] " + gate_text(g, d.gate) + ": phase " + side(d.derived) + " in the weights, " +
             side(d.expected) + " in the expected artifact";
    case DiffKind::Slot:
      return "[expect:slot] " + quote_name(g.values[d.value].name) + ": slot " + side(d.derived) + " in the weights, " +
             side(d.expected) + " in the expected artifact";
    case DiffKind::Write:
      return "[expect:write] boundary " + std::to_string(d.boundary) + " slot " + std::to_string(d.slot) +
             ": the weights write " + delta(d.derived_delta) + ", the expected artifact " + delta(d.expected_delta);
  }
  return "[expect] unknown difference";
}

}  // namespace sp::audit
