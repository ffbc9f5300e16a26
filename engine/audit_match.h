// Matching a unit's rows (weights over residual slots) against a graph gate's
// expressions (coefficients over values), given what each slot holds.
//
// A row matches an expression when there is a one-to-one pairing of the
// row's terms (slot s, weight w) with the expression's terms (value a,
// coefficient c) such that w equals c times the row's scale within
// kCoefTolerance, and slot s *offers* a:
//   * strictly: the slot's contents hold a (with any nonzero coefficient: a
//     wrong coefficient is the write program's fault, which verify judges);
//   * by binding: a is an input not yet tied to a slot and the slot holds the
//     embedding placeholder of an embedding slot not yet tied to an input; the
//     match then ties them (this is how each input's slot is derived);
//   * as a wildcard (relaxed matching only): the slot holds no live value, so
//     the unit can only mean to read a there. The read is recorded; whether
//     the slot really holds a then is verify's question (read-before-write).
// All rows of one unit are matched together, so a binding is the same in all.
//
// Tolerance (docs/AUDIT.md): |w - c*scale| <= 1e-12 * max(|w|, |c*scale|).
// transformer-vm stores every coefficient exactly except attention queries,
// which are c * 1e10 * sqrt(2) rounded in float64 twice: relative error at
// most about 4.5e-16. The closest pair of distinct coefficients in a gate of
// the reference graph differ by 4.7e-10 relative (-2147483647 and
// -2147483648 in reglu_100 / reglu_101), so 1e-12 sits three orders of
// magnitude from both. The tolerance only decides which gate a unit computes;
// the write program (placements, subtractions) is passed to verify exactly.
#pragma once
#include <cstddef>
#include <functional>
#include <vector>

#include "engine/audit_units.h"
#include "model/graph.h"
#include "verify/violation.h"  // Contents

namespace sp::audit {

inline constexpr double kCoefTolerance = 1e-12;
bool coef_equal(double w, double c);

// A symbol in the stream: a graph value (< n_values) or the embedding
// placeholder of slot s (n_values + s), an input not yet identified.
using Atom = int32_t;

// The stream a unit reads.
struct Stream {
  int n_values = 0;
  const std::vector<Contents>* slots = nullptr;  // keys are atoms
  const std::vector<int>* input_slot = nullptr;  // per value: an input's tied embedding slot, -1
  const std::vector<uint8_t>* is_input = nullptr;
  std::function<bool(Atom)> live;  // may still be read (relaxed matching)
};

struct Binding {
  int slot;
  ValueId input;
  bool operator==(const Binding&) const = default;
};
struct Read {
  ValueId value;
  int slot;
  bool wildcard;
  bool operator==(const Read&) const = default;
};
struct Match {
  std::vector<Binding> bindings;  // sorted by slot
  std::vector<Read> reads;        // in goal order
  int wildcards = 0;
};

struct RowGoal {
  const SlotRow* row;
  const Expr* expr;  // zero coefficients removed (clean_expr)
  double scale = 1.0;
};

Expr clean_expr(const Expr& e);  // drops zero coefficients

// Thrown when a search takes more than kMatchSteps steps: rows of many
// terms with equal weights over slots that could each be several values
// pair up in factorially many ways. The caller turns it into bad input
// naming the unit, so no weight file can make the audit hang.
inline constexpr long kMatchSteps = 1000000;
struct MatchTooComplex {};

// Every distinct way (at most `cap`) the rows match the expressions
// together; empty when they do not. Throws MatchTooComplex.
std::vector<Match> match_rows(const Stream& st, const std::vector<RowGoal>& goals, bool relaxed, size_t cap = 16);

}  // namespace sp::audit
