// The one place that turns the checkers' records into words: a violation's
// one-line message and a waste entry's line. Both checkers record data only
// (verify/violation.h), so the same violation found by both prints the same
// words. Names are escaped (quote_name, quoted_gate_label): a name holding a
// newline cannot split a line.
#pragma once
#include <string>
#include <vector>

#include "model/graph.h"
#include "verify/violation.h"

namespace sp {

std::string violation_message(const Graph& g, const Violation& v);
std::string waste_message(const Graph& g, const Waste& w);  // "'v' (slot 12): ..."

std::string contents_text(const Graph& g, const Contents& c);  // "'a' - 2*'b'", "0"
std::string delta_text(const Graph& g, const std::vector<Term>& delta);

}  // namespace sp
