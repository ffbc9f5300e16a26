#include "solve/allocate.h"

#include <algorithm>
#include <climits>
#include <functional>
#include <tuple>
#include <queue>
#include <set>

namespace sp {

namespace {

using MinHeap = std::priority_queue<std::pair<int, int>, std::vector<std::pair<int, int>>, std::greater<>>;

// Under immediate reuse a value placed at boundary c prefers a slot whose
// previous value is erased at c itself: the placement and the subtraction
// then share one write (`+new -old`). Free slots are ordered by that
// preference, then by number (deterministic). Under the float64 rule
// (ReusePolicy::Immediate) only a value of the handover class may take such
// a slot (its previous value is of the class too: no other frees its slot
// at its erase boundary); any other value takes a slot erased earlier.
void assign_slots(const Graph& g, const Liveness& lv, Allocation& a) {
  const bool immediate = hands_over(lv.policy);
  const bool by_class = lv.policy == ReusePolicy::Immediate;
  std::vector<ValueId> order;
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
    if (lv.needs_slot[v]) order.push_back(v);
  std::stable_sort(order.begin(), order.end(),
                   [&](ValueId x, ValueId y) { return lv.first_boundary[x] < lv.first_boundary[y]; });
  MinHeap busy;  // (last boundary held, slot)
  std::vector<int> erased_at;  // per slot: erase boundary of its last value
  std::set<std::pair<int, int>> free_slots;  // (-erase boundary under immediate reuse, else 0; slot)
  a.slot.assign(g.values.size(), -1);
  for (ValueId v : order) {
    int first = lv.first_boundary[v];
    while (!busy.empty() && busy.top().first < first) {
      const int s = busy.top().second;
      free_slots.emplace(immediate ? -erased_at[s] : 0, s);
      busy.pop();
    }
    // The first free slot this value may take: under the float64 rule a
    // value outside the class skips the slots erased at `first` itself.
    auto pick = free_slots.begin();
    if (by_class && !g.handover_ok[v]) pick = free_slots.lower_bound({1 - first, INT_MIN});
    int s;
    if (pick == free_slots.end()) {
      s = a.slots_used++;
      erased_at.push_back(0);
    } else {
      s = pick->second;
      free_slots.erase(pick);
    }
    a.slot[v] = s;
    erased_at[s] = lv.last_boundary[v];
    busy.emplace(lv.hold_last[v], s);
  }
}

// One entry per (boundary, slot): every +v at its first boundary and -v at its
// last, grouped after a single sort (a map per entry costs twice as much at 100k gates).
void emit_writes(const Graph& g, const Liveness& lv, Allocation& a) {
  struct Entry {
    int boundary, slot;
    Term term;
  };
  std::vector<Entry> entries;
  entries.reserve(2 * g.values.size());
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    if (a.slot[v] < 0) continue;
    entries.push_back({lv.first_boundary[v], a.slot[v], Term{v, 1.0}});
    if (lv.last_boundary[v] < kForever) entries.push_back({lv.last_boundary[v], a.slot[v], Term{v, -1.0}});
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) {
    return std::tie(x.boundary, x.slot, x.term.value) < std::tie(y.boundary, y.slot, y.term.value);
  });
  a.writes.clear();
  for (const Entry& e : entries) {
    if (a.writes.empty() || a.writes.back().boundary != e.boundary || a.writes.back().slot != e.slot)
      a.writes.push_back(Write{e.boundary, e.slot, {}});
    a.writes.back().delta.push_back(e.term);
  }
}

}  // namespace

Allocation allocate_slots(const Graph& g, const Liveness& lv) {
  Allocation a;
  a.policy = lv.policy;
  assign_slots(g, lv, a);
  emit_writes(g, lv, a);
  return a;
}

}  // namespace sp
