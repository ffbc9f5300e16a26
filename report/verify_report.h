// Machine-readable verdicts of `slotproof verify`, for CI systems
// (docs/CI.md):
//   JSON  `slotproof-verify-report/1`: the verdict and exit code, per property
//         what each checker found and whether they agree, every violation
//         (class, property, value, slot, boundary, gate, message, which
//         checkers found it), every waste entry, the disagreements, the tool
//         and solver versions and the input hashes;
//   JUnit one test suite per artifact, one test case per property: a
//         violated property is a <failure> carrying its counterexamples, an
//         undecided one an <error>; waste is reported in <system-out>.
// Both are deterministic for the same inputs (no times).
#pragma once
#include <string>

#include "model/graph.h"
#include "verify/verify.h"

namespace sp {

struct ReportInputs {
  std::string graph_path, artifact_path;  // as given on the command line
};

std::string verify_report_json(const Graph& g, const ReportInputs& in, const VerifyOutcome& o);
std::string verify_report_junit(const Graph& g, const ReportInputs& in, const VerifyOutcome& o);

}  // namespace sp
