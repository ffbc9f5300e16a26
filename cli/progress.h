// Prints progress events (model/progress.h) on stderr: a line at every new
// phase and otherwise at most one every `interval` seconds, each with the
// elapsed time, e.g.
//   [   12.4 s] solve: branch and bound: incumbent 236, bound 212, gap 10.2%
// Unbuffered (std::cerr is), so piped output shows it as it happens.
#pragma once
#include <chrono>
#include <string>

#include "model/progress.h"

namespace sp::cli {

class ProgressPrinter {
 public:
  explicit ProgressPrinter(bool quiet, double interval = 3.0) : quiet_(quiet), interval_(interval) {}

  // The callback to hand to the library (empty when quiet).
  ProgressFn callback();
  // A phase of the command itself (for commands that are mostly steps).
  void step(const std::string& command, const std::string& phase);

 private:
  void print(const ProgressEvent& e);

  bool quiet_;
  double interval_;
  std::chrono::steady_clock::time_point t0_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_ = t0_ - std::chrono::hours(1);
};

}  // namespace sp::cli
