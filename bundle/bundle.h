// Proof bundles (proofs/NAME/): everything needed to trust one workload's
// schedules, and to notice when they go stale.
//
//   manifest.json        format, tool and solver versions, workload path and
//                        SHA-256, options, every file's SHA-256, all verdicts
//   greedy.json          greedy baseline artifact
//   milp.json, milp.mps  MILP artifact and the model CBC solved (milp.mps.gz
//                        for graphs of packed_min_gates or more)
//   solver.json          CBC status/objective/bound/gap/nodes; GLPK re-solve of
//                        milp.mps; Z3 (independent formulation, bundle/z3_schedule.h)
//                        on "no schedule two lower" where the graph is small enough
//   verify-greedy/, verify-milp/   `slotproof verify --proof-dir` output
//                        (`--packed` layout for graphs of packed_min_gates or more)
//
// Bundles carry no wall-clock times, so regenerating one from the same inputs
// gives the same bytes (MILP runs that hit their time limit excepted).
#pragma once
#include <optional>
#include <string>

namespace sp {

struct BundleOptions {
  std::optional<int> layers;
  std::optional<int> max_ffn;
  double time_limit = 300;
  int threads = 1;
  int z3_lower_bound_max_gates = 600;  // above this the Z3 cross-check is recorded as skipped
  unsigned z3_rlimit = 200'000'000;    // Z3 resource budget (deterministic; ~2 min here): unknown past it
  double glpk_time_limit = 120;
  size_t max_proof_bytes = 16 * 1024;  // Z3 proof text kept per query; larger ones by size and SHA-256
  // Graphs this large get the packed proof layout (verify/proof_output.h)
  // and milp.mps.gz: per-query files would be hundreds of MB.
  int packed_min_gates = 2000;
  std::string recorded_path;  // workload path written to the manifest (default: as given)
};

// Writes the bundle; returns the exit code (0 all verified and cross-checks
// agree, 1 a verification failed, 3 checkers or solvers disagree / unknown).
int make_bundle(const std::string& workload, const std::string& out_dir, const BundleOptions& opt);

// Re-checks a committed bundle: file hashes, the workload's hash (resolved
// against `root`), re-verification of both artifacts, and that the greedy
// artifact regenerates byte-identically. Exit codes as `verify`.
int check_bundle(const std::string& dir, const std::string& root);

}  // namespace sp
