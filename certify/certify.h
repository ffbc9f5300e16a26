// `slotproof certify`: a re-checkable certificate that a schedule artifact's
// d_model D is optimal for its layer budget, reuse policy and FFN budget.
//
// The claim "no legal schedule has width_bound <= D-2" is encoded as a CNF
// (sat/cnf_encoding.h), refuted by CaDiCaL with a DRAT proof, and the
// proof is checked by our own checker (certify/drat_check.h). The directory
// holds the CNF, the proof and certificate.json (`slotproof-certificate/1`,
// docs/CNF.md); check_certificate re-derives the CNF from the graph and
// re-checks the proof, so a certificate is worth exactly its re-check.
//
// Exit codes: 0 certified optimal; 1 refuted (a schedule with d_model <= D-2
// exists: it is written to witness.json) or the artifact's claim does not
// hold for its own schedule; 3 not certified (solver timeout or failure, or
// the checker rejected the proof: that never counts as certified); bad input
// (2) is thrown as InputError.
#pragma once
#include <string>
#include <vector>

#include "model/graph.h"

namespace sp {

struct CertifyOptions {
  std::string out_dir;
  int time_limit_s = 300;  // for cadical (wall clock); the proof check has no limit
};

struct CertifyOutcome {
  int exit_code = 0;
  std::string verdict;             // as written to certificate.json (empty when none was written)
  std::vector<std::string> lines;  // for stdout, wall-clock times included
  // Figures for reports (docs/DELTAS.md): sizes, and elapsed seconds (not deterministic).
  uint64_t cnf_clauses = 0, cnf_bytes = 0, proof_bytes = 0, lemmas = 0;
  int32_t cnf_variables = 0;
  double solve_seconds = 0, check_seconds = 0;
};

CertifyOutcome certify_artifact(const Graph& g, const std::string& artifact_path, const CertifyOptions& opt);

enum class CertificateStatus {
  Certified,     // "certified optimal": the CNF re-derives byte for byte and the proof checks
  Refuted,       // "refuted": the witness schedule is legal with width_bound <= K
  NotCertified,  // the certificate claims nothing (solver timeout, failure, rejected proof)
  Invalid,       // something recorded does not re-check: the message says what
};
const char* certificate_status_name(CertificateStatus s);

struct CertificateCheck {
  CertificateStatus status = CertificateStatus::Invalid;
  std::string message;  // one line
};

// Re-checks DIR/certificate.json against the graph. Throws InputError when
// the certificate file is missing or not a slotproof-certificate/1 document.
CertificateCheck check_certificate(const std::string& dir, const Graph& g);

}  // namespace sp
