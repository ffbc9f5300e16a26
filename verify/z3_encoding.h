// The SMT checker: the properties of SPEC.md 4 as Z3 queries (C++ API).
//
// Encoding (every query: the negation of a property; unsat = proven):
//   phases     one Int constant per gate, fixed to the artifact's phase by an
//              equality (named, so unsat cores say which phases a proof uses)
//   birth(v)   the producer's phase constant, -1 for inputs
//   death(v)   max-term over the readers' phase constants (ite chain), a
//              large constant for outputs and pinned inputs
//   first/last the slot range in boundaries, from birth/death by parity
//              (mod 2) terms; needs(v) = not unused and not internal
//              (death <= birth + 1 for lookup/reglu values) as a Bool term
//   values     one Real per value: the unknown scalar it carries
//   contents   C_s(c) = sum over writes w to slot s of ite(c >= b_w, delta_w, 0)
//              with c an Int variable: Z3 picks the boundary
// Queries are local: per slot, (a) two values of the slot hold it at one
// boundary (interval overlap, closed under delayed reuse, half-open under
// immediate), (b) a write touches the slot while a value in it is still
// needed, (c) C_s(c) differs from the sum of the values that should hold the
// slot at c, for some c and some values, (d) some read (or the output head)
// sees C_s(read boundary) != its value; globally, one query per schedule rule
// (phase kinds, layer budget, precedence, co-location, FFN budget), slot
// indices, write shape, missing slots, and d_model (parity, occupancy with a
// free boundary variable, attention heads with a free layer variable).
// A sat answer's model names the boundary / read / value; the counterexample
// is built from it. Up to `max_models` models per query (each one blocked).
#pragma once
#include <cstdint>
#include <string>

#include "model/artifact.h"
#include "model/graph.h"
#include "verify/violation.h"

namespace sp {

class ProofSink;

struct Z3Options {
  unsigned rlimit = 50'000'000;  // per query; deterministic, unlike a timeout
  unsigned max_models = 8;       // per failing query
  ProofSink* proofs = nullptr;   // record every query (and ask Z3 for proofs)
};

CheckerResult run_z3_checker(const Graph& g, const Artifact& a, const Z3Options& opt = {});
std::string z3_version();  // "4.8.12" (Z3_get_version)

}  // namespace sp
