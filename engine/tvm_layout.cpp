#include "engine/tvm_layout.h"

#include <string>

#include "model/errors.h"

namespace sp::tvm {

std::vector<int> fixed_slot_permutation(const Graph& g, const std::vector<int>& slot_of, int d_model) {
  if (d_model < static_cast<int>(kFixedSlotValues.size()))
    throw InputError("transformer-vm needs d_model >= 3 for the position features, got " + std::to_string(d_model));
  std::vector<int> target(d_model, -1);  // old slot -> fixed slot, where fixed
  std::vector<bool> taken(d_model, false);
  for (size_t i = 0; i < kFixedSlotValues.size(); ++i) {
    auto v = g.find_value(std::string(kFixedSlotValues[i]));
    if (!v) continue;  // a graph without this feature: the engine's write lands in an unused slot
    const int s = slot_of[*v];
    if (s < 0 || s >= d_model)
      throw InputError("value '" + std::string(kFixedSlotValues[i]) + "' has no slot below d_model " +
                       std::to_string(d_model) + "; transformer-vm keeps it in slot " + std::to_string(i));
    target[s] = static_cast<int>(i);
    taken[i] = true;
  }
  std::vector<int> perm(d_model, -1);
  int next = 0;
  for (int s = 0; s < d_model; ++s) {
    if (target[s] >= 0) {
      perm[s] = target[s];
      continue;
    }
    while (taken[next]) ++next;
    perm[s] = next++;
  }
  return perm;
}

}  // namespace sp::tvm
