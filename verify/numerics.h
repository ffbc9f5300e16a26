// The float64 rule (docs/NUMERICS.md) as both checkers see one write.
//
// An engine computes a slot's write at a boundary as one float64 sum of the
// terms of its delta (each new value's own terms: a persist's expression,
// any other value itself; and -1 times each old value's float, read back
// from the slot), then adds that sum to the slot. A write that subtracts a
// value and places another (a handover) yields exactly the new value when
// the sum is exact (model/value_ranges.h, SumBound::exact); otherwise the
// new value can be lost in the rounding of a large old one.
//
// Detection is each checker's own (the direct checker by the closed form of
// SumBound, the Z3 checker by a query for a partial sum past the limit);
// the facts a violation carries are computed here, once, so that both
// checkers report the same numbers.
#pragma once
#include <vector>

#include "model/artifact.h"
#include "model/graph.h"
#include "model/value_ranges.h"
#include "verify/violation.h"

namespace sp {

// The engines the rule can be judged for (`verify --engine`).
enum class Engine : uint8_t {
  Float64,  // adds each sublayer's output to the residual in float64 (transformer-vm's C++ and Python engines)
  Exact,    // adds residual updates without rounding: the float64 rule is not checked
};
const char* engine_name(Engine e);  // "float64", "exact"

// A write that subtracts a value and adds one: a negative and a positive term.
bool is_handover(const Write& w);
// The terms the engine sums for the write (persist values expanded).
std::vector<Term> engine_terms(const Graph& g, const Write& w);
// The words' numbers for an inexact handover (violation.h, NumericFacts).
NumericFacts handover_facts(const Graph& g, const ValueRanges& r, const Write& w);
// The inexact-handover violation of write w, as both checkers record it.
Violation inexact_handover(const Graph& g, const ValueRanges& r, const Write& w, ReusePolicy policy);

}  // namespace sp
