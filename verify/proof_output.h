// Proof artifacts of one verification (`verify --proof-dir DIR`).
//
// Every SMT query the Z3 checker poses is kept: its SMT-LIB2 text (with
// set-logic prepended), Z3's verdict with its proof object (unsat; capped in
// size) or model (sat), the minimised unsat core of named assertions, and
// the verdict of the cvc5 CLI re-checking the same file. The manifest lists
// every file with its SHA-256, all verdicts, the tool versions and the
// graph and artifact hashes. Bytes are deterministic for the same input: no
// timestamps, queries and files sorted by name.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace sp {

struct QueryRecord {
  std::string name;        // file stem, unique: "slot-0007-contents"
  std::string logic;       // SMT-LIB logic, e.g. QF_LIRA
  std::string smt2;        // query text including set-logic
  std::string z3_verdict;  // sat / unsat / unknown
  std::string z3_detail;   // proof (unsat), model (sat) or reason (unknown)
  std::vector<std::string> core;  // minimised unsat core (names), if computed
  bool core_computed = false;
};

class ProofSink {
 public:
  static constexpr size_t kProofCap = 1 << 20;     // bytes of proof kept per query
  static constexpr size_t kCoreAssertionCap = 400; // larger queries get no core
  void record(QueryRecord r) { records_.push_back(std::move(r)); }
  const std::vector<QueryRecord>& records() const { return records_; }

 private:
  std::vector<QueryRecord> records_;
};

struct ProofSummary {
  std::string graph_name, graph_sha256, artifact_sha256, verdict;  // verdict: safe / violation / undecided
  std::string z3_version;
  std::vector<std::string> violation_lines;
};

struct Cvc5Outcome {
  bool available = false;
  std::string version;
  int disagreements = 0, unknowns = 0;  // against Z3's verdicts
  std::vector<std::string> notes;       // one line per disagreement / unknown
};

// Writes all files into `dir` (created if needed; existing files of the same
// names are overwritten), runs cvc5 on every query, writes manifest.json.
// Throws InputError if the directory cannot be written.
// Runs a shell command; returns (exit status, stdout+stderr). Used for the cvc5 CLI.
std::pair<int, std::string> run_command(const std::string& cmd);

Cvc5Outcome write_proof_dir(const std::string& dir, const ProofSink& sink, const ProofSummary& summary);

}  // namespace sp
