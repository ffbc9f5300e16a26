#include "solve/greedy.h"

#include <algorithm>

#include "model/levels.h"
#include "solve/allocate.h"

namespace sp {

Schedule greedy_schedule(const Graph& g, const GreedyOptions& opt) {
  Schedule s;
  s.phase = asap_phases(g, opt.max_ffn);
  int last = -1;
  for (int p : s.phase) last = std::max(last, p);
  s.layers = last < 0 ? 1 : layer_of(last) + 1;
  return s;
}

Artifact greedy_artifact(const Graph& g, const GreedyOptions& opt) {
  Schedule s = greedy_schedule(g, opt);
  Liveness lv = compute_liveness(g, s, opt.policy);
  nlohmann::json producer = {{"method", "greedy"}, {"algorithm", "asap-list-scheduling+interval-colouring"}};
  return make_artifact(g, s, lv, allocate_slots(g, lv), std::move(producer), opt.max_ffn);
}

}  // namespace sp
