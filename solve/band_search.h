// The band search: large-neighbourhood search over bands of layers, for
// models too large for CBC to improve on within the limit.
//
// Where the whole model is too large for CBC to improve on within the limit
// (the root LP alone takes a minute on 5,000 gates), the MILP is solved on
// bands of a few consecutive layers instead, large-neighbourhood style: every
// gate scheduled outside the band keeps its phase (fixed and substituted
// away), the gates inside may move anywhere in the band that their ASAP/ALAP
// windows allow, and only the band's boundaries and layers (plus one on each
// side) bound d_half. Occupancy outside the band does not depend on the
// band's gates (their births, and the deaths they decide, lie inside it), so
// a band's optimum cannot widen the rest; every result is still re-checked
// with compute_liveness and kept only if d_model does not grow and the band's
// widest point shrinks. The next band is centred on the widest layer not yet
// tried since the last improvement; when every band was tried, bands double.
#pragma once
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"
#include "solve/milp_model.h"
#include "solve/time_sharing.h"

namespace sp::milp {

// The widest boundary and layer head demand inside `sc`.
int scope_width(const Liveness& lv, const WidthScope& sc);

class BandSearch {
 public:
  // `asap`/`alap`: every gate's phase window in `spec.layers` layers. Band
  // models of `large_rows` rows or more get CBC's large-model settings.
  BandSearch(const Graph& g, const ModelSpec& spec, const std::vector<int>& asap, const std::vector<int>& alap,
             size_t large_rows)
      : g_(g), spec_(spec), asap_(asap), alap_(alap), large_rows_(large_rows) {}

  // Improves `start` until `deadline` (or until `*stop` becomes true: the
  // band being solved is stopped too), each band getting at most
  // `band_seconds`; bands start `first_width` layers wide.
  // `on_band(d_model, bands solved)` after every band (progress).
  Schedule run(Schedule start, Clock::time_point deadline, double band_seconds, int first_width,
               const std::function<void(int, int)>& on_band = {}, const std::atomic<bool>* stop = nullptr);

  int solved() const { return solved_; }
  int improved() const { return improved_; }
  int d_model() const { return d_model_; }  // of the schedule run() returned

 private:
  std::vector<int> band_starts(const Liveness& lv, int width) const;
  std::optional<Schedule> solve_band(const Schedule& cur, const Liveness& lv, int L0, int L1,
                                     Clock::time_point deadline, const std::atomic<bool>* stop);

  const Graph& g_;
  const ModelSpec spec_;
  const std::vector<int>& asap_;
  const std::vector<int>& alap_;
  const size_t large_rows_;
  int solved_ = 0, improved_ = 0, d_model_ = 0;
};

}  // namespace sp::milp
