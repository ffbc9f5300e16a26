#include "sat/cadical_run.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <vector>

namespace sp {
namespace {

using Clock = std::chrono::steady_clock;

struct Child {
  pid_t pid = -1;
  int out_fd = -1;  // the child's stdout
};

// Starts `argv[0]` from PATH with stdout on a pipe and stderr discarded.
Child spawn(const std::vector<std::string>& args) {
  std::vector<char*> argv;  // built before fork: the child only calls async-signal-safe functions
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return {};  // no leak into other children
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]), close(fds[1]);
    return {};
  }
  if (pid == 0) {
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]), close(fds[1]);
    int null = open("/dev/null", O_WRONLY);
    if (null >= 0) dup2(null, STDERR_FILENO);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  close(fds[1]);
  return {pid, fds[0]};
}

// Reads the child's stdout until it closes or the deadline passes; returns
// false when the deadline passed (the caller kills the child).
bool drain(int fd, std::string& out, Clock::time_point deadline, bool has_deadline,
           const std::atomic<bool>* stop = nullptr) {
  char buf[65536];
  for (;;) {
    int wait_ms = stop ? 200 : -1;
    if (stop && stop->load()) return false;
    if (has_deadline) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) return false;
      wait_ms = static_cast<int>(std::min<long long>(left, stop ? 200 : 1000));
    }
    pollfd p{fd, POLLIN, 0};
    int ready = poll(&p, 1, wait_ms);
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) continue;
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return true;
    out.append(buf, static_cast<size_t>(n));
  }
}

}  // namespace

const char* sat_answer_name(SatAnswer a) {
  return a == SatAnswer::Sat ? "sat" : a == SatAnswer::Unsat ? "unsat" : "unknown";
}

SatRun run_cadical(const std::string& cnf_path, const SatOptions& opt) {
  std::vector<std::string> args = {"cadical", "-q"};
  if (opt.time_limit_s > 0) args.insert(args.end(), {"-t", std::to_string(opt.time_limit_s)});
  if (!opt.proof_path.empty()) {
    args.push_back("--checkproof=false");  // our own checker is the one that counts
    if (!opt.binary_proof) args.push_back("--no-binary");
  }
  args.push_back(cnf_path);
  if (!opt.proof_path.empty()) args.push_back(opt.proof_path);
  SatRun run;
  const auto start = Clock::now();
  Child child = spawn(args);
  if (child.pid < 0) {
    run.failure = "could not start cadical";
    return run;
  }
  const bool has_deadline = opt.time_limit_s > 0;
  // 64-bit: a limit near INT_MAX (certify --time-limit 2147483647) must not wrap into a past deadline.
  const auto deadline = start + std::chrono::seconds(int64_t{opt.time_limit_s} + 30);
  const bool in_time = drain(child.out_fd, run.output, deadline, has_deadline, opt.stop);
  const bool stopped = opt.stop && opt.stop->load();
  if (!in_time) kill(child.pid, SIGKILL);
  close(child.out_fd);
  int status = 0;
  while (waitpid(child.pid, &status, 0) < 0 && errno == EINTR) {
  }
  run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (!in_time && stopped) run.failure = "stopped by the caller";
  else if (!in_time) run.failure = "cadical overran its time limit by 30 s and was killed";
  else if (!WIFEXITED(status)) run.failure = "cadical died of signal " + std::to_string(WTERMSIG(status));
  else if (WEXITSTATUS(status) == 127) run.failure = "could not run cadical (is the Debian package installed?)";
  else run.exit_status = WEXITSTATUS(status);
  if (run.exit_status == 10) run.answer = SatAnswer::Sat;
  if (run.exit_status == 20) run.answer = SatAnswer::Unsat;
  return run;
}

std::string cadical_version() {
  Child child = spawn({"cadical", "--version"});
  if (child.pid < 0) return "CaDiCaL (not found)";
  std::string out;
  drain(child.out_fd, out, Clock::now(), false);
  close(child.out_fd);
  int status = 0;
  waitpid(child.pid, &status, 0);
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || out.empty()) return "CaDiCaL (not found)";
  return "CaDiCaL " + out;
}

}  // namespace sp
