// The SMT checker: the properties of SPEC.md 4 as Z3 queries (C++ API).
// Every query is the negation of a property; unsat = proven.
//
// The layer, by job:
//   z3_smt.h     the SMT wrapper: context, solver, params, check() returning
//                unsat / sat with model / unknown with reason, proofs and
//                unsat cores into the ProofSink, query names
//   z3_terms.h   the symbolic liveness: phase, birth, death, first, last,
//                needs (and the windowed variants), values as Reals
//   z3_global.cpp  graph hash, schedule rules, slot indices, write shape,
//                missing slots, the liveness-bounds certificate, d_model
//                (parity, occupancy per window of boundaries, heads per
//                block of layers)
//   z3_slot.cpp  per slot and window: disjoint, windows (certificate),
//                no-overwrite, contents (with the waste the checker claims),
//                reads; one property per function, chosen by SlotProperty
//   z3_checks.h  what the checks share (Z3Env) and their entry points
//   here         run_z3_checker: the order of the checks
// Large artifacts: the per-slot queries are split into boundary windows
// chained by the contents each window proves (one query per window, the
// disjunction of its properties' negations, split up only when sat), and
// the d_model queries into boundary / layer windows; which values a window
// mentions is certified by Z3 (liveness-bounds, slot-NNNN-windows).
// docs/VERIFY.md, "Windows". A sat answer's model names the boundary /
// read / value; the counterexample is built from it. Up to `max_models`
// models per query (each one blocked).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

#include "model/progress.h"
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
  // Progress: "Z3: N queries (NAME)" per query; the CLI's printer throttles it.
  ProgressFn progress;
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
  // The float64 rule on every handover write (docs/NUMERICS.md); off for an
  // engine declared exact (`verify --engine exact`).
  bool numerics = true;
};

CheckerResult run_z3_checker(const Graph& g, const Artifact& a, const Z3Options& opt = {});
std::string z3_version();  // "4.8.12" (Z3_get_version)

}  // namespace sp
