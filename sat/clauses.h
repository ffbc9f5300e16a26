// A CNF formula under construction: fresh variables, clauses simplified
// against two constant literals, and DIMACS text out.
//
// The constants let the encodings write every rule uniformly ("phase(g) <= t"
// is a variable inside g's window and a constant outside it) and leave the
// simplification to one place. Simplification only removes what no
// assignment can change, so the DIMACS text means the same as the clauses
// the encoder asked for.
#pragma once
#include <climits>
#include <cstdint>
#include <string>
#include <vector>

namespace sp::cnf {

// A literal: a DIMACS variable with a sign, or a constant. kFalse is -kTrue,
// so unary minus negates constants too.
using Lit = int32_t;
constexpr Lit kTrue = INT32_MAX;
constexpr Lit kFalse = -kTrue;

class ClauseSet {
 public:
  Lit new_var() { return ++vars_; }
  int32_t vars() const { return vars_; }
  uint64_t clauses() const { return count_; }

  // Adds the clause, simplified: dropped when it holds kTrue or a literal and
  // its negation; kFalse and repeats of a literal are removed (the first
  // occurrence keeps its place). An empty result is kept: the empty clause,
  // which no assignment satisfies.
  void add(const std::vector<Lit>& clause);

  // "c <line>" per comment, the "p cnf V C" header, then one clause per line
  // (literals separated by one space, ended by " 0"; the empty clause is "0").
  std::string dimacs(const std::vector<std::string>& comments) const;

 private:
  int32_t vars_ = 0;
  uint64_t count_ = 0;
  std::vector<Lit> lits_;  // the clauses one after the other, each ended by 0
};

}  // namespace sp::cnf
