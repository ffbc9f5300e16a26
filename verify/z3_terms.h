// The symbolic liveness of SPEC.md 3 as Z3 terms, for the Z3 checker.
//
//   phase(x)   one Int constant per gate; a query that mentions it gets the
//              named fact phase_x = the artifact's phase (query_facts)
//   birth(v)   the producer's phase, -1 for inputs
//   death(v)   max-term over the readers' phases; a large constant for
//              outputs and pinned inputs
//   first/last the slot range in boundaries, by parity without `mod`: the
//              slot queries run only once phase kinds are proven, so the
//              smallest odd phase >= a gate's phase is known per kind
//   needs(v)   not unused and not internal (death <= birth + 1 for lookup
//              and reglu values), a Bool term
//   x(v)       one Real per value: the unknown scalar it carries
// and the windowed variants death_after, last_after, needs_in, which keep
// only the readers that can decide a comparison inside a window of
// boundaries (docs/VERIFY.md, "Windows": why that is equivalent).
//
// The C++ liveness from the artifact's numbers (life()) only chooses which
// values a windowed query mentions; Z3 certifies the bounds used
// (liveness-bounds, z3_global.cpp).
#pragma once
#include <z3++.h>

#include <climits>
#include <optional>
#include <string>
#include <vector>

#include "model/artifact.h"
#include "model/graph.h"
#include "verify/violation.h"
#include "verify/z3_smt.h"

namespace sp {

// The exact rational of a finite double as a Z3 Real numeral.
z3::expr real_num(z3::context& ctx, double d);

class LivenessTerms {
 public:
  static constexpr int kNegInf = INT_MIN / 4, kPosInf = INT_MAX / 4;

  LivenessTerms(z3::context& ctx, const Graph& g, const Artifact& a);
  z3::context& ctx() { return ctx_; }

  // ---- one query's facts -------------------------------------------------
  void begin_query();                         // forget the previous query's facts
  void add_fact(std::string name, const z3::expr& e);  // a named fact other than a phase
  NamedFacts query_facts();                   // phase facts by gate, then the others

  // ---- terms ------------------------------------------------------------------
  z3::expr big() { return ctx_.int_val(kForeverBoundary); }
  z3::expr phase(GateId x);
  bool forever(ValueId v) const { return g_.values[v].output || g_.values[v].pinned; }
  z3::expr birth(ValueId v);
  z3::expr death(ValueId v);
  z3::expr first(ValueId v);
  z3::expr last(ValueId v);
  z3::expr needs(ValueId v);
  std::optional<bool> needs_constant(ValueId v) const;  // unused: false; cannot be internal: true
  // Windowed: for comparisons with a boundary c in (lo, hi] (see the .cpp);
  // lo = kNegInf and hi = kPosInf give the full terms.
  z3::expr death_after(ValueId v, int lo, int hi = kPosInf);
  z3::expr last_after(ValueId v, int lo, int hi = kPosInf);
  z3::expr needs_in(ValueId v, bool windowed);
  z3::expr x(ValueId v);
  z3::expr read_boundary(GateId r);  // the last boundary before r's phase
  z3::expr same_sublayer(GateId r, ValueId v);
  z3::expr layer(GateId x) { return phase(x) / 4; }
  z3::expr in_layer(GateId x, const z3::expr& L) { return 4 * L <= phase(x) && phase(x) <= 4 * L + 3; }
  z3::expr odd_boundary(const z3::expr& c, int lo, int last_boundary);  // c odd, lo <= c <= last boundary
  z3::expr odd_ceil(GateId x, const z3::expr& p);  // smallest odd phase >= p, p the phase of x (x < 0: input)
  z3::expr sum_or_zero(const z3::expr_vector& v, bool real);
  z3::expr any(const z3::expr_vector& v) { return v.empty() ? ctx_.bool_val(false) : z3::mk_or(v); }

  // ---- the C++ liveness (artifact numbers) ----------------------------------------
  void compute_life();  // once the schedule is legal
  const LifeFacts& life(ValueId v) const { return life_[v]; }
  int read_boundary_of(GateId r) const;
  static bool is_odd(int64_t x) { return ((x % 2) + 2) % 2 == 1; }

 private:
  void touch(ValueId v);  // v's terms mention its producer's and readers' phases
  z3::expr max_term(const std::vector<z3::expr>& items);
  template <class F>
  void window_readers(ValueId v, int lo, int hi, F&& each);
  void sort_readers();

  z3::context& ctx_;
  const Graph& g_;
  const Artifact& a_;
  std::vector<std::optional<z3::expr>> phase_c_, death_c_, first_c_, last_c_, needs_c_, x_c_;
  std::vector<char> gate_used_;
  std::vector<GateId> used_;
  NamedFacts extra_facts_;                          // artifact numbers other than phases
  std::vector<std::vector<GateId>> readers_sorted_;  // by artifact phase
  std::vector<std::vector<int>> reader_phases_;
  std::vector<LifeFacts> life_;
};

}  // namespace sp
