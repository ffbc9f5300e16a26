// One objective level's outcome (d_model, then FFN width, then write terms):
// what `solve`, `frontier` and bundles report for each level.
#pragma once
#include <string>

namespace sp {

struct LevelReport {
  std::string objective;  // "d_model", "ffn_width", "write_terms"
  std::string status;     // "proven optimal", "feasible with gap", "not run (time limit)"
  int value = 0;          // of the returned schedule
  int bound = 0;          // proven lower bound (== value when proven optimal)
  double seconds = 0;     // elapsed (not deterministic)
};

}  // namespace sp
