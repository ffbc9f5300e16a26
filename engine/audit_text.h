// The one place that turns the audit's records into words: why a weight file
// cannot be read as the graph (exit 2), what the audit finds beyond verify's
// checks (exit 1), and how an extracted artifact differs from an expected one.
// Names are escaped (quote_name): a name holding a newline cannot split a line.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "engine/audit_units.h"
#include "model/graph.h"
#include "verify/violation.h"

namespace sp::audit {

// Bad input: the weights do not compute this graph (exit 2).
enum class ProblemKind : uint8_t {
  MissingValue,          // the graph lacks a value the engine writes or the passthrough pattern needs
  UnmatchedHead,         // a head that is no lookup of the graph and no passthrough
  UnmatchedNeuron,       // a neuron that is no reglu of the graph and no passthrough
  AmbiguousHead,         // a head that matches two gates in different ways
  AmbiguousNeuron,
  LookupIncomplete,      // a lookup some of whose values no head of its layer computes
  UnexplainedEmbedding,  // the embedding writes slots that no input explains
  AmbiguousEmbedding,    // untied embedding slots and read inputs: no unique pairing
  UncomputedGate,        // an output's producer, computed by no unit or write
  TooComplex,            // matching a unit (or a persist's row) needs more than kMatchSteps steps
};

struct Problem {
  ProblemKind kind = ProblemKind::MissingValue;
  int layer = -1, unit = -1;
  GateId gate = -1, other_gate = -1;  // ambiguous: the two candidates
  ValueId value = -1;
  std::vector<int> slots;
  std::string name;  // MissingValue: the value; its use
  std::string why;  // MissingValue: its use; UncomputedGate: who needs it; UnmatchedHead: its tie-break
  // Unmatched units: the rows ("q0", "k1", "v0", "b", "a") and the stream they read.
  std::vector<std::pair<std::string, SlotRow>> rows;
  std::vector<Contents> stream;
  int n_values = 0;  // atoms at or above it are embedding placeholders
};
std::string problem_message(const Graph& g, const Problem& p);

// Found by the audit itself, beyond verify's properties (exit 1).
enum class FindingKind : uint8_t {
  ReadSlotConflict,  // two gates read one value from different slots
};
struct Finding {
  FindingKind kind = FindingKind::ReadSlotConflict;
  ValueId value = -1;
  int slot = -1, other_slot = -1;
  GateId gate = -1, other_gate = -1;
  int phase = 0, other_phase = 0;
};
std::string finding_line(const Graph& g, const Finding& f);  // "[audit:read-slot-conflict] ..."

// One difference between the extracted artifact and an expected one.
enum class DiffKind : uint8_t { GraphHash, Policy, Layers, DModel, Phase, Slot, Write };
struct Difference {
  DiffKind kind = DiffKind::Phase;
  GateId gate = -1;
  ValueId value = -1;
  int boundary = 0, slot = -1;
  int64_t derived = -1, expected = -1;  // phase, slot, layers, d_model, policy index (-1: none)
  std::vector<Term> derived_delta, expected_delta;  // Write
};
std::string difference_line(const Graph& g, const Difference& d);  // "[expect:phase] ..."

// A linear combination over atoms: values by name, placeholders as
// "embedding slot s"; "0" when empty.
std::string atoms_text(const Graph& g, const Contents& c, int n_values);
std::string number_text(double x);  // shortest round-trip form

}  // namespace sp::audit
