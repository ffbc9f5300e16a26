// The program graph: gates over scalar values (SPEC.md sections 1, 2 and 5).
//
// Values and gates are numbered in file order (inputs first, then the values
// each gate produces, in gate order); every other structure refers to them by
// index. A Graph is immutable once finalize() has derived its readers,
// gate-level dependencies, a topological order and the co-location classes.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace sp {

using ValueId = int32_t;
using GateId = int32_t;

enum class GateKind : uint8_t { Lookup, Reglu, Persist };
const char* kind_name(GateKind kind);

struct Term {
  ValueId value;
  double coef;
};
using Expr = std::vector<Term>;  // in the order the JSON object lists them (by name)

struct Gate {
  std::string name;
  GateKind kind = GateKind::Persist;
  bool average = false;          // lookup with tie_break "average"
  std::string tie_break;         // lookups only
  std::vector<Expr> query, key;  // lookups: 2-D query and key expressions
  std::vector<Expr> values;      // lookups: one expression per produced value
  Expr a, b;                     // reglu: relu(b) * a
  Expr expr;                     // persist
  std::vector<ValueId> produces; // reglu/persist: one value named as the gate
  std::vector<ValueId> reads;    // every value named in any expression, sorted, unique
};

// What a graph declares about the values an input takes (optional fields
// `range` and `multiple_of`, docs/FORMATS.md): every value lies in [lo, hi]
// and is an integer multiple of 2^grid_log2. model/value_ranges.h derives
// the same facts for every other value; the numerical rule of docs/NUMERICS.md
// needs them.
struct InputRange {
  std::optional<std::pair<double, double>> range;  // absent: unbounded
  std::optional<int> grid_log2;                    // absent: no grid known
};

struct Value {
  std::string name;
  GateId producer = -1;  // -1 for inputs
  bool pinned = false;   // pinned inputs keep their slot forever
  bool output = false;   // read by the output head after the last layer
  InputRange declared;   // inputs only
};

struct Graph {
  std::string name;
  std::string source;  // file the graph came from (for messages)
  std::string sha256;  // of the source bytes
  std::vector<Value> values;
  std::vector<Gate> gates;
  std::vector<ValueId> inputs;
  std::vector<ValueId> outputs;
  std::vector<std::vector<GateId>> colocate;  // explicit groups, as listed

  // Derived by finalize().
  std::unordered_map<std::string, ValueId> value_index;
  std::vector<std::vector<GateId>> readers;  // per value: gates reading it, sorted
  std::vector<std::vector<GateId>> preds;    // per gate: producers of its reads, sorted, unique
  std::vector<std::vector<GateId>> succs;    // per gate: readers of its values, sorted, unique
  std::vector<GateId> topo;                  // a topological order (Boost.Graph)
  // Co-location classes (explicit groups plus the derived `average` rule),
  // each sorted, only classes of two or more gates; class_of[g] indexes them or -1.
  std::vector<std::vector<GateId>> coloc_classes;
  std::vector<int32_t> class_of;
  std::unordered_set<std::string> repeated_lookup_labels;  // lookup names carried by several gates
  // Per value: may hand its slot over, or take one over, in a float64-exact
  // `+new -old` write (model/value_ranges.h, the handover class).
  std::vector<uint8_t> handover_ok;

  std::optional<ValueId> find_value(const std::string& name) const;
  // "gate 'x'", or "gate #12 'x'" when several lookups share the label x.
  std::string gate_label(GateId g) const;
};

// Derives readers, dependencies, topological order and co-location classes.
// Throws InputError (naming graph.source and the gates involved) on a cycle.
void finalize(Graph& graph);
// Fills repeated_lookup_labels (finalize calls it; the parser needs it earlier for messages).
void derive_labels(Graph& graph);

// ---- phases (SPEC.md section 2) -------------------------------------------
constexpr int kInputPhase = -1;
inline int layer_of(int phase) { return phase >> 2; }
inline bool is_boundary(int phase) { return phase & 1; }
bool is_legal_phase(GateKind kind, int phase);
int earliest_legal_phase(GateKind kind, int lower);  // smallest legal phase >= lower
int latest_legal_phase(GateKind kind, int upper);    // largest legal phase <= upper (may be < 0)
const char* phase_kind_name(int phase);              // "attention", "persist1", ...

}  // namespace sp
