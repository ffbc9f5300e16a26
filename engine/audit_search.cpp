// The search over decision points: the walk run once per way at each
// ambiguous unit, and the one reading that explains the weights best.
#include <algorithm>
#include <climits>
#include <optional>

#include "engine/audit_walker.h"

namespace sp::audit {

using walk::Branch;
using walk::Units;
using walk::Walker;

// Runs the walk once per combination of ways at the decision points (depth
// first, at most kMaxWalks runs). The readings that explain the whole model
// with the fewest wildcard reads win; exactly one must: none is bad input
// (the error of the run that got furthest), two are an ambiguity (the
// weights admit two readings), and so is a search cut short by kMaxWalks.
// The one exception: tied readings that all read some value from a slot
// not holding it are all unsafe; the first (in decision order) is audited
// and the others counted.
WalkResult walk_model(const Graph& g, const ModelBin& m) {
  constexpr int kMaxWalks = 4096;
  const Units units(m);
  std::vector<std::vector<size_t>> todo{{}};
  std::vector<std::pair<int, WalkResult>> found;  // wildcard reads, reading
  std::optional<Problem> ambiguity;
  std::pair<int, std::string> furthest{INT_MIN, ""};
  int runs = 0;
  for (; !todo.empty() && runs < kMaxWalks; ++runs) {
    std::vector<size_t> d = std::move(todo.back());
    todo.pop_back();
    Walker w(g, m, units, d);
    try {
      WalkResult r = w.run();
      int wild = static_cast<int>(std::count_if(r.reads.begin(), r.reads.end(), [](auto& x) { return x.wildcard; }));
      found.emplace_back(wild, std::move(r));
    } catch (Branch& b) {
      if (!ambiguity) ambiguity = b.ambiguity;
      for (size_t k = b.ways; k-- > 0;) {
        todo.push_back(d);
        todo.back().push_back(k);
      }
    } catch (const InputError& e) {
      if (w.phase_reached() > furthest.first) furthest = {w.phase_reached(), e.what()};
    }
  }
  if (found.empty() && todo.empty()) throw InputError(furthest.second);
  auto fewest = [](auto& a, auto& b) { return a.first < b.first; };
  std::stable_sort(found.begin(), found.end(), fewest);
  // Readings tied with wildcard reads are all unsafe (a wildcard read is a
  // read of a slot that does not hold the value), so the first is audited.
  const bool tied = found.size() > 1 && found[1].first == found[0].first;
  if (found.empty() || !todo.empty() || (tied && found[0].first == 0)) {
    std::string more = todo.empty() ? "" : " (more than " + std::to_string(kMaxWalks) + " readings to try)";
    throw InputError(m.source + ": " + problem_message(g, *ambiguity) + more);
  }
  WalkResult best = std::move(found.front().second);
  best.walks = runs;
  for (size_t i = 1; i < found.size() && found[i].first == found[0].first; ++i) ++best.tied_readings;
  return best;
}

}  // namespace sp::audit
