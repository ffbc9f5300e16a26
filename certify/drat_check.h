// An independent DRAT proof checker: does a clausal proof refute a CNF?
//
// The certificates for optimality claims ("no schedule with d_model K
// exists") are CNF formulas refuted by a SAT solver, and a refutation is only
// worth as much as its independent check. This checker shares no code with
// any solver; it is small on purpose. docs/CERTIFY.md describes it for users;
// drat_check.cpp states the abstract state and the effect of every proof step.
//
// Input formats (each may be xz- or gzip-compressed, detected by the magic
// bytes: exactly one stream, at most kMaxExpandedBytes expanded, decoded as
// it is parsed; model/compress.h):
//   CNF:   DIMACS text, `p cnf V C`, comment lines starting with `c`, clauses
//          ending in 0 that may span lines. Strict: exactly C clauses, every
//          literal within 1..V, and no "-0" (in proofs neither).
//   proof: text DRAT (one step per line: literals ending in 0, a deletion
//          starts with `d`) or binary DRAT ('a' 0x61 / 'd' 0x64, then each
//          literal as a variable-length unsigned integer of 2*var+sign in
//          7-bit groups, low group first, high bit = more follows, ended by a
//          0 byte). Binary if the first byte is 'a', or if it is 'd' and the
//          data holds a NUL byte (a text proof holds neither). Proof literals
//          may name variables beyond the CNF header (extension variables).
//
// Parsing failures, files over kMaxInputBytes and variables over kMaxVariable
// throw sp::InputError with a one-line message naming the file and the line
// (text) or the record and byte offset (binary). check() itself never throws
// for any parsed input.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sp::drat {

// Files must be smaller than 4 GiB on disk; a compressed one may expand to at
// most kMaxExpandedBytes (1 GiB, model/compress.h).
inline constexpr uint64_t kMaxInputBytes = uint64_t{1} << 32;
// At most 2^30 clauses in a CNF and 2^30 steps in a proof, and at most
// 2^31 - 1 literals per file, each clause's or step's terminating 0 counted
// as one (so the checker's clause arena stays addressable by 32 bits).
inline constexpr uint64_t kMaxClauses = uint64_t{1} << 30;
inline constexpr uint64_t kMaxLiterals = (uint64_t{1} << 31) - 1;
// Largest accepted variable index, 2^24 - 1. The checker keeps about 60 bytes
// per variable up to the largest one named (two watch lists, values, reason,
// marks; about 110 once a RAT check builds occurrence lists), so a proof
// naming variable 16,777,215 costs about 1 GB before its first clause.
inline constexpr int32_t kMaxVariable = (1 << 24) - 1;

// A DIMACS CNF: clauses are stored one after the other, each ended by 0.
struct Formula {
  int32_t num_vars = 0;
  uint64_t num_clauses = 0;
  std::vector<int32_t> lits;
};

enum class ProofFormat { Text, Binary };

// One proof step as written: an added lemma or a deletion. `position` is the
// 1-based line on which a text step starts, or the 1-based record index of a
// binary step; messages call the step by this number.
struct ProofStep {
  uint64_t begin = 0;  // index of the first literal in Proof::lits
  uint32_t size = 0;
  bool deletion = false;
  uint64_t position = 0;
};

struct Proof {
  ProofFormat format = ProofFormat::Text;
  bool compressed = false;  // read from an xz or gzip file
  int32_t max_var = 0;  // the largest variable any step names
  std::vector<int32_t> lits;
  std::vector<ProofStep> steps;
};

enum class Verdict { Verified, Rejected };

enum class Failure {
  None,
  NotRupNorRat,    // an added lemma is neither RUP nor RAT on its first literal
  NoEmptyClause,   // every step checks, but the empty clause is never derived
};

struct Stats {
  uint64_t vars = 0;               // CNF header's V
  uint64_t clauses = 0;            // CNF clauses
  uint64_t lemmas = 0;             // addition steps in the proof
  uint64_t deletions = 0;          // deletion steps in the proof
  uint64_t lemmas_checked = 0;     // lemmas whose RUP/RAT check ran
  uint64_t rat_lemmas = 0;         // of those, lemmas that needed the RAT check
  uint64_t deletions_ignored = 0;  // deletions of reason clauses, not honoured
  uint64_t deletions_missing = 0;  // deletions of clauses not in the database
  uint64_t steps_unused = 0;       // steps after the empty clause was derived
  double parse_seconds = 0;
  double check_seconds = 0;
};

struct Result {
  Verdict verdict = Verdict::Rejected;
  Failure failure = Failure::None;
  uint64_t step = 0;             // the failing step's position (Failure::NotRupNorRat)
  std::vector<int32_t> lemma;    // the failing lemma as written (its first literal is the RAT pivot)
  bool formula_has_empty_clause = false;  // then the formula is refuted without any proof
  ProofFormat format = ProofFormat::Text;
  Stats stats;
};

// Parsers. `name` appears in every error message.
Formula parse_cnf(std::string_view text, const std::string& name);
Proof parse_proof(std::string_view bytes, const std::string& name);
bool looks_binary(std::string_view proof_bytes);

// Files, parsed as they are read (and decompressed, if they start with the xz
// or gzip magic): memory holds the parsed literals, never the file's text.
// read_proof_file gives the SHA-256 of the proof's (decompressed) bytes when
// asked; Proof::compressed says whether the file was compressed.
Formula read_cnf_file(const std::string& path);
Proof read_proof_file(const std::string& path, std::string* sha256 = nullptr);
// Whether the file's (decompressed) contents are exactly `expected`; reads no
// further than the first difference.
bool file_contents_equal(const std::string& path, std::string_view expected);
// The whole (decompressed) contents; the limits as above. Sets *compressed when given.
std::string read_input_file(const std::string& path, bool* compressed = nullptr);

// Checks that `proof` derives the empty clause from `formula`.
Result check(const Formula& formula, const Proof& proof);
// Reads, parses and checks; parse time is recorded in the statistics.
Result check_files(const std::string& cnf_path, const std::string& proof_path);

// The result in words: one summary line (verdict, counts, time) and, for a
// rejection, a second line "reason: lemma 17 (1 -3 0) is neither RUP nor RAT
// on 1" or "reason: the proof ends without deriving the empty clause". No
// trailing newline.
std::string describe(const Result& r);

}  // namespace sp::drat
