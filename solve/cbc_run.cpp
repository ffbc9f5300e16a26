// CBC in a child process (solve/cbc_run.h).
#include "solve/cbc_run.h"

#include <CbcConfig.h>
#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CbcTree.hpp>
#include <ClpSimplex.hpp>
#include <ClpSolve.hpp>
#include <CoinError.hpp>
#include <CoinMpsIO.hpp>
#include <CoinPackedMatrix.hpp>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
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
#include <thread>

#include "model/artifact.h"
#include "model/errors.h"
#include "model/hash.h"
#include "solve/milp.h"
#include "solve/lp_bound.h"
#include "solve/milp_error.h"

namespace sp::milp {

namespace {

constexpr int kSeed = 20240517;  // fixed: runs repeat node for node (given no time limit)

// ---- the child-to-parent channel ------------------------------------------------
// Messages: {uint32 kind, uint32 bytes} + payload. The child sends a root LP
// bound, every improving incumbent (as phases, when its columns are the
// model's own), and one final outcome; the parent keeps the best it received.

enum MsgKind : uint32_t {
  kMsgBound = 1, kMsgIncumbent = 2, kMsgFinal = 3, kMsgError = 4, kMsgEndSearch = 5,
  kMsgProgress = 6,  // {best objective, best bound} of the working model, for progress display only
};

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

std::vector<int32_t> phases_of(const Model& m, const double* sol) {
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
  IncumbentStream(Channel* ch, const Model* m, double* last) : ch_(ch), m_(m), last_(last) {}
  CbcAction event(CbcEvent e) override {
    if (e == solution || e == heuristicSolution || e == node || e == treeStatus || e == endSearch) maybe_send();
    if (e == node || e == treeStatus) send_progress();
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
  // At most once a second: the working model's incumbent and bound. With
  // preprocessing that model is CBC's own (other columns, same objective);
  // the parent shows these figures and never uses them as results.
  void send_progress() {
    const CbcModel* model = getModel();
    const auto now = std::chrono::steady_clock::now();
    if (!model || now - last_progress_ < std::chrono::seconds(1)) return;
    last_progress_ = now;
    double fig[2] = {model->bestSolution() ? model->getMinimizationObjValue() : COIN_DBL_MAX,
                     model->getBestPossibleObjValue()};
    ch_->send(kMsgProgress, fig, sizeof fig);
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
  const Model* m_;
  double* last_;
  std::chrono::steady_clock::time_point last_progress_{};
};

int no_callback(CbcModel*, int) { return 0; }

}  // namespace

void load_model(OsiClpSolverInterface& solver, const Model& m) {
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
void write_mps(const OsiClpSolverInterface& solver, const Model& m, const std::string& path) {
  std::vector<char> integer;
  std::vector<std::string> col_names, row_names;
  for (const auto& c : m.cols) integer.push_back(c.integer), col_names.push_back(c.name);
  for (const auto& r : m.rows) row_names.push_back(r.name);
  CoinMpsIO mps;
  mps.setMpsData(*solver.getMatrixByRow(), COIN_DBL_MAX, solver.getColLower(), solver.getColUpper(),
                 solver.getObjCoefficients(), integer.data(), solver.getRowLower(), solver.getRowUpper(), col_names,
                 row_names);
  mps.setProblemName("slotproof");
  // CoinMpsIO neither reports a failed write (a full disk, /dev/full) nor
  // writes atomically: it writes into a private scratch file, and the bytes
  // then go through write_text_file, which does both.
  char scratch[] = "/tmp/slotproof-mps-XXXXXX";
  const int fd = ::mkstemp(scratch);
  if (fd < 0) throw InputError("the MPS file " + path + ": cannot create a scratch file in /tmp");
  ::close(fd);
  const int status = mps.writeMps(scratch, 0, 1);
  std::string bytes;
  try {
    bytes = status == 0 ? read_file_bytes(scratch) : std::string();
  } catch (const InputError&) {
  }
  ::unlink(scratch);
  if (status != 0 || bytes.empty()) throw InputError("the MPS file " + path + ": CoinMpsIO could not write the model");
  write_text_file(path, bytes);
}

namespace {

// Runs in the child process. Every CBC phase that can ignore the time limit
// runs here, where the parent can kill it.
CbcOutcome run_cbc(const OsiClpSolverInterface& base, const Model& m,
                   const std::vector<std::pair<std::string, double>>& start, const CbcSettings& st, Channel& ch,
                   double incumbent_objective) {
  CbcOutcome out;
  OsiClpSolverInterface solver(base);
  if (!st.log) solver.messageHandler()->setLogLevel(0);
  if (st.large) {
    // The root LP by the dual simplex under a wall-clock limit (CbcMain1's
    // initial solve has none). Stopped early, its last duals still give a
    // valid bound (solve/lp_bound.h), so a large model always has one.
    const double lp_seconds = kTimeSharing.root_lp_share * seconds_until(st.soft_deadline);
    if (lp_seconds < 0.5) return out;
    bool optimal = false;
    if (!st.log) solver.getModelPtr()->setLogLevel(0);
    const double bound = dual_simplex_bound(*solver.getModelPtr(), lp_seconds, optimal);
    if (solver.isProvenPrimalInfeasible()) {
      out.proven_infeasible = true;
      return out;
    }
    if (bound > -COIN_DBL_MAX) {
      out.bound = bound;
      ch.send(kMsgBound, &out.bound, sizeof out.bound);
    }
    if (!optimal) return out;  // no LP optimum in time: the parent keeps the bound and its schedules
    ClpSolve warm;  // CbcMain1 re-solves: start from this basis, no presolve
    warm.setSolveType(ClpSolve::useDual);
    warm.setPresolveType(ClpSolve::presolveOff);
    solver.setSolveOptions(warm);
  }
  if (st.test_delay > 0) std::this_thread::sleep_for(std::chrono::duration<double>(st.test_delay));
  const double seconds = kTimeSharing.cbc_search_share * seconds_until(st.soft_deadline);
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

[[noreturn]] void child_main(int fd, const OsiClpSolverInterface& base, const Model& m,
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
    if (head[0] == kMsgProgress && n == 2 * sizeof(double)) {
      double fig[2];
      std::memcpy(fig, p, sizeof fig);
      rep.progress_incumbent = fig[0], rep.progress_bound = fig[1];
    } else if (head[0] == kMsgBound && n == sizeof(double)) {
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

}  // namespace

// CBC in a forked child: a crash (parallel CBC has rare upstream ones) or a
// phase that ignores the time limit cannot take the slotproof process with it.
// The child is killed at `hard_deadline`.
ChildReport solve_in_child(const OsiClpSolverInterface& base, const Model& m,
                           const std::vector<std::pair<std::string, double>>& start, const CbcSettings& st,
                           double incumbent_objective, Clock::time_point hard_deadline,
                           const std::function<void(const ChildReport&)>& on_update) {
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
    // Only this child's pipe stays open: a band search beside CBC forks from
    // another thread, and a write end of another child's pipe left open here
    // would hold back that child's EOF (its crash would go unseen).
    ::close_range(3, static_cast<unsigned>(fds[1]) - 1, 0);
    ::close_range(static_cast<unsigned>(fds[1]) + 1, ~0U, 0);
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
    if (end_seen) left = std::min(left, kTimeSharing.end_search_wait - seconds_since(end_seen.value()));
    if (left <= 0 || (st.stop && st.stop->load())) {
      ::kill(pid, SIGKILL);
      we_killed = true;
      rep.stopped = left > 0;
      rep.killed = !end_seen && !rep.stopped;
      break;
    }
    pollfd pfd{fds[0], POLLIN, 0};
    int pr = ::poll(&pfd, 1, static_cast<int>(std::ceil(std::min(left, 1.0) * 1000)));
    if (pr < 0 && errno == EINTR) continue;
    if (on_update) on_update(rep);
    if (pr <= 0) continue;  // timeout: the loop kills the child at the deadline
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

}  // namespace sp::milp
