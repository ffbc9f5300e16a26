// certificate.json (`slotproof-certificate/1`, docs/CNF.md) as the re-check
// reads it: strictly, with the reader the bundle manifest uses
// (model/json_strict.h). Every field is typed and range-checked, the objects
// are closed (an unknown field is refused, not ignored), file names are
// plain names, and the verdict agrees with the solver's answer and the
// checker's verdict; docs/FORMATS.md lists the ranges. A certificate that
// passes the reader can still fail the re-check (exit 1); one that does not
// is bad input (exit 2), refused before any encoding or proof checking, so a
// certificate claiming a million layers costs nothing.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "model/liveness.h"

namespace sp {

// Certificates cover layer budgets up to this. The CNF grows with the gates
// times 4 * layers phases (every gate's window widens with the budget), so a
// larger budget is beyond what the encoding and the DRAT checker's 2^24
// variables handle for any graph worth certifying; profile v2's deepest
// workload has 24 layers. `certify` refuses such artifacts too.
constexpr int kMaxCertificateLayers = 4096;

// certificate.json's format field, written by certify and required by its reader.
inline constexpr const char* kCertificateFormat = "slotproof-certificate/1";

struct CertificateDoc {
  std::string graph_name, graph_sha256, artifact_sha256, verdict;
  int layers = 0;
  ReusePolicy policy = ReusePolicy::Delayed;
  std::optional<int> max_ffn;
  int d_model = 0, width_bound = 0;  // width_bound == d_model - 2
  struct Cnf {
    std::string file, sha256;
    uint64_t variables = 0, clauses = 0, bytes = 0;
  } cnf;
  struct Proof {
    std::optional<std::string> file;  // none when not kept
    bool kept = true;
    bool binary = true;
    std::string sha256;
    uint64_t bytes = 0, stored_bytes = 0, lemmas = 0, deletions = 0;
  };
  std::optional<Proof> proof;
  struct Witness {
    std::string file;
    int d_model = 0, width_bound = 0;
  };
  std::optional<Witness> witness;
  std::string solver_answer;                   // sat / unsat / unknown
  std::optional<std::string> checker_verdict;  // verified / rejected / none
};

// Throws InputError naming `source` and the field.
CertificateDoc parse_certificate(const std::string& text, const std::string& source);

}  // namespace sp
