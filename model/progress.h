// Progress of long runs (solve, verify, bundle, bench): the library reports
// events through a callback; cli/progress.h prints them as one line every
// few seconds on stderr, unbuffered, and `--quiet` silences them. Keeping the
// printing out of the library keeps results and timing apart: nothing here
// changes what a run computes.
#pragma once
#include <functional>
#include <string>

namespace sp {

struct ProgressEvent {
  std::string command;   // "solve", "verify", "bundle", ...
  std::string phase;     // "model build", "branch and bound", "band 3/12", "queries 120/900", ...
  int incumbent = 0;     // best objective so far (0: none yet)
  int bound = 0;         // best proven lower bound (0: none yet)
  bool phase_change = false;  // a new phase started (printed at once, not throttled)
};

using ProgressFn = std::function<void(const ProgressEvent&)>;

// Calls `fn` if it is set.
inline void report_progress(const ProgressFn& fn, ProgressEvent e) {
  if (fn) fn(e);
}

// Results of long runs (bundle, check-bundle, bench): each finished step's
// words, one or more whole lines, handed to the caller, which prints them
// (the CLI on stdout); the library itself never writes to a stream.
using ReportFn = std::function<void(const std::string& lines)>;

// Calls `fn` with `lines` if it is set.
inline void report_lines(const ReportFn& fn, const std::string& lines) {
  if (fn) fn(lines);
}

}  // namespace sp
