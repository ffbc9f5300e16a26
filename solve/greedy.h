// The greedy baseline every MILP result is measured against: ASAP list
// scheduling under the phase rules (lookups at 4L, reglus at 4L+2, persists
// at the earliest legal persist phase, co-location classes raised to their
// latest member's layer, an optional FFN budget filled first-come in
// topological order), then interval colouring under the chosen reuse policy.
#pragma once
#include <optional>

#include "model/artifact.h"
#include "model/graph.h"

namespace sp {

struct GreedyOptions {
  std::optional<int> max_ffn{};
  ReusePolicy policy = kDefaultPolicy;
};

Schedule greedy_schedule(const Graph& g, const GreedyOptions& opt = {});
Artifact greedy_artifact(const Graph& g, const GreedyOptions& opt = {});

}  // namespace sp
