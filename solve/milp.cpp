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

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CbcTree.hpp>
#include <ClpSimplex.hpp>
#include <ClpSolve.hpp>
#include <CoinError.hpp>
#include <CoinMpsIO.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>
#include <poll.h>
#include <sys/prctl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <mutex>
#include <algorithm>

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

// What the CBC child reports back (phases per gate, not the raw columns).
struct CbcOutcome {
  bool has_solution = false;
  std::vector<int32_t> phases;  // per gate, when has_solution (-1 = no phase set)
  double objective = 0, bound = -COIN_DBL_MAX;
  long nodes = 0;
  bool proven_optimal = false, proven_infeasible = false;
};

// Models at least this many rows are "large": CBC's own root LP (primal
// simplex, no time limit), preprocessing and its post-processing LP can each
// take minutes there, so the child solves the root LP itself under a
// wall-clock limit and runs CBC without preprocessing and with few cut passes.
constexpr size_t kLargeRows = 20000;

struct CbcSettings {
  Clock::time_point soft_deadline;  // CBC should stop by then
  int test_signal = 0;              // MilpOptions::test_child_signal
  int threads = 1;
  bool log = false;
  bool large = false;
};

// ---- the child-to-parent channel ------------------------------------------------
// Messages: {uint32 kind, uint32 bytes} + payload. The child sends a root LP
// bound, every improving incumbent (as phases, when its columns are the
// model's own), and one final outcome; the parent keeps the best it received.

enum MsgKind : uint32_t { kMsgBound = 1, kMsgIncumbent = 2, kMsgFinal = 3, kMsgError = 4, kMsgEndSearch = 5 };

struct FinalFixed {
  double objective, bound;
  int64_t nodes;
  int32_t proven_optimal, proven_infeasible, has_solution, pad;
};

class Channel {
 public:
  explicit Channel(int fd) : fd_(fd) {}
  void send(uint32_t kind, const void* a, size_t na, const void* b = nullptr, size_t nb = 0) {
    std::lock_guard<std::mutex> lock(mu_);
    uint32_t head[2] = {kind, static_cast<uint32_t>(na + nb)};
    write_all(head, sizeof head);
    write_all(a, na);
    if (nb) write_all(b, nb);
  }
  std::mutex& mutex() { return mu_; }

 private:
  void write_all(const void* p, size_t n) {
    const char* c = static_cast<const char*>(p);
    while (n > 0) {
      ssize_t w = ::write(fd_, c, n);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) _exit(1);  // the parent is gone: nothing left to report to
      c += w, n -= static_cast<size_t>(w);
    }
  }
  int fd_;
  std::mutex mu_;
};

std::vector<int32_t> phases_of(const milp::Model& m, const double* sol) {
  std::vector<int32_t> ph(m.x.size(), -1);
  for (size_t x = 0; x < m.x.size(); ++x)
    for (auto [p, c] : m.x[x])
      if (c < 0 || sol[c] > 0.5) ph[x] = p;  // c < 0: fixed to its only phase
  return ph;
}

// Streams each improving incumbent to the parent, so a CBC run that is killed
// at the hard deadline (or crashes) still leaves its best schedule behind.
// Only models with the original columns qualify (with preprocessing on, CBC's
// working model has other columns); the parent re-checks every schedule anyway.
class IncumbentStream : public CbcEventHandler {
 public:
  IncumbentStream(Channel* ch, const milp::Model* m, double* last) : ch_(ch), m_(m), last_(last) {}
  CbcAction event(CbcEvent e) override {
    if (e == solution || e == heuristicSolution || e == node || e == treeStatus || e == endSearch) maybe_send();
    if (e == endSearch) send_end();
    return noAction;
  }
  CbcAction event(CbcEvent e, void*) override { return event(e); }
  CbcEventHandler* clone() const override { return new IncumbentStream(*this); }

 private:
  void maybe_send() {
    const CbcModel* model = getModel();
    if (!model || model->getNumCols() != static_cast<int>(m_->cols.size())) return;
    const double* best = model->bestSolution();
    if (!best) return;
    const double obj = model->getMinimizationObjValue();
    {
      std::lock_guard<std::mutex> lock(ch_->mutex());
      if (!(obj < *last_ - 0.5)) return;
      *last_ = obj;
    }
    std::vector<int32_t> ph = phases_of(*m_, best);
    ch_->send(kMsgIncumbent, &obj, sizeof obj, ph.data(), ph.size() * sizeof(int32_t));
  }
  // The search is over: report the outcome now. After it CbcMain1 can spend
  // minutes re-solving the LP of a large model to report its solution; the
  // parent stops the child shortly after this message.
  void send_end() {
    const CbcModel* model = getModel();
    if (!model || model->parentModel() || model->getNumCols() != static_cast<int>(m_->cols.size())) return;
    const double* best = model->bestSolution();
    const bool completed = model->tree() && model->tree()->empty() && !model->maximumSecondsReached() &&
                           model->getNodeCount() < model->getMaximumNodes();
    FinalFixed f{model->getMinimizationObjValue(), model->getBestPossibleObjValue(), model->getNodeCount(),
                 completed && best, 0, best != nullptr, 0};
    std::vector<int32_t> ph;
    if (best) ph = phases_of(*m_, best);
    ch_->send(kMsgEndSearch, &f, sizeof f, ph.data(), ph.size() * sizeof(int32_t));
  }
  Channel* ch_;
  const milp::Model* m_;
  double* last_;
};

double seconds_until(Clock::time_point t) { return std::chrono::duration<double>(t - Clock::now()).count(); }
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

// Runs in the child process. Every CBC phase that can ignore the time limit
// runs here, where the parent can kill it.
CbcOutcome run_cbc(const OsiClpSolverInterface& base, const milp::Model& m,
                   const std::vector<std::pair<std::string, double>>& start, const CbcSettings& st, Channel& ch,
                   double incumbent_objective) {
  CbcOutcome out;
  OsiClpSolverInterface solver(base);
  if (!st.log) solver.messageHandler()->setLogLevel(0);
  if (st.large) {
    // The root LP, as CbcMain1 would solve it (Clp's automatic choice with
    // presolve), but under a wall-clock limit (CbcMain1's initial solve has none).
    const double lp_seconds = 0.85 * seconds_until(st.soft_deadline);
    if (lp_seconds < 0.5) return out;
    solver.getModelPtr()->setMaximumWallSeconds(lp_seconds);
    solver.initialSolve();
    solver.getModelPtr()->setMaximumWallSeconds(-1);
    if (solver.isProvenPrimalInfeasible()) {
      out.proven_infeasible = true;
      return out;
    }
    if (!solver.isProvenOptimal()) return out;  // no bound in time: the parent falls back
    out.bound = solver.getObjValue();
    ch.send(kMsgBound, &out.bound, sizeof out.bound);
    ClpSolve warm;  // CbcMain1 re-solves: start from this basis, no presolve
    warm.setSolveType(ClpSolve::useDual);
    warm.setPresolveType(ClpSolve::presolveOff);
    solver.setSolveOptions(warm);
  }
  const double seconds = 0.9 * seconds_until(st.soft_deadline);
  if (seconds < 0.2) return out;
  CbcModel model(solver);
  CbcSolverUsefulData data;
  CbcMain0(model, data);
  // CbcMain1 completes a MIP start with a sub-MIP ("Reduced search") that took
  // minutes on large models; there the parent keeps the greedy schedule itself.
  if (!start.empty() && !st.large) model.setMIPStart(start);
  double last_sent = incumbent_objective;
  IncumbentStream stream(&ch, &m, &last_sent);
  model.passInEventHandler(&stream);
  char secs[32];
  std::snprintf(secs, sizeof secs, "%.3f", std::max(0.05, seconds));
  std::vector<std::string> args = {"slotproof", "-log", st.log ? "1" : "0", "-timeMode", "elapsed", "-seconds", secs,
                                   "-randomSeed", std::to_string(kSeed), "-randomCbcSeed", std::to_string(kSeed)};
  if (st.large) args.insert(args.end(), {"-preprocess", "off", "-passCuts", "2", "-passTree", "1"});
  if (st.threads > 1) args.insert(args.end(), {"-threads", std::to_string(100 + st.threads)});  // deterministic mode
  args.insert(args.end(), {"-solve", "-quit"});
  std::vector<const char*> argv;
  for (auto& a : args) argv.push_back(a.c_str());
  if (!st.log) {
    model.setLogLevel(0);
    model.solver()->messageHandler()->setLogLevel(0);
  }
  const double lp_bound = out.bound;
  CbcMain1(static_cast<int>(argv.size()), argv.data(), model, no_callback, data);
  if (const double* best = model.bestSolution()) {
    out.has_solution = true;
    out.phases = phases_of(m, best);
  }
  out.objective = model.getObjValue();
  out.bound = std::max(lp_bound, model.getBestPossibleObjValue());
  out.nodes = model.getNodeCount();
  out.proven_optimal = model.isProvenOptimal();
  out.proven_infeasible = model.isProvenInfeasible() || (model.status() == 0 && model.secondaryStatus() == 1);
  return out;
}

[[noreturn]] void child_main(int fd, const OsiClpSolverInterface& base, const milp::Model& m,
                             const std::vector<std::pair<std::string, double>>& start, const CbcSettings& st,
                             double incumbent_objective) {
  Channel ch(fd);
  if (st.test_signal) ::raise(st.test_signal);
  try {
    CbcOutcome out = run_cbc(base, m, start, st, ch, incumbent_objective);
    FinalFixed f{out.objective, out.bound, out.nodes, out.proven_optimal, out.proven_infeasible, out.has_solution, 0};
    ch.send(kMsgFinal, &f, sizeof f, out.phases.data(), out.phases.size() * sizeof(int32_t));
  } catch (const CoinError& e) {
    std::string msg = "CBC failed: " + e.message();
    ch.send(kMsgError, msg.data(), msg.size());
  } catch (const std::exception& e) {
    std::string msg = std::string("CBC failed: ") + e.what();
    ch.send(kMsgError, msg.data(), msg.size());
  }
  std::fflush(stdout);
  std::cout.flush();
  ::close(fd);
  _exit(0);
}

// What the parent learned from one child run.
struct ChildReport {
  bool finished = false;  // the final outcome arrived (also set when the search ended: see end_search)
  bool end_search = false;  // CBC's search ended and reported; the child is not waited for long after
  CbcOutcome out;
  double lp_bound = -COIN_DBL_MAX;
  std::optional<std::pair<double, std::vector<int32_t>>> incumbent;  // best streamed one
  std::string error;      // CBC threw
  int signal = 0;         // the child died of this signal
  bool killed = false;    // the parent killed it at the hard deadline
};

void parse_messages(std::string& buf, size_t ngates, ChildReport& rep) {
  size_t pos = 0;
  while (buf.size() - pos >= 8) {
    uint32_t head[2];
    std::memcpy(head, buf.data() + pos, sizeof head);
    if (buf.size() - pos - 8 < head[1]) break;
    const char* p = buf.data() + pos + 8;
    const size_t n = head[1];
    auto phases_at = [&](const char* q, size_t bytes) {
      std::vector<int32_t> ph(bytes / sizeof(int32_t));
      std::memcpy(ph.data(), q, ph.size() * sizeof(int32_t));
      return ph;
    };
    if (head[0] == kMsgBound && n == sizeof(double)) {
      std::memcpy(&rep.lp_bound, p, sizeof(double));
    } else if (head[0] == kMsgIncumbent && n == sizeof(double) + ngates * sizeof(int32_t)) {
      double obj;
      std::memcpy(&obj, p, sizeof obj);
      if (!rep.incumbent || obj < rep.incumbent->first) rep.incumbent.emplace(obj, phases_at(p + 8, n - 8));
    } else if ((head[0] == kMsgFinal || head[0] == kMsgEndSearch) && n >= sizeof(FinalFixed)) {
      FinalFixed f;
      std::memcpy(&f, p, sizeof f);
      rep.out.objective = f.objective, rep.out.bound = f.bound, rep.out.nodes = f.nodes;
      rep.out.proven_optimal = f.proven_optimal, rep.out.proven_infeasible = f.proven_infeasible;
      rep.out.has_solution = f.has_solution && n == sizeof f + ngates * sizeof(int32_t);
      if (rep.out.has_solution) rep.out.phases = phases_at(p + sizeof f, n - sizeof f);
      if (head[0] == kMsgEndSearch) {
        rep.out.bound = std::max(rep.out.bound, rep.lp_bound);
        rep.end_search = true;
      } else {
        rep.finished = true;
      }
    } else if (head[0] == kMsgError) {
      rep.error.assign(p, n);
    }
    pos += 8 + n;
  }
  buf.erase(0, pos);
}

// CBC in a forked child: a crash (parallel CBC has rare upstream ones) or a
// phase that ignores the time limit cannot take the slotproof process with it.
// The child is killed at `hard_deadline`.
ChildReport solve_in_child(const OsiClpSolverInterface& base, const milp::Model& m,
                           const std::vector<std::pair<std::string, double>>& start, const CbcSettings& st,
                           double incumbent_objective, Clock::time_point hard_deadline) {
  ChildReport rep;
  std::fflush(nullptr);
  std::cout.flush();
  std::cerr.flush();
  int fds[2];
  if (::pipe(fds) != 0) throw MilpInternalError(std::string("cannot create a pipe: ") + std::strerror(errno));
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]), ::close(fds[1]);
    throw MilpInternalError(std::string("cannot fork the CBC process: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    // The parent's handlers (a test framework's, say) must not run here: a
    // crash in CBC should just end the child.
    for (int sig : {SIGPIPE, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTERM, SIGINT}) ::signal(sig, SIG_DFL);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);  // no orphaned CBC if the parent is killed
    if (::getppid() != parent) _exit(1);
    child_main(fds[1], base, m, start, st, incumbent_objective);
  }
  ::close(fds[1]);
  std::string buf;
  char chunk[1 << 16];
  std::optional<Clock::time_point> end_seen;
  bool we_killed = false;
  for (;;) {
    double left = seconds_until(hard_deadline);
    if (rep.end_search && !end_seen) end_seen = Clock::now();
    if (end_seen) left = std::min(left, 1.0 - seconds_since(end_seen.value()));
    if (left <= 0) {
      ::kill(pid, SIGKILL);
      we_killed = true;
      rep.killed = !end_seen;
      break;
    }
    pollfd pfd{fds[0], POLLIN, 0};
    int pr = ::poll(&pfd, 1, static_cast<int>(std::ceil(left * 1000)));
    if (pr < 0 && errno == EINTR) continue;
    if (pr <= 0) continue;  // timeout: the loop kills the child
    ssize_t got = ::read(fds[0], chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;  // EOF: the child exited (or died)
    buf.append(chunk, static_cast<size_t>(got));
    parse_messages(buf, m.x.size(), rep);
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!we_killed && WIFSIGNALED(status)) rep.signal = WTERMSIG(status);
  if (rep.end_search) rep.finished = true;  // whatever happened after the search ended
  if (!we_killed && !rep.finished && rep.error.empty() && !rep.signal)
    rep.error = "the CBC process exited without an answer (status " + std::to_string(status) + ")";
  return rep;
}

// A schedule as a MIP start (names of the phase binaries and d_half), or
// empty when some gate's phase lies outside its window.
std::vector<std::pair<std::string, double>> schedule_start(const milp::Model& m, const Schedule& s, int d_half) {
  std::vector<std::pair<std::string, double>> start;
  for (size_t x = 0; x < m.x.size(); ++x) {
    bool found = false;
    for (auto [p, c] : m.x[x]) {
      if (c >= 0) start.emplace_back(m.cols[c].name, p == s.phase[x] ? 1.0 : 0.0);
      found |= p == s.phase[x];
    }
    if (!found) return {};
  }
  start.emplace_back(m.cols[m.d_half].name, d_half);
  return start;
}

// Greedy schedule as a MIP start, or empty when it does not fit the budget.
// Also returns the schedule and its d_model.
std::vector<std::pair<std::string, double>> greedy_start(const Graph& g, const milp::Model& m, int layers,
                                                         std::optional<int> max_ffn, ReusePolicy policy, int& d_model,
                                                         std::optional<Schedule>& schedule) {
  d_model = 0;
  Schedule s = greedy_schedule(g, GreedyOptions{max_ffn, policy});
  if (s.layers > layers) return {};
  s.layers = layers;
  if (!schedule_violation(g, s, max_ffn).empty()) return {};
  int d = compute_liveness(g, s, policy).d_model;
  std::vector<std::pair<std::string, double>> start = schedule_start(m, s, d / 2);
  if (start.empty()) return {};
  d_model = d;
  schedule = std::move(s);
  return start;
}

Schedule schedule_from_phases(const Graph& g, const std::vector<int32_t>& phases, int layers) {
  Schedule s;
  s.layers = layers;
  s.phase.assign(g.gates.size(), -1);
  for (size_t x = 0; x < g.gates.size() && x < phases.size(); ++x) s.phase[x] = phases[x];
  return s;
}

int even_ceil(double v) { return 2 * static_cast<int>(std::ceil(v / 2 - 1e-6)); }

void solve_trivial(const Graph& g, ReusePolicy policy, MilpResult& r) {
  r.schedule = Schedule{r.layers, {}};
  r.objective = r.bound = compute_liveness(g, *r.schedule, policy).d_model;
  r.status = MilpStatus::Optimal;
}

// ---- band search (large models) ----------------------------------------------
// Where the whole model is too large for CBC to improve on within the limit
// (the root LP alone takes a minute on 5,000 gates), the MILP is solved on
// bands of a few consecutive layers instead, large-neighbourhood style: every
// gate scheduled outside the band keeps its phase (fixed and substituted
// away), the gates inside may move anywhere in the band that their ASAP/ALAP
// windows allow, and only the band's boundaries and layers (plus one on each
// side) bound d_half. Occupancy outside the band does not depend on the
// band's gates (their births, and the deaths they decide, lie inside it), so
// a band's optimum cannot widen the rest; every result is still re-checked
// with compute_liveness and kept only if d_model does not grow and the band's
// widest point shrinks. The next band is centred on the widest layer not yet
// tried since the last improvement; when every band was tried, bands double.

int scope_width(const Liveness& lv, const milp::WidthScope& sc) {
  int w = 0;
  for (int i = std::max(0, sc.first_index); i < std::min<int>(lv.occupancy.size(), sc.end_index); ++i)
    w = std::max(w, lv.occupancy[i]);
  for (int L = std::max(0, sc.first_layer); L < std::min<int>(lv.heads_needed.size(), sc.end_layer); ++L)
    w = std::max(w, lv.heads_needed[L]);
  return w;
}

struct BandSearch {
  const Graph& g;
  const MilpOptions& opt;
  int layers;
  const std::vector<int>& asap;
  const std::vector<int>& alap;
  int solved = 0, improved = 0;
  int d_model = 0;  // of the schedule run() returned

  // Layer starts of the band of `width` layers centred on each layer, widest layer first.
  std::vector<int> band_starts(const Liveness& lv, int width) const {
    std::vector<int> order(layers);
    for (int L = 0; L < layers; ++L) order[L] = L;
    auto demand = [&](int L) { return scope_width(lv, {2 * L, 2 * L + 2, L, L + 1}); };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return demand(a) > demand(b); });
    for (int& L : order) L = std::clamp(L - (width - 1) / 2, 0, layers - width);
    return order;
  }

  // Solves one band; returns the improved schedule, if CBC found one.
  std::optional<Schedule> solve_band(const Schedule& cur, const Liveness& lv, int L0, int L1,
                                     Clock::time_point deadline) {
    const milp::WidthScope sc{2 * L0 - 1, 2 * L1 + 1, L0 - 1, L1 + 1};
    std::vector<int> lo(g.gates.size()), hi(g.gates.size());
    for (size_t x = 0; x < g.gates.size(); ++x) {
      const int p = cur.phase[x];
      const bool inside = p >= 4 * L0 && p < 4 * L1;
      lo[x] = inside ? std::max(asap[x], 4 * L0) : p;
      hi[x] = inside ? std::min(alap[x], 4 * L1 - 1) : p;
    }
    milp::Model m = milp::build_model(g, {layers, opt.max_ffn, opt.policy}, lo, hi, sc);
    milp::fix_single_phase_gates(m);
    const int before = scope_width(lv, sc), before_half = (before + 1) / 2;
    m.cols[m.d_half].ub = before_half;
    auto start = schedule_start(m, cur, before_half);
    OsiClpSolverInterface solver;
    load_model(solver, m);
    CbcSettings st;
    st.soft_deadline = deadline;
    st.large = m.rows.size() >= kLargeRows;
    ++solved;
    ChildReport rep = solve_in_child(solver, m, start, st, 2.0 * before_half, deadline + std::chrono::seconds(2));
    std::vector<std::vector<int32_t>> found;
    if (rep.finished && rep.out.has_solution) found.push_back(rep.out.phases);
    if (rep.incumbent) found.push_back(rep.incumbent->second);
    for (const auto& phases : found) {
      Schedule s = schedule_from_phases(g, phases, layers);
      if (!schedule_violation(g, s, opt.max_ffn).empty()) continue;
      Liveness after = compute_liveness(g, s, opt.policy);
      if (after.d_model <= lv.d_model && scope_width(after, sc) < before) return s;
    }
    return std::nullopt;
  }

  Schedule run(Schedule cur, Clock::time_point deadline, double band_seconds) {
    Liveness lv = compute_liveness(g, cur, opt.policy);
    std::vector<char> tried(layers, 0);  // band starts tried since the last improvement
    int width = std::min(layers, 2);
    while (seconds_until(deadline) > 1.0) {
      std::optional<int> L0;
      for (int s : band_starts(lv, width))
        if (!tried[s]) {
          L0 = s;
          break;
        }
      if (!L0) {
        if (width >= layers) break;
        width = std::min(layers, 2 * width);
        std::fill(tried.begin(), tried.end(), 0);
        continue;
      }
      tried[*L0] = 1;
      auto band_deadline = std::min(deadline, Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                                                 std::chrono::duration<double>(band_seconds)));
      if (auto better = solve_band(cur, lv, *L0, *L0 + width, band_deadline)) {
        cur = std::move(*better);
        lv = compute_liveness(g, cur, opt.policy);
        ++improved;
        std::fill(tried.begin(), tried.end(), 0);
      }
    }
    d_model = lv.d_model;
    return cur;
  }
};

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
    solve_trivial(g, opt.policy, r);
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

  milp::Model m = milp::build_model(g, {r.layers, opt.max_ffn, opt.policy}, levels.asap, *latest);
  r.columns = static_cast<int>(m.cols.size());
  r.rows = static_cast<int>(m.rows.size());
  std::vector<std::pair<std::string, double>> start;
  std::optional<Schedule> greedy;
  if (opt.warm_start) start = greedy_start(g, m, r.layers, opt.max_ffn, opt.policy, r.warm_start_d_model, greedy);
  // Never worse than greedy: its d_model bounds the optimum.
  if (r.warm_start_d_model > 0) m.cols[m.d_half].ub = r.warm_start_d_model / 2;
  // Large models: CBC gets the first part of the limit (root LP bound, its
  // heuristics), the band search the last `band_share` of it.
  const bool bands = greedy && m.rows.size() >= opt.band_min_rows && opt.band_share > 0;
  const double cbc_share = bands ? 1.0 - std::min(opt.band_share, 1.0) : 1.0;

  OsiClpSolverInterface solver;
  load_model(solver, m);
  if (!opt.write_mps.empty()) write_mps(solver, m, opt.write_mps);
  r.build_seconds = seconds_since(t0);

  // The best schedule known so far (greedy, then anything better CBC reports)
  // and the best bound: a crash, a kill or a time-out falls back to these.
  const int trivial_bound = 2 * static_cast<int>(m.cols[m.d_half].lb);
  std::optional<Schedule> best = greedy;
  int best_d = greedy ? r.warm_start_d_model : 0;
  int bound = trivial_bound;
  auto offer = [&](const std::vector<int32_t>& phases) {
    Schedule s = schedule_from_phases(g, phases, r.layers);
    if (!schedule_violation(g, s, opt.max_ffn).empty()) return;
    int d = compute_liveness(g, s, opt.policy).d_model;
    if (!best || d < best_d) best = std::move(s), best_d = d;
  };

  CbcSettings st;
  const auto deadline = t0 + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(opt.time_limit));
  st.soft_deadline = t0 + std::chrono::duration_cast<Clock::duration>(
                              std::chrono::duration<double>(cbc_share * opt.time_limit));
  st.log = opt.log;
  st.test_signal = opt.test_child_signal;
  st.large = m.rows.size() >= kLargeRows;
  // The parent kills CBC this long after the limit (it should stop well before).
  const double grace = std::min(5.0, 1.0 + 0.02 * opt.time_limit);
  const auto hard_deadline = st.soft_deadline + std::chrono::duration_cast<Clock::duration>(
                                                    std::chrono::duration<double>(grace));
  r.threads_used = opt.threads > 1 && CbcModel::haveMultiThreadSupport() ? opt.threads : 1;
  std::optional<ChildReport> rep;
  if (cbc_share == 0) {
    r.note = "band search only (band_share 1): CBC did not see the whole model";
  } else if (seconds_until(st.soft_deadline) < 0.3) {
    r.note = "model build took " + std::to_string(static_cast<int>(std::lround(r.build_seconds))) +
             " s of the time limit; CBC did not run; returning the best known schedule";
  } else {
    for (;;) {
      st.threads = r.threads_used;
      rep = solve_in_child(solver, m, start, st, best ? best_d : COIN_DBL_MAX, hard_deadline);
      if (rep->lp_bound > -COIN_DBL_MAX) bound = std::max(bound, even_ceil(rep->lp_bound));
      if (rep->incumbent) offer(rep->incumbent->second);
      const bool failed = rep->signal || !rep->error.empty();
      // Parallel CBC has rare upstream crashes: retry on one thread while time remains.
      if (failed && r.threads_used > 1 && seconds_until(st.soft_deadline) > 0.25 * opt.time_limit) {
        r.threads_used = 1;
        continue;
      }
      break;
    }
    if (rep->killed)
      r.note = "CBC did not stop by the time limit and was stopped; returning the best known schedule";
    else if (rep->signal)
      r.note = "solver crashed (signal " + std::to_string(rep->signal) + "); returning the best known schedule";
    else if (!rep->error.empty())
      r.note = rep->error + "; returning the best known schedule";
    else if (st.large && rep->lp_bound == -COIN_DBL_MAX && !rep->out.has_solution && !rep->out.proven_infeasible)
      r.note = "the root LP did not finish within the limit, so CBC did not run; returning the best known schedule";
  }
  auto ran_out = [&](double share) { return seconds_since(t0) > share * opt.time_limit; };
  r.nodes = rep ? (rep->finished ? rep->out.nodes : 0) : 0;

  // CBC's "infeasible" is trusted only when no schedule is known and CBC
  // stopped well before the limit: CglPreProcess interrupted by the time limit
  // reports "infeasible or unbounded" (seen on a 1,000-gate graph).
  if (rep && rep->finished && rep->out.proven_infeasible && !rep->out.has_solution && (best || ran_out(0.9))) {
    if (r.note.empty()) r.note = "CBC reported infeasible as it reached the time limit (not trusted)";
  } else if (rep && rep->finished && rep->out.proven_infeasible && !rep->out.has_solution) {
    r.seconds = seconds_since(t0);
    r.status = MilpStatus::Infeasible;
    r.message = "no schedule fits " + std::to_string(r.layers) + " layers" +
                (opt.max_ffn ? " with at most " + std::to_string(*opt.max_ffn) + " reglus per layer" : "") +
                " (CBC proved the model infeasible)";
    return r;
  }

  if (rep && rep->finished && rep->out.has_solution) {
    // CBC's own answer: checked strictly (a disagreement is a formulation bug).
    const CbcOutcome& out = rep->out;
    Schedule s = schedule_from_phases(g, out.phases, r.layers);
    if (std::string bad = schedule_violation(g, s, opt.max_ffn); !bad.empty())
      throw MilpInternalError("the MILP's schedule breaks a rule: " + bad);
    const Liveness lv = compute_liveness(g, s, opt.policy);
    const int milp_objective = static_cast<int>(std::lround(out.objective));
    const int cbc_bound = std::max(bound, even_ceil(out.bound));
    const bool optimal = out.proven_optimal || cbc_bound >= milp_objective;
    // The liveness d_model can only undercut the objective of an incumbent
    // whose indicators CBC left above their minimum; at a proven optimum they
    // must agree, and exceeding the objective is always a formulation bug.
    if (lv.d_model > milp_objective || (optimal && lv.d_model != milp_objective))
      throw MilpInternalError("MILP objective d_model " + std::to_string(milp_objective) +
                              " but compute_liveness gives " + std::to_string(lv.d_model) +
                              " for the same schedule: the formulation disagrees with model/liveness.cpp");
    if (optimal) bound = lv.d_model;
    bound = std::max(bound, cbc_bound);
    if (!best || lv.d_model <= best_d) best = std::move(s), best_d = lv.d_model;
  } else if (rep && rep->finished && rep->out.bound > -COIN_DBL_MAX && rep->out.bound < COIN_DBL_MAX) {
    bound = std::max(bound, even_ceil(rep->out.bound));
  }

  if (bands && best && bound < best_d && seconds_until(deadline) > 1.0) {
    BandSearch search{g, opt, r.layers, levels.asap, *latest};
    const auto band_t0 = Clock::now();
    Schedule s = search.run(*best, deadline, std::clamp(0.05 * opt.time_limit, 2.0, 15.0));
    r.band_seconds = seconds_since(band_t0);
    r.bands_solved = search.solved, r.bands_improved = search.improved;
    r.band_d_model = search.d_model;
    if (r.band_d_model < best_d) best = std::move(s), best_d = r.band_d_model;
  }

  r.seconds = seconds_since(t0);
  if (!best) {
    r.status = MilpStatus::NoSolution;
    r.message = "CBC found no schedule within the time limit of " + std::to_string(opt.time_limit) + " s" +
                (r.note.empty() ? "" : " (" + r.note + ")");
    return r;
  }
  r.schedule = std::move(best);
  r.objective = best_d;
  r.bound = std::min(bound, r.objective);
  r.status = r.bound >= r.objective ? MilpStatus::Optimal : MilpStatus::FeasibleWithGap;
  r.gap = r.objective > 0 ? static_cast<double>(r.objective - r.bound) / r.objective : 0.0;
  return r;
}

Artifact milp_artifact(const Graph& g, const MilpResult& r, const MilpOptions& opt) {
  const Schedule& s = r.schedule.value();
  Liveness lv = compute_liveness(g, s, opt.policy);
  nlohmann::ordered_json producer = {{"method", "milp"},
                                     {"solver", "CBC 2.10.8"},
                                     {"status", milp_status_name(r.status)},
                                     {"objective", r.objective},
                                     {"bound", r.bound},
                                     {"gap", r.gap},
                                     {"nodes", r.nodes}};
  return make_artifact(g, s, lv, allocate_slots(g, lv), std::move(producer), opt.max_ffn);
}

}  // namespace sp
