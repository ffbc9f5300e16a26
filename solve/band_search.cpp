#include "solve/band_search.h"

#include <algorithm>

#include "solve/cbc_run.h"
#include "solve/milp_schedule.h"

namespace sp::milp {

int scope_width(const Liveness& lv, const WidthScope& sc) {
  int w = 0;
  for (int i = std::max(0, sc.first_index); i < std::min<int>(lv.occupancy.size(), sc.end_index); ++i)
    w = std::max(w, lv.occupancy[i]);
  for (int L = std::max(0, sc.first_layer); L < std::min<int>(lv.heads_needed.size(), sc.end_layer); ++L)
    w = std::max(w, lv.heads_needed[L]);
  return w;
}

// Layer starts of the band of `width` layers centred on each layer, widest layer first.
std::vector<int> BandSearch::band_starts(const Liveness& lv, int width) const {
  std::vector<int> order(spec_.layers);
  for (int L = 0; L < spec_.layers; ++L) order[L] = L;
  auto demand = [&](int L) { return scope_width(lv, {2 * L, 2 * L + 2, L, L + 1}); };
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return demand(a) > demand(b); });
  for (int& L : order) L = std::clamp(L - (width - 1) / 2, 0, spec_.layers - width);
  return order;
}

// Solves one band; returns the improved schedule, if CBC found one.
std::optional<Schedule> BandSearch::solve_band(const Schedule& cur, const Liveness& lv, int L0, int L1,
                                             Clock::time_point deadline, const std::atomic<bool>* stop) {
  const WidthScope sc{2 * L0 - 1, 2 * L1 + 1, L0 - 1, L1 + 1};
  std::vector<int> lo(g_.gates.size()), hi(g_.gates.size());
  for (size_t x = 0; x < g_.gates.size(); ++x) {
    const int p = cur.phase[x];
    const bool inside = p >= 4 * L0 && p < 4 * L1;
    lo[x] = inside ? std::max(asap_[x], 4 * L0) : p;
    hi[x] = inside ? std::min(alap_[x], 4 * L1 - 1) : p;
  }
  Model m = build_model(g_, spec_, lo, hi, sc);
  fix_single_phase_gates(m);
  const int before = scope_width(lv, sc), before_half = (before + 1) / 2;
  m.cols[m.d_half].ub = before_half;
  auto start = schedule_start(m, cur, before_half);
  OsiClpSolverInterface solver;
  load_model(solver, m);
  CbcSettings st;
  st.soft_deadline = deadline;
  st.large = m.rows.size() >= large_rows_;
  st.stop = stop;
  ++solved_;
  ChildReport rep = solve_in_child(solver, m, start, st, 2.0 * before_half, after_seconds(deadline, kTimeSharing.band_kill_grace));
  std::vector<std::vector<int32_t>> found;
  if (rep.finished && rep.out.has_solution) found.push_back(rep.out.phases);
  if (rep.incumbent) found.push_back(rep.incumbent->second);
  for (const auto& phases : found) {
    Schedule s = schedule_from_phases(g_, phases, spec_.layers);
    if (!schedule_violation(g_, s, spec_.max_ffn).empty()) continue;
    Liveness after = compute_liveness(g_, s, spec_.policy);
    if (after.d_model <= lv.d_model && scope_width(after, sc) < before) return s;
  }
  return std::nullopt;
}

Schedule BandSearch::run(Schedule cur, Clock::time_point deadline, double band_seconds, int first_width,
                         const std::function<void(int, int)>& on_band, const std::atomic<bool>* stop) {
  Liveness lv = compute_liveness(g_, cur, spec_.policy);
  std::vector<char> tried(spec_.layers, 0);  // band starts tried since the last improvement
  int width = std::clamp(first_width, 1, spec_.layers);
  while (seconds_until(deadline) > 1.0 && !(stop && stop->load())) {
    std::optional<int> L0;
    for (int s : band_starts(lv, width))
      if (!tried[s]) {
        L0 = s;
        break;
      }
    if (!L0) {
      if (width >= spec_.layers) break;
      width = std::min(spec_.layers, 2 * width);
      std::fill(tried.begin(), tried.end(), 0);
      continue;
    }
    tried[*L0] = 1;
    auto band_deadline = std::min(deadline, after_seconds(Clock::now(), band_seconds));
    if (auto better = solve_band(cur, lv, *L0, *L0 + width, band_deadline, stop)) {
      cur = std::move(*better);
      lv = compute_liveness(g_, cur, spec_.policy);
      ++improved_;
      std::fill(tried.begin(), tried.end(), 0);
    }
    if (on_band) on_band(lv.d_model, solved_);
  }
  d_model_ = lv.d_model;
  return cur;
}

}  // namespace sp::milp
