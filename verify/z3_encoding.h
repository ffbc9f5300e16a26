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
// Large artifacts: the per-slot queries are split into boundary windows
// chained by the contents each window proves (one query per window, the
// disjunction of its properties' negations, split up only when sat), and
// the d_model queries into boundary / layer windows; which values a window
// mentions is certified by Z3 (liveness-bounds, slot-NNNN-windows).
// docs/VERIFY.md, "Windows".
// A sat answer's model names the boundary / read / value; the counterexample
// is built from it. Up to `max_models` models per query (each one blocked).
#pragma once
#include <cstddef>
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
  // Bytes of Z3 proof object kept per query in the proof directory; a larger
  // proof is replaced by its size and SHA-256 in NAME.z3.txt.
  size_t max_proof_bytes = size_t{1} << 20;
  // With `proofs`: ask Z3 for proof objects and minimised unsat cores. Off
  // for the packed layout (large artifacts): queries and verdicts only, and
  // Z3 runs several times faster without proof generation.
  bool proof_objects = true;
  // Windowing (docs/VERIFY.md, "Windows"): a slot's boundaries are split
  // into windows of about this many events (writes + reads); the d_model
  // occupancy query into windows of this many odd boundaries, the heads
  // query into blocks of this many layers; the liveness-bounds certificate
  // into blocks of this many values. An artifact small enough for one
  // window everywhere gets exactly the unwindowed queries.
  unsigned slot_window_events = 16;
  unsigned boundary_window = 16;
  unsigned layer_window = 32;
  unsigned bounds_block = 256;
};

CheckerResult run_z3_checker(const Graph& g, const Artifact& a, const Z3Options& opt = {});
std::string z3_version();  // "4.8.12" (Z3_get_version)

}  // namespace sp
