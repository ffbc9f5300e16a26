// The MILP scheduler: builds the model (milp_model.cpp), solves it with the
// full CBC driver in-process, and checks the answer against model/liveness.cpp.
//
// Formulation (docs/MILP.md gives the derivation and the reasons):
//   x[g,p] in {0,1}   gate g runs at phase p, only for the legal phases of g
//                     inside [ASAP(g), ALAP_N(g)]; sum_p x[g,p] = 1
//   d_half integer    objective: minimise d_model = 2 * d_half
//   precedence        for each edge u -> s and each phase t of s:
//                     sum_{p<=t} x[s,p] <= sum_{p<=t-1} x[u,p]   (no big-M)
//   co-location       equal layer indicators for the members of a class
//   FFN budget        sum of reglu binaries at 4L+2 <= F
//   occupancy(c)      <= 2 d_half at every boundary c = 1, 3, ..., 4N-1, where
//                     each value's occupancy of c is an exact linear form of
//                     the binaries of its producer and its one deciding reader,
//                     or a continuous indicator >= each reader's form
//   heads(L)          2*lookup_heads + dying + passthrough <= 2 d_half, with
//                     dying counted as "death phase in {4L, 4L+1}" so every
//                     term is a lower-bounded quantity with a + sign
// CBC runs through CbcMain0/CbcMain1 (preprocessing, cuts, heuristics), with
// fixed seeds, elapsed-time limit, deterministic threads, and a MIP start from
// the greedy schedule when that fits the budget.
#include "solve/milp.h"

#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinError.hpp>
#include <CoinMpsIO.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>
#include <chrono>
#include <cmath>
#include <iostream>

#include "model/errors.h"
#include "model/levels.h"
#include "solve/allocate.h"
#include "solve/greedy.h"
#include "solve/milp_model.h"

namespace sp {

const char* milp_status_name(MilpStatus s) {
  switch (s) {
    case MilpStatus::Optimal: return "proven optimal";
    case MilpStatus::FeasibleWithGap: return "feasible with gap";
    case MilpStatus::Infeasible: return "infeasible";
    case MilpStatus::NoSolution: return "time limit (no solution)";
  }
  return "?";
}

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

constexpr int kMaxThreads = 64;
constexpr int kSeed = 20240517;  // fixed: runs repeat node for node (given no time limit)

void check_options(const MilpOptions& opt) {
  if (opt.layers && *opt.layers < 1) throw InputError("--layers must be at least 1, got " + std::to_string(*opt.layers));
  if (opt.max_ffn && *opt.max_ffn < 1) throw InputError("--max-ffn must be at least 1, got " + std::to_string(*opt.max_ffn));
  if (opt.threads < 1 || opt.threads > kMaxThreads)
    throw InputError("--threads must be between 1 and " + std::to_string(kMaxThreads) + ", got " +
                     std::to_string(opt.threads));
  if (!(opt.time_limit > 0) || !std::isfinite(opt.time_limit))
    throw InputError("--time-limit must be a positive number of seconds");
}

// The reason no schedule can meet the budget, when that is clear before solving.
std::optional<std::string> budget_infeasibility(const Graph& g, int layers, std::optional<int> max_ffn,
                                                int min_layers) {
  auto layers_text = [](int n) { return std::to_string(n) + (n == 1 ? " layer" : " layers"); };
  if (layers < min_layers)
    return layers_text(layers) + " cannot hold this graph; the minimum is " + std::to_string(min_layers);
  if (!max_ffn) return std::nullopt;
  int reglus = 0;
  for (const Gate& gate : g.gates) reglus += gate.kind == GateKind::Reglu;
  if (reglus > *max_ffn * layers)
    return layers_text(layers) + " with at most " + std::to_string(*max_ffn) + " reglus each hold " +
           std::to_string(*max_ffn * layers) + " reglus; the graph has " + std::to_string(reglus);
  for (const auto& cls : g.coloc_classes) {
    int in_class = 0;
    for (GateId x : cls) in_class += g.gates[x].kind == GateKind::Reglu;
    if (in_class > *max_ffn)
      return "the co-location class of " + g.gate_label(cls[0]) + " puts " + std::to_string(in_class) +
             " reglus in one layer; --max-ffn is " + std::to_string(*max_ffn);
  }
  return std::nullopt;
}

// The first rule `s` breaks, or empty. Used on the MILP's answer (a broken
// rule there is a formulation bug) and on the greedy warm start.
std::string schedule_violation(const Graph& g, const Schedule& s, std::optional<int> max_ffn) {
  std::vector<int> reglus(s.layers, 0);
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    int p = s.phase[x];
    if (p < 0 || p >= 4 * s.layers || !is_legal_phase(g.gates[x].kind, p))
      return g.gate_label(x) + " at illegal phase " + std::to_string(p);
    for (GateId u : g.preds[x])
      if (s.phase[u] >= p) return g.gate_label(x) + " does not run after its producer " + g.gate_label(u);
    if (g.gates[x].kind == GateKind::Reglu) ++reglus[layer_of(p)];
  }
  for (const auto& cls : g.coloc_classes)
    for (GateId x : cls)
      if (layer_of(s.phase[x]) != layer_of(s.phase[cls[0]]))
        return g.gate_label(x) + " is not in the layer of its co-located " + g.gate_label(cls[0]);
  if (max_ffn)
    for (int L = 0; L < s.layers; ++L)
      if (reglus[L] > *max_ffn) return "layer " + std::to_string(L) + " has " + std::to_string(reglus[L]) + " reglus";
  return "";
}

struct CbcOutcome {
  std::vector<double> solution;  // empty when CBC found none
  double objective = 0, bound = 0;
  long nodes = 0;
  bool proven_optimal = false, proven_infeasible = false;
};

int no_callback(CbcModel*, int) { return 0; }

void load_model(OsiClpSolverInterface& solver, const milp::Model& m) {
  const int nc = static_cast<int>(m.cols.size());
  std::vector<double> collb(nc), colub(nc), obj(nc), rowlb, rowub, elements;
  std::vector<int> indices;
  std::vector<CoinBigIndex> starts;
  for (int c = 0; c < nc; ++c) collb[c] = m.cols[c].lb, colub[c] = m.cols[c].ub, obj[c] = m.cols[c].obj;
  for (const auto& r : m.rows) {  // one row-ordered block (appendRow one by one is quadratic)
    starts.push_back(static_cast<CoinBigIndex>(elements.size()));
    indices.insert(indices.end(), r.cols.begin(), r.cols.end());
    elements.insert(elements.end(), r.coefs.begin(), r.coefs.end());
    rowlb.push_back(r.lo <= -1e29 ? -COIN_DBL_MAX : r.lo);
    rowub.push_back(r.hi >= 1e29 ? COIN_DBL_MAX : r.hi);
  }
  starts.push_back(static_cast<CoinBigIndex>(elements.size()));
  const int nr = static_cast<int>(m.rows.size());
  CoinPackedMatrix matrix(false, nc, nr, static_cast<CoinBigIndex>(elements.size()), elements.data(), indices.data(),
                          starts.data(), nullptr);
  solver.loadProblem(matrix, collb.data(), colub.data(), obj.data(), rowlb.data(), rowub.data());
  solver.setIntParam(OsiNameDiscipline, 2);
  for (int c = 0; c < nc; ++c) {
    if (m.cols[c].integer) solver.setInteger(c);
    solver.setColName(c, m.cols[c].name);
  }
  for (int r = 0; r < static_cast<int>(m.rows.size()); ++r) solver.setRowName(r, m.rows[r].name);
  solver.setObjSense(1.0);
}

// Free MPS at full precision, with integer markers and the model's names
// (ClpModel::writeMps drops the integrality that Osi keeps to itself).
void write_mps(const OsiClpSolverInterface& solver, const milp::Model& m, const std::string& path) {
  std::vector<char> integer;
  std::vector<std::string> col_names, row_names;
  for (const auto& c : m.cols) integer.push_back(c.integer), col_names.push_back(c.name);
  for (const auto& r : m.rows) row_names.push_back(r.name);
  CoinMpsIO mps;
  mps.setMpsData(*solver.getMatrixByRow(), COIN_DBL_MAX, solver.getColLower(), solver.getColUpper(),
                 solver.getObjCoefficients(), integer.data(), solver.getRowLower(), solver.getRowUpper(), col_names,
                 row_names);
  mps.setProblemName("slotproof");
  if (mps.writeMps(path.c_str(), 0, 1) != 0) throw InputError("cannot write the MPS model to " + path);
}

CbcOutcome run_cbc(const OsiClpSolverInterface& base, const std::vector<std::pair<std::string, double>>& start,
                   double seconds, int threads, bool log) {
  OsiClpSolverInterface solver(base);
  CbcModel model(solver);
  CbcSolverUsefulData data;
  CbcMain0(model, data);
  if (!start.empty()) model.setMIPStart(start);
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.3f", std::max(0.05, seconds));
  std::vector<std::string> args = {"slotproof", "-log", log ? "1" : "0", "-timeMode", "elapsed", "-seconds", secs,
                                   "-randomSeed", std::to_string(kSeed), "-randomCbcSeed", std::to_string(kSeed)};
  if (threads > 1) args.insert(args.end(), {"-threads", std::to_string(100 + threads)});  // deterministic mode
  args.insert(args.end(), {"-solve", "-quit"});
  std::vector<const char*> argv;
  for (auto& a : args) argv.push_back(a.c_str());
  if (!log) {
    model.setLogLevel(0);
    model.solver()->messageHandler()->setLogLevel(0);
  }
  CbcMain1(static_cast<int>(argv.size()), argv.data(), model, no_callback, data);
  CbcOutcome out;
  if (const double* best = model.bestSolution()) out.solution.assign(best, best + model.getNumCols());
  out.objective = model.getObjValue();
  out.bound = model.getBestPossibleObjValue();
  out.nodes = model.getNodeCount();
  out.proven_optimal = model.isProvenOptimal();
  out.proven_infeasible = model.isProvenInfeasible() || (model.status() == 0 && model.secondaryStatus() == 1);
  return out;
}

// Greedy schedule as a MIP start (names of the phase binaries and d_half),
// or empty when it does not fit the budget. Also returns its d_model.
std::vector<std::pair<std::string, double>> greedy_start(const Graph& g, const milp::Model& m, int layers,
                                                         std::optional<int> max_ffn, int& d_model) {
  d_model = 0;
  Schedule s = greedy_schedule(g, GreedyOptions{max_ffn, ReusePolicy::Delayed});
  if (s.layers > layers) return {};
  s.layers = layers;
  if (!schedule_violation(g, s, max_ffn).empty()) return {};
  std::vector<std::pair<std::string, double>> start;
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    bool found = false;
    for (auto [p, c] : m.x[x]) {
      start.emplace_back(m.cols[c].name, p == s.phase[x] ? 1.0 : 0.0);
      found |= p == s.phase[x];
    }
    if (!found) return {};
  }
  d_model = compute_liveness(g, s).d_model;
  start.emplace_back(m.cols[m.d_half].name, d_model / 2);
  return start;
}

Schedule extract_schedule(const Graph& g, const milp::Model& m, const std::vector<double>& sol, int layers) {
  Schedule s;
  s.layers = layers;
  s.phase.assign(g.gates.size(), -1);
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
    for (auto [p, c] : m.x[x])
      if (sol[c] > 0.5) s.phase[x] = p;
  return s;
}

int even_ceil(double v) { return 2 * static_cast<int>(std::ceil(v / 2 - 1e-6)); }

void solve_trivial(const Graph& g, MilpResult& r) {
  r.schedule = Schedule{r.layers, {}};
  r.objective = r.bound = compute_liveness(g, *r.schedule).d_model;
  r.status = MilpStatus::Optimal;
}

}  // namespace

MilpResult solve_milp(const Graph& g, const MilpOptions& opt) {
  const auto t0 = Clock::now();
  check_options(opt);
  MilpResult r;
  const Levels levels = compute_levels(g);
  r.layers = opt.layers.value_or(levels.min_layers);
  const int max_layers = std::max(levels.min_layers, static_cast<int>(g.gates.size())) + 16;
  if (r.layers > max_layers)
    throw InputError("--layers " + std::to_string(r.layers) + " is more than this graph can use (at most " +
                     std::to_string(max_layers) + ": extra empty layers cannot lower d_model)");
  if (auto why = budget_infeasibility(g, r.layers, opt.max_ffn, levels.min_layers)) {
    r.status = MilpStatus::Infeasible;
    r.message = *why;
    r.seconds = seconds_since(t0);
    return r;
  }
  if (g.gates.empty()) {
    solve_trivial(g, r);
    r.seconds = seconds_since(t0);
    return r;
  }
  auto latest = alap_phases(g, r.layers);
  if (!latest) {  // min_layers says it fits; ALAP disagreeing would be a levels bug
    r.status = MilpStatus::Infeasible;
    r.message = std::to_string(r.layers) + " layers cannot hold this graph; the minimum is " +
                std::to_string(levels.min_layers);
    r.seconds = seconds_since(t0);
    return r;
  }

  milp::Model m = milp::build_model(g, r.layers, opt.max_ffn, levels.asap, *latest);
  r.columns = static_cast<int>(m.cols.size());
  r.rows = static_cast<int>(m.rows.size());
  std::vector<std::pair<std::string, double>> start;
  if (opt.warm_start) start = greedy_start(g, m, r.layers, opt.max_ffn, r.warm_start_d_model);
  // Never worse than greedy: its d_model bounds the optimum.
  if (r.warm_start_d_model > 0) m.cols[m.d_half].ub = r.warm_start_d_model / 2;

  OsiClpSolverInterface solver;
  load_model(solver, m);
  if (!opt.write_mps.empty()) write_mps(solver, m, opt.write_mps);

  r.threads_used = opt.threads > 1 && CbcModel::haveMultiThreadSupport() ? opt.threads : 1;
  CbcOutcome out;
  try {
    out = run_cbc(solver, start, opt.time_limit - seconds_since(t0), r.threads_used, opt.log);
  } catch (const CoinError& e) {
    if (r.threads_used == 1) throw MilpInternalError("CBC failed: " + e.message());
    r.threads_used = 1;  // parallel CBC has rare upstream failures: retry on one thread
    out = run_cbc(solver, start, opt.time_limit - seconds_since(t0), 1, opt.log);
  }
  r.nodes = out.nodes;

  if (out.solution.empty()) {
    r.seconds = seconds_since(t0);
    if (out.proven_infeasible) {
      r.status = MilpStatus::Infeasible;
      r.message = "no schedule fits " + std::to_string(r.layers) + " layers" +
                  (opt.max_ffn ? " with at most " + std::to_string(*opt.max_ffn) + " reglus per layer" : "") +
                  " (CBC proved the model infeasible)";
    } else {
      r.status = MilpStatus::NoSolution;
      r.message = "CBC found no schedule within the time limit of " + std::to_string(opt.time_limit) + " s";
    }
    return r;
  }

  Schedule s = extract_schedule(g, m, out.solution, r.layers);
  if (std::string bad = schedule_violation(g, s, opt.max_ffn); !bad.empty())
    throw MilpInternalError("the MILP's schedule breaks a rule: " + bad);
  const Liveness lv = compute_liveness(g, s);
  const int milp_objective = static_cast<int>(std::lround(out.objective));
  r.bound = std::min(even_ceil(out.bound), lv.d_model);
  const bool optimal = out.proven_optimal || r.bound >= milp_objective;
  // The liveness d_model can only undercut the objective of an incumbent
  // whose indicators CBC left above their minimum; at a proven optimum they
  // must agree, and exceeding the objective is always a formulation bug.
  if (lv.d_model > milp_objective || (optimal && lv.d_model != milp_objective))
    throw MilpInternalError("MILP objective d_model " + std::to_string(milp_objective) +
                            " but compute_liveness gives " + std::to_string(lv.d_model) +
                            " for the same schedule: the formulation disagrees with model/liveness.cpp");
  r.schedule = std::move(s);
  r.objective = lv.d_model;
  r.status = optimal ? MilpStatus::Optimal : MilpStatus::FeasibleWithGap;
  if (optimal) r.bound = r.objective;
  r.gap = r.objective > 0 ? static_cast<double>(r.objective - r.bound) / r.objective : 0.0;
  r.seconds = seconds_since(t0);
  return r;
}

Artifact milp_artifact(const Graph& g, const MilpResult& r, const MilpOptions& opt) {
  const Schedule& s = r.schedule.value();
  Liveness lv = compute_liveness(g, s);
  nlohmann::ordered_json producer = {{"method", "milp"},
                                     {"solver", "CBC 2.10.8"},
                                     {"status", milp_status_name(r.status)},
                                     {"objective", r.objective},
                                     {"bound", r.bound},
                                     {"gap", r.gap},
                                     {"nodes", r.nodes}};
  return make_artifact(g, s, lv, allocate_slots(g, lv, ReusePolicy::Delayed), std::move(producer), opt.max_ffn);
}

}  // namespace sp
