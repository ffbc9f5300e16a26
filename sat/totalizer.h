// "At most `bound`" over weighted literals, as a totalizer (Bailleux and
// Boufkhad 2003) written in one direction only, with outputs capped at
// bound+1 (the k-simplified totalizer).
//
// Each node of a balanced binary tree over the terms has unary outputs
// o_1..o_n, n = min(weight below it, bound+1), meaning "at least j of the
// weight below is true". A leaf of weight w has the outputs lit, ..., lit
// (min(w, bound+1) copies: its count is w or 0). An inner node with children
// outputs a_1..a_p and b_1..b_q gets fresh variables o_1..o_n and, for every
// i <= p, j <= q with 1 <= i+j <= n, the clause
//     -a_i  -b_j  o_{i+j}        (a_0, b_0 omitted: they stand for true)
// so "count >= s" forces o_s upward from the leaves (induction on the tree).
// The root gets no outputs: for every i + j = bound+1 the clause -a_i -b_j
// forbids the count from reaching bound+1.
//
// Soundness: an assignment whose true terms weigh at most `bound` extends to
// one satisfying all these clauses (set each o_j exactly to "count >= j"
// below its node). Conversely every satisfying assignment has weight at most
// `bound` (the outputs only ever under-approximate from below, never above).
#pragma once
#include <vector>

#include "sat/clauses.h"

namespace sp::cnf {

struct Weighted {
  Lit lit;
  int weight;  // >= 0
};

// Terms whose literal is kFalse, or whose weight is 0, are dropped; kTrue
// terms lower the bound by their weight. A bound below 0 then adds the empty
// clause; a bound at least the total weight adds nothing.
void at_most(ClauseSet& cnf, const std::vector<Weighted>& terms, int bound);

}  // namespace sp::cnf
