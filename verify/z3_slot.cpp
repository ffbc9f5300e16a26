// The Z3 checker's per-slot properties. For slot s with writes w (boundary
// b_w, delta_w) the contents after boundary c are
//   C_s(c) = sum_w ite(c >= b_w, delta_w, 0)        (c an Int Z3 chooses)
// and each property is one query (per window of boundaries, below):
//   Disjoint     two values of the slot hold it at one boundary (closed
//                ranges under delayed reuse, half-open under immediate)
//   Windows      (windowed slots only) the certificate for NoOverwrite's
//                per-value coefficient bounds
//   NoOverwrite  a write touches the slot while a value in it is needed
//   Contents     C_s(c) differs from E_s(c), the values that hold the slot
//                at c plus the waste the Z3 side claims for c (below)
//   Reads        a read (or the output head) sees C_s(read boundary) != its value
// Waste: the Z3 side counts, from the artifact's numbers, where each value
// is in its slot-table slot with coefficient 1 while no value holds the
// slot, born and subtracted again by the last boundary (WasteClaim). E_s(c)
// adds x_u for such a u exactly at its claimed boundaries and only where Z3
// proves the conditions (born, the coefficients sum to 0, no holder). So an
// unsat Contents query proves the slot safe and the claimed waste exact:
// any other presence, a missing claimed value or a wrong coefficient
// makes C_s(c) != E_s(c) for some values.
// Windows: docs/VERIFY.md, "Windows". With one window a slot gets one query
// per property; with several, one query per window (the disjunction of the
// properties' negations), split per property only when it is not unsat.
#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "verify/z3_checks.h"

namespace sp {

namespace {

using Range = std::pair<int, int>;  // closed range of odd boundaries

// A value the slot may hold beyond need, at the boundaries of `ranges`.
struct WasteClaim {
  ValueId value = -1;
  std::vector<Range> ranges;
};

struct SlotData {
  std::vector<const Write*> writes;  // sorted by boundary
  std::vector<ValueId> owners;       // the slot table puts them here
  std::vector<std::pair<GateId, ValueId>> reads;
  std::vector<ValueId> outputs;
  std::vector<int> ends;  // window k covers boundaries (ends[k-1], ends[k]]; last = kPosInf
  std::vector<WasteClaim> waste;
};

constexpr int kNegInf = LivenessTerms::kNegInf, kPosInf = LivenessTerms::kPosInf;

Contents contents_after(const SlotData& d, int64_t c) {
  Contents s;
  for (const Write* w : d.writes)
    if (w->boundary <= c)
      for (const Term& t : w->delta) {
        double& k = s[t.value];
        k += t.coef;
        if (k == 0) s.erase(t.value);
      }
  return s;
}

std::vector<Term> written_at(const SlotData& d, int64_t c) {
  std::vector<Term> out_terms;
  for (const Write* w : d.writes)
    if (w->boundary == c) out_terms.insert(out_terms.end(), w->delta.begin(), w->delta.end());
  return out_terms;
}

// ---- the waste claims (C++ from the artifact's numbers; the queries prove them) ----

int odd_at_least(int b) { return LivenessTerms::is_odd(b) ? b : b + 1; }

// Closed ranges of odd boundaries in [-1, LB] where some owner holds slot s
// (first <= c < last), merged.
std::vector<Range> held_ranges(const Z3Env& e, const SlotData& d) {
  std::vector<Range> held;
  for (ValueId u : d.owners) {
    const LifeFacts& f = e.t.life(u);
    int hi = f.last >= kForeverBoundary ? e.LB : std::min(e.LB, f.last - 2);
    if (f.needs_slot && std::max(f.first, -1) <= hi) held.emplace_back(std::max(f.first, -1), hi);
  }
  std::sort(held.begin(), held.end());
  std::vector<Range> merged;
  for (Range r : held)
    if (!merged.empty() && r.first <= merged.back().second + 2) merged.back().second = std::max(merged.back().second, r.second);
    else merged.push_back(r);
  return merged;
}

// The ranges of `present` minus the `held` ones (both sorted, disjoint).
std::vector<Range> minus(const std::vector<Range>& present, const std::vector<Range>& held) {
  std::vector<Range> out;
  for (Range r : present) {
    int lo = r.first;
    for (Range h : held) {
      if (h.second < lo || h.first > r.second) continue;
      if (h.first > lo) out.emplace_back(lo, h.first - 2);
      lo = h.second + 2;
    }
    if (lo <= r.second) out.emplace_back(lo, r.second);
  }
  return out;
}

// Where value u (slot table: this slot) is in the slot with coefficient 1,
// from its own terms, born; empty if its coefficients do not sum to 0.
std::vector<Range> present_ranges(const Z3Env& e, const SlotData& d, ValueId u) {
  std::map<int, double> at;  // effective boundary -> coefficient change
  double total = 0;
  for (const Write* w : d.writes)
    for (const Term& t : w->delta)
      if (t.value == u) at[odd_at_least(std::max(w->boundary, -1))] += t.coef, total += t.coef;
  std::vector<Range> out;
  if (total != 0) return out;  // never subtracted: any presence is a violation
  double coef = 0;
  for (auto it = at.begin(); it != at.end(); ++it) {
    coef += it->second;
    int lo = std::max(it->first, e.t.life(u).first);
    int hi = std::next(it) == at.end() ? e.LB : std::min(e.LB, std::next(it)->first - 2);
    if (coef == 1 && lo <= hi) out.emplace_back(lo, hi);
  }
  return out;
}

std::vector<WasteClaim> waste_claims(const Z3Env& e, const SlotData& d, int s) {
  std::set<ValueId> written;
  for (const Write* w : d.writes)
    for (const Term& t : w->delta)
      if (t.coef != 0 && e.a.alloc.slot[t.value] == s) written.insert(t.value);
  std::vector<WasteClaim> claims;
  if (written.empty()) return claims;
  const std::vector<Range> held = held_ranges(e, d);
  for (ValueId u : written) {
    std::vector<Range> r = minus(present_ranges(e, d, u), held);
    if (!r.empty()) claims.push_back({u, std::move(r)});
  }
  return claims;
}

// ---- one slot's queries -----------------------------------------------------------

enum class SlotProperty { Disjoint, Windows, NoOverwrite, Contents, Reads };
constexpr SlotProperty kSlotProperties[] = {SlotProperty::Disjoint, SlotProperty::Windows, SlotProperty::NoOverwrite,
                                            SlotProperty::Contents, SlotProperty::Reads};

// One property of one slot window as a query: name, logic, the negated
// property, and what a model of it reports.
struct Part {
  std::string name;
  const char* logic;
  z3::expr negation;
  ModelHandler on_model;
};

class SlotChecker {
 public:
  SlotChecker(Z3Env& e, int s, const SlotData& d);
  void run();

 private:
  int lo_of(size_t k) const { return k == 0 ? kNegInf : d_.ends[k - 1]; }
  z3::expr in_window(const z3::expr& c, size_t k);
  void split_owners();
  void coefficient_ranges();
  void split_reads();
  z3::expr coef_before(ValueId u, const z3::expr& c);
  z3::expr delta_term(const Write& w);
  z3::expr contents_term(const z3::expr& c, int lo, int hi, std::optional<z3::expr> start);
  z3::expr unchained_start(int lo);
  z3::expr holds(ValueId u, const z3::expr& c, int lo, int hi);
  z3::expr waste_term(const WasteClaim& w, const z3::expr& c, const z3::expr& held);
  void add_waste_terms(z3::expr_vector& expected, const z3::expr& c, int lo, int hi, const z3::expr& held);
  std::optional<z3::expr> window_start(size_t k, bool chained);
  bool chain_ok(size_t k) const;
  std::optional<z3::expr> start_of(size_t k);
  std::vector<ValueId> waste_at(int64_t c) const;

  std::optional<Part> part(SlotProperty p, size_t k);
  std::optional<Part> disjoint(size_t k);
  std::optional<Part> windows(size_t k);
  std::optional<Part> no_overwrite(size_t k);
  std::optional<Part> contents(size_t k);
  std::optional<Part> reads(size_t k);
  void run_separately(size_t k);
  void run_window(size_t k);

  Z3Env& e_;
  LivenessTerms& t_;
  z3::context& ctx_;
  const Graph& g_;
  const int s_;
  const SlotData& d_;
  const size_t K_;
  const bool windowed_;
  // Owners whose certified range [first, last] meets [lo, hi] (closed) / (lo, hi].
  std::vector<std::vector<ValueId>> closed_lists_, open_lists_;
  // No-overwrite: the values written here, their (boundary, coefficient)
  // terms, and the boundaries where each one's coefficient can be nonzero.
  std::vector<ValueId> in_writes_;
  std::map<ValueId, std::vector<std::pair<int, double>>> terms_of_;
  std::vector<Range> coef_range_;
  std::vector<std::vector<size_t>> reads_in_;  // per window: reads, then outputs (offset by reads.size())
  std::vector<char> contents_proven_;
  std::optional<z3::expr> start_k_;  // the window start of the query being built
};

SlotChecker::SlotChecker(Z3Env& e, int s, const SlotData& d)
    : e_(e), t_(e.t), ctx_(e.ctx()), g_(e.g), s_(s), d_(d), K_(d.ends.size()), windowed_(K_ > 1),
      closed_lists_(K_), open_lists_(K_), reads_in_(K_), contents_proven_(K_, 0) {
  split_owners();
  coefficient_ranges();
  split_reads();
}

z3::expr SlotChecker::in_window(const z3::expr& c, size_t k) {  // lo < c <= hi, as a term (windowed only)
  z3::expr e = ctx_.bool_val(true);
  if (k > 0) e = e && c > lo_of(k);
  if (d_.ends[k] != kPosInf) e = e && c <= d_.ends[k];
  return e;
}

void SlotChecker::split_owners() {
  for (ValueId u : d_.owners) {
    if (!windowed_) {
      closed_lists_[0].push_back(u), open_lists_[0].push_back(u);
      continue;
    }
    const LifeFacts& f = t_.life(u);
    if (!f.needs_slot) continue;
    // first window whose hi >= first(u)
    size_t k0 = std::lower_bound(d_.ends.begin(), d_.ends.end(), f.first) - d_.ends.begin();
    for (size_t k = k0; k < K_ && lo_of(k) <= f.last; ++k) {
      closed_lists_[k].push_back(u);
      if (f.last > lo_of(k)) open_lists_[k].push_back(u);
    }
  }
}

// No-overwrite: each value's coefficient in the slot before c is nonzero
// only for c in [lo_u, hi_u] (one past its first write .. its last write,
// or forever when its coefficients do not sum to 0); with several windows
// Z3 proves those bounds (Windows) and each window mentions the values
// whose bounds meet it.
void SlotChecker::coefficient_ranges() {
  for (const Write* w : d_.writes)
    for (const Term& t : w->delta)
      if (t.coef != 0) in_writes_.push_back(t.value);
  std::sort(in_writes_.begin(), in_writes_.end());
  in_writes_.erase(std::unique(in_writes_.begin(), in_writes_.end()), in_writes_.end());
  for (const Write* w : d_.writes)
    for (const Term& t : w->delta) terms_of_[t.value].emplace_back(w->boundary, t.coef);
  coef_range_.assign(in_writes_.size(), {kPosInf, kNegInf});
  for (size_t i = 0; i < in_writes_.size(); ++i) {
    double total = 0;
    for (auto [b, k] : terms_of_[in_writes_[i]]) {
      total += k;
      coef_range_[i].first = std::min(coef_range_[i].first, b < kPosInf ? b + 1 : kPosInf);  // no int overflow
      coef_range_[i].second = std::max(coef_range_[i].second, b);
    }
    if (total != 0) coef_range_[i].second = kPosInf;
  }
}

void SlotChecker::split_reads() {
  for (size_t i = 0; i < d_.reads.size(); ++i) {
    int rb = t_.read_boundary_of(d_.reads[i].first);
    size_t k = std::lower_bound(d_.ends.begin(), d_.ends.end(), rb) - d_.ends.begin();
    reads_in_[std::min(k, K_ - 1)].push_back(i);
  }
  for (size_t j = 0; j < d_.outputs.size(); ++j) reads_in_[K_ - 1].push_back(d_.reads.size() + j);
}

z3::expr SlotChecker::coef_before(ValueId u, const z3::expr& c) {  // u's coefficient in the slot before boundary c
  z3::expr_vector coef(ctx_);
  for (auto [b, k] : terms_of_[u]) coef.push_back(z3::ite(c > b, real_num(ctx_, k), ctx_.real_val(0)));
  return t_.sum_or_zero(coef, true);
}

z3::expr SlotChecker::delta_term(const Write& w) {
  z3::expr_vector delta(ctx_);
  for (const Term& t : w.delta) delta.push_back(real_num(ctx_, t.coef) * t_.x(t.value));
  return t_.sum_or_zero(delta, true);
}

// C_s(c) restricted to window (lo, hi]: `start` (the contents after lo)
// plus the window's writes, each an ite on c. With one window (lo = -inf)
// it is the whole slot's C_s(c).
z3::expr SlotChecker::contents_term(const z3::expr& c, int lo, int hi, std::optional<z3::expr> start) {
  z3::expr_vector parts(ctx_);
  if (start) parts.push_back(*start);
  for (const Write* w : d_.writes)
    if (w->boundary > lo && w->boundary <= hi) parts.push_back(z3::ite(c >= w->boundary, delta_term(*w), ctx_.real_val(0)));
  return t_.sum_or_zero(parts, true);
}

// The actual contents after boundary lo, written out (all writes <= lo):
// the start of a window whose chain is broken by an earlier violation.
z3::expr SlotChecker::unchained_start(int lo) {
  z3::expr_vector parts(ctx_);
  for (const Write* w : d_.writes)
    if (w->boundary <= lo) parts.push_back(delta_term(*w));
  return t_.sum_or_zero(parts, true);
}

z3::expr SlotChecker::holds(ValueId u, const z3::expr& c, int lo, int hi) {
  const bool windowed = lo != kNegInf || hi != kPosInf;
  return t_.needs_in(u, windowed) && t_.first(u) <= c && c < t_.last_after(u, lo, hi);
}

// x_u at c when c is a claimed boundary of u and Z3 proves the waste
// conditions there: born, u's coefficients here sum to 0 (it is subtracted
// again), and no owner holds the slot (`held`).
z3::expr SlotChecker::waste_term(const WasteClaim& w, const z3::expr& c, const z3::expr& held) {
  z3::expr_vector in(ctx_), coefs(ctx_);
  for (auto [lo, hi] : w.ranges) in.push_back(c >= lo && c <= hi);
  for (auto [b, k] : terms_of_[w.value]) coefs.push_back(real_num(ctx_, k));
  z3::expr allowed = t_.any(in) && t_.birth(w.value) <= c && t_.sum_or_zero(coefs, true) == ctx_.real_val(0) && !held;
  return z3::ite(allowed, t_.x(w.value), ctx_.real_val(0));
}

// The claims that meet [lo, hi], added to the expected contents at c.
void SlotChecker::add_waste_terms(z3::expr_vector& expected, const z3::expr& c, int lo, int hi, const z3::expr& held) {
  for (const WasteClaim& w : d_.waste)
    if (std::any_of(w.ranges.begin(), w.ranges.end(), [&](Range r) { return r.second >= lo && r.first <= hi; }))
      expected.push_back(waste_term(w, c, held));
}

// The start of window k > 0: while every earlier contents window is
// proven, the slot holds exactly the intended values (and claimed waste)
// after lo (the previous window proved it), stated as a named fact; after a
// violation the chain is broken and the start is the actual sum of earlier writes.
std::optional<z3::expr> SlotChecker::window_start(size_t k, bool chained) {
  if (k == 0) return std::nullopt;
  const int lo = lo_of(k);
  if (!chained) return unchained_start(lo);
  z3::expr start = ctx_.real_const("window_start_contents");
  z3::expr_vector intended(ctx_);
  z3::expr cl = ctx_.int_val(lo);
  for (ValueId u : closed_lists_[k]) intended.push_back(z3::ite(holds(u, cl, lo, lo), t_.x(u), ctx_.real_val(0)));
  if (!d_.waste.empty()) {
    z3::expr_vector hold(ctx_);
    for (ValueId u : closed_lists_[k]) hold.push_back(holds(u, cl, lo, lo));
    add_waste_terms(intended, cl, lo, lo, t_.any(hold));
  }
  t_.add_fact("contents_after_boundary_" + std::to_string(lo), start == t_.sum_or_zero(intended, true));
  return start;
}

bool SlotChecker::chain_ok(size_t k) const {
  for (size_t j = 0; j < k; ++j)
    if (!contents_proven_[j]) return false;
  return true;
}

// Every part of one window shares the window start (contents and reads).
std::optional<z3::expr> SlotChecker::start_of(size_t k) {
  if (!start_k_) start_k_ = window_start(k, chain_ok(k));
  return start_k_;
}

std::vector<ValueId> SlotChecker::waste_at(int64_t c) const {
  std::vector<ValueId> out;
  for (const WasteClaim& w : d_.waste)
    if (std::any_of(w.ranges.begin(), w.ranges.end(), [&](Range r) { return r.first <= c && c <= r.second; }))
      out.push_back(w.value);
  return out;
}

std::optional<Part> SlotChecker::part(SlotProperty p, size_t k) {
  switch (p) {
    case SlotProperty::Disjoint: return disjoint(k);
    case SlotProperty::Windows: return windows(k);
    case SlotProperty::NoOverwrite: return no_overwrite(k);
    case SlotProperty::Contents: return contents(k);
    case SlotProperty::Reads: return reads(k);
  }
  return std::nullopt;
}

// Interval disjointness of the values sharing the slot.
std::optional<Part> SlotChecker::disjoint(size_t k) {
  const std::vector<ValueId>& own = open_lists_[k];
  if (d_.owners.size() < 2 || own.size() < 2) return std::nullopt;
  z3::expr c = ctx_.int_const("boundary");
  std::vector<z3::expr> occ;
  z3::expr_vector count(ctx_);
  for (ValueId u : own) {
    z3::expr lu = t_.last_after(u, lo_of(k), d_.ends[k]);  // lo < c <= hi
    occ.push_back(t_.needs_in(u, windowed_) && t_.first(u) <= c && (e_.immediate ? c < lu : c <= lu));
    count.push_back(z3::ite(occ.back(), ctx_.int_val(1), ctx_.int_val(0)));
  }
  z3::expr where = t_.odd_boundary(c, -1, e_.LB);
  if (windowed_) where = where && in_window(c, k);
  return Part{slot_query_name(s_, "disjoint", k, windowed_), "QF_LIA", where && z3::sum(count) >= 2,
              [this, c, occ, own](const z3::model& m) -> std::optional<z3::expr> {
                e_.mark(Property::NoOverwrite);
                int64_t cb = model_int(m, c);
                std::vector<ValueId> holders;
                for (size_t i = 0; i < own.size(); ++i)
                  if (model_bool(m, occ[i])) holders.push_back(own[i]);
                if (holders.size() >= 2) {
                  // Words as the direct checker has them: the earlier value
                  // first, at the first boundary both hold.
                  ValueId u = holders[0], w = holders[1];
                  if (std::pair(t_.life(w).first, w) < std::pair(t_.life(u).first, u)) std::swap(u, w);
                  Violation v = e_.violation(ViolationClass::OverwriteLive, Property::NoOverwrite);
                  v.value = u, v.other = w, v.slot = s_, v.life = t_.life(u), v.other_life = t_.life(w);
                  v.boundary = std::max({v.life.first, v.other_life.first, -1});
                  e_.report(std::move(v));
                }
                return c != ctx_.int_val(cb);
              }};
}

// The certificate for the coefficient bounds of no-overwrite, for the
// values whose first write falls in window k (so each value is certified once).
std::optional<Part> SlotChecker::windows(size_t k) {
  if (!windowed_) return std::nullopt;
  std::vector<size_t> intro;
  for (size_t i = 0; i < in_writes_.size(); ++i) {
    int b = coef_range_[i].first - 1;
    if (b > lo_of(k) && b <= d_.ends[k]) intro.push_back(i);
  }
  if (intro.empty()) return std::nullopt;
  z3::expr c = ctx_.int_const("boundary");
  z3::expr pick = ctx_.int_const("value_index");
  z3::expr_vector bad(ctx_);
  for (size_t i : intro) {
    auto [lo, hi] = coef_range_[i];
    z3::expr outside = c < lo;
    if (hi != kPosInf) outside = outside || c > hi;
    bad.push_back(pick == static_cast<int>(i) && coef_before(in_writes_[i], c) != 0 && outside);
  }
  std::string name = slot_query_name(s_, "windows", k, true);
  return Part{name, "QF_LIRA", z3::mk_or(bad), [this, name](const z3::model&) -> std::optional<z3::expr> {
                e_.refuted(name, "the write-coefficient bounds used for windows are refuted");
                return std::nullopt;
              }};
}

// No write touches the slot while a value in it is still needed.
std::optional<Part> SlotChecker::no_overwrite(size_t k) {
  if (in_writes_.empty()) return std::nullopt;
  const int lo = lo_of(k), hi = d_.ends[k];
  std::set<int> write_boundaries;
  for (const Write* w : d_.writes)
    if (w->boundary > lo && w->boundary <= hi)
      for (const Term& t : w->delta)
        if (t.coef != 0) write_boundaries.insert(w->boundary);
  std::vector<ValueId> vals;
  for (size_t i = 0; i < in_writes_.size(); ++i)
    if (coef_range_[i].first <= hi && coef_range_[i].second > lo) vals.push_back(in_writes_[i]);
  if (write_boundaries.empty() || vals.empty()) return std::nullopt;
  z3::expr c = ctx_.int_const("boundary");
  z3::expr pick = ctx_.int_const("value_index");
  z3::expr_vector at_write(ctx_), live(ctx_);
  for (int b : write_boundaries) at_write.push_back(c == b);
  for (size_t i = 0; i < vals.size(); ++i) {
    ValueId u = vals[i];
    z3::expr needed = t_.forever(u) ? ctx_.bool_val(true) : t_.death_after(u, lo, hi) > c;
    live.push_back(pick == static_cast<int>(i) && coef_before(u, c) != 0 && needed);
  }
  return Part{slot_query_name(s_, "no-overwrite", k, windowed_), "QF_LIRA", z3::mk_or(at_write) && z3::mk_or(live),
              [this, c, pick, vals](const z3::model& m) -> std::optional<z3::expr> {
                e_.mark(Property::NoOverwrite);
                int64_t cb = model_int(m, c), i = model_int(m, pick);
                ValueId u = vals[static_cast<size_t>(i)];
                Violation v = e_.violation(ViolationClass::OverwriteLive, Property::NoOverwrite);
                v.value = u, v.slot = s_, v.boundary = static_cast<int>(cb), v.written = written_at(d_, cb);
                v.life = t_.life(u);
                e_.report(std::move(v));
                return !(c == ctx_.int_val(cb) && pick == ctx_.int_val(i));
              }};
}

// After every boundary the slot holds exactly the values that should hold
// it, and the claimed waste.
std::optional<Part> SlotChecker::contents(size_t k) {
  z3::expr c = ctx_.int_const("boundary");
  z3::expr actual = contents_term(c, lo_of(k), d_.ends[k], start_of(k));
  const std::vector<ValueId>& own = closed_lists_[k];
  z3::expr_vector intended(ctx_);
  std::vector<z3::expr> hold;
  for (ValueId u : own) {
    hold.push_back(holds(u, c, lo_of(k), d_.ends[k]));
    intended.push_back(z3::ite(hold.back(), t_.x(u), ctx_.real_val(0)));
  }
  if (!d_.waste.empty()) {
    z3::expr_vector held(ctx_);
    for (const z3::expr& h : hold) held.push_back(h);
    add_waste_terms(intended, c, lo_of(k), d_.ends[k], t_.any(held));
  }
  z3::expr where = t_.odd_boundary(c, -1, e_.LB);
  if (windowed_) where = where && in_window(c, k);
  return Part{slot_query_name(s_, "contents", k, windowed_), "QF_LIRA",
              where && actual != t_.sum_or_zero(intended, true),
              [this, c, hold, own](const z3::model& m) -> std::optional<z3::expr> {
                e_.mark(Property::Contents);
                int64_t cb = model_int(m, c);
                ContentsMismatch mm;
                mm.slot = s_, mm.boundary = static_cast<int>(cb);
                mm.found = contents_after(d_, cb), mm.written = written_at(d_, cb);
                mm.final_contents = contents_after(d_, kPosInf), mm.waste_ok = waste_at(cb);
                for (size_t i = 0; i < own.size(); ++i)
                  if (model_bool(m, hold[i])) mm.intended.push_back(own[i]);
                std::sort(mm.intended.begin(), mm.intended.end());
                auto facts = [this](ValueId v) { return t_.life(v); };
                for (Violation& v : classify_contents_mismatch(mm, e_.a.alloc.slot, facts)) {
                  v.policy = e_.a.alloc.policy;
                  e_.report(std::move(v));
                }
                return c != ctx_.int_val(cb);
              }};
}

// Every read and the output head see their value.
std::optional<Part> SlotChecker::reads(size_t k) {
  if (reads_in_[k].empty()) return std::nullopt;
  z3::expr c = ctx_.int_const("boundary");
  z3::expr want = ctx_.real_const("read_value");
  z3::expr pick = ctx_.int_const("read_index");
  z3::expr_vector reads(ctx_);
  for (size_t i : reads_in_[k]) {
    if (i < d_.reads.size()) {
      auto [r, u] = d_.reads[i];
      reads.push_back(pick == static_cast<int>(i) && !t_.same_sublayer(r, u) && c == t_.read_boundary(r) && want == t_.x(u));
    } else {
      reads.push_back(pick == static_cast<int>(i) && c == e_.LB && want == t_.x(d_.outputs[i - d_.reads.size()]));
    }
  }
  z3::expr actual = contents_term(c, lo_of(k), d_.ends[k], start_of(k));
  // A read outside its window (impossible unless the C++ and Z3 read
  // boundaries differ) is reported rather than assumed away.
  z3::expr wrong = windowed_ ? !in_window(c, k) || actual != want : actual != want;
  return Part{slot_query_name(s_, "reads", k, windowed_), "QF_LIRA", z3::mk_or(reads) && wrong,
              [this, c, pick](const z3::model& m) -> std::optional<z3::expr> {
                e_.mark(Property::Reads);
                int64_t cb = model_int(m, c), i = model_int(m, pick);
                const bool is_read = i < static_cast<int64_t>(d_.reads.size());
                GateId r = is_read ? d_.reads[static_cast<size_t>(i)].first : -1;
                ValueId u = is_read ? d_.reads[static_cast<size_t>(i)].second : d_.outputs[static_cast<size_t>(i) - d_.reads.size()];
                Violation v = is_read ? e_.gate_violation(ViolationClass::ReadBeforeWrite, Property::Reads, r)
                                      : e_.violation(ViolationClass::MisplacedOutput, Property::Reads);
                v.value = u, v.slot = s_, v.boundary = is_read ? static_cast<int>(cb) : e_.LB;
                v.found = contents_after(d_, v.boundary), v.expected = {{u, 1.0}}, v.life = t_.life(u), v.value_slot = s_;
                e_.report(std::move(v));
                return pick != ctx_.int_val(i);
              }};
}

// One query per property; the contents verdict extends the chain.
void SlotChecker::run_separately(size_t k) {
  for (SlotProperty p : kSlotProperties) {
    e_.begin();
    start_k_.reset();
    std::optional<Part> q = part(p, k);
    if (!q) continue;
    SmtResult r = e_.query(q->name, q->logic, q->negation, q->on_model);
    if (p == SlotProperty::Contents) contents_proven_[k] = r.unsat();
  }
}

// Windowed: one query per window whose negation is the disjunction of the
// parts' negations (unsat iff every part is unsat); only a window with a
// violation runs its parts one by one, for the counterexamples.
void SlotChecker::run_window(size_t k) {
  e_.begin();
  start_k_.reset();
  z3::expr_vector any_part(ctx_);
  for (SlotProperty p : kSlotProperties)
    if (std::optional<Part> q = part(p, k)) any_part.push_back(q->negation);
  const bool was_undecided = e_.out.undecided;
  const std::string was_reason = e_.out.undecided_reason;
  SmtResult r = e_.query(slot_query_name(s_, "window", k, true), "QF_LIRA", z3::mk_or(any_part),
                         [](const z3::model&) -> std::optional<z3::expr> { return std::nullopt; });
  if (r.unsat()) {
    contents_proven_[k] = 1;
    return;
  }
  if (r.verdict == SmtResult::Verdict::Unknown) e_.out.undecided = was_undecided, e_.out.undecided_reason = was_reason;
  run_separately(k);
}

void SlotChecker::run() {
  for (size_t k = 0; k < K_; ++k) {
    if (windowed_) run_window(k);
    else run_separately(k);  // one window: exactly the unwindowed queries
  }
}

// Splits the slot's boundaries into windows of about slot_window_events
// events (writes and reads); a window ends at an odd boundary below LB.
void choose_windows(const Z3Env& e, SlotData& d) {
  std::vector<int> ev;
  for (const Write* w : d.writes) ev.push_back(w->boundary);
  for (auto [r, u] : d.reads) ev.push_back(e.t.read_boundary_of(r));
  std::sort(ev.begin(), ev.end());
  const size_t W = std::max(1u, e.opt.slot_window_events);
  d.ends.clear();
  size_t count = 0;
  for (size_t i = 0; i < ev.size();) {
    size_t j = i;
    while (j < ev.size() && ev[j] == ev[i]) ++j;
    count += j - i;
    int b = LivenessTerms::is_odd(ev[i]) ? ev[i] : ev[i] + 1;
    if (count >= W && b >= -1 && b < e.LB && (d.ends.empty() || b > d.ends.back())) d.ends.push_back(b), count = 0;
    i = j;
  }
  // A short tail joins the previous window.
  if (!d.ends.empty() && count < W / 2) d.ends.pop_back();
  d.ends.push_back(kPosInf);
}

std::map<int, SlotData> slot_data(const Z3Env& e) {
  std::map<int, SlotData> slots;
  for (const Write& w : e.a.alloc.writes) slots[w.slot].writes.push_back(&w);
  for (auto& [s, d] : slots)
    std::stable_sort(d.writes.begin(), d.writes.end(), [](const Write* p, const Write* q) { return p->boundary < q->boundary; });
  for (ValueId v = 0; v < static_cast<ValueId>(e.g.values.size()); ++v) {
    int s = e.a.alloc.slot[v];
    if (s < 0) continue;
    slots[s].owners.push_back(v);
    if (e.g.values[v].output) slots[s].outputs.push_back(v);
    for (GateId r : e.g.readers[v]) slots[s].reads.emplace_back(r, v);
  }
  return slots;
}

// The Z3 side's waste list: the proven claims, and the slot-table entries
// of values that need no slot (waste-slot-entries proves they need none).
void collect_waste(Z3Env& e, const std::map<int, SlotData>& slots) {
  std::map<ValueId, Waste> list;
  for (const auto& [s, d] : slots)
    for (const WasteClaim& c : d.waste) {
      Waste& w = list[c.value];
      for (Range r : c.ranges) add_waste_range(w, r.first, r.second);
    }
  for (ValueId v = 0; v < static_cast<ValueId>(e.g.values.size()); ++v)
    if (e.a.alloc.slot[v] >= 0 && !e.t.life(v).needs_slot) list[v];
  for (auto& [v, w] : list) {
    w.value = v, w.slot = e.a.alloc.slot[v], w.life = e.t.life(v);
    w.kind = w.life.needs_slot ? WasteKind::LateErase
             : w.ranges.empty() ? WasteKind::EntryOnly
             : e.g.values[v].producer < 0 ? WasteKind::UnreadInput
                                          : WasteKind::NotNeeded;
    e.out.waste.push_back(std::move(w));
  }
}

// The values the waste list says need no slot though the slot table gives
// them one: Z3 proves not needs(v) for each (the full term). Posed only when
// there are any. Sat would be an internal error: undecided.
void check_waste_entries(Z3Env& e) {
  e.begin();
  z3::expr_vector bad(e.ctx());
  for (ValueId v = 0; v < static_cast<ValueId>(e.g.values.size()); ++v)
    if (e.a.alloc.slot[v] >= 0 && !e.t.life(v).needs_slot) bad.push_back(e.t.needs(v));
  if (bad.empty()) return;
  e.query("waste-slot-entries", "QF_LIA", z3::mk_or(bad), [&](const z3::model&) -> std::optional<z3::expr> {
    e.refuted("waste-slot-entries", "a value the waste list says needs no slot needs one");
    return std::nullopt;
  });
}

}  // namespace

void check_slots(Z3Env& e, bool need_bounds) {
  check_waste_entries(e);
  std::map<int, SlotData> slots = slot_data(e);
  bool any_windowed = need_bounds;
  for (auto& [s, d] : slots) {
    choose_windows(e, d);
    d.waste = waste_claims(e, d, s);
    any_windowed = any_windowed || d.ends.size() > 1;
  }
  if (any_windowed) check_liveness_bounds(e);
  for (auto& [s, d] : slots) SlotChecker(e, s, d).run();
  collect_waste(e, slots);
}

}  // namespace sp
