#include "sat/clauses.h"

#include <algorithm>
#include <charconv>

namespace sp::cnf {

void ClauseSet::add(const std::vector<Lit>& clause) {
  std::vector<Lit> kept;
  kept.reserve(clause.size());
  for (Lit l : clause) {
    if (l == kTrue) return;
    if (l == kFalse || std::find(kept.begin(), kept.end(), l) != kept.end()) continue;
    if (std::find(kept.begin(), kept.end(), -l) != kept.end()) return;  // a tautology
    kept.push_back(l);
  }
  lits_.insert(lits_.end(), kept.begin(), kept.end());
  lits_.push_back(0);
  ++count_;
}

std::string ClauseSet::dimacs(const std::vector<std::string>& comments) const {
  std::string out;
  out.reserve(lits_.size() * 7 + 64);
  for (const std::string& c : comments) out += "c " + c + "\n";
  out += "p cnf " + std::to_string(vars_) + " " + std::to_string(count_) + "\n";
  char buf[16];
  bool line_start = true;
  for (Lit l : lits_) {
    if (!line_start) out += ' ';
    auto end = std::to_chars(buf, buf + sizeof buf, l).ptr;
    out.append(buf, end);
    line_start = l == 0;
    if (line_start) out += '\n';
  }
  return out;
}

}  // namespace sp::cnf
