// `slotproof audit-model`: the schedule, slot map and write program a compiled
// transformer-vm weight file really implements, extracted from the weights
// and proven with verify's two checkers (docs/AUDIT.md).
//
//   model_bin    reads the file strictly (exit 2 on anything malformed)
//   audit_units  each head and neuron as sparse rows over residual slots
//   audit_match  a unit's rows against a gate's expressions (the tolerance)
//   audit_walk   the symbolic execution: abstract state and transfer
//                functions are stated in audit_walk.h; audit_walker.h is the
//                walker its files share: audit_walk (state, sublayers, the
//                fixpoint), audit_options (how a unit reads as a gate or a
//                passthrough), audit_persist (persist folding), audit_search
//                (the search over ambiguous units)
//   audit        (here) the slot table, the schedule and the artifact; then
//                verify_artifact
//   audit_expect differences from an expected artifact
//   audit_text   every line the audit prints
//
// From the walk to the artifact:
//   phases       a gate's phase is where a unit (lookups 4L, reglus 4L+2) or a
//                write row (persists, at the boundary they are folded) computes
//                it. A gate nothing computes is accepted only if nothing needs
//                it (no output and no computed gate depends on it): such dead
//                code leaves no trace in the weights and is placed at its
//                earliest legal phase; any other is bad input (exit 2).
//   slot table   an input's slot is the embedding slot matching tied to it; any
//                other value's is the slot its first reader reads it from (the
//                readers define where a value must be; verify then checks the
//                writes put it there), or, for a value no unit reads from the
//                stream, the slot its birth boundary writes it into
//                (coefficient 1 first, then the lowest slot). Two readers that
//                read one value from different slots are an audit finding
//                (exit 1).
//   writes       the walk's write program, exactly as the weights compute it
//   policy       immediate-reuse if some write places a value into a slot
//                and subtracts, with coefficient -1, a value the slot held
//                with coefficient 1 (a `+new -old` handover), else
//                delayed-reuse (stale values a passthrough carries along do
//                not count)
//   d_model, layers  the header's
#pragma once
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "engine/audit_text.h"
#include "engine/model_bin.h"
#include "model/artifact.h"
#include "model/graph.h"
#include "verify/verify.h"

namespace sp::audit {

struct AuditStats {
  int lookup_heads = 0, passthrough_heads = 0, inert_heads = 0;
  int reglu_neurons = 0, passthrough_neurons = 0, inert_neurons = 0;
  int wildcard_reads = 0;  // reads of a value from a slot that held no live value
  int tied_readings = 0;   // other readings of the weights as good as the one audited (all unsafe)
  int walks = 0;           // runs of the symbolic execution the search over ambiguous units took
};

struct Extraction {
  Artifact artifact;
  std::vector<GateId> unobservable;     // dead gates placed at their earliest phase
  std::vector<ValueId> by_elimination;  // inputs tied to the last untied embedding slots
  std::vector<Finding> findings;        // exit 1 beyond verify
  bool handover = false;                // some write is `+new -old`
  AuditStats stats;
};

// Throws InputError (exit 2) when the weights do not compute the graph.
Extraction extract_artifact(const Graph& g, const ModelBin& m);

struct AuditOutcome {
  Extraction x;
  VerifyOutcome verify;
  bool compared = false;  // --expect given
  std::vector<Difference> differences;
  std::vector<std::string> notes;  // how the comparison was made
  int exit_code = 0;               // 0 safe (and no difference), 1 violation or difference, 3 undecided
};

AuditOutcome audit_model(const Graph& g, const ModelBin& m, const VerifyOptions& opt = {},
                         const Artifact* expected = nullptr);

// Every difference between the extracted artifact and `expected` (compared
// under transformer-vm's fixed-slot renaming when the expected artifact puts
// the position features elsewhere; gates the weights cannot show are
// skipped). `notes` says which of these applied.
std::vector<Difference> compare_artifacts(const Graph& g, const Extraction& x, const Artifact& expected,
                                          std::vector<std::string>& notes);

// The report: the model, what was matched, findings, verify's outcome, the
// differences (at most `limit` lines of each list).
void print_audit(std::ostream& os, const Graph& g, const ModelBin& m, const AuditOutcome& o, size_t limit = 20);

}  // namespace sp::audit
