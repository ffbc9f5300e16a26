// The JSON Schemas of docs/schemas/ against every JSON file we commit or
// write: graphs, schedule artifacts (ours and the tvm export), profiles,
// frontiers and certificates, validated by a real validator (Debian's
// python3-jsonschema through tests/validate_json.py, which also applies the
// strict reader's rules: no duplicate keys, no NaN, exact integers). Broken
// documents of each kind must be rejected, and where slotproof's own reader
// refuses a document the schema must refuse it too (docs/schemas/README.md).
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "bundle/bundle.h"
#include "certify/certificate_json.h"
#include "model/artifact.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "model/json_strict.h"
#include "tests/helpers.h"

namespace fs = std::filesystem;
using nlohmann::ordered_json;
using sp::test::repo_path;
using sp::test::run_cli;
using sp::test::TempDir;

namespace {

const char* const kFormatGraph = "slotproof-graph/1";
const char* const kFormatSchedule = "slotproof-schedule/1";
const char* const kFormatProfile = "slotproof-profile/1";
const char* const kFormatFrontier = "slotproof-frontier/1";
const char* const kFormatCertificate = "slotproof-certificate/1";
const char* const kFormatBundle = "slotproof-bundle/2";

std::string schema_path(const std::string& format) {
  std::string name = format;
  std::replace(name.begin(), name.end(), '/', '-');
  return repo_path("docs/schemas/" + name + ".schema.json");
}

using Run = sp::test::RunResult;
using sp::test::run_shell;

// The lines worth showing when a run fails: everything but the "ok" lines.
std::string problems(const Run& r) {
  std::istringstream in(r.output);
  std::string line, out;
  while (std::getline(in, line))
    if (line.rfind("ok ", 0) != 0) out += line + "\n";
  return "validator exit " + std::to_string(r.exit_code) + "\n" + (out.empty() ? r.output : out);
}

// tests/validate_json.py over `files`; `schema` empty: chosen by each file's "format".
Run validate(const std::vector<std::string>& files, const std::string& schema = "", bool expect_valid = true) {
  std::string cmd = sp::test::python3() + " " + sp::test::shell_quote(repo_path("tests/validate_json.py")) + " --schemas " +
                    sp::test::shell_quote(repo_path("docs/schemas"));
  // Appended piecewise: GCC 12 warns falsely (-Wrestrict) on " ..." + std::string.
  if (!schema.empty()) {
    cmd += " --schema ";
    cmd += sp::test::shell_quote(schema);
  }
  cmd += expect_valid ? " --expect valid" : " --expect invalid";
  for (const std::string& f : files) {
    cmd += ' ';
    cmd += sp::test::shell_quote(f);
  }
  return run_shell(cmd);
}

void require_valid(const std::vector<std::string>& files, const std::string& schema = "") {
  REQUIRE_FALSE(files.empty());
  Run r = validate(files, schema);
  CHECK_MESSAGE(r.exit_code == 0, problems(r));
}

void write_text(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  REQUIRE(out.good());
}

ordered_json read_json(const std::string& path) { return ordered_json::parse(sp::read_file_bytes(path)); }

// The "format" field of a JSON file, or "" when it has none (or is no JSON object).
std::string format_of(const fs::path& p) {
  nlohmann::json doc = nlohmann::json::parse(sp::read_file_bytes(p.string()), nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("format") || !doc["format"].is_string()) return "";
  return doc["format"].get<std::string>();
}

// Every *.json file under `dir` (recursively), grouped by its "format" field;
// the schemas themselves are skipped (they are not instances).
std::map<std::string, std::vector<std::string>> json_files_by_format(const fs::path& dir) {
  std::map<std::string, std::vector<std::string>> out;
  if (!fs::exists(dir)) return out;
  const fs::path schemas = fs::weakly_canonical(repo_path("docs/schemas"));
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) {
    if (it->is_directory() && fs::weakly_canonical(it->path()) == schemas) {
      it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file() || it->path().extension() != ".json") continue;
    out[format_of(it->path())].push_back(it->path().string());
  }
  for (auto& [format, files] : out) std::sort(files.begin(), files.end());
  return out;
}

bool is_artifact_name(const std::string& name) {
  return name == "greedy.json" || name == "witness.json" || (name.rfind("milp", 0) == 0 && name.size() > 5 &&
                                                             name.compare(name.size() - 5, 5, ".json") == 0);
}

// A small graph with every kind of gate, an average-free lookup and a colocate group.
const char* const kSchemaGraph = R"({"format": "slotproof-graph/1", "name": "schema-tiny",
  "inputs": [{"name": "x"}, {"name": "y"}, {"name": "pos", "pinned": true}],
  "gates": [{"name": "l", "kind": "lookup", "tie_break": "latest", "query": [{"pos": 1}], "key": [{"pos": 1}],
             "values": [{"x": 1, "y": -0.5}], "produces": ["lx"]},
            {"name": "r", "kind": "reglu", "a": {"x": 1}, "b": {"pos": 1, "lx": 2}},
            {"name": "s", "kind": "reglu", "a": {"y": 1}, "b": {"x": 1}},
            {"name": "p", "kind": "persist", "expr": {"r": 1, "s": 1}}],
  "outputs": ["p", "lx"],
  "colocate": [["r", "s"]]}
)";

// The two-reglu graph of tests/test_bundles.cpp (certify and frontier are instant on it).
const char* const kSmallGraph = R"({"format": "slotproof-graph/1", "name": "tiny",
  "inputs": [{"name": "x"}, {"name": "y"}, {"name": "pos", "pinned": true}],
  "gates": [{"name": "r", "kind": "reglu", "a": {"x": 1}, "b": {"pos": 1}},
            {"name": "s", "kind": "reglu", "a": {"y": 1}, "b": {"x": 1}},
            {"name": "p", "kind": "persist", "expr": {"r": 1, "s": 1}}],
  "outputs": ["p"]}
)";

void cli_ok(const std::string& args, int expected_exit = 0) {
  auto r = run_cli(args);
  INFO("slotproof " << args << "\n" << r.output);
  REQUIRE(r.exit_code == expected_exit);
}

using JsonEdit = std::function<void(ordered_json&)>;
struct Broken {
  std::string name;  // becomes the file name, so a failure says which case was accepted
  JsonEdit mutate;
};

// Writes one file per broken case (NAME-NN-case.json) and returns the paths.
std::vector<std::string> write_broken(const TempDir& dir, const std::string& kind, const ordered_json& base,
                                      const std::vector<Broken>& cases) {
  std::vector<std::string> files;
  int i = 0;
  for (const Broken& b : cases) {
    ordered_json doc = base;
    b.mutate(doc);
    char prefix[16];
    std::snprintf(prefix, sizeof prefix, "-%02d-", i++);
    files.push_back(dir.file(kind + prefix + b.name + ".json"));
    write_text(files.back(), doc.dump(1));
  }
  return files;
}

void require_all_rejected(const std::vector<std::string>& files, const std::string& schema) {
  Run r = validate(files, schema, false);
  CHECK_MESSAGE(r.exit_code == 0, "a broken document was accepted by " << schema << ":\n" << problems(r));
}

}  // namespace

TEST_CASE("schemas: each schema is valid draft 2020-12 with $id, title, description and described properties") {
  const std::set<std::string> expected = {"slotproof-graph-1.schema.json", "slotproof-schedule-1.schema.json",
                                          "slotproof-profile-1.schema.json", "slotproof-frontier-1.schema.json",
                                          "slotproof-certificate-1.schema.json", "slotproof-verify-report-1.schema.json",
                                          "slotproof-bundle-2.schema.json",
                                          "slotproof-tvm-export-1.schema.json"};
  std::set<std::string> found;
  for (const auto& e : fs::directory_iterator(repo_path("docs/schemas")))
    if (const std::string n = e.path().filename().string();
        n.size() > 12 && n.compare(n.size() - 12, 12, ".schema.json") == 0)
      found.insert(n);
  CHECK(found == expected);

  for (const std::string& name : expected) {
    CAPTURE(name);
    const nlohmann::json schema = sp::parse_json_text(sp::read_file_bytes(repo_path("docs/schemas/" + name)), name);
    CHECK(schema.value("$schema", "") == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema.value("$id", "") == "urn:slotproof:schema:" + name.substr(0, name.size() - 12));
    CHECK(!schema.value("title", "").empty());
    CHECK(schema.value("description", "").size() > 40);
    // Every declared property has a description. Conditions and their
    // consequences (if/then/else, not) restate properties as constraints.
    std::vector<std::string> undescribed;
    std::function<void(const nlohmann::json&, const std::string&)> walk = [&](const nlohmann::json& j,
                                                                               const std::string& at) {
      if (j.is_array()) {
        for (size_t i = 0; i < j.size(); ++i) walk(j[i], at + "/" + std::to_string(i));
        return;
      }
      if (!j.is_object()) return;
      for (auto it = j.begin(); it != j.end(); ++it) {
        const std::string& key = it.key();
        if (key == "if" || key == "then" || key == "else" || key == "not") continue;
        if (key == "properties" && it->is_object())
          for (auto p = it->begin(); p != it->end(); ++p)
            if (!p->is_object() || !p->contains("description") || !(*p)["description"].is_string())
              undescribed.push_back(at + "/properties/" + p.key());
        walk(*it, at + "/" + key);
      }
    };
    walk(schema, "");
    CHECK_MESSAGE(undescribed.empty(), "properties without a description: " << nlohmann::json(undescribed).dump());
  }

  Run r = run_shell(sp::test::python3() + " " + sp::test::shell_quote(repo_path("tests/validate_json.py")) + " --schemas " +
                    sp::test::shell_quote(repo_path("docs/schemas")) + " --check-schemas");
  CHECK_MESSAGE(r.exit_code == 0, problems(r));
}

TEST_CASE("schemas: every committed graph conforms to slotproof-graph/1") {
  std::vector<std::string> graphs;
  for (const auto& e : fs::directory_iterator(repo_path("workloads")))
    if (e.is_regular_file() && e.path().extension() == ".json") graphs.push_back(e.path().string());
  std::sort(graphs.begin(), graphs.end());
  CHECK(graphs.size() >= 7);
  if (sp::test::have_reference_graph()) graphs.push_back(sp::test::reference_graph_path());
  for (const std::string& g : graphs) {
    CAPTURE(g);
    CHECK(format_of(g) == kFormatGraph);
  }
  require_valid(graphs, schema_path(kFormatGraph));
}

TEST_CASE("schemas: every committed schedule artifact conforms to slotproof-schedule/1") {
  // Discovered by walking proofs/ and reading each file's format, so
  // regenerated bundles (other names, other layouts) are covered too.
  std::vector<std::string> artifacts;
  auto by_format = json_files_by_format(repo_path("proofs"));
  for (const auto& [format, files] : by_format)
    for (const std::string& f : files) {
      if (format == kFormatSchedule) artifacts.push_back(f);
      else if (is_artifact_name(fs::path(f).filename().string()))
        FAIL_CHECK(f << " is named like an artifact but its format is '" << format << "', not " << kFormatSchedule);
    }
  CHECK(artifacts.size() >= 2);
  const std::string tvm = sp::test::shared_dir() + "/workloads/tvm-wasm-interpreter.tvm-allocation.json";
  if (fs::exists(tvm)) {
    CHECK(format_of(tvm) == kFormatSchedule);
    artifacts.push_back(tvm);
  } else {
    MESSAGE("no " << tvm << ": the tvm export is not checked");
  }
  require_valid(artifacts, schema_path(kFormatSchedule));
}

TEST_CASE("schemas: committed profiles, certificates and frontiers conform") {
  std::vector<std::string> profiles;
  for (const auto& e : fs::directory_iterator(repo_path("workloads/profiles")))
    if (e.is_regular_file() && e.path().extension() == ".json") profiles.push_back(e.path().string());
  std::sort(profiles.begin(), profiles.end());
  REQUIRE_FALSE(profiles.empty());
  for (const std::string& p : profiles) {
    CAPTURE(p);
    CHECK(format_of(p) == kFormatProfile);
  }
  require_valid(profiles, schema_path(kFormatProfile));

  // Certificates, frontiers (and any other slotproof document) under docs/ and proofs/, by format.
  std::vector<std::string> others;
  for (const char* dir : {"docs", "proofs"})
    for (const auto& [format, files] : json_files_by_format(repo_path(dir))) {
      for (const std::string& f : files) {
        if (fs::path(f).filename() == "certificate.json")
          CHECK_MESSAGE(format == kFormatCertificate, f << " has format '" << format << "'");
        if (format == kFormatCertificate || format == kFormatFrontier || format == kFormatProfile ||
            (format == kFormatGraph && std::string(dir) == "docs"))
          others.push_back(f);
      }
    }
  if (others.empty()) MESSAGE("no committed certificate or frontier JSON files: only fresh ones are checked");
  else require_valid(others);  // schema by format
}

TEST_CASE("schemas: what the CLI writes now conforms (greedy, solve, frontier, certify)") {
  TempDir dir;
  const std::string g = dir.file("g.json"), small = dir.file("small.json"), chain = repo_path("workloads/chain-2.json");
  write_text(g, kSchemaGraph);
  write_text(small, kSmallGraph);
  cli_ok("greedy " + g + " -o " + dir.file("greedy-immediate.json"));
  cli_ok("greedy " + g + " --reuse delayed -o " + dir.file("greedy-delayed.json"));
  cli_ok("greedy " + small + " --max-ffn 1 -o " + dir.file("greedy-ffn.json"));  // writes max_ffn
  cli_ok("solve -q " + g + " --reuse delayed --time-limit 30 -o " + dir.file("milp-delayed.json"));
  cli_ok("solve -q " + g + " --reuse immediate --time-limit 30 -o " + dir.file("milp-immediate.json"));
  cli_ok("solve -q " + small + " --layers 2 --max-ffn 1 --time-limit 30 -o " + dir.file("milp-ffn.json"));
  cli_ok("solve -q " + chain + " --reuse delayed --time-limit 60 -o " + dir.file("chain-milp-delayed.json"));
  cli_ok("solve -q " + chain + " --reuse immediate --time-limit 60 -o " + dir.file("chain-milp-immediate.json"));
  cli_ok("greedy " + chain + " --reuse delayed -o " + dir.file("chain-greedy-delayed.json"));
  cli_ok("frontier " + small + " --time-limit 30 -o " + dir.file("frontier.json"));
  cli_ok("frontier " + g + " --reuse delayed --time-limit 30 -o " + dir.file("frontier-delayed.json"));
  // certified optimal (a proof), and refuted (greedy's d_model on chain is beaten: a witness artifact)
  const std::string small_milp = dir.file("small-milp.json");
  cli_ok("solve -q " + small + " --reuse delayed --time-limit 30 -o " + small_milp);
  cli_ok("certify " + small + " " + small_milp + " -o " + dir.file("cert-optimal") + " --time-limit 60");
  cli_ok("certify " + small + " " + small_milp + " -o " + dir.file("cert-proof-not-kept") +
         " --time-limit 60 --max-proof-mb 0.000001");
  cli_ok("certify " + chain + " " + dir.file("chain-greedy-delayed.json") + " -o " + dir.file("cert-refuted") +
             " --time-limit 60",
         1);

  auto by_format = json_files_by_format(dir.path);
  const std::map<std::string, size_t> expected = {{kFormatGraph, 2},
                                                  {kFormatSchedule, 11},  // ten written + witness.json
                                                  {kFormatFrontier, 2},
                                                  {kFormatCertificate, 3}};
  std::vector<std::string> all;
  for (const auto& [format, count] : expected) {
    CAPTURE(format);
    CHECK(by_format[format].size() == count);
    all.insert(all.end(), by_format[format].begin(), by_format[format].end());
  }
  CHECK(fs::exists(dir.file("cert-refuted/witness.json")));
  CHECK(read_json(dir.file("cert-refuted/witness.json"))["producer"]["method"] == "cnf-witness");
  CHECK(read_json(dir.file("greedy-ffn.json")).contains("max_ffn"));
  CHECK(read_json(dir.file("cert-proof-not-kept/certificate.json"))["proof"]["kept"] == false);
  require_valid(all);  // each against the schema its format names
}

TEST_CASE("schemas: broken graphs are rejected, as slotproof's reader rejects them") {
  TempDir dir;
  const ordered_json base = ordered_json::parse(kSchemaGraph);
  REQUIRE_NOTHROW(sp::parse_graph(kSchemaGraph, "base.json"));
  write_text(dir.file("base.json"), kSchemaGraph);
  require_valid({dir.file("base.json")}, schema_path(kFormatGraph));

  const std::vector<Broken> cases = {
      {"missing-outputs", [](ordered_json& d) { d.erase("outputs"); }},
      {"missing-gates", [](ordered_json& d) { d.erase("gates"); }},
      {"other-format", [](ordered_json& d) { d["format"] = "slotproof-graph/2"; }},
      {"misspelled-colocate", [](ordered_json& d) { d["colocated"] = d["colocate"]; d.erase("colocate"); }},
      {"pinned-not-boolean", [](ordered_json& d) { d["inputs"][2]["pinned"] = "yes"; }},
      {"input-unknown-field", [](ordered_json& d) { d["inputs"][0]["slot"] = 0; }},
      {"input-empty-name", [](ordered_json& d) { d["inputs"][0]["name"] = ""; }},
      {"unknown-gate-kind", [](ordered_json& d) { d["gates"][1]["kind"] = "conv"; }},
      {"gate-without-kind", [](ordered_json& d) { d["gates"][1].erase("kind"); }},
      {"reglu-missing-b", [](ordered_json& d) { d["gates"][1].erase("b"); }},
      {"reglu-with-expr", [](ordered_json& d) { d["gates"][1]["expr"] = {{"x", 1}}; }},
      {"persist-with-a", [](ordered_json& d) { d["gates"][3]["a"] = {{"x", 1}}; }},
      {"lookup-unknown-tie-break", [](ordered_json& d) { d["gates"][0]["tie_break"] = "random"; }},
      {"lookup-produces-nothing", [](ordered_json& d) { d["gates"][0]["produces"] = ordered_json::array(); }},
      {"lookup-missing-key", [](ordered_json& d) { d["gates"][0].erase("key"); }},
      {"lookup-query-not-array", [](ordered_json& d) { d["gates"][0]["query"] = {{"pos", 1}}; }},
      {"coefficient-string", [](ordered_json& d) { d["gates"][3]["expr"]["r"] = "1"; }},
      {"coefficient-boolean", [](ordered_json& d) { d["gates"][3]["expr"]["r"] = true; }},
      {"expression-array", [](ordered_json& d) { d["gates"][3]["expr"] = {"r", "s"}; }},
      {"gate-empty-name", [](ordered_json& d) { d["gates"][2]["name"] = ""; }},
      {"output-not-string", [](ordered_json& d) { d["outputs"][0] = 3; }},
      {"colocate-flat", [](ordered_json& d) { d["colocate"] = {"r", "s"}; }},
      {"top-level-array", [](ordered_json& d) { d = ordered_json::array({d}); }},
  };
  std::vector<std::string> files = write_broken(dir, "graph", base, cases);
  // Strict JSON that nlohmann cannot build: a repeated key, NaN.
  std::string dup = kSchemaGraph;
  dup.replace(dup.find("\"name\": \"schema-tiny\""), 21, "\"name\": \"a\", \"name\": \"b\"");
  files.push_back(dir.file("graph-raw-duplicate-key.json"));
  write_text(files.back(), dup);
  std::string nan = kSchemaGraph;
  nan.replace(nan.find("\"y\": -0.5"), 9, "\"y\": NaN");
  files.push_back(dir.file("graph-raw-nan-coefficient.json"));
  write_text(files.back(), nan);

  require_all_rejected(files, schema_path(kFormatGraph));
  for (const std::string& f : files) {  // the reader agrees
    CAPTURE(f);
    CHECK_THROWS_AS(sp::load_graph(f), sp::InputError);
  }
}

TEST_CASE("schemas: broken schedule artifacts are rejected, and the integer ranges are the reader's") {
  TempDir dir;
  const std::string g = dir.file("g.json"), a = dir.file("greedy.json");
  write_text(g, kSchemaGraph);
  cli_ok("greedy " + g + " --reuse delayed -o " + a);
  const sp::Graph graph = sp::load_graph(g);
  const ordered_json base = read_json(a);
  REQUIRE(base["slots"].size() >= 2);
  REQUIRE(base["writes"].size() >= 2);
  require_valid({a}, schema_path(kFormatSchedule));

  // Refused by artifact_from_json and by the schema.
  const std::vector<Broken> both = {
      {"sha256-not-hex", [](ordered_json& d) { d["graph"]["sha256"] = "not-a-hash"; }},
      {"missing-writes", [](ordered_json& d) { d.erase("writes"); }},
      {"missing-layers", [](ordered_json& d) { d.erase("layers"); }},
      {"other-format", [](ordered_json& d) { d["format"] = "slotproof-schedule/2"; }},
      {"unknown-policy", [](ordered_json& d) { d["policy"] = "eager-reuse"; }},
      {"policy-short-name", [](ordered_json& d) { d["policy"] = "delayed"; }},
      {"tool-without-version", [](ordered_json& d) { d["tool"].erase("version"); }},
      {"graph-without-sha256", [](ordered_json& d) { d["graph"].erase("sha256"); }},
      {"slot-fraction", [](ordered_json& d) { d["slots"][0]["slot"] = 1.5; }},
      {"slot-float-integer", [](ordered_json& d) { d["slots"][0]["slot"] = 1.0; }},
      {"slot-string", [](ordered_json& d) { d["slots"][0]["slot"] = "1"; }},
      {"slot-negative", [](ordered_json& d) { d["slots"][0]["slot"] = -1; }},
      {"slot-above-2^28", [](ordered_json& d) { d["slots"][0]["slot"] = 268435457; }},
      {"slot-64-bit", [](ordered_json& d) { d["slots"][0]["slot"] = 4294967297LL; }},
      {"slot-missing-value", [](ordered_json& d) { d["slots"][0].erase("value"); }},
      {"phase-below--2^28", [](ordered_json& d) { d["gates"][0]["phase"] = -268435457; }},
      {"phase-null", [](ordered_json& d) { d["gates"][0]["phase"] = nullptr; }},
      {"gate-entry-not-object", [](ordered_json& d) { d["gates"][0] = "l"; }},
      {"layers-zero", [](ordered_json& d) { d["layers"] = 0; }},
      {"layers-above-limit", [](ordered_json& d) { d["layers"] = 1000001; }},
      {"d_model-above-2^28", [](ordered_json& d) { d["d_model"] = 268435457; }},
      {"d_model-boolean", [](ordered_json& d) { d["d_model"] = true; }},
      {"max_ffn-negative", [](ordered_json& d) { d["max_ffn"] = -1; }},
      {"boundary-fraction", [](ordered_json& d) { d["writes"][0]["boundary"] = 1.5; }},
      {"write-slot-above-2^28", [](ordered_json& d) { d["writes"][0]["slot"] = 268435457; }},
      {"delta-coefficient-string", [](ordered_json& d) { d["writes"][1]["delta"].front() = "1"; }},
      {"delta-array", [](ordered_json& d) { d["writes"][1]["delta"] = ordered_json::array(); }},
      {"writes-object", [](ordered_json& d) { d["writes"] = ordered_json::object(); }},
  };
  // Accepted by the reader (which ignores these fields or leaves them to verify), refused by
  // the schema, which holds exports to what docs/FORMATS.md documents (docs/schemas/README.md).
  const std::vector<Broken> schema_only = {
      {"misspelled-max_ffn", [](ordered_json& d) { d["max_fnn"] = 1; }},
      {"no-producer", [](ordered_json& d) { d.erase("producer"); }},
      {"producer-without-method", [](ordered_json& d) { d["producer"].erase("method"); }},
      {"greedy-producer-extra-field", [](ordered_json& d) { d["producer"]["seconds"] = 0.1; }},
      {"milp-producer-without-bound", [](ordered_json& d) {
         d["producer"] = {{"method", "milp"}, {"solver", "CBC"}, {"status", "proven optimal"}, {"objective", 4},
                          {"gap", 0.0}, {"nodes", 0}};
       }},
      {"milp-producer-unknown-status", [](ordered_json& d) {
         d["producer"] = {{"method", "milp"}, {"solver", "CBC"}, {"status", "Optimal"}, {"objective", 4},
                          {"bound", 4}, {"gap", 0.0}, {"nodes", 0}};
       }},
      {"gate-entry-extra-field", [](ordered_json& d) { d["gates"][0]["layer"] = 0; }},
      {"write-extra-field", [](ordered_json& d) { d["writes"][0]["note"] = "x"; }},
      {"summary-width-string", [](ordered_json& d) { d["summary"]["width"] = "3"; }},
  };
  std::vector<std::string> files = write_broken(dir, "schedule", base, both);
  std::vector<std::string> stricter = write_broken(dir, "schedule-stricter", base, schema_only);
  std::vector<std::string> all = files;
  all.insert(all.end(), stricter.begin(), stricter.end());
  require_all_rejected(all, schema_path(kFormatSchedule));
  for (const std::string& f : files) {
    CAPTURE(f);
    CHECK_THROWS_AS(sp::load_artifact(graph, f), sp::InputError);
  }
  for (const std::string& f : stricter) {  // documents the gap: the reader takes these
    CAPTURE(f);
    CHECK_NOTHROW(sp::load_artifact(graph, f));
  }

  // At the limits, schema and reader accept the same values (verify then reports the
  // nonsensical ones as violations, exit 1, which is not the schema's business).
  const std::vector<Broken> limits = {
      {"slot-2^28", [](ordered_json& d) { d["slots"][0]["slot"] = 268435456; }},
      {"phase--2^28", [](ordered_json& d) { d["gates"][0]["phase"] = -268435456; }},
      {"boundary-2^28", [](ordered_json& d) { d["writes"][0]["boundary"] = 268435456; }},
      {"write-slot--2^28", [](ordered_json& d) { d["writes"][0]["slot"] = -268435456; }},
      {"layers-1000000", [](ordered_json& d) { d["layers"] = 1000000; }},
      {"d_model-2^28", [](ordered_json& d) { d["d_model"] = 268435456; }},
      {"max_ffn-0", [](ordered_json& d) { d["max_ffn"] = 0; }},
      {"no-summary", [](ordered_json& d) { d.erase("summary"); }},
      {"foreign-producer", [](ordered_json& d) {
         d["producer"] = {{"method", "other-compiler"}, {"scheduler", "x"}, {"writes", "as designed"}};
       }},
  };
  std::vector<std::string> at_limits = write_broken(dir, "schedule-limit", base, limits);
  require_valid(at_limits, schema_path(kFormatSchedule));
  for (const std::string& f : at_limits) {
    CAPTURE(f);
    CHECK_NOTHROW(sp::load_artifact(graph, f));
  }
}

TEST_CASE("schemas: broken profiles, frontiers and certificates are rejected") {
  TempDir dir;
  const std::string small = dir.file("small.json"), milp = dir.file("milp.json");
  write_text(small, kSmallGraph);
  cli_ok("frontier " + small + " --time-limit 30 -o " + dir.file("frontier.json"));
  cli_ok("solve -q " + small + " --reuse delayed --time-limit 30 -o " + milp);
  cli_ok("certify " + small + " " + milp + " -o " + dir.file("cert") + " --time-limit 60");

  const ordered_json profile = read_json(repo_path("workloads/profiles/v1.json"));
  REQUIRE(profile["workloads"].size() >= 2);
  const std::vector<Broken> profile_cases = {
      {"missing-workloads", [](ordered_json& d) { d.erase("workloads"); }},
      {"other-format", [](ordered_json& d) { d["format"] = "slotproof-profile/2"; }},
      {"row-missing-path", [](ordered_json& d) { d["workloads"][0].erase("path"); }},
      {"row-path-number", [](ordered_json& d) { d["workloads"][0]["path"] = 7; }},
      {"required-row-without-hash", [](ordered_json& d) { d["workloads"][0]["sha256"] = nullptr; }},
      {"max_ffn-string", [](ordered_json& d) { d["workloads"][0]["max_ffn"] = "none"; }},
      {"layers-fraction", [](ordered_json& d) { d["workloads"][0]["layers"] = 9.5; }},
      {"time-limit-zero", [](ordered_json& d) { d["workloads"][0]["milp_time_limit_s"] = 0; }},
      {"optional-string", [](ordered_json& d) { d["workloads"][0]["optional"] = "false"; }},
      {"misspelled-row-field", [](ordered_json& d) { d["workloads"][0]["max_fnn"] = 3; }},
  };

  const ordered_json frontier = read_json(dir.file("frontier.json"));
  REQUIRE(frontier["points"].size() >= 1);
  const std::vector<Broken> frontier_cases = {
      {"missing-points", [](ordered_json& d) { d.erase("points"); }},
      {"other-format", [](ordered_json& d) { d["format"] = "slotproof-frontier/2"; }},
      {"policy-short-name", [](ordered_json& d) { d["policy"] = "immediate"; }},
      {"unknown-level-status", [](ordered_json& d) { d["points"][0]["d_model"]["status"] = "optimal"; }},
      {"level-value-fraction", [](ordered_json& d) { d["points"][0]["ffn_width"]["value"] = 2.5; }},
      {"ffn-cap-string", [](ordered_json& d) { d["points"][0]["ffn_cap"] = "none"; }},
      {"pareto-string", [](ordered_json& d) { d["points"][0]["pareto_optimal"] = "yes"; }},
      {"missing-end", [](ordered_json& d) { d.erase("end"); }},
  };

  const ordered_json certificate = read_json(dir.file("cert/certificate.json"));
  REQUIRE(certificate["verdict"] == "certified optimal");
  const std::vector<Broken> certificate_cases = {
      {"unknown-verdict", [](ordered_json& d) { d["verdict"] = "certified"; }},
      {"other-format", [](ordered_json& d) { d["format"] = "slotproof-certificate/2"; }},
      {"certified-without-proof", [](ordered_json& d) { d["proof"] = nullptr; }},
      {"certified-but-sat", [](ordered_json& d) { d["solver"]["answer"] = "sat"; }},
      {"certified-but-rejected", [](ordered_json& d) { d["checker"]["verdict"] = "rejected"; }},
      {"refuted-without-witness", [](ordered_json& d) { d["verdict"] = "refuted"; }},
      {"cnf-file-outside", [](ordered_json& d) { d["cnf"]["file"] = "../lower.cnf"; }},
      {"unknown-answer", [](ordered_json& d) { d["solver"]["answer"] = "UNSAT"; }},
      {"missing-max_ffn", [](ordered_json& d) { d.erase("max_ffn"); }},
      {"short-artifact-hash", [](ordered_json& d) { d["artifact_sha256"] = "abc"; }},
      {"unknown-proof-format", [](ordered_json& d) { d["proof"]["format"] = "lrat"; }},
      {"proof-not-kept-but-named", [](ordered_json& d) {
         d["proof"]["kept"] = false;
         d["proof"]["stored_bytes"] = 10;
         d["proof"]["not_kept_because"] = "over budget";
       }},
      {"proof-not-kept-without-why", [](ordered_json& d) {
         d["proof"]["kept"] = false;
         d["proof"]["file"] = nullptr;
         d["proof"]["stored_bytes"] = 10;
       }},
      {"proof-kept-without-file", [](ordered_json& d) { d["proof"]["file"] = nullptr; }},
  };

  const std::string p = dir.file("profile.json"), f = dir.file("frontier-copy.json"), c = dir.file("cert.json");
  write_text(p, profile.dump(1));
  write_text(f, frontier.dump(1));
  write_text(c, certificate.dump(1));
  require_valid({p, f, c});  // the controls pass, each by its format
  require_all_rejected(write_broken(dir, "profile", profile, profile_cases), schema_path(kFormatProfile));
  require_all_rejected(write_broken(dir, "frontier", frontier, frontier_cases), schema_path(kFormatFrontier));
  require_all_rejected(write_broken(dir, "certificate", certificate, certificate_cases),
                       schema_path(kFormatCertificate));
}

TEST_CASE("schemas: the README's command (python3 -m jsonschema) accepts an export and rejects a broken one") {
  TempDir dir;
  const std::string g = dir.file("g.json"), a = dir.file("greedy.json"), bad = dir.file("bad.json");
  write_text(g, kSchemaGraph);
  cli_ok("greedy " + g + " -o " + a);
  ordered_json doc = read_json(a);
  doc["policy"] = "eager-reuse";
  write_text(bad, doc.dump(1));
  const std::string schema = sp::test::shell_quote(schema_path(kFormatSchedule));
  std::vector<std::string> good = {a};
  const std::string tvm = sp::test::shared_dir() + "/workloads/tvm-wasm-interpreter.tvm-allocation.json";
  if (fs::exists(tvm)) good.push_back(tvm);
  for (const std::string& file : good) {
    Run r = run_shell(sp::test::python3() + " -m jsonschema -i " + sp::test::shell_quote(file) + " " + schema);
    CHECK_MESSAGE(r.exit_code == 0, file << ":\n" << r.output);
  }
  Run r = run_shell(sp::test::python3() + " -m jsonschema -i " + sp::test::shell_quote(bad) + " " + schema);
  CHECK(r.exit_code != 0);
  CHECK_MESSAGE(r.output.find("eager-reuse") != std::string::npos, r.output);
}

TEST_CASE("schemas: bundle manifests conform to slotproof-bundle/2, and broken ones are refused by schema and reader alike") {
  std::vector<std::string> manifests;
  for (const auto& e : fs::directory_iterator(repo_path("proofs")))
    if (fs::exists(e.path() / "manifest.json")) manifests.push_back((e.path() / "manifest.json").string());
  std::sort(manifests.begin(), manifests.end());
  REQUIRE(manifests.size() >= 7);
  for (const std::string& m : manifests) {
    CAPTURE(m);
    CHECK(format_of(m) == kFormatBundle);
  }
  require_valid(manifests, schema_path(kFormatBundle));

  TempDir dir;
  const ordered_json base = read_json(manifests.front());
  // The required fields of issue 23: every certificate made names its own
  // policy's directory, the artifacts are the layout's, paths stay inside.
  const std::vector<Broken> cases = {
      {"certificate-without-directory", [](ordered_json& d) { d["policies"]["delayed-reuse"]["certificate"].erase("directory"); }},
      {"certificate-of-the-other-policy",
       [](ordered_json& d) { d["policies"]["delayed-reuse"]["certificate"]["directory"] = "certificate-immediate"; }},
      {"certificate-outside", [](ordered_json& d) { d["policies"]["immediate-reuse"]["certificate"]["directory"] = "../.."; }},
      {"skipped-with-directory", [](ordered_json& d) {
         d["policies"]["immediate-reuse"]["certificate"] = {{"verdict", "skipped"}, {"why", "x"}, {"directory", "certificate-immediate"}};
       }},
      {"policy-missing", [](ordered_json& d) { d["policies"].erase("immediate-reuse"); }},
      {"milp-objective-missing", [](ordered_json& d) { d["policies"]["delayed-reuse"]["milp"].erase("objective"); }},
      {"artifact-missing", [](ordered_json& d) { d["artifacts"].erase(1); }},
      {"artifact-wrong-policy", [](ordered_json& d) { d["artifacts"][2]["policy"] = "delayed-reuse"; }},
      {"file-outside", [](ordered_json& d) { d["files"]["../x.json"] = std::string(64, '0'); }},
      {"file-absolute", [](ordered_json& d) { d["files"]["/etc/passwd"] = std::string(64, '0'); }},
      {"file-dot", [](ordered_json& d) { d["files"]["verify-greedy/./x"] = std::string(64, '0'); }},
      {"file-the-manifest", [](ordered_json& d) { d["files"]["manifest.json"] = std::string(64, '0'); }},
      {"file-short-hash", [](ordered_json& d) { d["files"]["plot.svg"] = "00"; }},
      {"layers-fraction", [](ordered_json& d) { d["options"]["layers"] = 20.5; }},
      {"unknown-field", [](ordered_json& d) { d["notes"] = "x"; }},
  };
  const std::vector<std::string> files = write_broken(dir, "manifest", base, cases);
  require_all_rejected(files, schema_path(kFormatBundle));
  for (const std::string& f : files) {  // the reader agrees
    CAPTURE(f);
    CHECK_THROWS_AS(sp::parse_bundle_manifest(sp::read_file_bytes(f), f), sp::InputError);
  }
}

TEST_CASE("schemas: the certificate ranges are the strict reader's") {
  TempDir dir;
  const ordered_json base = read_json(repo_path("proofs/chain/certificate-delayed/certificate.json"));
  REQUIRE_NOTHROW(sp::parse_certificate(base.dump(2), "base.json"));
  const std::vector<Broken> cases = {
      {"layers-million", [](ordered_json& d) { d["layers"] = 1000000; }},
      {"layers-fraction", [](ordered_json& d) { d["layers"] = 20.5; }},
      {"d_model-int-min", [](ordered_json& d) { d["d_model"] = -2147483648LL; }},
      {"d_model-1e300", [](ordered_json& d) { d["d_model"] = 1e300; }},
      {"max_ffn-0", [](ordered_json& d) { d["max_ffn"] = 0; }},
      {"cnf-file-nul", [](ordered_json& d) { d["cnf"]["file"] = std::string("lower.cnf\0x", 11); }},
      {"cnf-variables-2^24", [](ordered_json& d) { d["cnf"]["variables"] = 16777216; }},
  };
  const std::vector<std::string> files = write_broken(dir, "certificate", base, cases);
  require_all_rejected(files, schema_path(kFormatCertificate));
  for (const std::string& f : files) {
    CAPTURE(f);
    CHECK_THROWS_AS(sp::parse_certificate(sp::read_file_bytes(f), f), sp::InputError);
  }
  const std::vector<Broken> limits = {{"layers-4096", [](ordered_json& d) { d["layers"] = 4096; }},
                                      {"max_ffn-2^28", [](ordered_json& d) { d["max_ffn"] = 268435456; }}};
  const std::vector<std::string> ok = write_broken(dir, "certificate-limit", base, limits);
  require_valid(ok, schema_path(kFormatCertificate));
  for (const std::string& f : ok) CHECK_NOTHROW(sp::parse_certificate(sp::read_file_bytes(f), f));
}

TEST_CASE("schemas: slotproof export tvm writes a conforming tvm-export.json, and broken ones are rejected") {
  TempDir dir;
  const std::string g = dir.file("g.json"), a = dir.file("greedy.json");
  // transformer-vm's engine writes the three position features: the export needs them pinned.
  write_text(g, R"({"format": "slotproof-graph/1", "name": "tvm-tiny",
    "inputs": [{"name": "x"}, {"name": "y"}, {"name": "position", "pinned": true},
               {"name": "inv_log_pos", "pinned": true}, {"name": "position_sq", "pinned": true}],
    "gates": [{"name": "l", "kind": "lookup", "tie_break": "latest", "query": [{"position": 1}],
               "key": [{"position": 2}, {"position_sq": -1, "inv_log_pos": 0.3}], "values": [{"x": 1}],
               "produces": ["lx"]},
              {"name": "r", "kind": "reglu", "a": {"lx": 1}, "b": {"y": 1}},
              {"name": "s", "kind": "reglu", "a": {"r": 1}, "b": {"x": 1}},
              {"name": "p", "kind": "persist", "expr": {"s": 1, "y": 1}}],
    "outputs": ["p"]})");
  cli_ok("greedy " + g + " -o " + a);  // immediate reuse: handovers carry both 'new' and 'old'
  const std::string tvm = sp::test::shared_dir() + "/workloads/tvm-wasm-interpreter.tvm-allocation.json";
  std::vector<std::string> good;
  if (fs::exists(tvm)) {
    cli_ok("export tvm " + sp::test::reference_graph_path() + " " + sp::test::shell_quote(tvm) + " -o " + dir.file("reference"));
    good.push_back(dir.file("reference/tvm-export.json"));
  }
  cli_ok("export tvm " + g + " " + a + " -o " + dir.file("small"));
  good.push_back(dir.file("small/tvm-export.json"));
  require_valid(good);

  const ordered_json base = read_json(good.front());
  REQUIRE(base["writes"].size() >= 2);
  const std::vector<Broken> cases = {
      {"missing-slots", [](ordered_json& d) { d.erase("slots"); }},
      {"other-format", [](ordered_json& d) { d["format"] = "slotproof-tvm-export/2"; }},
      {"short-artifact-hash", [](ordered_json& d) { d["artifact"]["sha256"] = "abc"; }},
      {"write-without-new-or-old", [](ordered_json& d) { d["writes"][1].erase("new"), d["writes"][1].erase("old"); }},
      {"unknown-sublayer", [](ordered_json& d) { d["writes"][1]["sublayer"] = "persist1"; }},
      {"empty-old", [](ordered_json& d) { d["writes"][1]["old"] = ordered_json::array(); }},
      {"negative-slot", [](ordered_json& d) { d["slots"][0]["slot"] = -1; }},
      {"d_model-below-3", [](ordered_json& d) { d["d_model"] = 2; }},
      {"misspelled-field", [](ordered_json& d) { d["permutaton"] = d["permutation"]; }},
  };
  require_all_rejected(write_broken(dir, "tvm-export", base, cases), schema_path("slotproof-tvm-export/1"));
}
