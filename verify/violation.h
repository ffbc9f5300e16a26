// What both checkers (direct_checker and the Z3 checker) report, as plain
// data: violations, waste, and the properties they are compared on.
//
// Detection records data; verify/violation_text.h is the one place that
// turns a record into words (CheckerResult::add fills `message` from it), so
// the same violation found by both checkers prints the same line.
//
// A Violation names the rule broken (its class), the property (check family)
// that found it, where (gate, value, slot, boundary, layer, a second gate or
// value when two are involved) and what was expected and found. Which fields
// a class fills is listed at each field; every field a class uses is filled
// by both checkers.
//
// The two checkers must agree per Property (both find a violation of it or
// neither does) and on the waste list; the classes inside a property are for
// the reader.
#pragma once
#include <array>
#include <climits>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"

namespace sp {

enum class ViolationClass : uint8_t {
  GraphMismatch,     // artifact made for another graph (SHA-256 differs)
  PhaseKind,         // gate in a phase its kind may not take
  LayerBudget,       // gate beyond the declared layers
  Precedence,        // gate not strictly after a producer it reads
  Colocation,        // co-location class split over layers
  FfnBudget,         // more reglus in a layer than max_ffn
  SlotRange,         // slot index >= d_model
  DModel,            // declared d_model below occupancy or head demand, or odd
  BadWrite,          // write at a phase that is no boundary, or to a negative slot
  MissingSlot,       // a value that needs a slot has none
  OverwriteLive,     // a write touches a slot whose value is still needed
  StaleValue,        // a dead value left in its slot (subtraction missing or too late)
  WrongCoefficient,  // a slot holds a value with a coefficient other than 0 or 1
  StrayValue,        // a value in a slot its slot-table entry does not give it
  WriteBeforeBirth,  // a value written before its producer ran
  ReadBeforeWrite,   // a read (or the slot contents) lacks the value that should be there
  MisplacedOutput,   // an output not in its slot after the last boundary
  InexactHandover,   // a `+new -old` write whose float64 sum can round (docs/NUMERICS.md)
};
const char* class_name(ViolationClass c);

// Check families: the unit on which the two checkers must agree.
enum class Property : uint8_t {
  GraphHash, PhaseKind, LayerBudget, Precedence, Colocation, FfnBudget, SlotRange, DModel,
  WriteShape, SlotAssigned, NoOverwrite, Contents, Reads, Numerics,
  kCount
};
constexpr size_t kPropertyCount = static_cast<size_t>(Property::kCount);
const char* property_name(Property p);

constexpr int kNoBoundary = INT_MIN;
constexpr int kForeverBoundary = INT_MAX / 4;  // last/death of outputs and pinned inputs

// Sparse symbolic slot contents: value -> coefficient (zero entries dropped).
using Contents = std::map<ValueId, double>;

// v's coefficient in c (0 when absent).
inline double coefficient(const Contents& c, ValueId v) {
  auto it = c.find(v);
  return it == c.end() ? 0.0 : it->second;
}

// A value's liveness as a checker derived it (SPEC.md 3), for the words.
struct LifeFacts {
  bool needs_slot = false;
  bool read = false;     // some gate reads it
  bool forever = false;  // output or pinned input
  int birth = 0, death = 0, first = 0, last = 0;  // last >= kForeverBoundary: never erased
};

// An inexact handover's numbers (verify/numerics.h): the old and new
// values' ranges, the write's partial-sum bound against its limit, the worst
// rounding error that bound allows, and a concrete pair of floats for which
// the engine's sum loses the new value (when one was found).
struct NumericFacts {
  double old_lo = 0, old_hi = 0, new_lo = 0, new_hi = 0;
  int old_grid = 0, new_grid = 0;  // kNoGrid (model/value_ranges.h): none
  double partial = 0;              // the largest partial sum's magnitude
  double limit = 0;                // 2^(53+grid); 0: the terms share no grid
  int terms = 0;                   // terms in the engine's sum
  double worst_error = 0;          // what `terms` roundings at `partial` can lose
  bool has_witness = false;
  double witness_old = 0, witness_new = 0, witness_result = 0;  // result = fl(old + fl(new - old))
};

// Attention heads of one layer (d-model heads violations).
struct HeadDemand {
  int64_t lookup_heads = 0, dying = 0, passthrough = 0;
};

struct Violation {
  ViolationClass kind = ViolationClass::GraphMismatch;
  Property property = Property::GraphHash;
  // The gate at fault (phase-kind, layer-budget, precedence: the reader,
  // colocation: one of the pair, reads: the reader) and its phase.
  GateId gate = -1;
  int gate_phase = 0;
  // precedence: the producer; colocation: the gate it must share a layer with.
  GateId other_gate = -1;
  int other_gate_phase = 0;
  // The value at fault, and the second value: overwrite-live (overlap): the
  // value also given the slot; stale-value: the value holding the slot then
  // (placed at `boundary` when `written` has it with a positive coefficient).
  ValueId value = -1;
  ValueId other = -1;
  int slot = -1;
  int boundary = kNoBoundary;  // the boundary after which the fault shows
  int layer = -1;              // ffn-budget, d-model heads, layer-budget
  // What the rule expected and what the artifact has.
  Contents expected, found;  // slot contents (contents, reads, outputs)
  std::vector<Term> written;  // the terms written to `slot` at `boundary`
  Contents final_contents;    // contents classes: the slot after the last boundary
  LifeFacts life, other_life;  // of `value` and `other`
  int value_slot = -1;         // the slot-table entry of `value` (-1: none)
  int64_t limit = 0;   // the declared bound: d_model, layers, max_ffn, last boundary
  int64_t amount = 0;  // what was found against it: live values, reglus, heads
  HeadDemand heads;
  NumericFacts numeric;  // inexact-handover
  ReusePolicy policy = kDefaultPolicy;
  std::string artifact_graph_name, artifact_graph_sha256, graph_sha256;  // graph-mismatch
  std::string message;  // violation_message(graph, *this), filled by CheckerResult::add
};
std::string violation_line(const Violation& v);  // "[class] message"

// A value the allocation keeps in a slot beyond need (docs/VERIFY.md,
// "Waste"): safe, reported, not a violation.
enum class WasteKind : uint8_t {
  UnreadInput,  // an input no gate reads, written by the embedding and erased
  NotNeeded,    // a produced value that needs no slot (internal or unread), written and erased
  LateErase,    // a slot-needing value erased after its erase boundary E
  EntryOnly,    // a slot-table entry for a value that needs no slot, never written
};
const char* waste_kind_name(WasteKind k);

struct Waste {
  ValueId value = -1;
  int slot = -1;
  WasteKind kind = WasteKind::EntryOnly;
  // The boundaries after which the value is in its slot without need, as
  // closed ranges of odd boundaries; empty for EntryOnly.
  std::vector<std::pair<int, int>> ranges;
  int boundaries = 0;  // how many boundaries the ranges hold
  LifeFacts life;
  bool operator==(const Waste& o) const {
    return std::tie(value, slot, kind, ranges) == std::tie(o.value, o.slot, o.kind, o.ranges);
  }
};
// Appends the odd boundaries lo, lo+2, ..., hi (ascending, after the
// entry's last range) to a waste entry, merging adjacent ranges.
void add_waste_range(Waste& w, int lo, int hi);

struct CheckerResult {
  std::string checker;  // "direct" or "z3"
  std::vector<Violation> violations;
  std::array<bool, kPropertyCount> failed{};  // per property: a violation was found
  std::vector<Waste> waste;      // sorted by value; meaningful when no violation was found
  bool slot_checks_run = false;  // false when the schedule is illegal (liveness undefined)
  int queries = 0;               // SMT queries posed (z3 checker)
  bool undecided = false;        // a solver answered unknown
  std::string undecided_reason;

  bool safe() const { return !undecided && violations.empty(); }
  // Records a violation, marks its property and words it (violation_text.h);
  // a repeat of the same (property, class, slot, value, gate) only marks.
  void add(const Graph& g, Violation v);

 private:
  std::set<std::tuple<int, int, int, int, int>> seen_;  // property, class, slot, value, gate
};
constexpr size_t kMaxStoredViolations = 200;

// A slot whose contents after a boundary differ from what they should be:
// what a checker saw there. Reporting only: the checker has decided that
// they differ; classify_contents_mismatch names the values at fault.
struct ContentsMismatch {
  int slot = -1, boundary = 0;
  Contents found;                 // the slot after the boundary
  std::vector<ValueId> intended;  // must hold it there, coefficient 1 (sorted)
  std::vector<ValueId> waste_ok;  // may also hold it, beyond need, coefficient 1 (sorted)
  std::vector<Term> written;      // written to the slot at the boundary
  Contents final_contents;        // the slot after the last boundary
};
// `slot_of`: the slot table; `facts`: the checker's liveness of a value.
std::vector<Violation> classify_contents_mismatch(const ContentsMismatch& m, const std::vector<int>& slot_of,
                                                  const std::function<LifeFacts(ValueId)>& facts);

}  // namespace sp
