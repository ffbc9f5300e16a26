// The encoding of docs/CNF.md, one clause family per method, in the order
// the families appear in the DIMACS text.
//
// Every liveness quantity is written as an exact disjunction of cubes
// (conjunctions) over the order literals le(g,t) = "phase(g) <= t", valid in
// every assignment that satisfies the precedence clauses (model/liveness.cpp
// is the definition being transcribed). Its indicator is only implied by the
// cubes, never the other way: all indicators enter the "at most K" rows with
// a plus sign, so a real schedule of width_bound <= K satisfies the formula
// with each indicator set to its condition, and any model's indicators
// over-approximate the real counts of the schedule it decodes to.
#include "sat/cnf_encoding.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <nlohmann/json.hpp>

#include "sat/clauses.h"
#include "sat/totalizer.h"
#include "model/errors.h"
#include "model/levels.h"

namespace sp {
namespace {

using cnf::kFalse;
using cnf::kTrue;
using cnf::Lit;
using Cube = std::vector<Lit>;

// Legal phases of every gate inside [ASAP, ALAP_N]; nullopt when some window
// is empty (then no schedule exists: every schedule lies inside the windows).
std::optional<std::vector<std::vector<int>>> phase_windows(const Graph& g, int layers) {
  const std::vector<int> asap = compute_levels(g).asap;
  const auto alap = alap_phases(g, layers);
  if (!alap) return std::nullopt;
  std::vector<std::vector<int>> windows(g.gates.size());
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    for (int p = asap[x]; p <= (*alap)[x]; ++p)
      if (is_legal_phase(g.gates[x].kind, p)) windows[x].push_back(p);
    if (windows[x].empty()) return std::nullopt;
  }
  return windows;
}

// Readers of each value that can be its last reader: a reader with another
// reader among its descendants always runs before that one.
std::vector<std::vector<GateId>> deciding_readers(const Graph& g) {
  const size_t ng = g.gates.size(), words = (ng + 63) / 64;
  std::vector<uint64_t> desc(ng * words, 0);  // row x: bitset of x's descendants
  auto row = [&](GateId x) { return desc.begin() + static_cast<std::ptrdiff_t>(x * words); };
  for (auto it = g.topo.rbegin(); it != g.topo.rend(); ++it)
    for (GateId s : g.succs[*it]) {
      row(*it)[s / 64] |= uint64_t{1} << (s % 64);
      std::transform(row(s), row(s) + static_cast<std::ptrdiff_t>(words), row(*it), row(*it), std::bit_or<>());
    }
  std::vector<std::vector<GateId>> out(g.values.size());
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
    for (GateId r : g.readers[v]) {
      bool dominated = false;
      for (GateId r2 : g.readers[v]) dominated |= r2 != r && ((row(r)[r2 / 64] >> (r2 % 64)) & 1);
      if (!dominated) out[v].push_back(r);
    }
  return out;
}

class Encoder {
 public:
  Encoder(const Graph& g, const CnfQuery& q) : g_(g), q_(q), N_(q.layers) {}

  CnfEncoding run() {
    CnfEncoding enc;
    enc.layers = N_;
    auto windows = phase_windows(g_, N_);
    if (!windows) {
      cnf_.add({});
      no_schedule_ = true;
    } else {
      add_phase_variables(std::move(*windows));
      deciding_ = deciding_readers(g_);
      add_order_clauses();
      add_precedence();
      add_colocation();
      add_ffn_budget();
      for (int i = 0; i < 2 * N_; ++i) add_boundary_row(boundary_at(i));
      for (int L = 0; L < N_; ++L) add_heads_row(L);
    }
    enc.gates = vars_;
    enc.variables = cnf_.vars();
    enc.clauses = cnf_.clauses();
    enc.dimacs = cnf_.dimacs(header());
    return enc;
  }

 private:
  const Graph& g_;
  const CnfQuery& q_;
  const int N_;
  cnf::ClauseSet cnf_;
  std::vector<PhaseVars> vars_;
  std::vector<std::vector<GateId>> deciding_;
  bool no_schedule_ = false;  // an empty phase window: the formula is the empty clause

  // ---- order literals --------------------------------------------------------

  Lit le(GateId x, int t) const {  // phase(x) <= t
    const std::vector<int>& ph = vars_[x].phases;
    if (t < ph.front()) return kFalse;
    if (t >= ph.back()) return kTrue;
    auto i = std::upper_bound(ph.begin(), ph.end(), t) - ph.begin() - 1;
    return vars_[x].first_var + static_cast<Lit>(i);
  }
  Lit born_by(ValueId v, int t) const {
    GateId p = g_.values[v].producer;
    if (p < 0) return t >= kInputPhase ? kTrue : kFalse;
    return le(p, t);
  }
  Cube at(GateId x, int p) const { return {le(x, p), -le(x, p - 1)}; }  // phase(x) == p
  bool has_phase(GateId x, int p) const {
    const std::vector<int>& ph = vars_[x].phases;
    return std::binary_search(ph.begin(), ph.end(), p);
  }

  // A literal implied by the disjunction of the cubes: a constant, a cube's
  // only literal, or a fresh variable o with one clause (-cube | o) per cube.
  Lit implied_by(const std::vector<Cube>& cubes) {
    std::vector<Cube> open;
    for (const Cube& cube : cubes) {
      Cube kept;
      bool impossible = false;
      for (Lit l : cube) {
        if (l == kFalse || std::find(kept.begin(), kept.end(), -l) != kept.end()) impossible = true;
        if (impossible) break;
        if (l != kTrue && std::find(kept.begin(), kept.end(), l) == kept.end()) kept.push_back(l);
      }
      if (impossible) continue;
      if (kept.empty()) return kTrue;
      if (std::find(open.begin(), open.end(), kept) == open.end()) open.push_back(std::move(kept));
    }
    if (open.empty()) return kFalse;
    if (open.size() == 1 && open[0].size() == 1) return open[0][0];
    const Lit o = cnf_.new_var();
    for (const Cube& cube : open) {
      std::vector<Lit> clause;
      for (Lit l : cube) clause.push_back(-l);
      clause.push_back(o);
      cnf_.add(clause);
    }
    return o;
  }

  // ---- the schedule rules ------------------------------------------------------

  void add_phase_variables(std::vector<std::vector<int>> windows) {
    vars_.resize(g_.gates.size());
    for (GateId x = 0; x < static_cast<GateId>(g_.gates.size()); ++x) {
      vars_[x].phases = std::move(windows[x]);
      vars_[x].first_var = cnf_.vars() + 1;
      for (size_t i = 0; i + 1 < vars_[x].phases.size(); ++i) cnf_.new_var();
    }
  }

  // phase <= p_i implies phase <= p_{i+1}: with the last phase's "<=" always
  // true, exactly one phase is taken, and it is legal and in the window.
  void add_order_clauses() {
    for (const PhaseVars& pv : vars_)
      for (size_t i = 0; i + 2 < pv.phases.size(); ++i)
        cnf_.add({-(pv.first_var + static_cast<Lit>(i)), pv.first_var + static_cast<Lit>(i) + 1});
  }

  // phase(s) <= t implies phase(u) <= t-1, for each phase t of s.
  void add_precedence() {
    for (GateId s = 0; s < static_cast<GateId>(g_.gates.size()); ++s)
      for (GateId u : g_.preds[s])
        for (int t : vars_[s].phases) cnf_.add({-le(s, t), le(u, t - 1)});
  }

  // Consecutive members of a class end by the same layer's last phase alike.
  void add_colocation() {
    for (const auto& cls : g_.coloc_classes)
      for (size_t k = 1; k < cls.size(); ++k)
        for (int L = 0; L < N_; ++L) {
          const Lit a = le(cls[k - 1], 4 * L + 3), b = le(cls[k], 4 * L + 3);
          cnf_.add({-a, b});
          cnf_.add({-b, a});
        }
  }

  void add_ffn_budget() {
    if (!q_.max_ffn) return;
    for (int L = 0; L < N_; ++L) {
      std::vector<cnf::Weighted> terms;
      for (GateId x = 0; x < static_cast<GateId>(g_.gates.size()); ++x)
        if (g_.gates[x].kind == GateKind::Reglu) terms.push_back({implied_by({at(x, 4 * L + 2)}), 1});
      cnf::at_most(cnf_, terms, *q_.max_ffn);
    }
  }

  // ---- occupancy ---------------------------------------------------------------

  // v occupies boundary c (model/liveness.h), as cubes: one or two per
  // deciding reader r; death >= t is "some deciding reader is not <= t-1".
  std::vector<Cube> occupancy_cubes(ValueId v, int c) const {
    const Value& val = g_.values[v];
    if (val.output || val.pinned) return {{born_by(v, c)}};  // from birth on, forever
    const GateId p = val.producer;
    const bool sublayer = p >= 0 && g_.gates[p].kind != GateKind::Persist;  // lookup or reglu value
    std::vector<Cube> cubes;
    for (GateId r : deciding_[v]) {  // none for an unused value: it never occupies
      if (handover(v)) {
        cubes.push_back({born_by(v, c), -le(r, c)});  // birth <= c, death >= c+1 (never internal)
      } else if (!sublayer) {
        cubes.push_back({born_by(v, c), -le(r, c - 2)});  // birth <= c, death >= c-1
      } else if (has_phase(r, c)) {
        // Born at even b <= c-1, death >= c-1, but b = c-1 with death = c is internal.
        cubes.push_back({le(p, c - 3), -le(r, c - 2)});
        cubes.push_back({le(p, c - 1), -le(r, c)});
      } else {
        cubes.push_back({le(p, c - 1), -le(r, c - 2)});
      }
    }
    return cubes;
  }

  // Whether v's slot may pass to a new value at its erase boundary: under
  // the float64 rule only for values of the handover class.
  bool handover(ValueId v) const {
    return q_.policy == ReusePolicy::ImmediateExactArith || (q_.policy == ReusePolicy::Immediate && g_.handover_ok[v]);
  }

  // Row B of the float64 rule (model/liveness.h): a class value counts at c
  // when born before c (by c-2, or c-3 for a lookup/reglu value) and not
  // erased before c (death >= c-1); never internal then.
  std::vector<Cube> prior_cubes(ValueId v, int c) const {
    const Value& val = g_.values[v];
    const GateId p = val.producer;
    const bool sublayer = p >= 0 && g_.gates[p].kind != GateKind::Persist;
    const Lit born = born_by(v, sublayer ? c - 3 : c - 2);
    if (val.output || val.pinned) return {{born}};
    std::vector<Cube> cubes;
    for (GateId r : deciding_[v]) cubes.push_back({born, -le(r, c - 2)});
    return cubes;
  }

  // Occupancy <= K; under the float64 rule rows A and B both (a value
  // outside the class shares one indicator between them).
  void add_boundary_row(int c) {
    const bool two_rows = q_.policy == ReusePolicy::Immediate;
    std::vector<cnf::Weighted> terms, terms_b;
    for (ValueId v = 0; v < static_cast<ValueId>(g_.values.size()); ++v) {
      const Lit occ = implied_by(occupancy_cubes(v, c));
      terms.push_back({occ, 1});
      if (two_rows) terms_b.push_back({handover(v) ? implied_by(prior_cubes(v, c)) : occ, 1});
    }
    cnf::at_most(cnf_, terms, q_.width_bound);
    if (two_rows) cnf::at_most(cnf_, terms_b, q_.width_bound);
  }

  // ---- the head rule -----------------------------------------------------------

  // v is among layer L's dying values: its death phase is 4L or 4L+1 (an
  // unread value's death is its birth; alive(-1) holds every input).
  std::vector<Cube> dying_cubes(ValueId v, int L) const {
    const Value& val = g_.values[v];
    if (val.output || val.pinned) return {};
    const GateId p = val.producer;
    if (g_.readers[v].empty()) {
      if (p < 0) return std::vector<Cube>(L == 0 ? 1 : 0);  // layer 0: one empty cube, always true
      if (g_.gates[p].kind == GateKind::Lookup) return {at(p, 4 * L)};
      if (g_.gates[p].kind == GateKind::Persist) return {at(p, 4 * L + 1)};
      return {};  // a reglu value is born at 4L+2
    }
    std::vector<Cube> cubes;
    for (GateId r : deciding_[v]) {  // r runs at 4L or later, and no deciding reader after 4L+1
      Cube cube{-le(r, 4 * L - 1)};
      for (GateId r2 : deciding_[v]) cube.push_back(le(r2, 4 * L + 1));
      cubes.push_back(std::move(cube));
    }
    return cubes;
  }

  // v is read by a persist1 gate of layer L and is not a value of L's own
  // lookups (given a reader at 4L+1, the producer runs by 4L: "not at 4L"
  // is "<= 4L-1").
  std::vector<Cube> passthrough_cubes(ValueId v, int L) const {
    const GateId p = g_.values[v].producer;
    const bool lookup_value = p >= 0 && g_.gates[p].kind == GateKind::Lookup;
    std::vector<Cube> cubes;
    for (GateId r : g_.readers[v]) {
      if (g_.gates[r].kind != GateKind::Persist || !has_phase(r, 4 * L + 1)) continue;
      Cube cube = at(r, 4 * L + 1);
      if (lookup_value) cube.push_back(le(p, 4 * L - 1));
      cubes.push_back(std::move(cube));
    }
    return cubes;
  }

  void add_heads_row(int L) {
    std::vector<cnf::Weighted> terms;
    for (GateId x = 0; x < static_cast<GateId>(g_.gates.size()); ++x)
      if (g_.gates[x].kind == GateKind::Lookup) {
        const int heads = (static_cast<int>(g_.gates[x].values.size()) + 1) / 2;
        terms.push_back({implied_by({at(x, 4 * L)}), 2 * heads});
      }
    for (ValueId v = 0; v < static_cast<ValueId>(g_.values.size()); ++v)
      terms.push_back({implied_by(dying_cubes(v, L)), 1});
    for (ValueId v = 0; v < static_cast<ValueId>(g_.values.size()); ++v)
      terms.push_back({implied_by(passthrough_cubes(v, L)), 1});
    cnf::at_most(cnf_, terms, q_.width_bound);
  }

  // ---- the header --------------------------------------------------------------

  std::vector<std::string> header() const {
    std::vector<std::string> lines = {
        "slotproof-cnf/1: satisfiable iff a legal schedule with width_bound <= K exists",
        "graph " + nlohmann::json(g_.name).dump(-1, ' ', true) + " sha256 " + g_.sha256,
        "layers " + std::to_string(N_),
        std::string("policy ") + policy_name(q_.policy),
        "max_ffn " + (q_.max_ffn ? std::to_string(*q_.max_ffn) : std::string("none")),
        "width_bound <= " + std::to_string(q_.width_bound)};
    if (no_schedule_) lines.push_back("a phase window is empty: no schedule fits " + std::to_string(N_) + " layers");
    for (GateId x = 0; x < static_cast<GateId>(vars_.size()); ++x) {
      std::string line = "gate " + std::to_string(x) + " var " + std::to_string(vars_[x].first_var) + " phases";
      for (int p : vars_[x].phases) line.append(" ").append(std::to_string(p));
      lines.push_back(std::move(line));
    }
    return lines;
  }
};

}  // namespace

CnfEncoding encode_schedule_cnf(const Graph& g, const CnfQuery& q) {
  if (q.layers < 1) throw InputError("a CNF needs at least one layer, not " + std::to_string(q.layers));
  return Encoder(g, q).run();
}

std::vector<uint8_t> parse_sat_model(std::string_view out, int32_t variables) {
  std::vector<uint8_t> model(static_cast<size_t>(variables) + 1, 0);
  bool ended = false;
  size_t pos = 0;
  while (pos < out.size() && !ended) {
    size_t eol = out.find('\n', pos);
    if (eol == std::string_view::npos) eol = out.size();
    std::string_view line = out.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.size() < 2 || line[0] != 'v' || line[1] != ' ') continue;
    for (size_t i = 2; i < line.size() && !ended;) {
      while (i < line.size() && line[i] == ' ') ++i;
      if (i >= line.size()) break;
      int32_t lit = 0;
      auto [next, ec] = std::from_chars(line.data() + i, line.data() + line.size(), lit);
      if (ec != std::errc()) throw InputError("SAT solver output: bad literal on a v line");
      i = static_cast<size_t>(next - line.data());
      if (lit == 0) ended = true;
      else if (std::abs(lit) <= variables) model[std::abs(lit)] = lit > 0;
    }
  }
  if (!ended) throw InputError("SAT solver output: no complete model (v lines ending in 0)");
  return model;
}

Schedule decode_schedule(const CnfEncoding& enc, const std::vector<uint8_t>& model) {
  Schedule s;
  s.layers = enc.layers;
  for (const PhaseVars& pv : enc.gates) {
    int phase = pv.phases.back();
    for (size_t i = 0; i + 1 < pv.phases.size(); ++i)
      if (model[pv.first_var + i]) {
        phase = pv.phases[i];
        break;
      }
    s.phase.push_back(phase);
  }
  return s;
}

}  // namespace sp
