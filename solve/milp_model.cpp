// Builds the time-indexed MILP (docs/MILP.md has the full derivation).
//
// Every quantity of model/liveness.cpp is written with the cumulative sums of
// the phase binaries x[g,p]:
//   born_by(g,t)     = sum_{p<=t} x[g,p]     (1 if g's window ends by t)
//   at_or_after(g,t) = sum_{p>=t} x[g,p]
// Precedence makes products of these linear: for a producer u and its reader r,
// [u <= c] * [r >= c-1] = born_by(u,c) + at_or_after(r,c-1) - 1 exactly (the
// pair "u > c, r < c-1" is impossible), so a value with one deciding reader
// needs no extra column at all. Values with several deciding readers get a
// continuous indicator bounded below by each reader's expression; the
// objective only pushes indicators down, so lower bounds are all that is
// needed, provided every quantity enters the width rows with a + sign. The
// head rule's `dying` term is therefore never written as alive_prev + born -
// alive_cur (which has a minus sign) but counted directly: a value is among
// layer L's dying values exactly when its death phase is 4L or 4L+1.
#include "solve/milp_model.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>

#include "model/liveness.h"
#include "solve/milp_error.h"

namespace sp::milp {
namespace {

struct LinExpr {
  std::vector<std::pair<int, double>> terms;
  double constant = 0;

  LinExpr& add(int col, double coef) {
    terms.emplace_back(col, coef);
    return *this;
  }
  LinExpr& add(const LinExpr& e, double scale = 1.0) {
    for (auto [c, v] : e.terms) terms.emplace_back(c, v * scale);
    constant += e.constant * scale;
    return *this;
  }
  LinExpr& add_constant(double c) {
    constant += c;
    return *this;
  }
  // Sorts by column, sums duplicates, drops zeros.
  void merge() {
    std::sort(terms.begin(), terms.end());
    std::vector<std::pair<int, double>> out;
    for (auto [c, v] : terms) {
      if (!out.empty() && out.back().first == c)
        out.back().second += v;
      else
        out.emplace_back(c, v);
    }
    std::erase_if(out, [](auto& t) { return t.second == 0; });
    terms = std::move(out);
  }
};

LinExpr operator+(LinExpr a, const LinExpr& b) { return a.add(b); }
LinExpr operator-(LinExpr a, const LinExpr& b) { return a.add(b, -1.0); }
LinExpr operator-(LinExpr a, double c) { return a.add_constant(-c); }

class Builder {
 public:
  Builder(const Graph& g, const ModelSpec& spec, const std::vector<int>& earliest, const std::vector<int>& latest,
          const WidthScope& scope)
      : g_(g), N_(spec.layers), max_ffn_(spec.max_ffn), policy_(spec.policy),
        two_rows_(spec.policy == ReusePolicy::Immediate),
        deadline_(spec.deadline), earliest_(earliest), latest_(latest), scope_(scope) {}

  Model build() {
    add_phase_columns();
    m_.d_half = add_col("d_half", 0, static_cast<double>(g_.values.size() + 1), 2.0, true);
    occupancy_.assign(2 * N_, {});
    forced_.assign(2 * N_, 0);
    if (two_rows_) occupancy_b_.assign(2 * N_, {}), forced_b_.assign(2 * N_, 0);
    const_from_.assign(2 * N_ + 1, 0);
    heads_.assign(N_, {});
    compute_descendants();
    add_assignment_rows();
    add_precedence_rows();
    add_colocation_rows();
    add_ffn_rows();
    for (ValueId v = 0; v < static_cast<ValueId>(g_.values.size()); ++v) {
      if ((v & 1023) == 0) check_deadline();
      add_value(v);
    }
    add_constant_occupancy();
    add_lookup_heads();
    add_passthrough();
    add_width_rows();
    for (int i = 0; i < 2 * N_; ++i)
      if (in_scope(i))
        m_.forced_width = std::max({m_.forced_width, forced_[i], two_rows_ ? forced_b_[i] : 0});
    m_.cols[m_.d_half].lb = (m_.forced_width + 1) / 2;
    return std::move(m_);
  }

 private:
  const Graph& g_;
  const int N_;
  const std::optional<int> max_ffn_;
  const ReusePolicy policy_;
  // The float64 rule (model/liveness.h): occupancy is max(A, B), two rows per
  // boundary; occupancy_ is A, occupancy_b_ is B (class values count from the
  // boundary after their birth through their erase boundary).
  const bool two_rows_;
  const std::optional<std::chrono::steady_clock::time_point> deadline_;
  const std::vector<int>& earliest_;
  const std::vector<int>& latest_;
  const WidthScope scope_;
  Model m_;

  void check_deadline() const {
    if (deadline_ && std::chrono::steady_clock::now() > *deadline_)
      throw ModelTooLarge("the model of " + std::to_string(g_.gates.size()) + " gates in " + std::to_string(N_) +
                          " layers was not built within the time limit");
  }
  // Forever values occupy every boundary from some point on: a constant 1
  // there, kept as a difference array (one loop at the end, not one per value).
  std::vector<int> const_from_;  // per boundary index: forever values that start counting there
  void add_constant_occupancy() {
    for (int i = 0, run = 0; i < 2 * N_; ++i) {
      run += const_from_[i];
      occupancy_[i].add_constant(run);
      forced_[i] += run;
      if (two_rows_) occupancy_b_[i].add_constant(run), forced_b_[i] += run;
    }
  }

  bool in_scope(int index) const { return scope_.first_index <= index && index < scope_.end_index; }
  bool layer_in_scope(int L) const { return scope_.first_layer <= L && L < scope_.end_layer; }
  std::vector<GateId> col_gate_;      // per column: the gate of an x column, else -1
  std::vector<LinExpr> occupancy_, occupancy_b_;  // per boundary index (B: two_rows_ only)
  std::vector<int> forced_, forced_b_;            // per boundary index: values that always occupy it
  std::vector<LinExpr> heads_;        // per layer
  std::vector<std::vector<uint64_t>> desc_;  // per gate: bitset of its descendants
  std::vector<std::vector<int>> cum_;        // per gate: cumulative columns, one per phase but the last

  // ---- columns, rows, expressions -----------------------------------------

  int add_col(std::string name, double lb, double ub, double obj, bool integer, GateId gate = -1) {
    m_.cols.push_back({std::move(name), lb, ub, obj, integer});
    col_gate_.push_back(gate);
    return static_cast<int>(m_.cols.size()) - 1;
  }

  // lo <= e <= hi; the constant moves to the bounds. A row without columns
  // is dropped, but only if it holds: windows that admit no schedule (say,
  // a band with a reader fixed before its producer) are a caller's bug.
  void add_row(std::string name, LinExpr e, double lo, double hi) {
    e.merge();
    if (e.terms.empty()) {
      if (e.constant < lo - 1e-9 || e.constant > hi + 1e-9)
        throw MilpInternalError("the phase windows violate row " + name + " whatever the schedule");
      return;
    }
    Row r;
    r.name = std::move(name);
    for (auto [c, v] : e.terms) r.cols.push_back(c), r.coefs.push_back(v);
    r.lo = lo - e.constant;
    r.hi = hi - e.constant;
    m_.rows.push_back(std::move(r));
  }

  // Largest / smallest value e can take: each gate contributes at most one of
  // its phase binaries; other columns lie in [0, 1]. Expects a merged e.
  double upper(const LinExpr& e) const { return e.constant + extreme(e, +1); }
  double lower(const LinExpr& e) const { return e.constant - extreme(e, -1); }
  double extreme(const LinExpr& e, int sign) const {
    std::map<GateId, double> best;
    double other = 0;
    for (auto [c, v] : e.terms) {
      double s = std::max(0.0, sign * v);
      if (col_gate_[c] < 0)
        other += s;
      else
        best[col_gate_[c]] = std::max(best[col_gate_[c]], s);
    }
    for (auto& [gate, s] : best) other += s;
    return other;
  }

  bool has_phase(GateId x, int p) const {
    for (auto [q, c] : m_.x[x])
      if (q == p) return true;
    return false;
  }
  LinExpr at(GateId x, int p) const {
    LinExpr e;
    for (auto [q, c] : m_.x[x])
      if (q == p) e.add(c, 1);
    return e;
  }
  // One column each: the cumulative column z[x,i] = sum of the first i+1
  // phase binaries (keeps rows short on wide windows; same LP).
  LinExpr born_by(GateId x, int t) const {
    LinExpr e;
    const auto& ph = m_.x[x];
    if (ph.back().first <= t) return e.add_constant(1);
    if (ph.front().first > t) return e;
    // The last phase <= t, by bisection: windows on deep graphs are thousands
    // of phases wide, and a scan here made the build quadratic in them.
    const auto after = std::upper_bound(ph.begin(), ph.end(), t, [](int t, const auto& p) { return t < p.first; });
    return e.add(cum_[x][static_cast<size_t>(after - ph.begin()) - 1], 1);
  }
  LinExpr at_or_after(GateId x, int t) const { return LinExpr{}.add_constant(1) - born_by(x, t - 1); }
  LinExpr value_born_by(ValueId v, int t) const {
    GateId p = g_.values[v].producer;
    if (p < 0) return LinExpr{}.add_constant(t >= kInputPhase ? 1 : 0);
    return born_by(p, t);
  }
  LinExpr layer_indicator(GateId x, int L) const {
    LinExpr e;
    for (auto [q, c] : m_.x[x])
      if (layer_of(q) == L) e.add(c, 1);
    return e;
  }

  // ---- phase variables and the schedule rules ---------------------------------

  void add_phase_columns() {
    m_.x.resize(g_.gates.size());
    cum_.resize(g_.gates.size());
    for (GateId x = 0; x < static_cast<GateId>(g_.gates.size()); ++x) {
      for (int p = earliest_[x]; p <= latest_[x]; ++p)
        if (is_legal_phase(g_.gates[x].kind, p))
          m_.x[x].emplace_back(p, add_col("x_g" + std::to_string(x) + "_p" + std::to_string(p), 0, 1, 0, true, x));
      // z_i = z_{i-1} + x_i for all but the last phase (where the sum is 1).
      for (size_t i = 0; i + 1 < m_.x[x].size(); ++i) {
        auto [p, xc] = m_.x[x][i];
        int z = add_col("z_g" + std::to_string(x) + "_p" + std::to_string(p), 0, 1, 0, false);  // not exclusive: no gate tag
        LinExpr link = LinExpr{}.add(z, 1).add(xc, -1);
        if (i > 0) link.add(cum_[x][i - 1], -1);
        add_row("cum_g" + std::to_string(x) + "_p" + std::to_string(p), link, 0, 0);
        cum_[x].push_back(z);
      }
    }
  }

  void add_assignment_rows() {
    for (GateId x = 0; x < static_cast<GateId>(g_.gates.size()); ++x) {
      LinExpr e;
      for (auto [p, c] : m_.x[x]) e.add(c, 1);
      add_row("assign_g" + std::to_string(x), e, 1, 1);
    }
  }

  // Disaggregated precedence: by every phase t the reader has started, its
  // producer has started strictly before. Only the reader's own phases matter
  // (between them the left side is constant and the right side only grows).
  void add_precedence_rows() {
    for (GateId s = 0; s < static_cast<GateId>(g_.gates.size()); ++s)
      for (GateId u : g_.preds[s])
        for (auto [t, c] : m_.x[s]) {
          LinExpr e = born_by(s, t) - born_by(u, t - 1);
          e.merge();
          if (upper(e) <= 0) continue;
          add_row("prec_g" + std::to_string(s) + "_g" + std::to_string(u) + "_t" + std::to_string(t), e,
                  -1e30, 0);
        }
  }

  // Co-location: equal layer indicators along each class.
  void add_colocation_rows() {
    for (const auto& cls : g_.coloc_classes)
      for (size_t i = 1; i < cls.size(); ++i)
        for (int L = layer_of(std::min(earliest_[cls[i - 1]], earliest_[cls[i]]));
             L <= std::min(N_ - 1, layer_of(std::max(latest_[cls[i - 1]], latest_[cls[i]]))); ++L)
          add_row("coloc_g" + std::to_string(cls[i - 1]) + "_g" + std::to_string(cls[i]) + "_L" + std::to_string(L),
                  layer_indicator(cls[i - 1], L) - layer_indicator(cls[i], L), 0, 0);
  }

  void add_ffn_rows() {
    if (!max_ffn_) return;
    std::vector<LinExpr> per_layer(N_);
    for (GateId x = 0; x < static_cast<GateId>(g_.gates.size()); ++x)
      if (g_.gates[x].kind == GateKind::Reglu)
        for (auto [p, c] : m_.x[x]) per_layer[layer_of(p)].add(at(x, p));
    for (int L = 0; L < N_; ++L) add_row("ffn_L" + std::to_string(L), per_layer[L], -1e30, *max_ffn_);
  }

  // ---- readers that decide a value's death ------------------------------------

  // Descendant bitsets cost gates^2/8 bytes: above kMaxPruneGates the
  // deciding-reader pruning is skipped (every reader then gets its lower
  // bound row: a larger model, the same optimum).
  static constexpr size_t kMaxPruneGates = 20000;
  void compute_descendants() {
    if (g_.gates.size() > kMaxPruneGates) return;
    const size_t ng = g_.gates.size(), words = (ng + 63) / 64;
    desc_.assign(ng, std::vector<uint64_t>(words, 0));
    for (auto it = g_.topo.rbegin(); it != g_.topo.rend(); ++it)
      for (GateId s : g_.succs[*it]) {
        desc_[*it][s / 64] |= uint64_t{1} << (s % 64);
        for (size_t w = 0; w < words; ++w) desc_[*it][w] |= desc_[s][w];
      }
  }
  bool is_descendant(GateId of, GateId x) const {
    return !desc_.empty() && ((desc_[of][x / 64] >> (x % 64)) & 1);
  }

  // A reader with another reader of v among its descendants always runs
  // before that one, so it never decides v's death.
  std::vector<GateId> deciding_readers(ValueId v) const {
    std::vector<GateId> out;
    const auto& rs = g_.readers[v];
    for (GateId r : rs) {
      bool dominated = false;
      for (GateId r2 : rs)
        if (r2 != r && is_descendant(r, r2)) dominated = true;
      if (!dominated) out.push_back(r);
    }
    return out;
  }

  // ---- liveness terms ---------------------------------------------------------

  // Adds max(exprs) to `target` (an occupancy or heads row): directly when
  // `exact` and there is one expression, else through a continuous indicator
  // bounded below by each expression. Returns 1 if the term is forced to 1.
  int add_max_term(LinExpr& target, std::vector<LinExpr> exprs, bool exact, const std::string& name) {
    auto [term, forced] = max_term(std::move(exprs), exact, name);
    target.add(term);
    return forced;
  }
  // max(exprs) as a linear term (see add_max_term), and 1 if it is forced to 1.
  std::pair<LinExpr, int> max_term(std::vector<LinExpr> exprs, bool exact, const std::string& name) {
    std::vector<LinExpr> live;
    for (auto& e : exprs) {
      e.merge();
      if (upper(e) <= 0) continue;
      if (lower(e) >= 1) return {LinExpr{}.add_constant(1), 1};
      live.push_back(std::move(e));
    }
    if (live.empty()) return {LinExpr{}, 0};
    if (exact && live.size() == 1) return {live[0], 0};
    int ind = add_col(name, 0, 1, 0, false);
    for (size_t i = 0; i < live.size(); ++i)
      add_row(name + "_r" + std::to_string(i), LinExpr{}.add(ind, 1) - live[i], 0, 1e30);
    return {LinExpr{}.add(ind, 1), 0};
  }

  struct Shape {
    ValueId v;
    const std::vector<GateId>& readers;  // the deciding readers
    bool forever, sublayer_value;
  };

  // When v occupies boundary c (one expression per deciding reader; their
  // max), under handover at E or not. `exact` starts as "one reader" and is
  // cleared where the max is only bounded below.
  std::vector<LinExpr> occupancy_exprs(const Shape& s, int c, bool handover, bool& exact) const {
    std::vector<LinExpr> exprs;
    if (s.forever) {
      // Occupies every boundary from its first on (never internal).
      exprs.push_back(value_born_by(s.v, s.sublayer_value ? c - 1 : c));
      exact = true;
    } else if (handover) {
      // Occupies c iff birth <= c and death >= c+1. A sublayer value read
      // at c+1 or later is never internal (death >= birth + 2), so no
      // exception is needed; u > c with r < c+1 is impossible, so the form is exact.
      for (GateId r : s.readers) exprs.push_back(value_born_by(s.v, c) + at_or_after(r, c + 1) - 1);
    } else if (!s.sublayer_value) {
      for (GateId r : s.readers) exprs.push_back(value_born_by(s.v, c) + at_or_after(r, c - 1) - 1);
    } else {
      // Born at an even phase b: occupies c iff b <= c-1 and death >= c-1,
      // except that b = c-1 with death = c (read only by a persist at c) is internal.
      for (GateId r : s.readers) {
        if (has_phase(r, c)) {
          exprs.push_back(value_born_by(s.v, c - 3) + at_or_after(r, c - 1) - 1);
          exprs.push_back(value_born_by(s.v, c - 1) + at_or_after(r, c + 1) - 1);
          exact = false;
        } else {
          exprs.push_back(value_born_by(s.v, c - 1) + at_or_after(r, c - 1) - 1);
        }
      }
    }
    return exprs;
  }

  // Row B's term of a class value: born before c (first boundary < c) and
  // not erased before c (death >= c-1). Born by c-2 (persist, input) or c-3
  // (lookup, reglu) with death >= c-1 is never internal, and "born later
  // but dead earlier" is impossible, so one reader's form is exact.
  std::vector<LinExpr> prior_exprs(const Shape& s, int c, bool& exact) const {
    const int born_by = s.sublayer_value ? c - 3 : c - 2;
    std::vector<LinExpr> exprs;
    if (s.forever) {
      exprs.push_back(value_born_by(s.v, born_by));
      exact = true;
      return exprs;
    }
    for (GateId r : s.readers) exprs.push_back(value_born_by(s.v, born_by) + at_or_after(r, c - 1) - 1);
    exact = s.readers.size() == 1;
    return exprs;
  }

  void add_value(ValueId v) {
    const Value& val = g_.values[v];
    const bool forever = val.output || val.pinned;
    const GateId pg = val.producer;
    if (!forever && g_.readers[v].empty()) return add_unused(v);
    const bool sublayer_value = pg >= 0 && g_.gates[pg].kind != GateKind::Persist;  // lookup or reglu
    const std::string vs = "_v" + std::to_string(v);
    const std::vector<GateId> readers = deciding_readers(v);
    // Boundaries where v can occupy at all: from its producer's earliest
    // phase to one past its readers' latest (forever values: up to the
    // point where they are surely born, and a constant after it).
    const int born_lo = pg < 0 ? kInputPhase : earliest_[pg], born_hi = pg < 0 ? kInputPhase : latest_[pg];
    int die_hi = born_hi;
    for (GateId r : readers) die_hi = std::max(die_hi, latest_[r]);
    const int i_lo = std::max(0, boundary_index(std::max(1, born_lo))), i_end = 2 * N_;
    int i_hi = forever ? std::min(i_end - 1, boundary_index(std::max(1, born_hi + 1)))
                       : std::min(i_end - 1, boundary_index(std::max(1, die_hi + 2)));
    if (forever && i_hi + 1 <= i_end - 1) ++const_from_[i_hi + 1];
    // Under the float64 rule only class values are handed over at E; the
    // others are counted as under delayed reuse.
    const bool handover = policy_ == ReusePolicy::ImmediateExactArith || (two_rows_ && g_.handover_ok[v]);
    const Shape shape{v, readers, forever, sublayer_value};
    for (int i = i_lo; i <= i_hi; ++i) {
      const int c = boundary_at(i);
      const std::string name = "o" + vs + "_c" + std::to_string(c);
      bool exact = readers.size() == 1;
      std::vector<LinExpr> exprs = occupancy_exprs(shape, c, handover, exact);
      if (two_rows_ && handover) {
        forced_[i] += add_max_term(occupancy_[i], std::move(exprs), exact, name);
        bool exact_b = true;
        forced_b_[i] += add_max_term(occupancy_b_[i], prior_exprs(shape, c, exact_b), exact_b, "ob" + vs + "_c" + std::to_string(c));
        continue;
      }
      auto [term, forced] = max_term(std::move(exprs), exact, name);
      occupancy_[i].add(term), forced_[i] += forced;
      if (two_rows_) occupancy_b_[i].add(term), forced_b_[i] += forced;
    }
    if (!forever) add_dying(v, readers);
  }

  // A value dies in layer L's attention half exactly when its death phase is
  // 4L or 4L+1 (whatever its birth: only lookups and persist1 gates are born
  // there). With one deciding reader that is linear; with several it is
  // bounded below by "reader r is there and no other reader is later".
  void add_dying(ValueId v, const std::vector<GateId>& readers) {
    int lo = N_, hi = -1;
    for (GateId r : readers) lo = std::min(lo, layer_of(earliest_[r])), hi = std::max(hi, layer_of(latest_[r]));
    for (int L = std::max(0, lo); L <= std::min(hi, N_ - 1); ++L) {
      std::vector<LinExpr> exprs;
      for (GateId r : readers) {
        LinExpr e = at(r, 4 * L) + at(r, 4 * L + 1);
        if (e.terms.empty()) continue;
        for (GateId r2 : readers)
          if (r2 != r) e.add(at_or_after(r2, 4 * L + 2), -1.0);
        exprs.push_back(std::move(e));
      }
      add_max_term(heads_[L], std::move(exprs), readers.size() == 1,
                   "dy_v" + std::to_string(v) + "_L" + std::to_string(L));
    }
  }

  // Never read and not an output: no slot, but it counts as dying where it is
  // born if that is an attention half (inputs: layer 0).
  void add_unused(ValueId v) {
    GateId pg = g_.values[v].producer;
    if (pg < 0) {
      heads_[0].add_constant(1);
      return;
    }
    GateKind k = g_.gates[pg].kind;
    if (k == GateKind::Reglu) return;
    for (int L = layer_of(earliest_[pg]); L <= std::min(layer_of(latest_[pg]), N_ - 1); ++L)
      heads_[L].add(at(pg, k == GateKind::Lookup ? 4 * L : 4 * L + 1));
  }

  void add_lookup_heads() {
    for (GateId x = 0; x < static_cast<GateId>(g_.gates.size()); ++x) {
      const Gate& gate = g_.gates[x];
      if (gate.kind != GateKind::Lookup) continue;
      int heads = (static_cast<int>(gate.values.size()) + 1) / 2;
      for (auto [p, c] : m_.x[x]) heads_[layer_of(p)].add(at(x, p), 2.0 * heads);
    }
  }

  // Values read by persist1 gates of layer L, except those of L's own lookups.
  void add_passthrough() {
    std::map<std::pair<ValueId, int>, std::vector<GateId>> readers_at;  // (value, layer) -> persist1 readers
    for (GateId r = 0; r < static_cast<GateId>(g_.gates.size()); ++r) {
      if (g_.gates[r].kind != GateKind::Persist) continue;
      for (auto [p, c] : m_.x[r])
        if (p % 4 == 1)
          for (ValueId v : g_.gates[r].reads) readers_at[{v, layer_of(p)}].push_back(r);
    }
    for (auto& [key, rs] : readers_at) {
      auto [v, L] = key;
      GateId pg = g_.values[v].producer;
      bool own_lookup = pg >= 0 && g_.gates[pg].kind == GateKind::Lookup && has_phase(pg, 4 * L);
      std::vector<LinExpr> exprs;
      for (GateId r : rs) {
        LinExpr e = at(r, 4 * L + 1);
        if (own_lookup) e.add(at(pg, 4 * L), -1.0);
        exprs.push_back(std::move(e));
      }
      add_max_term(heads_[L], std::move(exprs), !own_lookup,
                   "pt_v" + std::to_string(v) + "_L" + std::to_string(L));
    }
  }

  void add_width_rows() {
    for (int i = 0; i < 2 * N_; ++i) {
      if (!in_scope(i)) continue;
      add_row("occ_c" + std::to_string(boundary_at(i)), LinExpr(occupancy_[i]).add(m_.d_half, -2.0), -1e30, 0);
      if (two_rows_)
        add_row("occb_c" + std::to_string(boundary_at(i)), LinExpr(occupancy_b_[i]).add(m_.d_half, -2.0), -1e30, 0);
    }
    for (int L = 0; L < N_; ++L)
      if (layer_in_scope(L)) add_row("heads_L" + std::to_string(L), LinExpr(heads_[L]).add(m_.d_half, -2.0), -1e30, 0);
  }
};

}  // namespace

Model build_model(const Graph& g, const ModelSpec& spec, const std::vector<int>& earliest,
                  const std::vector<int>& latest, const WidthScope& scope) {
  return Builder(g, spec, earliest, latest, scope).build();
}

void fix_single_phase_gates(Model& m) {
  std::vector<int> renumber(m.cols.size(), 0);  // new index, or -1 for a column fixed to 1
  for (auto& phases : m.x)
    if (phases.size() == 1) renumber[phases[0].second] = -1;
  std::vector<Column> cols;
  for (size_t c = 0; c < m.cols.size(); ++c)
    if (renumber[c] >= 0) renumber[c] = static_cast<int>(cols.size()), cols.push_back(std::move(m.cols[c]));
  std::vector<Row> rows;
  for (Row& r : m.rows) {
    Row out{std::move(r.name), {}, {}, r.lo, r.hi};
    double fixed = 0;
    for (size_t k = 0; k < r.cols.size(); ++k)
      if (renumber[r.cols[k]] < 0) fixed += r.coefs[k];
      else out.cols.push_back(renumber[r.cols[k]]), out.coefs.push_back(r.coefs[k]);
    out.lo -= fixed, out.hi -= fixed;
    if (!out.cols.empty()) rows.push_back(std::move(out));
    else if (out.lo > 1e-9 || out.hi < -1e-9)
      throw MilpInternalError("fixing single-phase gates violates row " + out.name);
  }
  for (auto& phases : m.x)
    for (auto& [p, c] : phases) c = renumber[c];
  m.d_half = renumber[m.d_half];
  m.cols = std::move(cols);
  m.rows = std::move(rows);
}

}  // namespace sp::milp
