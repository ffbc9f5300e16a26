// Verifier speed: the interpreter's greedy schedule (target: < 2 s with Z3)
// and synthetic random-DAG artifacts of growing size up to 20,000 gates
// (target: < 60 s, about linear). Prints one line per size:
//   gates  layers  slots  writes  direct_s  z3_s (wall)  z3_cpu_s  z3_queries  verdict
// z3_cpu_s is this process's CPU time: on a shared machine it is the
// steadier number.
// Usage: bench_verify_bench [max_gates] (default 5000).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "model/graph_io.h"
#include "solve/greedy.h"
#include "tests/test_verify_graphs.h"
#include "verify/direct_checker.h"
#include "verify/verify.h"
#include "verify/z3_encoding.h"

using namespace sp;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }
double cpu_seconds() {  // this process's user + system CPU time
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + 1e-6 * static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

void measure(const char* label, const Graph& g, const Artifact& a) {
  auto t0 = Clock::now();
  CheckerResult d = run_direct_checker(g, a);
  double direct_s = seconds_since(t0);
  t0 = Clock::now();
  double c0 = cpu_seconds();
  CheckerResult z = run_z3_checker(g, a);
  double z3_s = seconds_since(t0), z3_cpu = cpu_seconds() - c0;
  bool agree = d.failed == z.failed && !z.undecided;
  std::printf("%-22s %7zu %6d %6d %7zu %9.3f %9.3f %9.3f %7d  %s\n", label, g.gates.size(), a.schedule.layers,
              a.alloc.slots_used, a.alloc.writes.size(), direct_s, z3_s, z3_cpu, z.queries,
              !agree ? "DISAGREE" : d.safe() ? "safe" : "VIOLATION");
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  int max_gates = argc > 1 ? std::atoi(argv[1]) : 5000;  // 20000 works but takes long: see docs/VERIFY.md
  std::printf("%-22s %7s %6s %6s %7s %9s %9s %9s %7s  %s\n", "artifact", "gates", "layers", "slots", "writes", "direct_s",
              "z3_s", "z3_cpu_s", "queries", "verdict");
  std::string ref = std::string(SLOTPROOF_SOURCE_DIR) + "/workloads/tvm-wasm-interpreter.json";
  if (std::filesystem::exists(ref)) {
    Graph g = load_graph(ref);
    for (ReusePolicy p : {ReusePolicy::Delayed, ReusePolicy::Immediate}) {
      GreedyOptions opt;
      opt.policy = p;
      Artifact a = greedy_artifact(g, opt);
      // The whole `verify` path (both checkers, comparison), as the CLI runs it.
      auto t0 = Clock::now();
      VerifyOutcome o = verify_artifact(g, a);
      std::printf("interpreter %s: verify (direct + z3) %.3f s, exit %d\n", policy_name(p), seconds_since(t0),
                  o.exit_code);
      measure(p == ReusePolicy::Delayed ? "interp-greedy" : "interp-greedy-imm", g, a);
    }
  }
  for (int n = 1250; n <= max_gates; n *= 2) {
    Graph g = test::random_verify_graph(n, 42);
    Artifact a = greedy_artifact(g);
    measure(("random-" + std::to_string(n)).c_str(), g, a);
  }
  if (max_gates >= 20000 && max_gates % 1250 != 0) return 0;
  if (max_gates >= 20000) {
    Graph g = test::random_verify_graph(20000, 42);
    GreedyOptions opt;
    opt.policy = ReusePolicy::Immediate;
    measure("random-20000-imm", g, greedy_artifact(g, opt));
  }
  return 0;
}
