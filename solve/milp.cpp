// The MILP scheduler's solve loop: builds the model (milp_model.cpp), seeds
// it with the greedy schedule, runs CBC in a child process (cbc_run.cpp),
// hands large models to the band search (band_search.cpp), checks every
// answer against model/liveness.cpp, and then runs the lexicographic levels
// (lexicographic.cpp).
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
//                     each value's occupancy of c (under the reuse policy) is
//                     an exact linear form of the binaries of its producer and
//                     its one deciding reader, or a continuous indicator >=
//                     each reader's form
//   heads(L)          2*lookup_heads + dying + passthrough <= 2 d_half, with
//                     dying counted as "death phase in {4L, 4L+1}" so every
//                     term is a lower-bounded quantity with a + sign
#include "solve/milp.h"

#include <CbcModel.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <thread>

#include "model/errors.h"
#include "model/levels.h"
#include "solve/allocate.h"
#include "solve/band_search.h"
#include "solve/bounds.h"
#include "solve/cut_bound.h"
#include "solve/cbc_run.h"
#include "solve/cbc_version.h"
#include "solve/greedy.h"
#include "solve/local_search.h"
#include "solve/milp_levels.h"
#include "solve/milp_model.h"
#include "solve/milp_schedule.h"
#include "solve/milp_testing.h"
#include "solve/sat_descent.h"

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

using namespace milp;

constexpr int kMaxThreads = 64;
constexpr double kMaxTimeLimit = 1e7;  // seconds (116 days): clock arithmetic stays far from overflow

void check_options(const MilpOptions& opt) {
  if (opt.layers && *opt.layers < 1) throw InputError("the layer budget must be at least 1, got " + std::to_string(*opt.layers));
  if (opt.max_ffn && *opt.max_ffn < 1) throw InputError("the FFN budget must be at least 1, got " + std::to_string(*opt.max_ffn));
  if (opt.threads < 1 || opt.threads > kMaxThreads)
    throw InputError("the CBC thread count must be between 1 and " + std::to_string(kMaxThreads) + ", got " +
                     std::to_string(opt.threads));
  if (!(opt.time_limit_s > 0) || !(opt.time_limit_s <= kMaxTimeLimit))
    throw InputError("the time limit must be a positive number of seconds, at most " +
                     std::to_string(static_cast<long>(kMaxTimeLimit)));
  if (!opt.write_mps.empty()) check_output_path(opt.write_mps, "the MPS file");
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
  const int64_t capacity = static_cast<int64_t>(*max_ffn) * layers;
  if (reglus > capacity)
    return layers_text(layers) + " with at most " + std::to_string(*max_ffn) + " reglus each hold " +
           std::to_string(capacity) + " reglus; the graph has " + std::to_string(reglus);
  for (const auto& cls : g.coloc_classes) {
    int in_class = 0;
    for (GateId x : cls) in_class += g.gates[x].kind == GateKind::Reglu;
    if (in_class > *max_ffn)
      return "the co-location class of " + g.gate_label(cls[0]) + " puts " + std::to_string(in_class) +
             " reglus in one layer; the FFN budget is " + std::to_string(*max_ffn);
  }
  return std::nullopt;
}

// One solve_milp call: the model, the best schedule and bound known so far
// (a crash, a kill or a time-out falls back to these), and the result.
class MilpSolve {
 public:
  MilpSolve(const Graph& g, const MilpOptions& opt, const MilpFaults& faults)
      : g_(g), opt_(opt), faults_(faults), t0_(Clock::now()), deadline_(after_seconds(t0_, opt.time_limit_s)) {}

  MilpResult run() {
    check_options(opt_);
    progress("levels and the greedy schedule", true);
    if (!prepare()) return finish_early();
    if (opt_.warm_start) warm_start();
    if (!search()) return finish_early();
    if (!best_) {
      r_.status = MilpStatus::NoSolution;
      r_.message = "no schedule within the time limit of " + std::to_string(opt_.time_limit_s) + " s" +
                   (r_.note.empty() ? "" : " (" + r_.note + ")");
      return finish_early();
    }
    progress("the answer and its levels", true);
    settle_d_model();
    canonicalize();
    if (model_built_ || met_before_model_) run_levels();
    else finish_schedule(g_, opt_.policy, std::move(*best_), r_);
    r_.seconds = seconds_since(t0_);
    return std::move(r_);
  }

 private:
  MilpResult finish_early() {
    r_.seconds = seconds_since(t0_);
    return std::move(r_);
  }
  ModelSpec spec() const { return {r_.layers, opt_.max_ffn, opt_.policy, std::nullopt}; }

  // Progress: the d_model incumbent and bound known so far, plus what CBC's
  // working model reports (display only, never a result).
  // Thread-safe: the band search beside CBC reports from the side thread.
  void progress(const std::string& phase, bool change, const ChildReport* rep = nullptr) const {
    if (!opt_.progress) return;
    const int mine = best_d_, side = side_best_;
    ProgressEvent e{"solve", phase, mine > 0 && side > 0 ? std::min(mine, side) : std::max(mine, side), bound_, change};
    if (rep && rep->progress_incumbent < COIN_DBL_MAX)
      e.incumbent = e.incumbent ? std::min(e.incumbent, static_cast<int>(std::lround(rep->progress_incumbent)))
                                : static_cast<int>(std::lround(rep->progress_incumbent));
    if (rep && rep->progress_bound > -COIN_DBL_MAX) e.bound = std::max(e.bound, even_ceil(rep->progress_bound));
    if (rep && rep->lp_bound > -COIN_DBL_MAX) e.bound = std::max(e.bound, even_ceil(rep->lp_bound));
    if (e.incumbent) e.bound = std::min(e.bound, e.incumbent);
    std::lock_guard<std::mutex> lock(progress_mutex_);
    opt_.progress(e);
  }

  // The layer budget, budget infeasibility, empty graphs. False: r_ is final.
  bool prepare() {
    levels_ = compute_levels(g_);
    r_.layers = opt_.layers.value_or(levels_.min_layers);
    const int max_layers = std::max(levels_.min_layers, static_cast<int>(g_.gates.size())) + 16;
    if (r_.layers > max_layers)
      throw InputError("a layer budget of " + std::to_string(r_.layers) + " is more than this graph can use (at most " +
                       std::to_string(max_layers) + ": extra empty layers cannot lower d_model)");
    if (auto why = budget_infeasibility(g_, r_.layers, opt_.max_ffn, levels_.min_layers)) {
      r_.status = MilpStatus::Infeasible;
      r_.message = *why;
      return false;
    }
    if (g_.gates.empty()) {
      r_.schedule = Schedule{r_.layers, {}};
      r_.objective = r_.bound = compute_liveness(g_, *r_.schedule, opt_.policy).d_model;
      r_.status = MilpStatus::Optimal;
      return false;
    }
    auto latest = alap_phases(g_, r_.layers);
    if (!latest) {  // min_layers says it fits; ALAP disagreeing would be a levels bug
      r_.status = MilpStatus::Infeasible;
      r_.message = std::to_string(r_.layers) + " layers cannot hold this graph; the minimum is " +
                   std::to_string(levels_.min_layers);
      return false;
    }
    latest_ = std::move(*latest);
    raise_bound(forced_d_model_bound(g_, r_.layers, opt_.policy, levels_.asap, latest_), "forced width");
    return true;
  }

  // The search for d_model: the cut bound, then CBC (with the search beside
  // it) and the band search, unless the warm start already meets the bound.
  // False: r_ is final.
  bool search() {
    if (!bound_meets_best()) raise_cut_bound();
    if (bound_meets_best()) {
      r_.note = "the warm start met the lower bound (" + r_.bound_source + "); CBC did not run";
      met_before_model_ = true;
      if (opt_.write_mps.empty()) return true;  // an MPS asked for still needs its model
    }
    progress("model build", true);
    if (!build() || met_before_model_) return true;
    progress(m_.rows.size() >= opt_.large_model_rows ? "root LP, then branch and bound" : "branch and bound", true);
    run_cbc();
    if (!take_cbc_answer()) return false;
    run_bands();
    return true;
  }

  // Once a schedule meets a lower bound it is optimal: nothing after that
  // (the cut bound, CBC, the band search) can improve the answer.
  bool bound_meets_best() const { return best_ && bound_ >= best_d_; }

  // The boundary min-cut bound (solve/cut_bound.h), in its share of the limit.
  void raise_cut_bound() {
    progress("boundary min-cut bound", true);
    const CutBound cut = boundary_cut_bound(g_, r_.layers, opt_.policy, levels_.asap, latest_,
                                            after_seconds(Clock::now(), kTimeSharing.cut_bound_share * opt_.time_limit_s),
                                            kTimeSharing.cut_bound_windows);
    raise_bound(d_model_for_width(cut.width), "boundary min-cut");
  }

  // The greedy schedule, improved by the local search: the first incumbent
  // and (once the model exists) CBC's MIP start, when it fits the budget.
  void warm_start() {
    Schedule s = greedy_schedule(g_, GreedyOptions{opt_.max_ffn, opt_.policy});
    if (s.layers > r_.layers) return;
    s.layers = r_.layers;
    if (!schedule_violation(g_, s, opt_.max_ffn).empty()) return;
    int d = compute_liveness(g_, s, opt_.policy).d_model;
    r_.warm_start_d_model = d;
    if (opt_.local_search) improve_by_local_search(s, d);
    best_d_ = d;
    best_ = std::move(s);
  }

  // The warm start's local search: a fixed move budget, so CBC's start (and
  // with it every run that finishes in time) is deterministic.
  void improve_by_local_search(Schedule& s, int& d) {
    progress("local search", true);
    LocalSearchOptions lo{r_.layers, opt_.max_ffn, opt_.policy, 1,
                          static_cast<int64_t>(kTimeSharing.warm_moves_per_gate) * static_cast<int64_t>(g_.gates.size())};
    lo.enough_d_model = bound_;
    const auto until = after_seconds(Clock::now(), kTimeSharing.warm_share * opt_.time_limit_s);
    LocalSearchResult ls = local_search(g_, levels_.asap, latest_, s, lo, std::min(until, deadline_));
    const int after = checked_d_model(ls.schedule, "the local search");
    r_.local_search_d_model = after;
    if (after <= d) s = std::move(ls.schedule), d = after;
  }
  int checked_d_model(const Schedule& s, const char* who) const {
    if (std::string bad = schedule_violation(g_, s, opt_.max_ffn); !bad.empty())
      throw MilpInternalError(std::string(who) + " broke a rule: " + bad);
    return compute_liveness(g_, s, opt_.policy).d_model;
  }

  // The model, unless it cannot be built in time (then the best schedule so
  // far is the answer, with an honest status). False: no model.
  bool build() {
    ModelSpec ms = spec();
    ms.deadline = after_seconds(t0_, kTimeSharing.build_share * opt_.time_limit_s);
    try {
      m_ = build_model(g_, ms, levels_.asap, latest_);
    } catch (const ModelTooLarge& e) {
      r_.note = std::string(e.what()) + "; returning the best known schedule";
      r_.build_seconds = seconds_since(t0_);
      return false;
    }
    model_built_ = true;
    r_.columns = static_cast<int>(m_.cols.size());
    r_.rows = static_cast<int>(m_.rows.size());
    if (best_) {
      start_ = schedule_start(m_, *best_, best_d_ / 2);
      if (!start_.empty()) m_.cols[m_.d_half].ub = best_d_ / 2;  // never worse than the start
    }
    raise_bound(2 * static_cast<int>(m_.cols[m_.d_half].lb), "forced width");
    // The bounds found without the model (head demand, min cuts) are valid
    // for every schedule, so CBC may know them too: an incumbent that meets
    // one then ends its search at once.
    m_.cols[m_.d_half].lb = std::max(m_.cols[m_.d_half].lb, static_cast<double>(bound_ / 2));
    load_model(solver_, m_);
    if (!opt_.write_mps.empty()) write_mps(solver_, m_, opt_.write_mps);
    r_.build_seconds = seconds_since(t0_);
    return true;
  }

  // Large models: the band search, on the core beside CBC (CBC keeps the
  // whole limit: its root LP needs an unbroken stretch of one core, and it
  // sometimes proves the optimum late) or alone.
  bool bands_planned() const {
    return best_ && m_.rows.size() >= opt_.band_min_rows && opt_.bands != MilpOptions::Bands::Off;
  }
  bool bands_beside_cbc() const {
    return bands_planned() && opt_.bands == MilpOptions::Bands::BesideCbc && m_.rows.size() >= opt_.large_model_rows;
  }
  double cbc_share() const { return bands_planned() && opt_.bands == MilpOptions::Bands::Only ? 0.0 : 1.0; }

  void offer(const std::vector<int32_t>& phases) {
    Schedule s = schedule_from_phases(g_, phases, r_.layers);
    if (!schedule_violation(g_, s, opt_.max_ffn).empty()) return;
    const int d = compute_liveness(g_, s, opt_.policy).d_model;
    if (!best_ || d < best_d_) best_ = std::move(s), best_d_ = d;
  }

  struct BandOutcome {
    Schedule schedule;
    int d_model = 0, solved = 0, improved = 0;
    double seconds = 0.0;
  };

  void run_cbc() {
    CbcSettings st;
    st.soft_deadline = after_seconds(t0_, cbc_share() * opt_.time_limit_s);
    st.log = opt_.log;
    st.test_signal = faults_.child_signal;
    st.test_delay = faults_.child_delay_s;
    st.large = m_.rows.size() >= opt_.large_model_rows;
    const auto hard_deadline = after_seconds(st.soft_deadline, kTimeSharing.grace(opt_.time_limit_s));
    r_.threads_used = opt_.threads > 1 && CbcModel::haveMultiThreadSupport() ? opt_.threads : 1;
    if (cbc_share() == 0) {
      r_.note = "band search only: CBC did not see the whole model";
      return;
    }
    if (seconds_until(st.soft_deadline) < kTimeSharing.min_cbc_seconds) {
      r_.note = "model build took " + std::to_string(static_cast<int>(std::lround(r_.build_seconds))) +
                " s of the time limit; CBC did not run; returning the best known schedule";
      return;
    }
    BesideCbc beside(*this, st);
    for (;;) {
      st.threads = r_.threads_used;
      rep_ = solve_in_child(solver_, m_, start_, st, best_ ? best_d_.load() : COIN_DBL_MAX, hard_deadline,
                            [this, &beside](const ChildReport& rep) {
                              progress("branch and bound", false, &rep);
                              const int lp = rep.lp_bound > -COIN_DBL_MAX ? even_ceil(rep.lp_bound) : 0;
                              beside.bound_known(std::max(bound_.load(), lp));
                            });
      if (rep_->lp_bound > -COIN_DBL_MAX) raise_bound(even_ceil(rep_->lp_bound), "root LP (dual simplex)");
      if (rep_->incumbent && !rep_->stopped) offer(rep_->incumbent->second);
      const bool failed = rep_->signal || !rep_->error.empty();
      // Parallel CBC has rare upstream crashes: retry on one thread while time remains.
      if (!failed || r_.threads_used == 1 ||
          seconds_until(st.soft_deadline) <= kTimeSharing.retry_share * opt_.time_limit_s)
        break;
      r_.threads_used = 1;
    }
    // A proven optimum ends the search beside CBC; otherwise the band search
    // goes on until the limit.
    beside.finish(rep_->stopped || (rep_->finished && rep_->out.proven_optimal));
    note_child_trouble(st.large, beside.stopped_because());
  }

  // The other core, while CBC runs: on models below large_model_rows the SAT
  // descent, which may prove the incumbent optimal (then CBC is stopped);
  // on larger ones the local search from the best schedule, and when bands
  // are planned, after side_ls_share of the limit, the band search until the
  // limit (it outdoes the local search there: docs/MILP.md, "Band search").
  class BesideCbc {
   public:
    BesideCbc(MilpSolve& s, CbcSettings& st) : s_(s) {
      st.stop = &proved_;
      if (!s.best_) return;
      const bool small = s.m_.rows.size() < s.opt_.large_model_rows;
      if (small && s.opt_.sat) {
        thread_ = std::thread([this, start = s.best_d_.load(), until = st.soft_deadline, floor = s.bound_.load()] {
          sat_ = sat_descent(s_.g_, s_.spec(), start, until, &cbc_done_, floor);
          const int reached = sat_->best ? sat_->best_d : start;
          if ((sat_->bound > 0 && sat_->bound >= reached) || reached <= floor) proved_ = true;
        });
      } else if (!small) {
        const bool ls = s.opt_.local_search, bands = s.bands_beside_cbc();
        const auto ls_until =
            bands ? std::min(st.soft_deadline, after_seconds(s.t0_, kTimeSharing.side_ls_share * s.opt_.time_limit_s))
                  : st.soft_deadline;
        LocalSearchOptions lo{s.r_.layers, s.opt_.max_ffn, s.opt_.policy, 2, 0, kTimeSharing.side_ls_stall_kicks, s.bound_};
        if (ls || bands)
          thread_ = std::thread([this, ls, bands, lo, from = *s.best_, ls_until] {
            Schedule start = from;
            if (ls) {
              side_ = local_search(s_.g_, s_.levels_.asap, s_.latest_, from, lo, ls_until, &cbc_done_);
              if (side_->width_bound_after < side_->width_bound_before) start = side_->schedule;
              s_.side_best_ = compute_liveness(s_.g_, side_->schedule, s_.opt_.policy).d_model;
            }
            if (bands && !stop_bands_) bands_ = s_.band_search(std::move(start), s_.deadline_, &stop_bands_);
          });
      }
    }
    ~BesideCbc() { finish(true); }
    // CBC's bound so far: once it meets what the search beside CBC found,
    // that schedule is optimal, and CBC and the band search are stopped.
    void bound_known(int bound) {
      const int found = s_.side_best_;
      if (found > 0 && bound >= found) bound_met_ = true, proved_ = true, stop_bands_ = true;
    }
    // Why CBC was stopped, if it was.
    const char* stopped_because() const {
      return bound_met_ ? "CBC's bound met the search beside it" : "the SAT descent proved the optimum first";
    }
    // Stops the helper (its band search too when `settled`: CBC proved the
    // optimum) and takes what it found.
    void finish(bool settled) {
      cbc_done_ = true;
      if (settled) stop_bands_ = true;
      if (!thread_.joinable()) return;
      thread_.join();
      if (side_) s_.take_side_search(side_->schedule);
      if (bands_) s_.take_bands(std::move(*bands_));
      if (sat_) s_.take_sat_descent(*sat_);
    }

   private:
    MilpSolve& s_;
    std::atomic<bool> cbc_done_{false}, proved_{false}, stop_bands_{false}, bound_met_{false};
    std::thread thread_;
    std::optional<LocalSearchResult> side_;
    std::optional<BandOutcome> bands_;
    std::optional<SatDescent> sat_;
  };

  void take_sat_descent(const SatDescent& sat) {
    r_.sat_calls = sat.calls;
    if (sat.best) {
      const int d = checked_d_model(*sat.best, "the SAT descent");
      if (!best_ || d < best_d_) best_ = *sat.best, best_d_ = d;
    }
    if (sat.bound > 0) raise_bound(sat.bound, "SAT (CaDiCaL)");
    if (!sat.note.empty() && r_.note.empty() && sat.note.find("stopped by the caller") == std::string::npos)
      r_.note = "SAT descent: " + sat.note;
  }

  void raise_bound(int b, const char* source) {
    if (b > bound_) bound_ = b, r_.bound_source = source;
  }

  void take_side_search(Schedule s) {
    const int d = checked_d_model(s, "the local search");
    r_.side_search_d_model = d;
    if (!best_ || d < best_d_) best_ = std::move(s), best_d_ = d;
  }

  void note_child_trouble(bool large, const char* stopped_because) {
    const ChildReport& rep = *rep_;
    if (rep.stopped)
      r_.note = std::string(stopped_because) + "; CBC was stopped";
    else if (rep.killed)
      r_.note = "CBC did not stop by the time limit and was stopped; returning the best known schedule";
    else if (rep.signal)
      r_.note = "solver crashed (signal " + std::to_string(rep.signal) + "); returning the best known schedule";
    else if (!rep.error.empty())
      r_.note = rep.error + "; returning the best known schedule";
    else if (large && rep.lp_bound == -COIN_DBL_MAX && !rep.out.has_solution && !rep.out.proven_infeasible)
      r_.note = "the root LP did not finish within the limit, so CBC did not run; returning the best known schedule";
  }

  // CBC's final answer. False when it settles the result (infeasible).
  bool take_cbc_answer() {
    if (!rep_ || !rep_->finished) return true;
    r_.nodes = rep_->out.nodes;
    const CbcOutcome& out = rep_->out;
    if (out.proven_infeasible && !out.has_solution) return take_infeasible();
    if (out.has_solution) {
      take_cbc_schedule(out);
    } else if (out.bound > -COIN_DBL_MAX && out.bound < COIN_DBL_MAX) {
      raise_bound(even_ceil(out.bound), "CBC");
    }
    return true;
  }

  // CBC's "infeasible" is trusted only when no schedule is known and CBC
  // stopped well before the limit: CglPreProcess interrupted by the time limit
  // reports "infeasible or unbounded" (seen on a 1,000-gate graph).
  bool take_infeasible() {
    if (best_ || seconds_since(t0_) > kTimeSharing.trust_infeasible_before * opt_.time_limit_s) {
      if (r_.note.empty()) r_.note = "CBC reported infeasible as it reached the time limit (not trusted)";
      return true;
    }
    r_.status = MilpStatus::Infeasible;
    r_.message = "no schedule fits " + std::to_string(r_.layers) + " layers" +
                 (opt_.max_ffn ? " with at most " + std::to_string(*opt_.max_ffn) + " reglus per layer" : "") +
                 " (CBC proved the model infeasible)";
    return false;
  }

  // CBC's own schedule, checked strictly (a disagreement is a formulation bug).
  void take_cbc_schedule(const CbcOutcome& out) {
    Schedule s = schedule_from_phases(g_, out.phases, r_.layers);
    if (std::string bad = schedule_violation(g_, s, opt_.max_ffn); !bad.empty())
      throw MilpInternalError("the MILP's schedule breaks a rule: " + bad);
    const Liveness lv = compute_liveness(g_, s, opt_.policy);
    const int milp_objective = static_cast<int>(std::lround(out.objective));
    const int cbc_bound = std::max(bound_.load(), even_ceil(out.bound));
    const bool optimal = out.proven_optimal || cbc_bound >= milp_objective;
    // The liveness d_model can only undercut the objective of an incumbent
    // whose indicators CBC left above their minimum; at a proven optimum they
    // must agree, and exceeding the objective is always a formulation bug.
    if (lv.d_model > milp_objective || (optimal && lv.d_model != milp_objective))
      throw MilpInternalError("MILP objective d_model " + std::to_string(milp_objective) +
                              " but compute_liveness gives " + std::to_string(lv.d_model) +
                              " for the same schedule: the formulation disagrees with model/liveness.cpp");
    raise_bound(optimal ? lv.d_model : cbc_bound, "CBC");
    if (!best_ || lv.d_model <= best_d_) best_ = std::move(s), best_d_ = lv.d_model;
  }

  // The band search after CBC (Bands::Only, or a model the SAT descent
  // served), unless it ran beside CBC.
  void run_bands() {
    if (!bands_planned() || bands_beside_cbc() || bound_meets_best() || seconds_until(deadline_) <= 1.0) return;
    progress("band search", true);
    take_bands(band_search(*best_, deadline_, &bands_met_bound_));
  }

  // Runs on either thread: reads only what stays fixed while CBC runs.
  BandOutcome band_search(Schedule from, Clock::time_point until, const std::atomic<bool>* stop) {
    BandSearch search(g_, spec(), levels_.asap, latest_, opt_.large_model_rows);
    const auto band_t0 = Clock::now();
    BandOutcome out;
    out.schedule = search.run(std::move(from), until, kTimeSharing.band_seconds(opt_.time_limit_s),
                              kTimeSharing.band_first_width, [this](int d, int bands) {
                                side_best_ = d;
                                if (d <= bound_) bands_met_bound_ = true;
                                progress("band search, " + std::to_string(bands) + " bands", false);
                              }, stop);
    out.seconds = seconds_since(band_t0);
    out.d_model = search.d_model(), out.solved = search.solved(), out.improved = search.improved();
    return out;
  }
  void take_bands(BandOutcome b) {
    r_.band_seconds = b.seconds;
    r_.bands_solved = b.solved, r_.bands_improved = b.improved;
    r_.band_d_model = b.d_model;
    if (b.solved == 0) return;
    const int d = checked_d_model(b.schedule, "the band search");
    if (!best_ || d < best_d_) best_ = std::move(b.schedule), best_d_ = d;
  }

  // A proven optimum D was proven by CBC or by the SAT descent, whichever
  // finished first, and each holds its own schedule of d_model D. So that the
  // same input gives the same artifact, the schedule of a proven optimum on a
  // model the SAT descent serves is CaDiCaL's answer to "width_bound <= D"
  // (deterministic for one CNF); the levels start from it.
  void canonicalize() {
    if (r_.status != MilpStatus::Optimal || !opt_.sat || !model_built_ || met_before_model_ ||
        m_.rows.size() >= opt_.large_model_rows)
      return;  // the warm start's schedule needs no canonical form: nothing raced it
    if (std::optional<Schedule> s = sat_schedule(g_, spec(), r_.objective, deadline_))
      if (checked_d_model(*s, "the SAT witness") == r_.objective) best_ = std::move(*s);
  }

  void settle_d_model() {
    r_.objective = best_d_;
    r_.bound = std::min(bound_.load(), r_.objective);
    r_.status = r_.bound >= r_.objective ? MilpStatus::Optimal : MilpStatus::FeasibleWithGap;
    r_.gap = r_.objective > 0 ? static_cast<double>(r_.objective - r_.bound) / r_.objective : 0.0;
    r_.levels.push_back({"d_model", milp_status_name(r_.status), r_.objective, r_.bound, seconds_since(t0_)});
  }

  // The last job (solve/milp_levels.h): the lexicographic levels at d_model.
  void run_levels() {
    LevelsJob job{g_, opt_, spec(), levels_.asap, latest_, deadline_,
                  [this](const std::string& phase) { progress(phase, true); }};
    milp::run_levels(job, std::move(*best_), r_);
  }

  const Graph& g_;
  const MilpOptions& opt_;
  const MilpFaults faults_;
  const Clock::time_point t0_, deadline_;
  Levels levels_;
  std::vector<int> latest_;
  Model m_;
  OsiClpSolverInterface solver_;
  std::vector<std::pair<std::string, double>> start_;
  std::optional<Schedule> best_;
  // Written on the main thread only; atomic because the side thread's
  // progress lines read them.
  std::atomic<int> best_d_{0}, bound_{0};
  std::atomic<int> side_best_{0};  // the band search beside CBC, for progress lines (0: none yet)
  std::atomic<bool> bands_met_bound_{false};  // stops the band search after CBC
  mutable std::mutex progress_mutex_;
  std::optional<ChildReport> rep_;
  bool model_built_ = false;
  bool met_before_model_ = false;  // the warm start met the bound: CBC did not run
  MilpResult r_;
};

}  // namespace

MilpResult solve_milp(const Graph& g, const MilpOptions& opt) { return MilpSolve(g, opt, {}).run(); }

MilpResult solve_milp_with_faults(const Graph& g, const MilpOptions& opt, const MilpFaults& faults) {
  return MilpSolve(g, opt, faults).run();
}

Artifact milp_artifact(const Graph& g, const MilpResult& r, const MilpOptions& opt) {
  const Schedule& s = r.schedule.value();
  Liveness lv = compute_liveness(g, s, opt.policy);
  nlohmann::ordered_json levels = nlohmann::ordered_json::array();
  for (const LevelReport& l : r.levels)
    levels.push_back({{"objective", l.objective}, {"status", l.status}, {"value", l.value}, {"bound", l.bound}});
  nlohmann::ordered_json producer = {{"method", "milp"},
                                     {"solver", "CBC " + cbc_version()},
                                     {"status", milp_status_name(r.status)},
                                     {"objective", r.objective},
                                     {"bound", r.bound},
                                     {"gap", r.gap},
                                     {"levels", std::move(levels)}};
  return make_artifact(g, s, lv, allocate_slots(g, lv), std::move(producer), opt.max_ffn);
}

}  // namespace sp
