// The DRAT checker (certify/drat_check.h): hand-written proofs with known
// answers, CaDiCaL's proofs (text and binary) and broken variants of them,
// malformed inputs, and the `check-drat` exit codes.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "certify/drat_check.h"
#include "model/compress.h"
#include "model/errors.h"
#include "model/hash.h"
#include "tests/helpers.h"

using namespace sp::drat;
using sp::test::run_cli;
using sp::test::TempDir;

namespace {


Result check_text(const std::string& cnf, const std::string& proof) {
  return check(parse_cnf(cnf, "f.cnf"), parse_proof(proof, "p.drat"));
}

std::string reason(const Result& r) {
  std::string d = describe(r);
  size_t at = d.find("\nreason: ");
  return at == std::string::npos ? "" : d.substr(at + 9);
}

// Binary DRAT of a text proof: 'a'/'d', literals as 7-bit groups of
// 2*var+sign, low group first, a 0 byte at the end of each record.
std::string to_binary(const std::string& text) {
  std::istringstream in(text);
  std::string out, token;
  bool open = false;
  while (in >> token) {
    if (token == "d") {
      out += 'd';
      open = true;
      continue;
    }
    if (!open) out += 'a';
    open = true;
    long lit = std::stol(token);
    unsigned long code = lit == 0 ? 0 : 2 * static_cast<unsigned long>(std::labs(lit)) + (lit < 0);
    while (code >= 0x80) {
      out += static_cast<char>(0x80 | (code & 0x7f));
      code >>= 7;
    }
    out += static_cast<char>(code);
    if (lit == 0) open = false;
  }
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

std::string dimacs(int vars, const std::vector<std::vector<int>>& clauses) {
  std::string out = "p cnf " + std::to_string(vars) + " " + std::to_string(clauses.size()) + "\n";
  for (const auto& c : clauses) {
    for (int l : c) out += std::to_string(l) + " ";
    out += "0\n";
  }
  return out;
}

// Pigeonhole: `pigeons` pigeons into `holes` holes, unsatisfiable if pigeons > holes.
std::vector<std::vector<int>> pigeonhole(int pigeons, int holes) {
  auto var = [&](int p, int h) { return p * holes + h + 1; };
  std::vector<std::vector<int>> clauses;
  for (int p = 0; p < pigeons; ++p) {
    clauses.emplace_back();
    for (int h = 0; h < holes; ++h) clauses.back().push_back(var(p, h));
  }
  for (int h = 0; h < holes; ++h)
    for (int a = 0; a < pigeons; ++a)
      for (int b = a + 1; b < pigeons; ++b) clauses.push_back({-var(a, h), -var(b, h)});
  return clauses;
}

std::vector<std::vector<int>> random_3sat(int vars, int count, uint64_t seed) {
  uint64_t state = seed;
  auto next = [&] {  // splitmix64
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  };
  std::vector<std::vector<int>> clauses;
  while (static_cast<int>(clauses.size()) < count) {
    int a = 1 + next() % vars, b = 1 + next() % vars, c = 1 + next() % vars;
    if (a == b || b == c || a == c) continue;
    auto sign = [&](int v) { return next() & 1 ? v : -v; };
    clauses.push_back({sign(a), sign(b), sign(c)});
  }
  return clauses;
}

// Runs the cadical CLI; returns its exit code (10 SAT, 20 UNSAT).
int cadical(const std::string& cnf, const std::string& proof, bool binary) {
  std::string cmd = "cadical -q " + std::string(binary ? "" : "--no-binary ") + cnf + " " + proof + " >/dev/null 2>&1";
  int status = std::system(cmd.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// All eight clauses over variables 1..3: unsatisfiable, and no unit
// propagation without lemmas. The proof derives 1 (from 1 -2; 1 2 is not
// needed), then -1 2, whose addition refutes the database by propagation
// (1, 2, then -1 -2 3 and -1 -2 -3 clash): the last two steps go unused.
const char* kEight = "p cnf 3 8\n1 2 3 0\n1 2 -3 0\n1 -2 3 0\n1 -2 -3 0\n-1 2 3 0\n-1 2 -3 0\n-1 -2 3 0\n-1 -2 -3 0\n";
const std::vector<std::string> kEightProof = {"1 2 0", "1 -2 0", "1 0", "-1 2 0", "-1 -2 0", "0"};

// Unsatisfiable, but unit 1 is not RUP: -1 alone propagates nothing. It is
// RAT on 1: the resolvents 1 2 and 1 -2 with the two clauses holding -1 are
// RUP (through 3 / -3 and 4 / -4).
const char* kRatFormula = "p cnf 4 6\n-1 2 0\n-1 -2 0\n1 2 3 0\n1 2 -3 0\n1 -2 4 0\n1 -2 -4 0\n";

}  // namespace

TEST_CASE("drat: a hand-written RUP proof verifies, and every lemma is checked") {
  Result r = check_text(kEight, join(kEightProof));
  CHECK(r.verdict == Verdict::Verified);
  CHECK(r.failure == Failure::None);
  CHECK(r.stats.clauses == 8);
  CHECK(r.stats.lemmas == 6);
  CHECK(r.stats.lemmas_checked == 4);
  CHECK(r.stats.steps_unused == 2);
  CHECK(r.stats.rat_lemmas == 0);
  CHECK(describe(r).rfind("verified: 8 clauses, 6 lemmas, 0 deletions (text DRAT)", 0) == 0);
  CHECK(describe(r).find('\n') == std::string::npos);

  // A formula with the empty clause, or refuted by unit propagation alone,
  // needs no proof.
  Result empty_clause = check_text("p cnf 2 2\n1 0\n0\n", "");
  CHECK(empty_clause.verdict == Verdict::Verified);
  CHECK(empty_clause.formula_has_empty_clause);
  CHECK(describe(empty_clause).find("the formula contains the empty clause") != std::string::npos);
  CHECK(check_text("p cnf 2 3\n1 0\n-1 2 0\n-2 0\n", "").verdict == Verdict::Verified);
}

TEST_CASE("drat: dropping a needed lemma rejects the proof, dropping an unneeded one does not") {
  std::vector<std::string> without_unneeded = kEightProof;
  without_unneeded.erase(without_unneeded.begin());  // 1 2: 1 is RUP from 1 -2 alone
  CHECK(check_text(kEight, join(without_unneeded)).verdict == Verdict::Verified);

  std::vector<std::string> without_needed = kEightProof;
  without_needed.erase(without_needed.begin() + 2);  // 1: nothing else yields a unit
  Result r = check_text(kEight, join(without_needed));
  CHECK(r.verdict == Verdict::Rejected);
  CHECK(r.failure == Failure::NotRupNorRat);
  CHECK(r.step == 5);
  CHECK(reason(r) == "lemma 5 (0) is not RUP (the empty clause has no pivot for RAT)");

  Result only_empty = check_text(kEight, "0\n");
  CHECK(only_empty.verdict == Verdict::Rejected);
  CHECK(only_empty.step == 1);

  Result truncated = check_text(kEight, join({kEightProof.begin(), kEightProof.begin() + 3}));
  CHECK(truncated.verdict == Verdict::Rejected);
  CHECK(truncated.failure == Failure::NoEmptyClause);
  CHECK(reason(truncated) == "the proof ends without deriving the empty clause");
  CHECK(check_text(kEight, "").failure == Failure::NoEmptyClause);
}

TEST_CASE("drat: a lemma that needs RAT is accepted, and a flipped literal breaks a later step") {
  Result r = check_text(kRatFormula, "1 0\n0\n");
  CHECK(r.verdict == Verdict::Verified);
  CHECK(r.stats.rat_lemmas == 1);
  CHECK(check_text(kRatFormula, "0\n").verdict == Verdict::Rejected);  // the RAT lemma is needed

  // -1 is RUP (1 propagates 2 and -2), but with -1 the empty clause is not.
  Result flipped = check_text(kRatFormula, "-1 0\n0\n");
  CHECK(flipped.verdict == Verdict::Rejected);
  CHECK(flipped.stats.lemmas_checked == 2);
  CHECK(flipped.step == 2);
  CHECK(reason(flipped) == "lemma 2 (0) is not RUP (the empty clause has no pivot for RAT)");

  // Extension variables beyond the header: 7 is fresh, so trivially RAT.
  Result extended = check_text(kRatFormula, "7 0\n1 0\n");
  CHECK(extended.verdict == Verdict::Verified);
  CHECK(extended.stats.rat_lemmas == 2);
}

TEST_CASE("drat: a lemma that is neither RUP nor RAT is named with its step and pivot") {
  // -1 propagates nothing; the resolvent 1 2 with -1 2 is not RUP (1 2 3 stays open).
  Result r = check_text("p cnf 3 2\n1 2 3 0\n-1 2 0\n", "c a comment line\n\n1 0\n0\n");
  CHECK(r.verdict == Verdict::Rejected);
  CHECK(r.step == 3);
  CHECK(r.lemma == std::vector<int32_t>{1});
  CHECK(reason(r) == "lemma 3 (1 0) is neither RUP nor RAT on 1");
  CHECK(reason(check_text("p cnf 3 2\n1 2 3 0\n-1 2 0\n", "1 -3 0\n")) ==
        "lemma 1 (1 -3 0) is neither RUP nor RAT on 1");
  std::string long_lemma = "1 -3";
  for (int v = 4; v <= 31; ++v) long_lemma += sp::test::numbered(" ", v);
  Result long_r = check_text("p cnf 3 2\n1 2 3 0\n-1 2 0\n", long_lemma + " 0\n");
  CHECK(long_r.lemma.size() == 30);
  CHECK(reason(long_r) == "lemma 1 (1 -3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 ... 0, 30 literals) "
                          "is neither RUP nor RAT on 1");
  // The pivot is the first literal as written: no clause holds -2, so 2 1 is
  // RAT on 2, but 1 2 is not RAT on 1 (its resolvent 1 2 with -1 2 is not RUP).
  CHECK(check_text("p cnf 3 2\n1 2 3 0\n-1 2 0\n", "2 1 0\n").stats.rat_lemmas == 1);
  CHECK(reason(check_text("p cnf 3 2\n1 2 3 0\n-1 2 0\n", "1 2 0\n")) == "lemma 1 (1 2 0) is neither RUP nor RAT on 1");
}

TEST_CASE("drat: no random proof verifies a satisfiable formula") {
  uint64_t state = 7;
  auto next = [&](uint64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % n;
  };
  auto random_clause = [&](int vars, int min_len, int max_len) {
    std::vector<int> c;
    for (int k = min_len + static_cast<int>(next(max_len - min_len + 1)); k > 0; --k) {
      int v = 1 + static_cast<int>(next(vars));
      c.push_back(next(2) ? v : -v);
    }
    return c;
  };
  auto satisfiable = [](int vars, const std::vector<std::vector<int>>& clauses) {
    for (uint32_t bits = 0; bits < (1u << vars); ++bits) {
      auto is_true = [&](int l) { return ((bits >> (std::abs(l) - 1)) & 1) == (l > 0 ? 1u : 0u); };
      if (std::all_of(clauses.begin(), clauses.end(),
                      [&](const auto& c) { return std::any_of(c.begin(), c.end(), is_true); }))
        return true;
    }
    return false;
  };
  int sat = 0, verified_unsat = 0;
  for (int round = 0; round < 3000; ++round) {
    std::vector<std::vector<int>> clauses;
    for (int k = 10 + static_cast<int>(next(20)); k > 0; --k) clauses.push_back(random_clause(6, 2, 3));
    std::string proof;
    for (int k = static_cast<int>(next(12)); k > 0; --k) {
      std::vector<int> lemma = random_clause(next(4) ? 6 : 8, 0, 3);  // 7 and 8 are fresh
      if (next(4) == 0) proof += "d ";
      for (int l : lemma) proof += std::to_string(l) + " ";
      proof += "0\n";
    }
    proof += "0\n";
    Result r = check_text(dimacs(6, clauses), proof);
    if (satisfiable(6, clauses)) {
      ++sat;
      CAPTURE(proof);
      CHECK(r.verdict == Verdict::Rejected);
    } else {
      verified_unsat += r.verdict == Verdict::Verified;
    }
  }
  CHECK(sat > 500);
  CHECK(verified_unsat > 100);  // the random proofs are not all trivially bad
}

TEST_CASE("drat: binary proofs are detected and give the same verdicts, steps are record numbers") {
  std::string text = join(kEightProof);
  std::string binary = to_binary(text);
  CHECK(looks_binary(binary));
  CHECK_FALSE(looks_binary(text));
  CHECK(looks_binary(to_binary("d 1 2 3 0\n")));  // starts with 'd', holds a NUL byte
  CHECK_FALSE(looks_binary("d 1 2 3 0\n"));
  Proof p = parse_proof(binary, "p.drat");
  CHECK(p.format == ProofFormat::Binary);
  CHECK(p.steps.size() == 6);
  Result r = check(parse_cnf(kEight, "f.cnf"), p);
  CHECK(r.verdict == Verdict::Verified);
  CHECK(r.stats.lemmas_checked == 4);
  CHECK(describe(r).find("(binary DRAT)") != std::string::npos);

  Result flipped = check(parse_cnf(kRatFormula, "f.cnf"), parse_proof(to_binary("-1 0\n0\n"), "p.drat"));
  CHECK(flipped.verdict == Verdict::Rejected);
  CHECK(flipped.step == 2);  // the second record
  // Large variables need several 7-bit groups.
  Proof big = parse_proof(to_binary("-300000 5 0\nd 8191 0\n"), "p.drat");
  CHECK(big.lits == std::vector<int32_t>{-300000, 5, 8191});
  CHECK(big.steps[1].deletion);
  CHECK(big.max_var == 300000);
}

TEST_CASE("drat: deletions are honoured, except of reason clauses and of absent clauses") {
  const char* two = "p cnf 2 4\n1 2 0\n-1 2 0\n1 -2 0\n-1 -2 0\n";
  CHECK(check_text(two, "2 0\n").verdict == Verdict::Verified);
  Result deleted = check_text(two, "d 2 1 0\n2 0\n");  // the same clause in another order
  CHECK(deleted.verdict == Verdict::Rejected);
  CHECK(reason(deleted) == "lemma 2 (2 0) is neither RUP nor RAT on 2");
  CHECK(check_text(two, "d 2 2 1 0\n2 0\n").verdict == Verdict::Rejected);  // duplicates do not matter
  CHECK(check_text(two, "d 2 1 1 0\n").stats.deletions_missing == 0);

  // Clause -1 2 is the reason of 2 (from unit 1): its deletion is ignored, so
  // 3 stays RUP (-3 propagates 4 and -4 given 2).
  const char* units = "p cnf 4 6\n1 0\n-1 2 0\n-2 3 4 0\n-2 3 -4 0\n-2 -3 4 0\n-2 -3 -4 0\n";
  Result r = check_text(units, "d -1 2 0\nd 3 4 0\n3 0\n0\n");
  CHECK(r.verdict == Verdict::Verified);
  CHECK(r.stats.deletions == 2);
  CHECK(r.stats.deletions_ignored == 1);
  CHECK(r.stats.deletions_missing == 1);
}

TEST_CASE("drat: CaDiCaL's proofs of pigeonhole and random 3-SAT verify, text and binary") {
  TempDir dir;
  std::vector<std::pair<std::string, std::string>> formulas = {
      {"php54", dimacs(20, pigeonhole(5, 4))}, {"php65", dimacs(30, pigeonhole(6, 5))}};
  int seed = 1;
  for (; seed <= 20; ++seed) {  // at ratio 5 nearly every instance is unsatisfiable
    sp::test::write_file(dir.file("r.cnf"), dimacs(100, random_3sat(100, 500, seed)));
    if (cadical(dir.file("r.cnf"), dir.file("r.drat"), true) == 20) break;
  }
  REQUIRE(seed <= 20);
  formulas.push_back({"r100", sp::read_file_bytes(dir.file("r.cnf"))});
  for (const auto& [name, cnf] : formulas) {
    CAPTURE(name);
    std::string cnf_path = dir.file(name + ".cnf");
    sp::test::write_file(cnf_path, cnf);
    for (bool binary : {false, true}) {
      std::string proof_path = dir.file(name + (binary ? ".bin" : ".txt"));
      REQUIRE(cadical(cnf_path, proof_path, binary) == 20);
      Result r = check_files(cnf_path, proof_path);
      CHECK(r.verdict == Verdict::Verified);
      CHECK(r.format == (binary ? ProofFormat::Binary : ProofFormat::Text));
      CHECK(r.stats.lemmas_checked > 10);
      CHECK(r.stats.deletions > 0);
    }
  }
}

TEST_CASE("drat: broken CaDiCaL proofs are rejected") {
  TempDir dir;
  auto php = pigeonhole(6, 5);
  sp::test::write_file(dir.file("php.cnf"), dimacs(30, php));
  REQUIRE(cadical(dir.file("php.cnf"), dir.file("php.drat"), false) == 20);
  std::vector<std::string> proof = lines_of(sp::read_file_bytes(dir.file("php.drat")));
  sp::drat::Formula formula = parse_cnf(sp::read_file_bytes(dir.file("php.cnf")), "php.cnf");
  auto verdict = [&](const std::vector<std::string>& lines) { return check(formula, parse_proof(join(lines), "p")); };
  Result full = verdict(proof);
  REQUIRE(full.verdict == Verdict::Verified);

  SUBCASE("truncated before the empty clause") {
    Result r = verdict({proof.begin(), proof.begin() + proof.size() / 2});
    CHECK(r.verdict == Verdict::Rejected);
    CHECK(r.failure == Failure::NoEmptyClause);
  }
  SUBCASE("only the empty clause") {
    CHECK(verdict({"0"}).failure == Failure::NotRupNorRat);
  }
  SUBCASE("steps after the refutation are unneeded; some earlier lemmas are needed") {
    size_t used = proof.size() - full.stats.steps_unused;
    CHECK(verdict({proof.begin(), proof.begin() + used}).verdict == Verdict::Verified);
    int rejected = 0;
    for (size_t k = 0; k < proof.size(); ++k) {
      if (proof[k][0] == 'd') continue;
      std::vector<std::string> dropped = proof;
      dropped.erase(dropped.begin() + k);
      Result r = verdict(dropped);
      if (k >= used) CHECK(r.verdict == Verdict::Verified);
      rejected += r.verdict == Verdict::Rejected;
    }
    CHECK(rejected > 10);
  }
  SUBCASE("a flipped literal is caught at the flipped lemma or later") {
    int rejected = 0;
    for (size_t k = 0; k + 1 < proof.size(); ++k) {
      if (proof[k][0] == 'd' || proof[k] == "0") continue;
      std::vector<std::string> flipped = proof;
      flipped[k] = flipped[k][0] == '-' ? flipped[k].substr(1) : "-" + flipped[k];
      Result r = verdict(flipped);
      if (r.verdict == Verdict::Verified) continue;
      ++rejected;
      if (r.failure == Failure::NotRupNorRat) CHECK(r.step >= k + 1);
    }
    CHECK(rejected > 10);
  }
  SUBCASE("a proof borrowed for a satisfiable formula") {
    auto sat = php;
    sat.erase(sat.begin());  // pigeon 1 needs no hole: 5 pigeons, 5 holes
    sp::test::write_file(dir.file("sat.cnf"), dimacs(30, sat));
    REQUIRE(cadical(dir.file("sat.cnf"), dir.file("sat.drat"), false) == 10);
    Result r = check(parse_cnf(sp::read_file_bytes(dir.file("sat.cnf")), "sat.cnf"), parse_proof(join(proof), "p"));
    CHECK(r.verdict == Verdict::Rejected);
  }
}

TEST_CASE("drat: gzip-compressed formulas and proofs are read, a cut gzip stream is bad input") {
  TempDir dir;
  sp::test::write_file(dir.file("f.cnf.gz"), sp::gzip_compress(kEight));
  sp::test::write_file(dir.file("p.drat.gz"), sp::gzip_compress(to_binary(join(kEightProof))));
  Result r = check_files(dir.file("f.cnf.gz"), dir.file("p.drat.gz"));
  CHECK(r.verdict == Verdict::Verified);
  CHECK(r.format == ProofFormat::Binary);
  bool compressed = false;
  CHECK(read_input_file(dir.file("p.drat.gz"), &compressed).size() > 0);
  CHECK(compressed);

  std::string gz = sp::gzip_compress(join(kEightProof));
  sp::test::write_file(dir.file("cut.gz"), gz.substr(0, gz.size() / 2));
  CHECK_THROWS_WITH_AS(check_files(dir.file("f.cnf.gz"), dir.file("cut.gz")),
                       doctest::Contains("cut.gz: not a complete gzip stream"), sp::InputError);
}

TEST_CASE("drat: xz-compressed formulas and proofs are read, a cut xz stream is bad input") {
  TempDir dir;
  sp::test::write_file(dir.file("f.cnf.xz"), sp::xz_compress(kEight));
  sp::test::write_file(dir.file("p.drat.xz"), sp::xz_compress(to_binary(join(kEightProof))));
  CHECK(check_files(dir.file("f.cnf.xz"), dir.file("p.drat.xz")).verdict == Verdict::Verified);
  sp::test::write_file(dir.file("bad.drat.xz"), sp::xz_compress(join({kEightProof.begin(), kEightProof.begin() + 3})));
  CHECK(check_files(dir.file("f.cnf.xz"), dir.file("bad.drat.xz")).verdict == Verdict::Rejected);
  std::string xz = sp::xz_compress(join(kEightProof));
  sp::test::write_file(dir.file("cut.xz"), xz.substr(0, xz.size() / 2));
  CHECK_THROWS_WITH_AS(check_files(dir.file("f.cnf.xz"), dir.file("cut.xz")),
                       doctest::Contains("cut.xz: not a complete xz stream"), sp::InputError);
}

TEST_CASE("drat: malformed CNF text is bad input naming the file and the line") {
  struct Case {
    std::string text, message;
  } cases[] = {
      {"p cnf 2\n1 2 0\n", "f.cnf:1: malformed header"},
      {"p cnf 2 x\n", "f.cnf:1: expected a clause count, found 'x'"},
      {"p dnf 2 1\n1 2 0\n", "f.cnf:1: malformed header"},
      {"p cnf -2 1\n1 2 0\n", "f.cnf:1: negative variable count"},
      {"p cnf 2 -1\n", "f.cnf:1: negative clause count"},
      {"p cnf 2 1 7\n1 2 0\n", "f.cnf:1: unexpected '7' after the header"},
      {"1 2 0\np cnf 2 1\n", "f.cnf:1: expected the 'p cnf' header before any clause"},
      {"c only a comment\n", "f.cnf:2: no 'p cnf' header"},
      {"p cnf 2 1\np cnf 2 1\n1 2 0\n", "f.cnf:2: a second 'p cnf' header"},
      {"p cnf 2 1\n1 2\n", "f.cnf:2: the last clause has no terminating 0"},
      {"p cnf 2 1\n1\n2", "f.cnf:2: the last clause has no terminating 0"},
      {"p cnf 2 1\n1\n-2 3 0\n", "f.cnf:3: literal 3 exceeds the header's 2 variables"},
      {"p cnf 2 2\n1 2 0\n", "f.cnf:3: 1 clauses, but the header says 2"},
      {"p cnf 2 1\n1 0\n2 0\n", "f.cnf:3: more clauses than the header's 1"},
      {"p cnf 2 1\n1 99999999999999999999999 0\n", "f.cnf:2: a literal 99999999999999999999... is beyond the limit"},
      {"p cnf 2 1\n1 \x01\x02 0\n", "f.cnf:2: expected a literal, found byte 0x01"},
      {"p cnf 2 1\n1 2x 0\n", "f.cnf:2: unexpected 'x' after a number"},
      {"p cnf 99999999 1\n1 0\n", "f.cnf:1: the header's 99999999 variables exceed the limit of 16777215"},
      {"p cnf 2 9999999999\n", "f.cnf:1: the header's 9999999999 clauses exceed the limit"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK_THROWS_WITH_AS(parse_cnf(c.text, "f.cnf"), doctest::Contains(c.message.c_str()), sp::InputError);
  }
  // Comments anywhere between clauses, clauses spanning lines, CRLF line ends.
  sp::drat::Formula f = parse_cnf("c x\r\np cnf 3 2\r\n1 -2\r\nc y\r\n3 0 -1\n 0\n", "f.cnf");
  CHECK(f.lits == std::vector<int32_t>{1, -2, 3, 0, -1, 0});
}

TEST_CASE("drat: malformed proofs are bad input naming the file and the line or record") {
  struct Case {
    std::string bytes, message;
  } cases[] = {
      {"1 2 0\n1 2\n", "p.drat:2: the last proof step has no terminating 0"},
      {"1 2 0\nd\n", "p.drat:2: the last proof step has no terminating 0"},
      {"1 x 0\n", "p.drat:1: expected a literal, found 'x'"},
      {"d1 2 0\n", "p.drat:1: expected a space after 'd'"},
      {"1 99999999 0\n", "p.drat:1: a literal 99999999 is beyond the limit of 16777215"},
      {"1 0\n-1 x0\n", "p.drat:2: expected a literal, found 'x'"},
      {"\x7f\x45\x4c\x46", "p.drat:1: expected a literal, found byte 0x7f"},
      {std::string("a\x02\x04", 3), "p.drat: record 1 at byte 0: truncated record"},
      {std::string("a\x02\x00" "d\x82", 5), "p.drat: record 2 at byte 3: truncated record"},
      {std::string("a\x02\x00x\x02\x00", 6), "p.drat: record 2 at byte 3: expected 'a' or 'd', found 'x'"},
      {std::string("a\x01\x00", 3), "p.drat: record 1 at byte 0: a literal of variable 0"},
      {std::string("a\x80\x80\x80\x80\x80\x01\x00", 8), "p.drat: record 1 at byte 0: a literal longer than 5 bytes"},
      {std::string("a\xff\xff\xff\x7f\x00", 6), "p.drat: record 1 at byte 0: a variable beyond the limit"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.message);
    CHECK_THROWS_WITH_AS(parse_proof(c.bytes, "p.drat"), doctest::Contains(c.message.c_str()), sp::InputError);
  }
  CHECK(parse_proof(std::string("a\x80\x00", 3), "p").steps.size() == 1);  // 0 written in two groups ends the record
}

TEST_CASE("drat: unreadable and oversized files are bad input") {
  TempDir dir;
  CHECK_THROWS_WITH_AS(read_input_file(dir.file("missing.cnf")), doctest::Contains("missing.cnf: cannot read file"),
                       sp::InputError);
  CHECK_THROWS_AS(read_input_file(dir.path.string()), sp::InputError);
  std::string huge = dir.file("huge.drat");  // sparse: no disk space used, refused before reading
  sp::test::write_file(huge, "");
  std::filesystem::resize_file(huge, sp::drat::kMaxInputBytes);
  CHECK_THROWS_WITH_AS(read_input_file(huge), doctest::Contains("exceeds the input limit of 4294967295 bytes"),
                       sp::InputError);
}

TEST_CASE("drat: check-drat exits 0 verified, 1 rejected, 2 bad input") {
  TempDir dir;
  sp::test::write_file(dir.file("f.cnf"), kEight);
  sp::test::write_file(dir.file("good.drat"), join(kEightProof));
  sp::test::write_file(dir.file("f2.cnf"), "p cnf 3 2\n1 2 3 0\n-1 2 0\n");
  sp::test::write_file(dir.file("bad.drat"), "1 -3 0\n0\n");
  sp::test::write_file(dir.file("broken.cnf"), "p cnf 3 1\n1 4 0\n");

  auto ok = run_cli("check-drat " + dir.file("f.cnf") + " " + dir.file("good.drat"));
  CHECK(ok.exit_code == 0);
  CHECK(ok.output.find("verified: 8 clauses, 6 lemmas") != std::string::npos);
  CHECK(std::count(ok.output.begin(), ok.output.end(), '\n') == 1);

  auto rejected = run_cli("check-drat " + dir.file("f2.cnf") + " " + dir.file("bad.drat"));
  CHECK(rejected.exit_code == 1);
  CHECK(rejected.output.find("rejected: ") != std::string::npos);
  CHECK(rejected.output.find("\nreason: lemma 1 (1 -3 0) is neither RUP nor RAT on 1\n") != std::string::npos);

  auto quiet = run_cli("check-drat " + dir.file("f2.cnf") + " " + dir.file("bad.drat") + " --quiet");
  CHECK(quiet.exit_code == 1);
  CHECK(quiet.output.empty());

  auto bad = run_cli("check-drat " + dir.file("broken.cnf") + " " + dir.file("good.drat"));
  CHECK(bad.exit_code == 2);
  CHECK(bad.output.find(dir.file("broken.cnf") + ":2: literal 4 exceeds the header's 3 variables") != std::string::npos);
  CHECK(std::count(bad.output.begin(), bad.output.end(), '\n') == 1);
  CHECK(run_cli("check-drat " + dir.file("f.cnf")).exit_code == 2);
  CHECK(run_cli("check-drat " + dir.file("f.cnf") + " " + dir.file("nope.drat")).exit_code == 2);
}
