// Proof bundles (proofs/NAME/): everything needed to trust one workload's
// schedules under both reuse policies, and to notice when they go stale.
//
//   manifest.json          format slotproof-bundle/2: tool and solver
//                          versions, workload path and SHA-256, options, per
//                          policy the MILP's levels and the GLPK / Z3
//                          cross-checks, every artifact's verdict, and the
//                          SHA-256 of every other file
//   greedy.json            greedy baseline artifact (immediate reuse)
//   milp-delayed.json      MILP artifact under delayed reuse, and
//   milp-immediate.json    under immediate reuse
//   milp-POLICY.mps.xz     the d_model model CBC solved (GLPK re-solved it)
//   verify-ARTIFACT/       `slotproof verify --proof-dir --packed` output:
//                          queries.smt2.xz, verdicts.txt, manifest.json
//   certificate-POLICY/    `slotproof certify` of a proven optimum: the CNF
//                          "width_bound <= D-2", CaDiCaL's DRAT proof of it
//                          (our own checker verified it), certificate.json;
//                          only certificate.json when not certified, and no
//                          proof when its stored size is over the budget
//
// Bundles carry no wall-clock times, so regenerating one from the same inputs
// gives the same bytes (MILP runs that hit their time limit excepted).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/liveness.h"
#include "model/progress.h"

namespace sp {

// The manifest's format field, written by make_bundle and required by check_bundle.
inline constexpr const char* kBundleFormat = "slotproof-bundle/2";

struct BundleOptions {
  std::optional<int> layers;
  std::optional<int> max_ffn;
  double milp_time_limit_s = 300;  // per MILP solve (one per policy)
  int threads = 1;
  int z3_lower_bound_max_gates = 600;  // above this the Z3 cross-check is recorded as skipped
  unsigned z3_rlimit = 200'000'000;    // Z3 resource budget (deterministic; ~2 min here): unknown past it
  double glpk_time_limit_s = 120;
  bool per_query_proofs = false;       // per-query proof files instead of the packed layout (debugging)
  int certify_time_limit_s = 300;        // CaDiCaL's limit per certificate; 0: no certificates
  // Proofs stored larger than this are checked, then not kept (their SHA-256
  // stays; check-bundle --recertify regenerates them). 0: keep every proof.
  uint64_t max_kept_proof_bytes = uint64_t{8} << 20;
  std::string recorded_path;  // workload path written to the manifest (default: as given)
  ProgressFn progress;        // each step as it starts, and the MILP's progress (model/progress.h)
  ReportFn report;            // each step's result lines (model/progress.h)
};

// The reuse policies a bundle holds a MILP artifact for, in file-name order.
const std::vector<ReusePolicy>& bundle_policies();

// Writes the bundle; returns the exit code (0 all verified and cross-checks
// agree, 1 a verification failed, 3 checkers or solvers disagree / unknown).
int make_bundle(const std::string& workload, const std::string& out_dir, const BundleOptions& opt);

// The bundle's picture (plot.svg) drawn from its artifact files now.
std::string bundle_plot(const Graph& g, const std::string& dir);

// The layout's MILP artifact under a policy: "milp-delayed.json", "milp-immediate.json".
std::string bundle_milp_file(ReusePolicy p);

// What check-bundle reads from manifest.json, validated: the manifest is read
// strictly (model/json_strict.h: closed objects, typed and range-checked
// fields, docs/schemas/slotproof-bundle-2.schema.json) and must describe the
// bundle layout make_bundle writes: the three artifacts with their policies
// and verify directories, and per policy the MILP's d_model and a
// certificate entry whose directory is certificate-TAG (absent only when
// skipped). Anything else is InputError naming the field.
struct BundleManifest {
  std::string workload_path, workload_sha256;
  std::optional<int> max_ffn;
  int layers = 0;
  std::string proof_layout;  // "packed" or "per-query"
  int greedy_d_model = 0;
  std::vector<std::pair<std::string, std::string>> files;  // relative path, SHA-256 (sorted)
  struct Artifact {
    std::string file, verify_dir;
    ReusePolicy policy = ReusePolicy::Immediate;
  };
  std::vector<Artifact> artifacts;  // greedy.json, milp-delayed.json, milp-immediate.json
  struct Policy {
    ReusePolicy policy = ReusePolicy::Delayed;
    int milp_d_model = 0;
    std::string certificate_verdict;              // as recorded; "skipped" when none was made
    std::optional<std::string> certificate_dir;  // certificate-TAG, unless skipped
  };
  std::vector<Policy> policies;  // delayed, immediate
};
BundleManifest parse_bundle_manifest(const std::string& text, const std::string& source);

// Re-checks a committed bundle as a closed whole (docs/BUNDLES.md): every
// file in the directory is listed in the manifest with its SHA-256 and has a
// place in the layout (nothing unlisted, no links, nothing missing); the
// workload's hash (resolved against `root`); re-verification of every
// artifact and the consistency of its verify directory; every certificate
// re-checked (CNF re-derived, DRAT proof checked) and tied to the artifact it
// certifies (SHA-256, d_model, layers, policy, FFN budget); the d_model values
// the manifest records; compressed records one complete stream each; and that
// the greedy artifact and the plot regenerate byte-identically. Proofs that
// were not kept are regenerated and checked only when
// recertify_time_limit_s > 0 (CaDiCaL's limit for each). Exit codes as
// `verify`.
int check_bundle(const std::string& dir, const std::string& root, int recertify_time_limit_s = 0,
                 const ReportFn& report = {});

}  // namespace sp
