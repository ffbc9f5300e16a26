// Entry points shared by the libFuzzer targets (fuzz/fuzz_graph.cpp,
// fuzz/fuzz_artifact.cpp, fuzz/fuzz_manifest.cpp, fuzz/fuzz_certificate.cpp) and tests/test_hardening.cpp, so the test suite
// replays the committed corpus through exactly the code the fuzzer runs.
//
// The contract for any input bytes: the readers either accept them or throw
// InputError (returned here as Outcome::Rejected); anything else -- another
// exception, a crash, a sanitizer report, a hang -- is a finding. Accepted
// inputs go further (levels, greedy, the checkers), and a few cross-checks
// that must hold for every valid input throw Finding.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/graph.h"

namespace sp::fuzz {

enum class Outcome { Rejected, Accepted };

struct EntryOptions {
  bool z3 = true;  // artifacts: run verify (direct checker + Z3), not only the direct checker
  // Artifacts: a disagreement between two checkers that both ran to a verdict is a Finding.
  bool strict_agreement = false;
};

// A property violated by a valid input (not a crash): e.g. a greedy artifact
// that does not read back, or that the direct checker rejects.
struct Finding : std::logic_error {
  using std::logic_error::logic_error;
};

// Graph bytes: parse, levels, and for small graphs greedy (both policies, with
// and without an FFN budget), the artifact's JSON round trip and the direct checker.
Outcome graph_entry(std::string_view bytes, const EntryOptions& opt = {});

// Artifact bytes, read against the built-in graph whose SHA-256 the artifact
// names (the first one if none): as `slotproof verify` does (verify_files on
// a scratch file: the graph-hash check, the reader, the direct checker and
// Z3); with z3 off or for large artifacts, the reader and the direct checker.
Outcome artifact_entry(std::string_view bytes, const EntryOptions& opt = {});

// Bundle manifest bytes (slotproof-bundle/2) through check-bundle's reader.
Outcome manifest_entry(std::string_view bytes, const EntryOptions& opt = {});

// certificate.json bytes (slotproof-certificate/1) through check_certificate's
// strict reader (certify/certificate_json.h).
Outcome certificate_entry(std::string_view bytes, const EntryOptions& opt = {});

// The entry for a corpus directory's kind: "graph", "artifact", "manifest" or "certificate".
Outcome entry_for(std::string_view kind, std::string_view bytes, const EntryOptions& opt = {});

// The built-in graphs artifacts are read against, and their exact bytes.
size_t builtin_graph_count();
const Graph& builtin_graph(size_t i);
const std::string& builtin_graph_text(size_t i);

}  // namespace sp::fuzz
