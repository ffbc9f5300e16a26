#include "cli/report.h"

#include <iostream>

#include "model/liveness.h"

namespace sp::cli {

ReportFn stdout_report() {
  return [](const std::string& lines) { std::cout << lines << std::flush; };
}

void print_schedule_summary(std::ostream& os, const Graph& g, const Artifact& a) {
  Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
  size_t terms = 0;
  for (const Write& w : a.alloc.writes) terms += w.delta.size();
  os << g.name << ": " << a.schedule.layers << " layers, d_model " << a.d_model << " (width " << lv.width
     << " at boundary " << lv.peak_boundary << ", heads " << a.d_model / 2 << "), ffn width " << lv.ffn_width
     << ", " << a.alloc.slots_used << " slots, " << a.alloc.writes.size() << " writes (" << terms << " terms), "
     << policy_name(a.alloc.policy) << "\n";
}

}  // namespace sp::cli
