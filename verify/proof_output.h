// Proof artifacts of one verification (`verify --proof-dir DIR`).
//
// Every SMT query the Z3 checker poses is kept, in one of two layouts:
//   per-query  NAME.smt2 (SMT-LIB2 with set-logic prepended), NAME.z3.txt
//              (verdict and proof object, capped in size, or model),
//              NAME.core.txt (minimised unsat core of named assertions) and
//              NAME.cvc5.txt (the cvc5 CLI re-checking NAME.smt2);
//   packed     for large artifacts, where thousands of files and proof
//              objects would be hundreds of MB: queries.smt2.xz, every query
//              in name order as (echo "query NAME"), its text and (reset):
//              one script that `z3 -in` and cvc5 answer query by query;
//              verdicts.txt ("NAME LOGIC Z3 CVC5" lines; cvc5 runs once on
//              the whole script); NAME.z3.txt only for queries that were not
//              unsat (their model or reason). No proof objects or cores (Z3
//              runs without proof generation). Bundles use this layout.
// The manifest lists every file with its SHA-256, the verdicts (per-query
// layout; the packed layout points to verdicts.txt), the layout, the tool
// versions and the graph and artifact hashes. Bytes are
// deterministic for the same input: no timestamps, queries and files sorted
// by name, gzip without time stamp.
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

enum class ProofLayout { PerQuery, Packed };
const char* proof_layout_name(ProofLayout l);  // "per-query" / "packed"

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

// Runs a shell command; returns (exit status, stdout+stderr). Used for the cvc5 CLI.
std::pair<int, std::string> run_command(const std::string& cmd);

// Writes all files into `dir` (created if needed), runs cvc5 on every query,
// writes manifest.json. A directory that already holds an earlier run's
// files (its manifest.json and the files that lists) is emptied first, so
// the directory always matches its manifest; a directory holding anything
// else is refused. Throws InputError if the directory cannot be written.
Cvc5Outcome write_proof_dir(const std::string& dir, const ProofSink& sink, const ProofSummary& summary,
                            ProofLayout layout = ProofLayout::PerQuery);

// Throws InputError unless `dir` is absent, empty, or exactly an earlier proof
// run (manifest.json and the files it lists): `verify --proof-dir` checks this
// before proving, and write_proof_dir before it replaces the earlier run.
void check_proof_dir_reusable(const std::string& dir);

// manifest.json of a proof directory (`slotproof-proofs/1`), read strictly.
struct ProofDirManifest {
  std::string layout, graph_sha256, artifact_sha256, verdict;
  uint64_t queries = 0;
  std::vector<std::pair<std::string, std::string>> files;  // name, SHA-256, as listed
};
ProofDirManifest read_proof_manifest(const std::string& text, const std::string& source);

// Checks a proof directory against its manifest.json: it holds the files the
// manifest lists, with their SHA-256, and nothing else (only regular files);
// packed: queries.smt2.xz is one complete xz stream whose queries are those of
// verdicts.txt, in order, as many as the manifest counts. Returns what does
// not match, one line each (empty: the directory is consistent). Throws
// InputError when manifest.json is missing or malformed.
std::vector<std::string> check_proof_dir(const std::string& dir, ProofDirManifest& manifest);

}  // namespace sp
