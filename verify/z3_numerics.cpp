// The Z3 checker's float64 rule (docs/NUMERICS.md): one query per handover
// write. Each term the engine sums is a Real t_k in its range [lo_k, hi_k]
// (model/value_ranges.h, term_range: the abstract facts both checkers
// share) and a Bool b_k says whether a partial sum includes it; the negated
// property asks for a partial sum sum_k ite(b_k, t_k, 0) beyond 2^(53+q) in
// magnitude, q the terms' common grid. Unsat: every partial sum, in every
// order, is an exactly representable multiple of 2^q, so the write is
// exact. Each term's contribution u_k = ite(b_k, t_k, 0) also gets its
// implied bounds [min(0, lo_k), max(0, hi_k)] as constraints: they change
// nothing the query means, but let the arithmetic solver refute it from
// bounds alone; without them Z3 refutes one subset of Booleans at a time
// (2^k of them: a persist of 30-odd terms ran out of its resource limit).
// The grid itself is a fact, not a query: a write whose terms share no grid,
// or whose range is unbounded, has no exact bound to prove and is reported as
// is (the direct checker reads the same facts).
#include <algorithm>
#include <cmath>

#include "model/value_ranges.h"
#include "verify/numerics.h"
#include "verify/z3_checks.h"

namespace sp {

namespace {

std::string numerics_query_name(const Write& w) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "numerics-b%04d-slot-%04d", w.boundary, w.slot);
  return buf;
}

// Poses the query for write w; true when Z3 finds a partial sum past the limit.
bool partial_sum_escapes(Z3Env& e, const Write& w, const std::vector<ValueRange>& terms, double limit) {
  z3::context& ctx = e.ctx();
  e.begin();
  z3::expr in_range = ctx.bool_val(true), sum = ctx.real_val(0);
  for (size_t k = 0; k < terms.size(); ++k) {
    const std::string id = std::to_string(k);
    z3::expr t = ctx.real_const(("t" + id).c_str());
    z3::expr b = ctx.bool_const(("b" + id).c_str());
    z3::expr u = ctx.real_const(("u" + id).c_str());
    in_range = in_range && t >= real_num(ctx, terms[k].lo) && t <= real_num(ctx, terms[k].hi) &&
               u == z3::ite(b, t, ctx.real_val(0)) && u >= real_num(ctx, std::min(0.0, terms[k].lo)) &&
               u <= real_num(ctx, std::max(0.0, terms[k].hi));
    sum = sum + u;
  }
  const z3::expr L = real_num(ctx, limit);
  bool escapes = false;
  e.query(numerics_query_name(w), "QF_LRA", in_range && (sum > L || sum < -L),
          [&](const z3::model&) -> std::optional<z3::expr> {
            escapes = true;
            return std::nullopt;
          });
  return escapes;
}

}  // namespace

void check_numerics(Z3Env& e) {
  const ValueRanges r = derive_value_ranges(e.g);
  for (const Write& w : e.a.alloc.writes) {
    if (!is_handover(w)) continue;
    std::vector<ValueRange> terms;
    SumBound facts;  // only its grid and limit are read here
    bool bounded = true;
    for (const Term& t : engine_terms(e.g, w)) {
      terms.push_back(term_range(r.value[t.value], t.coef));
      facts.grid = std::min(facts.grid, terms.back().grid);
      bounded = bounded && std::isfinite(terms.back().lo) && std::isfinite(terms.back().hi);
    }
    const bool no_bound = facts.grid == kNoGrid || !bounded;
    if (no_bound || (facts.grid != INT_MAX && partial_sum_escapes(e, w, terms, facts.limit())))
      e.report(inexact_handover(e.g, r, w, e.a.alloc.policy));
  }
}

}  // namespace sp
