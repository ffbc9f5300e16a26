#include "verify/proof_output.h"

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "model/artifact.h"
#include "model/errors.h"
#include "model/hash.h"

namespace sp {

namespace {

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

}  // namespace

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

Cvc5Outcome write_proof_dir(const std::string& dir, const ProofSink& sink, const ProofSummary& summary) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw InputError(dir + ": cannot create proof directory: " + ec.message());

  std::vector<QueryRecord> records = sink.records();
  std::sort(records.begin(), records.end(), [](const auto& x, const auto& y) { return x.name < y.name; });

  Cvc5Outcome cvc5;
  auto [vrc, vtext] = run_command("cvc5 --version");
  cvc5.available = vrc == 0;
  cvc5.version = cvc5.available ? first_line(vtext) : "not installed";

  std::map<std::string, std::string> files;  // relative path -> bytes
  nlohmann::ordered_json queries = nlohmann::ordered_json::array();
  for (const QueryRecord& r : records) {
    files[r.name + ".smt2"] = r.smt2;
    files[r.name + ".z3.txt"] = r.z3_verdict + "\n" + r.z3_detail + (r.z3_detail.empty() || r.z3_detail.back() == '\n' ? "" : "\n");
    nlohmann::ordered_json q = {{"name", r.name}, {"logic", r.logic}, {"z3", r.z3_verdict}};
    if (r.core_computed) {
      std::string core;
      for (const std::string& c : r.core) core += c + "\n";
      files[r.name + ".core.txt"] = core;
      q["unsat_core_size"] = r.core.size();
    }
    queries.push_back(std::move(q));
  }
  for (const auto& [path, bytes] : files) write_text_file((fs::path(dir) / path).string(), bytes);

  // Re-check every query file with the cvc5 CLI.
  for (size_t i = 0; i < records.size(); ++i) {
    const QueryRecord& r = records[i];
    std::string verdict = "not-run";
    if (cvc5.available) {
      auto [rc, text] = run_command("cvc5 --lang=smt2 --tlimit=60000 " + shell_quote((fs::path(dir) / (r.name + ".smt2")).string()));
      verdict = first_line(text);
      if (verdict != "sat" && verdict != "unsat" && verdict != "unknown") verdict = "error";
      std::string stored = verdict == "error" ? "error\n" + text : verdict + "\n";
      files[r.name + ".cvc5.txt"] = stored;
      write_text_file((fs::path(dir) / (r.name + ".cvc5.txt")).string(), stored);
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
    queries[i]["cvc5"] = verdict;
  }

  nlohmann::ordered_json manifest;
  manifest["format"] = "slotproof-proofs/1";
  manifest["tools"] = {{"slotproof", tool_version()}, {"z3", summary.z3_version}, {"cvc5", cvc5.version}};
  manifest["graph"] = {{"name", summary.graph_name}, {"sha256", summary.graph_sha256}};
  manifest["artifact"] = {{"sha256", summary.artifact_sha256}};
  manifest["verdict"] = summary.verdict;
  manifest["violations"] = summary.violation_lines;
  manifest["cvc5_disagreements"] = cvc5.disagreements;
  manifest["cvc5_unknown_or_error"] = cvc5.unknowns;
  manifest["queries"] = std::move(queries);
  nlohmann::ordered_json listed = nlohmann::ordered_json::array();
  for (const auto& [path, bytes] : files) listed.push_back({{"path", path}, {"sha256", sha256_hex(bytes)}});
  manifest["files"] = std::move(listed);
  write_text_file((fs::path(dir) / "manifest.json").string(), dump_line_per_entry(manifest));
  return cvc5;
}

}  // namespace sp
