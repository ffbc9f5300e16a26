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
#include "model/json_strict.h"

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

namespace {

constexpr const char* kProofsFormat = "slotproof-proofs/1";
constexpr const char* kManifestName = "manifest.json";

// The names in `dir` (regular files only: anything else is refused).
std::vector<std::string> dir_entries(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (e.symlink_status(ec).type() != fs::file_type::regular)
      throw InputError(dir + ": " + quote_name(name) + " is not a regular file; a proof directory holds only its files");
    names.push_back(name);
  }
  if (ec) throw InputError(dir + ": cannot list the directory: " + ec.message());
  std::sort(names.begin(), names.end());
  return names;
}

// The files of an earlier run in `dir` (its manifest and what it lists), or
// InputError when `dir` holds anything else: those files are not ours to delete.
std::vector<std::string> earlier_run(const std::string& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) return {};
  if (!fs::is_directory(dir, ec)) throw InputError(dir + ": not a directory");
  const std::vector<std::string> present = dir_entries(dir);
  if (present.empty()) return {};
  const std::string manifest_path = (fs::path(dir) / kManifestName).string();
  const auto refuse = [&](const std::string& why) {
    throw InputError(dir + ": " + why + "; give an empty directory or an earlier proof directory");
  };
  if (std::find(present.begin(), present.end(), kManifestName) == present.end())
    refuse("holds " + quote_name(present.front()) + " and no manifest.json of an earlier proof run");
  ProofDirManifest m;
  try {
    m = read_proof_manifest(read_file_bytes(manifest_path), manifest_path);
  } catch (const InputError& e) {
    refuse(std::string("its manifest.json is not an earlier proof run's (") + e.what() + ")");
  }
  for (const std::string& name : present)
    if (name != kManifestName &&
        std::none_of(m.files.begin(), m.files.end(), [&](const auto& f) { return f.first == name; }))
      refuse("holds " + quote_name(name) + ", which is not listed in its manifest.json");
  return present;
}

}  // namespace

void check_proof_dir_reusable(const std::string& dir) { earlier_run(dir); }

ProofDirManifest read_proof_manifest(const std::string& text, const std::string& source) {
  const StrictFields r(source);
  const nlohmann::json doc = parse_json_text(text, source);
  r.only(doc, {"format", "layout", "tools", "graph", "artifact", "verdict", "violations", "cvc5_disagreements",
               "cvc5_unknown_or_error", "queries", "files"},
         "proof manifest");
  if (r.text(doc, "format", "proof manifest") != kProofsFormat) r.fail(std::string("not a ") + kProofsFormat + " manifest");
  ProofDirManifest m;
  m.layout = r.one_of(doc, "layout", "proof manifest", {"packed", "per-query"});
  r.object(doc, "tools", "proof manifest");
  m.graph_sha256 = r.sha256(r.object(doc, "graph", "proof manifest"), "sha256", "graph");
  const nlohmann::json& artifact = r.object(doc, "artifact", "proof manifest");
  m.artifact_sha256 = r.text(artifact, "sha256", "artifact");  // empty when verify was given no file
  m.verdict = r.one_of(doc, "verdict", "proof manifest", {"safe", "violation", "undecided"});
  r.array(doc, "violations", "proof manifest");
  const nlohmann::json& queries = r.need(doc, "queries", "proof manifest");
  if (m.layout == "packed") {
    m.queries = static_cast<uint64_t>(r.integer(queries, "count", "queries", 0, int64_t{1} << 40));
  } else if (queries.is_array()) {
    m.queries = queries.size();
  } else {
    r.fail("queries: a per-query manifest lists its queries as an array");
  }
  for (const nlohmann::json& f : r.array(doc, "files", "proof manifest")) {
    r.only(f, {"path", "sha256"}, "files entry");
    std::string name = r.file_name(f, "path", "files entry");
    if (name == kManifestName) r.fail("files: the manifest cannot list itself");
    m.files.emplace_back(std::move(name), r.sha256(f, "sha256", "files entry"));
  }
  return m;
}

namespace {

// The query names of a packed script, in order: each query opens with (echo "query NAME").
std::vector<std::string> script_queries(std::string_view script) {
  std::vector<std::string> names;
  constexpr std::string_view kOpen = "(echo \"query ";
  for (size_t at = script.find(kOpen); at != std::string_view::npos; at = script.find(kOpen, at + 1)) {
    if (at > 0 && script[at - 1] != '\n') continue;
    const size_t begin = at + kOpen.size(), end = script.find('"', begin);
    if (end == std::string_view::npos) break;
    names.emplace_back(script.substr(begin, end - begin));
  }
  return names;
}

// The query names verdicts.txt lists ("NAME LOGIC Z3 CVC5"; ';' starts cvc5's other output).
std::vector<std::string> verdict_queries(const std::string& verdicts) {
  std::vector<std::string> names;
  std::istringstream in(verdicts);
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != ';') names.push_back(line.substr(0, line.find(' ')));
  return names;
}

void check_packed(const fs::path& dir, const ProofDirManifest& m, std::vector<std::string>& problems) {
  try {
    const std::string script = xz_decompress(read_file_bytes((dir / "queries.smt2.xz").string()),
                                             (dir / "queries.smt2.xz").string());
    const std::vector<std::string> names = script_queries(script);
    if (names != verdict_queries(read_file_bytes((dir / "verdicts.txt").string())))
      problems.push_back("queries.smt2.xz and verdicts.txt do not list the same queries in the same order");
    if (names.size() != m.queries)
      problems.push_back("queries.smt2.xz holds " + std::to_string(names.size()) + " queries, its manifest counts " +
                         std::to_string(m.queries));
  } catch (const InputError& e) {
    problems.push_back(e.what());
  }
}

}  // namespace

std::vector<std::string> check_proof_dir(const std::string& dir, ProofDirManifest& m) {
  const fs::path d(dir);
  m = read_proof_manifest(read_file_bytes((d / kManifestName).string()), (d / kManifestName).string());
  std::vector<std::string> problems;
  std::vector<std::string> present = dir_entries(dir);
  present.erase(std::remove(present.begin(), present.end(), kManifestName), present.end());
  std::vector<std::string> listed;
  for (const auto& [name, sha] : m.files) {
    listed.push_back(name);
    if (std::find(present.begin(), present.end(), name) == present.end()) problems.push_back(name + " is missing");
    else if (sha256_hex(read_file_bytes((d / name).string())) != sha)
      problems.push_back(name + " does not match the SHA-256 in its manifest.json");
  }
  for (const std::string& name : present)
    if (std::find(listed.begin(), listed.end(), name) == listed.end())
      problems.push_back(quote_name(name) + " is not listed in its manifest.json");
  if (problems.empty() && m.layout == "packed") check_packed(d, m, problems);
  return problems;
}

Cvc5Outcome write_proof_dir(const std::string& dir, const ProofSink& sink, const ProofSummary& summary,
                            ProofLayout layout) {
  std::error_code ec;
  for (const std::string& name : earlier_run(dir)) {
    fs::remove(fs::path(dir) / name, ec);
    if (ec) throw InputError(dir + ": cannot remove the earlier run's " + quote_name(name) + ": " + ec.message());
  }
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
  write_text_file((fs::path(dir) / kManifestName).string(), dump_line_per_entry(manifest));
  return cvc5;
}

}  // namespace sp
