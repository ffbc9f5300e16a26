#include "cli/progress.h"

#include <cstdio>
#include <iostream>

namespace sp::cli {

ProgressFn ProgressPrinter::callback() {
  if (quiet_) return {};
  return [this](const ProgressEvent& e) { print(e); };
}

void ProgressPrinter::step(const std::string& command, const std::string& phase) {
  if (quiet_) return;
  ProgressEvent e;
  e.command = command;
  e.phase = phase;
  e.phase_change = true;
  print(e);
}

void ProgressPrinter::print(const ProgressEvent& e) {
  using namespace std::chrono;
  const auto now = steady_clock::now();
  if (!e.phase_change && duration<double>(now - last_).count() < interval_) return;
  last_ = now;
  char line[512];
  int n = std::snprintf(line, sizeof line, "[%8.1f s] %s: %s", duration<double>(now - t0_).count(), e.command.c_str(),
                        e.phase.c_str());
  std::string text(line, n > 0 ? static_cast<size_t>(n) : 0);
  if (e.incumbent > 0) text += ": incumbent " + std::to_string(e.incumbent);
  if (e.bound > 0) text += std::string(e.incumbent > 0 ? ", " : ": ") + "bound " + std::to_string(e.bound);
  if (e.incumbent > 0 && e.bound > 0) {
    std::snprintf(line, sizeof line, ", gap %.1f%%", 100.0 * (e.incumbent - e.bound) / e.incumbent);
    text += line;
  }
  std::cerr << text << "\n" << std::flush;
}

}  // namespace sp::cli
