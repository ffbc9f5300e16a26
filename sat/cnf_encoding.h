// The question "is there a legal schedule of this graph in N layers, under
// reuse policy P (and FFN budget F), whose width_bound is at most K?" as a
// CNF formula in DIMACS text (docs/CNF.md is the full specification, precise
// enough to rebuild the bytes).
//
// width_bound is model/liveness.h's: the widest boundary's occupancy and the
// largest head demand 2*lookup_heads + dying + passthrough of any layer. The
// formula is satisfiable exactly when such a schedule exists; d_model <= K
// for an even K is the same question. An unsatisfiable answer for K = D-2,
// checked as a DRAT proof, certifies that d_model D is optimal.
//
// Variables: an order encoding of each gate's phase over its legal phases in
// the ASAP/ALAP window (y = "phase(g) <= p"), so precedence and co-location
// are binary clauses; indicator variables implied by the conditions of
// occupancy, dying, passthrough, lookup heads and FFN use; totalizers for the
// "at most" rows. The output is deterministic: the same graph and query give
// the same bytes.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"

namespace sp {

struct CnfQuery {
  int layers = 1;
  ReusePolicy policy = kDefaultPolicy;
  std::optional<int> max_ffn;  // at most F reglus in one layer
  int width_bound = 0;         // K: every occupancy and every head demand <= K
};

// Gate g's phase variables: phases[i] are its legal phases in its window,
// ascending; variable first_var + i means "phase(g) <= phases[i]" for
// i < phases.size() - 1 (the last one would always be true).
struct PhaseVars {
  std::vector<int> phases;
  int32_t first_var = 0;
};

struct CnfEncoding {
  std::string dimacs;
  int32_t variables = 0;
  uint64_t clauses = 0;
  int layers = 0;
  std::vector<PhaseVars> gates;  // per gate; empty when a phase window is (the formula is then "0")
};

// Throws InputError when N < 1 or the graph's co-location contradicts precedence.
CnfEncoding encode_schedule_cnf(const Graph& g, const CnfQuery& q);

// A SAT solver's model from its "v" lines: element v is 1 when variable v is
// true (index 0 unused). Variables it does not mention are false. Throws
// InputError when the output has no "v" lines or they do not end with 0.
std::vector<uint8_t> parse_sat_model(std::string_view solver_output, int32_t variables);

// The schedule a model describes: phase(g) is the first of g's phases whose
// "<=" variable is true, else its last phase.
Schedule decode_schedule(const CnfEncoding& enc, const std::vector<uint8_t>& model);

}  // namespace sp
