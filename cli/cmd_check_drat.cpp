// `slotproof check-drat F.cnf F.drat [--quiet]`: checks that a DRAT proof
// (text or binary, optionally xz- or gzip-compressed) refutes a DIMACS CNF, with our own
// checker (certify/drat_check.h, docs/CERTIFY.md). Exit 0 verified,
// 1 rejected, 2 bad input.
#include <iostream>
#include <memory>

#include "certify/drat_check.h"
#include "cli/command.h"
#include "model/errors.h"

namespace sp::cli {
namespace {

struct CheckDratArgs {
  std::string cnf, proof;
  bool quiet = false;
};

std::function<int()> setup_check_drat(CLI::App& sub) {
  auto args = std::make_shared<CheckDratArgs>();
  sub.add_option("CNF", args->cnf, "DIMACS CNF formula (may be xz- or gzip-compressed)")->required();
  sub.add_option("PROOF", args->proof, "DRAT proof, text or binary (may be xz- or gzip-compressed)")->required();
  sub.add_flag("--quiet", args->quiet, "print nothing; the exit code is the verdict");
  return [args] {
    drat::Result r = drat::check_files(args->cnf, args->proof);
    if (!args->quiet) std::cout << args->proof << ": " << drat::describe(r) << "\n";
    return r.verdict == drat::Verdict::Verified ? kExitOk : kExitViolation;
  };
}

CommandRegistrar reg_check_drat("check-drat", "check a DRAT proof of unsatisfiability of a CNF, exit 0/1/2", setup_check_drat);

}  // namespace
}  // namespace sp::cli
