#include "verify/proof_output.h"

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "model/artifact.h"
#include "model/compress.h"
#include "model/errors.h"
#include "model/hash.h"

namespace sp {

namespace {

namespace fs = std::filesystem;
using Files = std::map<std::string, std::string>;  // relative path -> bytes

constexpr const char* kCvc5 = "cvc5 --lang=smt2 --tlimit-per=60000 ";

std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

std::string first_line(const std::string& s) {
  std::string l = s.substr(0, s.find('\n'));
  while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.pop_back();
  return l;
}

bool is_verdict(const std::string& v) { return v == "sat" || v == "unsat" || v == "unknown"; }

std::string with_newline(const std::string& s) { return s.empty() || s.back() == '\n' ? s : s + "\n"; }

// Compares cvc5's verdict on one query with Z3's; a decided disagreement or
// an undecided cvc5 answer is a note (and makes `verify` exit 3).
void compare_cvc5(const QueryRecord& r, const std::string& verdict, Cvc5Outcome& cvc5) {
  bool decided = verdict == "sat" || verdict == "unsat";
  bool z3_decided = r.z3_verdict == "sat" || r.z3_verdict == "unsat";
  if (decided && z3_decided && verdict != r.z3_verdict) {
    ++cvc5.disagreements;
    cvc5.notes.push_back("query " + r.name + ": z3 says " + r.z3_verdict + " but cvc5 says " + verdict);
  } else if (!decided) {
    ++cvc5.unknowns;
    cvc5.notes.push_back("query " + r.name + ": cvc5 answered " + verdict + " (z3: " + r.z3_verdict + ")");
  }
}

nlohmann::ordered_json query_entry(const QueryRecord& r) {
  nlohmann::ordered_json q = {{"name", r.name}, {"logic", r.logic}, {"z3", r.z3_verdict}};
  if (r.core_computed) q["unsat_core_size"] = r.core.size();
  return q;
}

// One file per query and per solver answer; cvc5 runs once per query file.
void write_per_query(const fs::path& dir, const std::vector<QueryRecord>& records, Files& files,
                     nlohmann::ordered_json& queries, Cvc5Outcome& cvc5) {
  for (const QueryRecord& r : records) {
    files[r.name + ".smt2"] = r.smt2;
    files[r.name + ".z3.txt"] = r.z3_verdict + "\n" + with_newline(r.z3_detail);
    if (r.core_computed) {
      std::string core;
      for (const std::string& c : r.core) core += c + "\n";
      files[r.name + ".core.txt"] = core;
    }
    queries.push_back(query_entry(r));
  }
  for (const auto& [path, bytes] : files) write_text_file((dir / path).string(), bytes);
  for (size_t i = 0; i < records.size(); ++i) {
    const QueryRecord& r = records[i];
    std::string verdict = "not-run";
    if (cvc5.available) {
      auto [rc, text] = run_command(kCvc5 + shell_quote((dir / (r.name + ".smt2")).string()));
      verdict = first_line(text);
      if (!is_verdict(verdict)) verdict = "error";
      std::string stored = verdict == "error" ? "error\n" + text : verdict + "\n";
      files[r.name + ".cvc5.txt"] = stored;
      write_text_file((dir / (r.name + ".cvc5.txt")).string(), stored);
      compare_cvc5(r, verdict, cvc5);
    }
    queries[i]["cvc5"] = verdict;
  }
}

// cvc5's answers to the packed script. Each query is preceded by
// (echo "query NAME"), so a verdict is attributed by name, not by position;
// anything else (an error) is kept verbatim. cvc5 stops at the first error,
// which leaves the remaining queries "not-answered".
std::map<std::string, std::string> cvc5_packed_verdicts(const std::string& text, std::string& other_output) {
  std::map<std::string, std::string> verdicts;
  std::string current;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::string bare = line.size() >= 2 && line.front() == '"' && line.back() == '"' ? line.substr(1, line.size() - 2) : line;
    if (bare.rfind("query ", 0) == 0) current = bare.substr(6);
    else if (is_verdict(line) && !current.empty() && verdicts.emplace(current, line).second) current.clear();
    else if (!line.empty()) other_output += "; " + line + "\n";
  }
  return verdicts;
}

// One verdict line per query: "NAME LOGIC Z3 CVC5", in name order; cvc5's
// other output (errors) follows as comment lines.
std::string verdict_lines(const std::vector<QueryRecord>& records, const nlohmann::ordered_json& queries,
                          const std::string& other_cvc5) {
  std::string lines;
  for (size_t i = 0; i < records.size(); ++i)
    lines += records[i].name + " " + records[i].logic + " " + records[i].z3_verdict + " " +
             queries[i]["cvc5"].get<std::string>() + "\n";
  return lines + other_cvc5;
}

void write_packed(const fs::path& dir, const std::vector<QueryRecord>& records, Files& files,
                  nlohmann::ordered_json& queries, Cvc5Outcome& cvc5) {
  std::string script;
  for (const QueryRecord& r : records) {
    script += "(echo \"query " + r.name + "\")\n" + with_newline(r.smt2) + "(reset)\n";
    if (r.z3_verdict != "unsat") files[r.name + ".z3.txt"] = r.z3_verdict + "\n" + with_newline(r.z3_detail);
    queries.push_back(query_entry(r));
  }
  files["queries.smt2.xz"] = xz_compress(script);
  for (const auto& [path, bytes] : files) write_text_file((dir / path).string(), bytes);
  std::string other;
  if (cvc5.available) {
    auto [rc, text] = run_command("xz -dc " + shell_quote((dir / "queries.smt2.xz").string()) + " | " + kCvc5);
    std::map<std::string, std::string> verdicts = cvc5_packed_verdicts(text, other);
    for (size_t i = 0; i < records.size(); ++i) {
      auto it = verdicts.find(records[i].name);
      std::string verdict = it == verdicts.end() ? "not-answered" : it->second;
      compare_cvc5(records[i], verdict, cvc5);
      queries[i]["cvc5"] = verdict;
    }
    if (!other.empty()) other = "; other cvc5 output (exit " + std::to_string(rc) + "):\n" + other;
  } else {
    for (auto& q : queries) q["cvc5"] = "not-run";
  }
  files["verdicts.txt"] = verdict_lines(records, queries, other);
  write_text_file((dir / "verdicts.txt").string(), files["verdicts.txt"]);
}

}  // namespace

const char* proof_layout_name(ProofLayout l) { return l == ProofLayout::Packed ? "packed" : "per-query"; }

std::pair<int, std::string> run_command(const std::string& cmd) {
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  if (!p) return {-1, ""};
  std::string text;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
  int status = pclose(p);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, text};
}

Cvc5Outcome write_proof_dir(const std::string& dir, const ProofSink& sink, const ProofSummary& summary,
                            ProofLayout layout) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw InputError(dir + ": cannot create proof directory: " + ec.message());

  std::vector<QueryRecord> records = sink.records();
  std::sort(records.begin(), records.end(), [](const auto& x, const auto& y) { return x.name < y.name; });

  Cvc5Outcome cvc5;
  auto [vrc, vtext] = run_command("cvc5 --version");
  cvc5.available = vrc == 0;
  cvc5.version = cvc5.available ? first_line(vtext) : "not installed";

  Files files;
  nlohmann::ordered_json queries = nlohmann::ordered_json::array();
  if (layout == ProofLayout::Packed) write_packed(dir, records, files, queries, cvc5);
  else write_per_query(dir, records, files, queries, cvc5);

  nlohmann::ordered_json manifest;
  manifest["format"] = "slotproof-proofs/1";
  manifest["layout"] = proof_layout_name(layout);
  manifest["tools"] = {{"slotproof", tool_version()}, {"z3", summary.z3_version}, {"cvc5", cvc5.version}};
  manifest["graph"] = {{"name", summary.graph_name}, {"sha256", summary.graph_sha256}};
  manifest["artifact"] = {{"sha256", summary.artifact_sha256}};
  manifest["verdict"] = summary.verdict;
  manifest["violations"] = summary.violation_lines;
  manifest["cvc5_disagreements"] = cvc5.disagreements;
  manifest["cvc5_unknown_or_error"] = cvc5.unknowns;
  if (layout == ProofLayout::Packed)  // the verdicts are in verdicts.txt, one line per query
    manifest["queries"] = {{"count", records.size()}, {"verdicts", "verdicts.txt"}};
  else
    manifest["queries"] = std::move(queries);
  nlohmann::ordered_json listed = nlohmann::ordered_json::array();
  for (const auto& [path, bytes] : files) listed.push_back({{"path", path}, {"sha256", sha256_hex(bytes)}});
  manifest["files"] = std::move(listed);
  write_text_file((fs::path(dir) / "manifest.json").string(), dump_line_per_entry(manifest));
  return cvc5;
}

}  // namespace sp
