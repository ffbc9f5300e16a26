// How one solve's time limit is shared out: every deadline constant of the
// MILP scheduler in one place (the values were measured on the 2-core
// Debian 12 machine, docs/MILP.md, "Large models (what happens, and why)").
#pragma once
#include <algorithm>
#include <chrono>
#include <array>

namespace sp::milp {

using Clock = std::chrono::steady_clock;

inline double seconds_until(Clock::time_point t) { return std::chrono::duration<double>(t - Clock::now()).count(); }
inline double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }
inline Clock::time_point after_seconds(Clock::time_point t, double seconds) {
  return t + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

struct TimeSharing {
  // In the CBC child, of the time left until the soft deadline: the root LP
  // of a large model (CBC's own root solve has no limit), then CBC's own
  // elapsed-time limit (CBC overshoots it by a little).
  double root_lp_share = 0.85;
  double cbc_search_share = 0.9;
  double min_cbc_seconds = 0.3;  // less than this left: CBC is not started
  // A crashed parallel CBC is retried on one thread while this share of the
  // limit is left.
  double retry_share = 0.25;
  // The parent kills the child this long after the soft deadline:
  // clamp(grace_base + grace_per_second * limit, ..., grace_max).
  double grace_base = 1.0, grace_per_second = 0.02, grace_max = 5.0;
  // After CBC reports the end of its search, the child gets this long to
  // exit (CbcMain1 can spend minutes re-solving a large LP afterwards).
  double end_search_wait = 1.0;
  // Large models, on the core beside CBC: the local search for this share of
  // the limit, then the band search until the limit (docs/MILP.md, "Band
  // search"), its bands starting band_first_width layers wide.
  // The local search there also ends after side_ls_stall_kicks kicks
  // without a better schedule (a stalled search held the band search back:
  // random-1000's optimum came at 10% of every limit, 30 s of 300).
  double side_ls_share = 0.1;
  int side_ls_stall_kicks = 100;
  int band_first_width = 3;
  // Band search: each band gets band_share_of_limit of the limit, clamped
  // to [band_seconds_min, band_seconds_max], and is killed this long after.
  double band_share_of_limit = 0.1, band_seconds_min = 2.0, band_seconds_max = 15.0;
  double band_kill_grace = 2.0;
  // CBC's "infeasible" is not trusted when it arrives after this share of the
  // limit (CglPreProcess interrupted by the limit reports "infeasible").
  double trust_infeasible_before = 0.9;
  // Each lexicographic level after d_model (FFN width, write terms) gets at
  // most this share of the limit: they refine a proven d_model and should
  // not turn a 2 s solve into a full-limit one.
  double level_share = 0.25;
  // The local search (solve/local_search.h): from the greedy schedule before
  // CBC, a fixed number of moves per gate (deterministic, well under a second
  // for 1,000 gates), then on large models on the other core beside CBC, for
  // side_ls_share of the limit (below) or until CBC stops.
  int warm_moves_per_gate = 200;
  double warm_share = 0.1;  // and at most this share of the limit
  // The boundary min-cut bound (solve/cut_bound.h) stops after this share of
  // the limit, keeping the boundaries it reached (0.1 s for 20,000 gates).
  // Single boundaries first, then windows of these many boundaries (their
  // least average occupancy); each stage keeps what it reached. Measured:
  // interp-large 0.2 s for all, random-20000 (2,467 layers, phase windows
  // thousands of phases wide) about 15 s for the single boundaries alone.
  double cut_bound_share = 0.05;
  std::array<int, 3> cut_bound_windows{2, 4, 8};
  // The model must be built within this share of the limit; a graph too
  // large to model in time gets the best schedule found without it.
  double build_share = 0.5;

  double grace(double limit) const { return std::min(grace_max, grace_base + grace_per_second * limit); }
  double band_seconds(double limit) const {
    return std::clamp(band_share_of_limit * limit, band_seconds_min, band_seconds_max);
  }
};

inline constexpr TimeSharing kTimeSharing{};

}  // namespace sp::milp
