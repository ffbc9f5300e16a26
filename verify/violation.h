// The one error type both checkers report (direct_checker and z3_encoding),
// and the properties they are compared on.
//
// A Violation names the rule broken (its class), the property (check family)
// that found it, and where: gate, value, slot, boundary and a second value
// when two are involved. `message` is one line a person can act on.
//
// The two checkers must agree per Property (both find a violation of it or
// neither does); the classes inside a property are for the reader.
#pragma once
#include <array>
#include <climits>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <vector>

#include "model/graph.h"

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
  StaleValue,        // a dead value left in its slot (subtraction missing)
  WrongCoefficient,  // a slot holds a value with a coefficient other than 0 or 1
  StrayValue,        // a value in a slot the allocation does not give it
  WriteBeforeBirth,  // a value written before its producer ran
  ReadBeforeWrite,   // a read (or the slot contents) lacks the value that should be there
  MisplacedOutput,   // an output not in its slot after the last boundary
};
const char* class_name(ViolationClass c);

// Check families: the unit on which the two checkers must agree.
enum class Property : uint8_t {
  GraphHash, PhaseKind, LayerBudget, Precedence, Colocation, FfnBudget, SlotRange, DModel,
  WriteShape, SlotAssigned, NoOverwrite, Contents, Reads,
  kCount
};
constexpr size_t kPropertyCount = static_cast<size_t>(Property::kCount);
const char* property_name(Property p);

constexpr int kNoBoundary = INT_MIN;

struct Violation {
  ViolationClass kind = ViolationClass::GraphMismatch;
  Property property = Property::GraphHash;
  GateId gate = -1;
  ValueId value = -1;
  int slot = -1;
  int boundary = kNoBoundary;
  ValueId other = -1;
  std::string message;
};
std::string violation_line(const Violation& v);  // "[class] message"

struct CheckerResult {
  std::string checker;  // "direct" or "z3"
  std::vector<Violation> violations;
  std::array<bool, kPropertyCount> failed{};  // per property: a violation was found
  bool slot_checks_run = false;  // false when the schedule is illegal (liveness undefined)
  int queries = 0;               // SMT queries posed (z3 checker)
  bool undecided = false;        // a solver answered unknown
  std::string undecided_reason;

  bool safe() const { return !undecided && violations.empty(); }
  void add(Violation v);  // records it and marks its property (deduplicates)

 private:
  std::set<std::tuple<int, int, int, int, int>> seen_;  // property, class, slot, value, gate
};
constexpr size_t kMaxStoredViolations = 200;

// Sparse symbolic slot contents: value -> coefficient (zero entries dropped).
using Contents = std::map<ValueId, double>;
std::string contents_text(const Graph& g, const Contents& c);  // "a - 2*b", "0"
std::string delta_text(const Graph& g, const std::vector<Term>& delta);

// What the classifier needs to know about a value in a slot, from whichever
// checker calls it (the direct checker's own lifetimes, or Z3's model).
struct LifeFacts {
  bool needs_slot = false;
  int birth = 0, death = 0, first = 0, last = 0;  // last >= kForeverBoundary: never erased
  bool forever = false;
};
constexpr int kForeverBoundary = INT_MAX / 4;

// Explains why `actual` differs from `intended` in `slot` after `boundary`
// (reporting only: the caller has already decided that they differ).
// `slot_of` is the allocation's slot per value; `placed_here` the terms
// written to this slot exactly at `boundary` (for "places X without ...").
void explain_contents_difference(const Graph& g, int slot, int boundary, const Contents& actual,
                                 const std::vector<ValueId>& intended, const std::vector<int>& slot_of,
                                 const std::function<LifeFacts(ValueId)>& facts,
                                 const std::vector<Term>& placed_here, CheckerResult& out);

}  // namespace sp
