// Runs the `cadical` binary (Debian package cadical, version sc2021) on a
// DIMACS file in a child process, optionally writing a DRAT proof.
//
// The solver is an untrusted oracle here: a SAT answer is decoded and
// re-checked with model/liveness.h, an UNSAT answer counts only after our
// own DRAT checker (certify/drat_check.h) accepts its proof.
#pragma once
#include <atomic>
#include <string>

namespace sp {

enum class SatAnswer { Sat, Unsat, Unknown };
const char* sat_answer_name(SatAnswer a);  // "sat", "unsat", "unknown"

struct SatOptions {
  std::string proof_path;     // empty: no proof
  bool binary_proof = true;   // cadical's default; false passes --no-binary
  int time_limit_s = 0;       // cadical -t (wall clock); 0: none
  const std::atomic<bool>* stop = nullptr;  // when it becomes true, cadical is killed (answer unknown)
};

struct SatRun {
  SatAnswer answer = SatAnswer::Unknown;
  int exit_status = -1;   // 10 sat, 20 unsat, 0 limit reached; -1 did not run or was killed
  std::string output;     // cadical's stdout: the "s" line and, when sat, the "v" lines
  std::string failure;    // why there is no answer, when it did not run or was killed
  double seconds = 0;     // wall clock
};

// The child is killed if it outlives the time limit by 30 s (cadical checks
// its limit only between search steps).
SatRun run_cadical(const std::string& cnf_path, const SatOptions& opt = {});

// "CaDiCaL sc2021" from `cadical --version`, or "CaDiCaL (not found)".
std::string cadical_version();

}  // namespace sp
