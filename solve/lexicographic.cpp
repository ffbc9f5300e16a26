#include "solve/lexicographic.h"

#include <cmath>
#include <functional>
#include <optional>

#include "solve/cbc_run.h"
#include "solve/milp_error.h"
#include "solve/milp_schedule.h"

namespace sp::milp {

int write_terms(const Liveness& lv) {
  int terms = 0;
  for (size_t v = 0; v < lv.needs_slot.size(); ++v)
    if (lv.needs_slot[v]) terms += 1 + (lv.last_boundary[v] < kForever);
  return terms;
}

namespace {

// A level's model: the d_model model with d_half capped and a new objective
// (columns with obj != 0) plus a constant `offset`.
struct LevelModel {
  Model m;
  double offset = 0;
  std::vector<std::pair<std::string, double>> extra_start;  // start values of the level's own columns
};

// The level's objective of a schedule, or nullopt if it breaks a cap.
using Evaluate = std::function<std::optional<int>(const Schedule&)>;

LevelModel capped_model(const LevelInput& in, int d_model, Clock::time_point deadline) {
  ModelSpec spec = in.spec;
  spec.deadline = deadline;
  LevelModel lm;
  lm.m = build_model(in.g, spec, in.earliest, in.latest);
  Column& d_half = lm.m.cols[lm.m.d_half];
  d_half.ub = d_model / 2;
  d_half.obj = 0;
  return lm;
}

int add_column(Model& m, std::string name, double lb, double ub, double obj, bool integer) {
  m.cols.push_back({std::move(name), lb, ub, obj, integer});
  return static_cast<int>(m.cols.size()) - 1;
}

// Adds `coef * x[gate at phase p]` to a row: a fixed gate (column -1) moves
// its coefficient into the bounds.
void add_phase_term(Row& row, const Model& m, GateId x, int p, double coef) {
  for (auto [q, c] : m.x[x]) {
    if (q != p) continue;
    if (c >= 0) {
      row.cols.push_back(c), row.coefs.push_back(coef);
    } else {
      row.lo -= coef, row.hi -= coef;
    }
  }
}

// ffn_width >= reglus in layer L, for every L.
int add_ffn_width(const Graph& g, Model& m, int layers, int upper, double obj) {
  const int f = add_column(m, "ffn_width", 0, upper, obj, true);
  std::vector<Row> rows(layers);
  for (int L = 0; L < layers; ++L) rows[L] = Row{"ffn_width_L" + std::to_string(L), {f}, {-1.0}, -1e30, 0};
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
    if (g.gates[x].kind == GateKind::Reglu)
      for (auto [p, c] : m.x[x])
        if (layer_of(p) < layers) add_phase_term(rows[layer_of(p)], m, x, p, 1.0);
  for (Row& row : rows) m.rows.push_back(std::move(row));
  return f;
}

// Runs one level in a CBC child and keeps the best schedule it returns.
Schedule run_level(const LevelInput& in, LevelModel& lm, Schedule s, int d_half, int start_value,
                   const Evaluate& evaluate, Clock::time_point deadline, LevelReport& report) {
  const auto t0 = Clock::now();
  report.value = start_value;
  report.status = "not run (time limit)";
  if (seconds_until(deadline) < kTimeSharing.min_cbc_seconds) return s;
  auto start = schedule_start(lm.m, s, d_half);
  start.insert(start.end(), lm.extra_start.begin(), lm.extra_start.end());
  OsiClpSolverInterface solver;
  load_model(solver, lm.m);
  CbcSettings st;
  st.soft_deadline = deadline;
  st.threads = in.threads;
  st.log = in.log;
  st.large = lm.m.rows.size() >= in.large_model_rows;
  const double limit = seconds_until(deadline);
  ChildReport rep = solve_in_child(solver, lm.m, start, st, start_value - lm.offset,
                                   after_seconds(deadline, kTimeSharing.grace(limit)));
  std::vector<std::vector<int32_t>> found;
  if (rep.finished && rep.out.has_solution) found.push_back(rep.out.phases);
  if (rep.incumbent) found.push_back(rep.incumbent->second);
  for (const auto& phases : found) {
    Schedule cand = schedule_from_phases(in.g, phases, in.spec.layers);
    if (std::string bad = schedule_violation(in.g, cand, in.spec.max_ffn); !bad.empty())
      throw MilpInternalError(report.objective + " level: the MILP's schedule breaks a rule: " + bad);
    std::optional<int> value = evaluate(cand);
    if (!value) throw MilpInternalError(report.objective + " level: the MILP's schedule breaks the level's caps");
    if (*value < report.value) report.value = *value, s = std::move(cand);
  }
  // With a solution in hand, CBC's "infeasible" only says that nothing beats
  // it (the cutoff it derives from the start cuts everything off).
  const bool finished = rep.finished && (rep.out.has_solution || !rep.out.proven_infeasible);
  double bound = finished && rep.out.bound > -1e30 ? rep.out.bound + lm.offset : 0;
  report.bound = std::min(report.value, static_cast<int>(std::ceil(bound - 1e-6)));
  if (finished && rep.out.proven_optimal && rep.out.has_solution) report.bound = report.value;
  report.status = report.bound >= report.value ? "proven optimal" : "feasible with gap";
  report.seconds = seconds_since(t0);
  return s;
}

}  // namespace

namespace {

// A lower bound on the FFN width: the reglus spread evenly over the layers,
// every co-location class's reglus (one layer), and per layer the reglus
// whose phase window lies inside it.
int trivial_ffn_bound(const LevelInput& in) {
  const Graph& g = in.g;
  int reglus = 0, bound = 0;
  std::vector<int> pinned(in.spec.layers, 0);
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    if (g.gates[x].kind != GateKind::Reglu) continue;
    ++reglus;
    if (layer_of(in.earliest[x]) == layer_of(in.latest[x])) bound = std::max(bound, ++pinned[layer_of(in.earliest[x])]);
  }
  bound = std::max(bound, (reglus + in.spec.layers - 1) / in.spec.layers);
  for (const auto& cls : g.coloc_classes) {
    int n = 0;
    for (GateId x : cls) n += g.gates[x].kind == GateKind::Reglu;
    bound = std::max(bound, n);
  }
  return bound;
}

enum class Probe { Feasible, Infeasible, Unknown };

// Is there a schedule with d_model <= d_model and at most `cap` reglus in
// every layer? Answered by the d_model MILP under that cap: its optimum, or
// its bound, against d_model. (Capping d_half instead and asking CBC for any
// schedule was slower: 1.8 s against 0.3 s for cap 28 on the reference graph
// at 7 layers, and no answer in 27 s at 9 layers where the capped optimum
// takes 6-16 s.) The schedule it finds is re-checked and returned in `found`.
Probe probe_ffn_cap(const LevelInput& in, int d_model, int cap, Clock::time_point deadline,
                    std::optional<Schedule>& found) {
  CapProbe p = in.solve_capped(cap, deadline);
  if (p.infeasible) return Probe::Infeasible;
  if (p.schedule && p.d_model <= d_model) {
    const Liveness lv = compute_liveness(in.g, *p.schedule, in.spec.policy);
    if (!schedule_violation(in.g, *p.schedule, cap).empty() || lv.d_model > d_model)
      throw MilpInternalError("ffn_width level: a capped schedule breaks its cap or d_model " + std::to_string(d_model));
    found = std::move(p.schedule);
    return Probe::Feasible;
  }
  return p.bound > d_model ? Probe::Infeasible : Probe::Unknown;
}

}  // namespace

// A galloping search on the cap, from the largest candidate down: the FFN
// width of a d_model-optimal schedule is often within one or two of the
// best, and then one infeasibility proof settles the level; when caps keep
// being feasible the step doubles. An FFN-width objective directly was
// slower: its LP bound is the trivial R/N, and CBC branched for minutes on
// the reference graph at 9 layers (docs/MILP.md, "Lexicographic objectives").
Schedule minimise_ffn_width(const LevelInput& in, Schedule s, int d_model, Clock::time_point deadline,
                            LevelReport& report) {
  const auto t0 = Clock::now();
  report.objective = "ffn_width";
  int hi = compute_liveness(in.g, s, in.spec.policy).ffn_width;  // feasible
  int lo = std::min(hi, trivial_ffn_bound(in));                   // every width below lo is infeasible
  int step = 1;
  while (lo < hi && seconds_until(deadline) > kTimeSharing.min_cbc_seconds) {
    const int cap = std::max(lo, hi - step);
    std::optional<Schedule> found;
    Probe p = probe_ffn_cap(in, d_model, cap, deadline, found);
    if (p == Probe::Unknown) break;
    if (p == Probe::Infeasible) {
      lo = cap + 1;
      step = std::max(1, (hi - lo) / 2);
    } else {
      hi = compute_liveness(in.g, *found, in.spec.policy).ffn_width;
      s = std::move(*found);
      step *= 2;
    }
  }
  report.value = hi;
  report.bound = lo;
  report.status = lo >= hi ? "proven optimal" : "feasible with gap";
  report.seconds = seconds_since(t0);
  return s;
}

namespace {

// need_v >= x[u,t] - x[r,t+1] for every reader r and phase t of v's producer
// u: v needs a slot unless every reader runs in the phase right after u
// (SPEC.md 3, internal values). Only lookup/reglu values read by persists
// alone can be internal; every other read value always needs its slot.
// Returns the constant part of the objective (values that always need one).
double add_write_terms(const Graph& g, LevelModel& lm, const Liveness& lv) {
  Model& m = lm.m;
  double constant = 0;
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    const Value& val = g.values[v];
    const bool forever = val.output || val.pinned;
    if (!forever && g.readers[v].empty()) continue;  // unused: no slot
    const int terms = forever ? 1 : 2;               // + at its first boundary, - at its erase boundary
    bool may_be_internal = !forever && val.producer >= 0 && g.gates[val.producer].kind != GateKind::Persist;
    for (GateId r : g.readers[v]) may_be_internal = may_be_internal && g.gates[r].kind == GateKind::Persist;
    if (!may_be_internal) {
      constant += terms;
      continue;
    }
    const std::string name = "need_v" + std::to_string(v);
    const int need = add_column(m, name, 0, 1, terms, true);  // integer: CBC then knows the objective's step
    lm.extra_start.emplace_back(name, lv.needs_slot[v] ? 1.0 : 0.0);
    const GateId u = val.producer;
    for (GateId r : g.readers[v])
      for (auto [t, c] : m.x[u]) {
        Row row{name + "_g" + std::to_string(r) + "_t" + std::to_string(t), {need}, {1.0}, 0, 1e30};
        add_phase_term(row, m, u, t, -1.0);
        add_phase_term(row, m, r, t + 1, 1.0);
        m.rows.push_back(std::move(row));
      }
  }
  return constant;
}

}  // namespace

Schedule minimise_write_terms(const LevelInput& in, Schedule s, int d_model, int ffn_width,
                              Clock::time_point deadline, LevelReport& report) {
  report.objective = "write_terms";
  const Liveness lv = compute_liveness(in.g, s, in.spec.policy);
  if (seconds_until(deadline) < kTimeSharing.min_cbc_seconds) {  // not even the model
    report.value = write_terms(lv);
    report.status = "not run (time limit)";
    return s;
  }
  LevelModel lm;
  try {
    lm = capped_model(in, d_model, deadline);
  } catch (const ModelTooLarge&) {
    report.value = write_terms(lv);
    report.status = "not run (time limit)";
    return s;
  }
  add_ffn_width(in.g, lm.m, in.spec.layers, ffn_width, 0.0);
  lm.extra_start.emplace_back("ffn_width", lv.ffn_width);
  lm.offset = add_write_terms(in.g, lm, lv);
  Evaluate evaluate = [&](const Schedule& cand) -> std::optional<int> {
    Liveness c = compute_liveness(in.g, cand, in.spec.policy);
    if (c.d_model > d_model || c.ffn_width > ffn_width) return std::nullopt;
    return write_terms(c);
  };
  return run_level(in, lm, std::move(s), d_model / 2, write_terms(lv), evaluate, deadline, report);
}

}  // namespace sp::milp
