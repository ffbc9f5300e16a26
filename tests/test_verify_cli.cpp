// `slotproof verify` end to end: exit codes, bad input, the proof directory.
#include <doctest/doctest.h>

#include <sstream>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "model/compress.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "solve/greedy.h"
#include "tests/helpers.h"
#include "tests/test_verify_graphs.h"
#include "verify/proof_output.h"

using namespace sp;

namespace {

struct SmallFiles {
  test::TempDir dir;
  std::string graph = dir.file("g.json"), artifact = dir.file("a.json");
  std::string artifact_text;
  SmallFiles() {
    sp::test::write_file(graph, test::small_verify_graph_json());
    Graph g = load_graph(graph);
    artifact_text = artifact_to_text(g, greedy_artifact(g));
    sp::test::write_file(artifact, artifact_text);
  }
};

// Runs `verify --proof-dir` twice into DIR1 and DIR2 (for determinism
// checks) with the extra flags; both runs must prove the artifact safe.
std::pair<std::string, std::string> verify_twice(SmallFiles& f, const std::string& stem, const std::string& flags = "") {
  std::string p1 = f.dir.file(stem + "1"), p2 = f.dir.file(stem + "2");
  auto r1 = test::run_cli("verify " + f.graph + " " + f.artifact + " --proof-dir " + p1 + flags);
  auto r2 = test::run_cli("verify " + f.graph + " " + f.artifact + " --proof-dir " + p2 + flags);
  CAPTURE(r1.output);
  REQUIRE(r1.exit_code == 0);
  REQUIRE(r2.exit_code == 0);
  return {p1, p2};
}

}  // namespace

TEST_CASE("verify cli: a valid artifact exits 0, a broken one 1") {
  SmallFiles f;
  auto ok = test::run_cli("verify " + f.graph + " " + f.artifact);
  CAPTURE(ok.output);
  CHECK(ok.exit_code == 0);
  CHECK(ok.output.find("proven safe") != std::string::npos);

  std::string broken = f.artifact_text;
  auto at = broken.find("\"d_model\": ");
  REQUIRE(at != std::string::npos);
  broken.replace(at, std::string("\"d_model\": 8").size(), "\"d_model\": 2");
  sp::test::write_file(f.dir.file("broken.json"), broken);
  auto bad = test::run_cli("verify " + f.graph + " " + f.dir.file("broken.json"));
  CAPTURE(bad.output);
  CHECK(bad.exit_code == 1);
  CHECK(bad.output.find("[slot-range]") != std::string::npos);
}

TEST_CASE("verify cli: malformed and truncated artifacts exit 2 naming the file") {
  SmallFiles f;
  sp::test::write_file(f.dir.file("malformed.json"), "{\"format\": slotproof}");
  sp::test::write_file(f.dir.file("truncated.json"), f.artifact_text.substr(0, f.artifact_text.size() / 2));
  sp::test::write_file(f.dir.file("empty.json"), "");
  sp::test::write_file(f.dir.file("wrong-shape.json"), "{\"format\": \"slotproof-schedule/1\", \"graph\": 3}");
  for (const char* name : {"malformed.json", "truncated.json", "empty.json", "wrong-shape.json", "missing.json"}) {
    auto r = test::run_cli("verify " + f.graph + " " + f.dir.file(name));
    CAPTURE(name);
    CAPTURE(r.output);
    CHECK(r.exit_code == 2);
    CHECK(r.output.find(name) != std::string::npos);
  }
  auto r = test::run_cli("verify " + f.dir.file("truncated.json") + " " + f.artifact);
  CHECK(r.exit_code == 2);
}

TEST_CASE("verify cli: an artifact for another graph is a graph-mismatch violation (exit 1)") {
  SmallFiles f;
  std::string other = f.dir.file("other.json");
  sp::test::write_file(other, test::random_verify_graph_text(30, 1));
  auto r = test::run_cli("verify " + other + " " + f.artifact);
  CAPTURE(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("[graph-mismatch]") != std::string::npos);
}

TEST_CASE("verify cli: the proof directory is complete and byte-identical across runs") {
  SmallFiles f;
  auto [p1, p2] = verify_twice(f, "proofs");
  std::string m1 = read_file_bytes(p1 + "/manifest.json"), m2 = read_file_bytes(p2 + "/manifest.json");
  CHECK(m1 == m2);
  auto manifest = nlohmann::json::parse(m1);
  CHECK(manifest["verdict"] == "safe");
  CHECK(manifest["graph"]["sha256"] == load_graph(f.graph).sha256);
  CHECK(manifest["artifact"]["sha256"] == sha256_hex(f.artifact_text));
  REQUIRE(manifest["queries"].size() > 10);
  bool have_cvc5 = manifest["tools"]["cvc5"] != "not installed";
  for (const auto& q : manifest["queries"]) {
    CAPTURE(q.dump());
    CHECK(q["z3"] == "unsat");
    if (have_cvc5) CHECK(q["cvc5"] == "unsat");
  }
  for (const auto& file : manifest["files"]) {
    std::string path = p1 + "/" + file["path"].get<std::string>();
    CHECK(sha256_hex(read_file_bytes(path)) == file["sha256"]);
    CHECK(read_file_bytes(path) == read_file_bytes(p2 + "/" + file["path"].get<std::string>()));
  }
  CHECK(std::filesystem::exists(p1 + "/slot-0000-contents.smt2"));
  CHECK(read_file_bytes(p1 + "/slot-0000-contents.smt2").rfind("(set-logic QF_LIRA)", 0) == 0);
  CHECK(read_file_bytes(p1 + "/slot-0000-contents.z3.txt").rfind("unsat\n", 0) == 0);
}

TEST_CASE("verify cli: --max-proof-bytes records large proofs by size and SHA-256, deterministically") {
  SmallFiles f;
  auto [p1, p2] = verify_twice(f, "capped", " --max-proof-bytes 200");
  CHECK(read_file_bytes(p1 + "/manifest.json") == read_file_bytes(p2 + "/manifest.json"));
  int capped = 0;
  for (const auto& e : std::filesystem::directory_iterator(p1)) {
    std::string name = e.path().filename().string();
    if (name.size() < 7 || name.substr(name.size() - 7) != ".z3.txt") continue;
    std::string text = read_file_bytes(e.path().string());
    if (text.rfind("unsat\n", 0) != 0) continue;
    if (text.find("; proof-sha256 ") != std::string::npos) {
      ++capped;
      CHECK(text.find("; proof-bytes ") != std::string::npos);
    } else {
      CHECK(text.size() <= 200 + 64);  // verdict line + a proof within the cap (or a no-proof note)
    }
  }
  CHECK(capped > 0);
}

namespace {

// The queries of a packed script in order, from its (echo "query NAME") lines.
std::vector<std::string> packed_query_names(const std::string& script) {
  std::vector<std::string> names;
  const std::string mark = "(echo \"query ";
  for (size_t at = script.find(mark); at != std::string::npos; at = script.find(mark, at + 1))
    names.push_back(script.substr(at + mark.size(), script.find('"', at + mark.size()) - at - mark.size()));
  return names;
}

size_t count_lines(const std::string& text, const std::string& line) {
  size_t n = 0;
  for (size_t at = 0; (at = text.find(line + "\n", at)) != std::string::npos; at += line.size())
    if (at == 0 || text[at - 1] == '\n') ++n;
  return n;
}

}  // namespace

TEST_CASE("gzip: round trip, deterministic bytes, truncated streams are bad input") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "(assert (= phase_" + std::to_string(i % 977) + " " + std::to_string(i) + "))\n";
  std::string gz = gzip_compress(text);
  CHECK(gz.size() < text.size() / 4);
  CHECK(gz == gzip_compress(text));
  CHECK(gzip_decompress(gz, "x.gz") == text);
  CHECK(gzip_decompress(gzip_compress(""), "empty.gz").empty());
  CHECK_THROWS_WITH_AS(gzip_decompress(gz.substr(0, gz.size() / 2), "half.gz"), doctest::Contains("half.gz"), InputError);
  CHECK_THROWS_AS(gzip_decompress("not gzip at all", "plain.txt"), InputError);
}

TEST_CASE("xz: round trip, deterministic bytes, smaller than gzip, cut or oversized streams are bad input") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "(assert (= phase_" + std::to_string(i % 977) + " " + std::to_string(i) + "))\n";
  const std::string xz = xz_compress(text);
  CHECK(xz == xz_compress(text));
  CHECK(xz.size() < gzip_compress(text).size());
  CHECK(detect_compression(xz) == Compression::Xz);
  CHECK(detect_compression(gzip_compress(text)) == Compression::Gzip);
  CHECK(detect_compression(text) == Compression::None);
  CHECK(xz_decompress(xz, "x.xz") == text);
  CHECK(decompress_any(xz, "x.xz") == text);
  CHECK(decompress_any(gzip_compress(text), "x.gz") == text);
  CHECK(decompress_any(text, "plain") == text);
  CHECK(xz_decompress(xz_compress(""), "empty.xz").empty());
  CHECK_THROWS_WITH_AS(xz_decompress(xz.substr(0, xz.size() / 2), "half.xz"), doctest::Contains("half.xz"), InputError);
  std::string flipped = xz;
  flipped[flipped.size() / 2] ^= 0x10;
  CHECK_THROWS_AS(xz_decompress(flipped, "flipped.xz"), InputError);
  CHECK_THROWS_AS(xz_decompress("not xz at all", "plain.txt"), InputError);
  // A stream that expands past the caller's limit is refused, not decoded to the end.
  const std::string zeros = xz_compress(std::string(size_t{8} << 20, '\0'));
  CHECK_THROWS_WITH_AS(xz_decompress(zeros, "bomb.xz", 1 << 20), doctest::Contains("bomb.xz: expands past"), InputError);
  CHECK_THROWS_WITH_AS(gzip_decompress(gzip_compress(std::string(size_t{8} << 20, '\0')), "bomb.gz", 1 << 20),
                       doctest::Contains("bomb.gz: expands past"), InputError);
}

// verdicts.txt of the packed layout: "NAME LOGIC Z3 CVC5" per query.
struct VerdictLine {
  std::string name, logic, z3, cvc5;
};
std::vector<VerdictLine> verdict_lines(const std::string& text) {
  std::vector<VerdictLine> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == ';') continue;
    std::istringstream fields(line);
    VerdictLine v;
    fields >> v.name >> v.logic >> v.z3 >> v.cvc5;
    out.push_back(v);
  }
  return out;
}

TEST_CASE("verify cli --packed: one script with every query, verdict lists, byte-identical, solvers re-answer it") {
  SmallFiles f;
  auto [p1, p2] = verify_twice(f, "packed", " --packed");
  std::vector<std::string> listed;
  for (const auto& e : std::filesystem::directory_iterator(p1)) listed.push_back(e.path().filename().string());
  std::sort(listed.begin(), listed.end());
  CHECK(listed == std::vector<std::string>{"manifest.json", "queries.smt2.xz", "verdicts.txt"});
  for (const std::string& name : listed) CHECK(read_file_bytes(p1 + "/" + name) == read_file_bytes(p2 + "/" + name));

  auto manifest = nlohmann::json::parse(read_file_bytes(p1 + "/manifest.json"));
  CHECK(manifest["layout"] == "packed");
  CHECK(manifest["verdict"] == "safe");
  for (const auto& file : manifest["files"])
    CHECK(sha256_hex(read_file_bytes(p1 + "/" + file["path"].get<std::string>())) == file["sha256"]);
  std::vector<std::string> names;
  for (const VerdictLine& q : verdict_lines(read_file_bytes(p1 + "/verdicts.txt"))) {
    CAPTURE(q.name);
    CHECK(q.z3 == "unsat");
    CHECK(q.cvc5 == "unsat");
    CHECK(q.logic.rfind("QF_", 0) == 0);
    names.push_back(q.name);
  }
  REQUIRE(names.size() > 10);
  CHECK(manifest["queries"]["count"] == names.size());

  std::string script = xz_decompress(read_file_bytes(p1 + "/queries.smt2.xz"), "queries.smt2.xz");
  CHECK(packed_query_names(script) == names);
  CHECK(count_lines(script, "(check-sat)") == names.size());
  CHECK(count_lines(script, "(reset)") == names.size());
  CHECK(script.find("(get-proof)") == std::string::npos);
  // The Z3 CLI, on the script as a user would feed it, answers unsat to each.
  sp::test::write_file(f.dir.file("script.smt2"), script);
  auto [rc, z3_out] = run_command("z3 " + f.dir.file("script.smt2"));
  CAPTURE(z3_out);
  CHECK(count_lines(z3_out, "unsat") == names.size());
}

TEST_CASE("verify cli --packed on a broken artifact: the failing queries keep their models, cvc5 agrees") {
  SmallFiles f;
  std::string broken = f.artifact_text;
  broken.replace(broken.find("\"d_model\": "), std::string("\"d_model\": 8").size(), "\"d_model\": 2");
  sp::test::write_file(f.dir.file("broken.json"), broken);
  std::string dir = f.dir.file("packed");
  auto r = test::run_cli("verify " + f.graph + " " + f.dir.file("broken.json") + " --proof-dir " + dir + " --packed");
  CAPTURE(r.output);
  CHECK(r.exit_code == 1);
  auto manifest = nlohmann::json::parse(read_file_bytes(dir + "/manifest.json"));
  CHECK(manifest["verdict"] == "violation");
  int sat = 0;
  for (const VerdictLine& q : verdict_lines(read_file_bytes(dir + "/verdicts.txt"))) {
    CHECK(q.cvc5 == q.z3);
    if (q.z3 != "sat") continue;
    ++sat;
    std::string detail = read_file_bytes(dir + "/" + q.name + ".z3.txt");
    CHECK(detail.rfind("sat\n", 0) == 0);
    CHECK(detail.size() > 4);  // the model
  }
  CHECK(sat >= 1);
}

TEST_CASE("packed cvc5 re-check: verdicts are matched by query name, and a script error leaves the rest unanswered") {
  test::TempDir dir;
  auto query = [](const std::string& name, const std::string& body, const std::string& z3) {
    QueryRecord r;
    r.name = name;
    r.logic = "QF_LIA";
    r.smt2 = "(set-logic QF_LIA)\n(declare-fun x () Int)\n" + body + "\n(check-sat)\n";
    r.z3_verdict = z3;
    return r;
  };
  ProofSink sink;
  sink.record(query("c-after-error", "(assert (> x 1))", "sat"));
  sink.record(query("a-unsat", "(assert (and (> x 1) (< x 1)))", "unsat"));
  sink.record(query("b-error", "(assert (> x undeclared_y))", "unsat"));
  sink.record(query("a-wrong-z3", "(assert (> x 1))", "unsat"));  // z3 verdict deliberately wrong
  ProofSummary summary;
  Cvc5Outcome o = write_proof_dir(dir.file("p"), sink, summary, ProofLayout::Packed);
  REQUIRE(o.available);
  std::string lines = read_file_bytes(dir.file("p") + "/verdicts.txt");
  CAPTURE(lines);
  CHECK(count_lines(lines, "a-unsat QF_LIA unsat unsat") == 1);
  CHECK(count_lines(lines, "a-wrong-z3 QF_LIA unsat sat") == 1);
  CHECK(count_lines(lines, "b-error QF_LIA unsat not-answered") == 1);
  CHECK(count_lines(lines, "c-after-error QF_LIA sat not-answered") == 1);
  CHECK(lines.find("undeclared_y") != std::string::npos);  // cvc5's error kept
  CHECK(o.disagreements == 1);
  CHECK(o.unknowns == 2);
}

// Another project's allocation of the reference graph keeps one unread input
// in a slot from the embedding to boundary 1: safe, reported as waste.
TEST_CASE("verify cli: waste is printed and the exit code stays 0") {
  const std::string graph = test::reference_graph_path();
  const std::string artifact = test::shared_dir() + "/workloads/tvm-wasm-interpreter.tvm-allocation.json";
  if (!std::filesystem::exists(artifact)) {
    MESSAGE("skipped: " << artifact << " is absent");
    return;
  }
  auto r = test::run_cli("verify " + graph + " " + artifact);
  CAPTURE(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("waste: 1 value kept beyond need\n  'is_return_commit' (slot 12): ") != std::string::npos);
  CHECK(r.output.find("verdict: proven safe") != std::string::npos);
  CHECK(r.output.find("1 kept beyond need)") != std::string::npos);
}
