#include "solve/allocate.h"

#include <algorithm>
#include <functional>
#include <map>
#include <queue>

namespace sp {

namespace {

using MinHeap = std::priority_queue<std::pair<int, int>, std::vector<std::pair<int, int>>, std::greater<>>;

void assign_slots(const Graph& g, const Liveness& lv, ReusePolicy policy, Allocation& a) {
  std::vector<ValueId> order;
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
    if (lv.needs_slot[v]) order.push_back(v);
  std::stable_sort(order.begin(), order.end(),
                   [&](ValueId x, ValueId y) { return lv.first_boundary[x] < lv.first_boundary[y]; });
  MinHeap busy;  // (last boundary, slot)
  std::priority_queue<int, std::vector<int>, std::greater<>> free_slots;
  a.slot.assign(g.values.size(), -1);
  for (ValueId v : order) {
    int first = lv.first_boundary[v];
    while (!busy.empty() &&
           (busy.top().first < first || (policy == ReusePolicy::Immediate && busy.top().first == first))) {
      free_slots.push(busy.top().second);
      busy.pop();
    }
    int s;
    if (free_slots.empty()) {
      s = a.slots_used++;
    } else {
      s = free_slots.top();
      free_slots.pop();
    }
    a.slot[v] = s;
    busy.emplace(lv.last_boundary[v], s);
  }
}

void emit_writes(const Graph& g, const Liveness& lv, Allocation& a) {
  std::map<std::pair<int, int>, std::vector<Term>> by_place;  // (boundary, slot) -> delta
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    if (a.slot[v] < 0) continue;
    by_place[{lv.first_boundary[v], a.slot[v]}].push_back(Term{v, 1.0});
    if (lv.last_boundary[v] < kForever) by_place[{lv.last_boundary[v], a.slot[v]}].push_back(Term{v, -1.0});
  }
  a.writes.clear();
  for (auto& [place, delta] : by_place) {
    std::sort(delta.begin(), delta.end(), [](const Term& x, const Term& y) { return x.value < y.value; });
    a.writes.push_back(Write{place.first, place.second, std::move(delta)});
  }
}

}  // namespace

Allocation allocate_slots(const Graph& g, const Liveness& lv, ReusePolicy policy) {
  Allocation a;
  a.policy = policy;
  assign_slots(g, lv, policy, a);
  emit_writes(g, lv, a);
  return a;
}

}  // namespace sp
