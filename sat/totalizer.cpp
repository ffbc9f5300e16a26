#include "sat/totalizer.h"

#include <algorithm>

namespace sp::cnf {
namespace {

class Totalizer {
 public:
  Totalizer(ClauseSet& cnf, std::vector<Weighted> terms, int bound)
      : cnf_(cnf), terms_(std::move(terms)), cap_(bound + 1) {}

  void build_root() {
    const size_t mid = terms_.size() / 2;
    merge_at_root(outputs(0, mid), outputs(mid, terms_.size()));
  }

 private:
  ClauseSet& cnf_;
  const std::vector<Weighted> terms_;
  const int cap_;  // bound + 1: no count above it needs telling apart

  // Unary outputs of the terms [lo, hi): element j-1 means "count >= j".
  std::vector<Lit> outputs(size_t lo, size_t hi) {
    if (hi - lo == 1) return std::vector<Lit>(std::min(terms_[lo].weight, cap_), terms_[lo].lit);
    const size_t mid = (lo + hi) / 2;
    std::vector<Lit> a = outputs(lo, mid), b = outputs(mid, hi);
    const int n = std::min(static_cast<int>(a.size() + b.size()), cap_);
    std::vector<Lit> out(n);
    for (Lit& o : out) o = cnf_.new_var();
    for (int i = 0; i <= static_cast<int>(a.size()); ++i)
      for (int j = 0; j <= static_cast<int>(b.size()) && i + j <= n; ++j)
        if (i + j >= 1) cnf_.add(clause(a, i, b, j, out[i + j - 1]));
    return out;
  }

  void merge_at_root(const std::vector<Lit>& a, const std::vector<Lit>& b) {
    for (int i = 0; i <= static_cast<int>(a.size()); ++i) {
      const int j = cap_ - i;
      if (j >= 0 && j <= static_cast<int>(b.size())) cnf_.add(clause(a, i, b, j, kFalse));
    }
  }

  // -a_i -b_j head, leaving out a_0 and b_0 (always true).
  static std::vector<Lit> clause(const std::vector<Lit>& a, int i, const std::vector<Lit>& b, int j, Lit head) {
    std::vector<Lit> c;
    if (i > 0) c.push_back(-a[i - 1]);
    if (j > 0) c.push_back(-b[j - 1]);
    c.push_back(head);
    return c;
  }
};

}  // namespace

void at_most(ClauseSet& cnf, const std::vector<Weighted>& terms, int bound) {
  std::vector<Weighted> open;
  long total = 0;
  for (const Weighted& t : terms) {
    if (t.lit == kFalse || t.weight == 0) continue;
    if (t.lit == kTrue) {
      bound -= t.weight;
      continue;
    }
    open.push_back(t);
    total += t.weight;
  }
  if (bound < 0) return cnf.add({});
  if (total <= bound) return;
  if (open.size() == 1) return cnf.add({-open[0].lit});  // its weight alone exceeds the bound
  Totalizer(cnf, std::move(open), bound).build_root();
}

}  // namespace sp::cnf
