// `slotproof verify`: runs both checkers on one artifact, compares them
// property by property and on the waste list, optionally writes the proof
// directory, and maps the outcome to the exit codes (0 proven safe, with or
// without waste; 1 violation; 3 undecided or the checkers disagree; bad
// input, 2, is thrown as InputError before this).
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include "model/artifact.h"
#include "model/graph.h"
#include "verify/numerics.h"
#include "verify/proof_output.h"
#include "verify/violation.h"
#include "verify/z3_encoding.h"

namespace sp {

struct VerifyOptions {
  std::string proof_dir;  // empty: no proof artifacts
  ProofLayout proof_layout = ProofLayout::PerQuery;  // Packed: no proof objects (proof_output.h)
  Z3Options z3;
  // The arithmetic the artifact will meet (verify/numerics.h): Float64 checks
  // the float64 rule in both checkers; only a declared Exact turns it off.
  Engine engine = Engine::Float64;
  ProgressFn progress;  // a phase event per checker (and Z3's per-query events)
};

// A violation as the two checkers' lists merge (by class, slot, value and
// gate), with the checkers that found it.
struct FoundViolation {
  Violation violation;
  bool direct = false, z3 = false;
};

struct VerifyOutcome {
  CheckerResult direct, z3;
  std::vector<std::string> disagreements;  // properties the checkers judge differently, solver troubles
  Cvc5Outcome cvc5;
  int exit_code = 0;
  // Every violation once, the direct checker's order then Z3's own, and
  // each as a line "[class] message  (direct, z3)".
  std::vector<FoundViolation> found;
  std::vector<std::string> lines;
  std::string artifact_sha256;  // as given to verify_artifact (verify_files: of the file's bytes)
  // Values kept beyond need (safe, docs/VERIFY.md "Waste"), by value: the
  // list both checkers computed, when neither found a violation; and
  // whether they computed the same list (a difference is exit 3).
  std::vector<Waste> waste;
  std::vector<std::string> waste_lines;  // waste_message of each entry
  bool waste_agree = true;
};

VerifyOutcome verify_artifact(const Graph& g, const Artifact& a, const VerifyOptions& opt = {},
                              const std::string& artifact_sha256 = "");

// Reads the artifact file: bad input throws InputError, except that an
// artifact whose graph SHA-256 differs from the graph's is judged (a
// graph-mismatch violation) before its names are resolved against the graph.
VerifyOutcome verify_files(const Graph& g, const std::string& artifact_path, const VerifyOptions& opt = {});

// The violation lines (at most `limit`), the waste ("waste: N values kept
// beyond need" and at most `waste_limit` entries), disagreements, verdict.
void print_outcome(std::ostream& os, const VerifyOutcome& o, size_t limit = 20, size_t waste_limit = 5);

}  // namespace sp
