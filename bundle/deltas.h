// Greedy against MILP on every workload of a profile, under both reuse
// policies: layers, d_model, heads, FFN width, parameters, multiply-adds per
// token and measured token rate (bundle/forward.h), rendered as the Markdown
// tables of docs/DELTAS.md.
#pragma once
#include <iosfwd>
#include <cstdint>
#include <string>
#include <vector>

#include "bundle/forward.h"
#include "bundle/profile.h"
#include "model/progress.h"

namespace sp {

struct ScheduleFigures {
  int layers = 0, d_model = 0, heads = 0, ffn_width = 0;
  ForwardFigures forward;
};

// The optimality certificate of a proven MILP optimum (certify/certify.h).
struct CertificateFigures {
  std::string verdict = "skipped";  // "certified optimal", "not certified (solver timeout)", "refuted", ...
  int32_t cnf_variables = 0;
  uint64_t cnf_clauses = 0, proof_bytes = 0;
  double solve_seconds = 0, check_seconds = 0;
};

// One policy's MILP result on a workload.
struct PolicyFigures {
  ScheduleFigures greedy, milp;  // greedy under the same policy, and the MILP
  std::string milp_status;       // "proven optimal", "feasible with gap", ...
  double milp_gap = 0;
  double milp_seconds = 0;
  int write_terms = 0;
  CertificateFigures certificate;
};

struct DeltaRow {
  std::string workload;
  int gates = 0;
  PolicyFigures delayed, immediate;
};

struct DeltaOptions {
  int threads = 1;
  int certify_time_limit_s = 300;  // CaDiCaL's limit per certificate; 0: none
  double forward_seconds = 0.3;  // per measurement
  int context = 64;
  std::string bundles;  // non-empty: the rows came from these bundles (deltas_from_bundles)
};

std::vector<DeltaRow> measure_deltas(const Profile& profile, const DeltaOptions& opt, const ReportFn& report);

// The same rows from proof bundles made of this profile (DIR/NAME/, one per
// workload, `slotproof bundle-profile`): the MILP schedules, statuses and
// certificates are the bundles', so docs/DELTAS.md and proofs/ tell one story;
// greedy is re-run (deterministic) and every token rate is measured here.
// Solve and certificate times are not in a bundle (they are not deterministic)
// and are left out of the tables. Throws InputError when a bundle is missing or
// was made of another workload file (its recorded hash differs).
std::vector<DeltaRow> deltas_from_bundles(const Profile& profile, const std::string& dir, const DeltaOptions& opt,
                                          const ReportFn& report);
std::string render_deltas_markdown(const Profile& profile, const std::vector<DeltaRow>& rows, const DeltaOptions& opt);

}  // namespace sp
