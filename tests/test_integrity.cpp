// Issue 23, "Bundles and certificates that cannot be fooled": every way a
// fuzzing round made check-bundle say "bundle checks out" or check-drat say
// "verified" for material that is not what it claims, and the smaller
// findings, as regression tests through the CLI with the exact exit code, a
// one-line message on stderr and no output file left behind on failure; and
// a tampered-bundle suite: per file kind of a bundle, mutations (most with
// every hash updated, as a careful forger would) that must fail check-bundle,
// while the untouched bundle passes.
#include <doctest/doctest.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>

#include "bundle/bundle.h"
#include "model/compress.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "tests/helpers.h"
#include "verify/proof_output.h"

using sp::test::TempDir;
namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {


// A CLI run: its exit code and what it wrote on stderr (stdout discarded).
struct CliRun {
  int exit_code;
  std::string err;
};
CliRun cli(const std::string& args, const std::string& prefix = "") {
  auto r = sp::test::run_shell("{ " + prefix + " " + SLOTPROOF_BIN + " " + args + " 2>&1 >/dev/null; }");
  return {r.exit_code, r.output};
}

// The documented failure: exact exit code, one line on stderr holding `what`.
void expect_refusal(const CliRun& r, int exit_code, const std::string& what) {
  CAPTURE(r.err);
  CHECK(r.exit_code == exit_code);
  CHECK(sp::test::line_count(r.err) == 1);
  CHECK(r.err.find(what) != std::string::npos);
}

const char* kTinyGraph = R"({"format": "slotproof-graph/1", "name": "tiny",
    "inputs": [{"name": "x"}, {"name": "y"}, {"name": "pos", "pinned": true}],
    "gates": [{"name": "r", "kind": "reglu", "a": {"x": 1}, "b": {"pos": 1}},
              {"name": "s", "kind": "reglu", "a": {"y": 1}, "b": {"x": 1}},
              {"name": "p", "kind": "persist", "expr": {"r": 1, "s": 1}}],
    "outputs": ["p"]})";

// The tiny graph and its greedy artifact in `dir`.
struct Tiny {
  std::string graph, artifact;
  explicit Tiny(const TempDir& dir) : graph(dir.file("g.json")), artifact(dir.file("a.json")) {
    sp::test::write_file(graph, kTinyGraph);
    REQUIRE(cli("greedy " + sp::test::shell_quote(graph) + " -o " + sp::test::shell_quote(artifact)).exit_code == 0);
  }
};

// ---- compressed inputs -----------------------------------------------------------

// The issue's shape: a first part that unit propagation refutes, continued by
// a second member or stream so that the whole text (as `gzip -dc` prints it)
// is satisfiable: "-1 0" + "2 0" reads "-1 02 0", the clause (-1 2).
const std::string kFirstPart = "p cnf 2 2\n1 0\n-1 0", kSecondPart = "2 0\n";

TEST_CASE("integrity: check-drat reads exactly one compressed stream, and a second member or stream, or trailing bytes, is bad input") {
  TempDir dir;
  sp::test::write_file(dir.file("p.drat"), "0\n");
  sp::test::write_file(dir.file("first.cnf.gz"), sp::gzip_compress(kFirstPart));
  CHECK(cli("check-drat " + sp::test::shell_quote(dir.file("first.cnf.gz")) + " " + sp::test::shell_quote(dir.file("p.drat"))).exit_code == 0);  // the control
  sp::test::write_file(dir.file("whole.cnf"), kFirstPart + kSecondPart);  // what the concatenation decodes to: satisfiable
  CHECK(cli("check-drat " + sp::test::shell_quote(dir.file("whole.cnf")) + " " + sp::test::shell_quote(dir.file("p.drat"))).exit_code == 1);
  struct Case {
    const char* name;
    std::string bytes, message;
  } cases[] = {
      {"two.cnf.gz", sp::gzip_compress(kFirstPart) + sp::gzip_compress(kSecondPart), "data after the gzip stream at byte"},
      {"two.cnf.xz", sp::xz_compress(kFirstPart) + sp::xz_compress(kSecondPart), "data after the xz stream at byte"},
      {"junk.cnf.gz", sp::gzip_compress(kFirstPart) + "junk", "data after the gzip stream at byte"},
      {"padded.cnf.xz", sp::xz_compress(kFirstPart) + std::string(4, '\0'), "data after the xz stream at byte"},
      {"cut.cnf.xz", sp::xz_compress(kFirstPart).substr(0, 30), "not a complete xz stream"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    sp::test::write_file(dir.file(c.name), c.bytes);
    expect_refusal(cli("check-drat " + sp::test::shell_quote(dir.file(c.name)) + " " + sp::test::shell_quote(dir.file("p.drat"))), 2,
                   std::string(c.name) + ": " + c.message);
  }
  // The proof alike.
  sp::test::write_file(dir.file("p2.drat.gz"), sp::gzip_compress("0\n") + sp::gzip_compress("1 0\n"));
  expect_refusal(cli("check-drat " + sp::test::shell_quote(dir.file("first.cnf.gz")) + " " + sp::test::shell_quote(dir.file("p2.drat.gz"))), 2,
                 "p2.drat.gz: data after the gzip stream");
}

// A gzip file of `copies` times `chunk`, built without compressing it all:
// the chunk is deflated once from a reset state and ends with a full flush,
// so its bytes decode the same wherever they stand; CRC-32 and size close it.
std::string gzip_of_repeats(const std::string& chunk, uint64_t copies) {
  z_stream z{};
  REQUIRE(deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) == Z_OK);
  auto run = [&](const std::string& in, int flush) {
    std::string out(chunk.size() + 1024, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, flush);
    out.resize(out.size() - z.avail_out);
    return out;
  };
  const std::string block = run(chunk, Z_FULL_FLUSH), last = run("", Z_FINISH);
  deflateEnd(&z);
  const uLong one = crc32(0, reinterpret_cast<const Bytef*>(chunk.data()), static_cast<uInt>(chunk.size()));
  uLong crc = 0;
  std::string gz("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
  for (uint64_t i = 0; i < copies; ++i) {
    gz += block;
    crc = crc32_combine(crc, one, static_cast<z_off_t>(chunk.size()));
  }
  gz += last;
  const uint64_t size = copies * chunk.size();
  for (uint64_t v : {static_cast<uint64_t>(crc), size})
    for (int b = 0; b < 4; ++b) gz += static_cast<char>((v >> (8 * b)) & 0xff);
  return gz;
}

TEST_CASE("integrity: a gzip bomb of 4.2 GiB of comment lines is refused at the 1 GiB cap, early and in bounded memory") {
  TempDir dir;
  std::string line = "c" + std::string(4094, ' ') + "\n", chunk;
  for (int i = 0; i < 256; ++i) chunk += line;  // 1 MiB of comment lines
  const std::string bomb = gzip_of_repeats(chunk, 4300);
  MESSAGE("bomb: " << bomb.size() << " bytes, expands to " << 4300 * chunk.size() << " bytes");
  CHECK(bomb.size() < 8'000'000);  // 6 MB (the issue's bomb: 4.4 MB; a flush per MiB costs the rest)
  sp::test::write_file(dir.file("bomb.cnf.gz"), bomb);
  sp::test::write_file(dir.file("p.drat"), "0\n");
  CHECK(sp::gzip_decompress(sp::gzip_compress(chunk), "x") == chunk);  // the builder's pieces are sound:
  CHECK(sp::gzip_decompress(gzip_of_repeats("c 1\n", 3), "x") == "c 1\nc 1\nc 1\n");  // CRC and size agree
  // 400 MB of address space: decompressing the bomb into memory first (the
  // old reader held 4.2 GB) would end in "out of memory", exit 3. (Not under
  // AddressSanitizer, whose shadow memory needs terabytes of address space.)
#if defined(__SANITIZE_ADDRESS__)
  const char* limit = "";
#else
  const char* limit = "ulimit -v 400000;";
#endif
  const auto start = std::chrono::steady_clock::now();
  const CliRun r = cli("check-drat " + sp::test::shell_quote(dir.file("bomb.cnf.gz")) + " " + sp::test::shell_quote(dir.file("p.drat")), limit);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  MESSAGE("refused in " << seconds << " s");
  expect_refusal(r, 2, "bomb.cnf.gz: expands past 1073741824 bytes, the limit for a compressed input");
  CHECK(seconds < 60);  // about 2 s of CPU; the old reader took 35 s and 4.2 GB
}

TEST_CASE("integrity: InputStream stops at its cap and refuses data after the stream, for xz as for gzip") {
  TempDir dir;
  const std::string zeros(size_t{8} << 20, '\0');
  sp::test::write_file(dir.file("z.xz"), sp::xz_compress(zeros));
  sp::InputStream in(dir.file("z.xz"), 1 << 30, 1 << 20);
  uint64_t seen = 0;
  CHECK_THROWS_WITH_AS(
      [&] {
        for (std::string_view piece; !(piece = in.next()).empty();) seen += piece.size();
      }(),
      doctest::Contains("z.xz: expands past 1048576 bytes"), sp::InputError);
  CHECK(seen <= (1 << 20) + (1 << 16));  // stopped within one piece of the cap
  CHECK_THROWS_WITH_AS(sp::decompress_any(sp::xz_compress("a") + sp::xz_compress("b"), "two.xz"),
                       doctest::Contains("two.xz: data after the xz stream at byte"), sp::InputError);
  CHECK(sp::decompress_any(sp::gzip_compress("a"), "one.gz") == "a");
}

TEST_CASE("integrity: check-drat refuses -0 in a CNF or a text proof (strict DIMACS)") {
  TempDir dir;
  sp::test::write_file(dir.file("f.cnf"), "p cnf 2 2\n1 -0 2 0\n-1 0\n");
  sp::test::write_file(dir.file("u.cnf"), "p cnf 1 2\n1 0\n-1 0\n");
  sp::test::write_file(dir.file("p.drat"), "0\n");
  sp::test::write_file(dir.file("m.drat"), "1 -0\n0\n");
  expect_refusal(cli("check-drat " + sp::test::shell_quote(dir.file("f.cnf")) + " " + sp::test::shell_quote(dir.file("p.drat"))), 2,
                 "f.cnf:2: -0 is not a literal");
  expect_refusal(cli("check-drat " + sp::test::shell_quote(dir.file("u.cnf")) + " " + sp::test::shell_quote(dir.file("m.drat"))), 2,
                 "m.drat:1: -0 is not a literal");
  sp::test::write_file(dir.file("h.cnf"), "p cnf -0 0\n");
  expect_refusal(cli("check-drat " + sp::test::shell_quote(dir.file("h.cnf")) + " " + sp::test::shell_quote(dir.file("p.drat"))), 2, "h.cnf:1: -0 is not");
}

// ---- the smaller items ---------------------------------------------------------------

TEST_CASE("integrity: certify --time-limit 2147483647 certifies (no overflow of limit + 30)") {
  TempDir dir;
  Tiny t(dir);
  CliRun r = cli("certify " + sp::test::shell_quote(t.graph) + " " + sp::test::shell_quote(t.artifact) + " -o " + sp::test::shell_quote(dir.file("c")) + " --time-limit 2147483647");
  CAPTURE(r.err);
  CHECK(r.exit_code == 0);
  CHECK(nlohmann::json::parse(sp::read_file_bytes(dir.file("c/certificate.json")))["verdict"] == "certified optimal");
}

TEST_CASE("integrity: certify -o onto a file, a device or an unwritable place is bad input, and writes nothing") {
  TempDir dir;
  Tiny t(dir);
  sp::test::write_file(dir.file("file"), "mine");
  const std::string base = "certify " + sp::test::shell_quote(t.graph) + " " + sp::test::shell_quote(t.artifact) + " -o ";
  expect_refusal(cli(base + sp::test::shell_quote(dir.file("file"))), 2, "-o " + dir.file("file") + ": " + dir.file("file") + " is not a directory");
  CHECK(sp::read_file_bytes(dir.file("file")) == "mine");
  expect_refusal(cli(base + sp::test::shell_quote(dir.file("file/sub"))), 2, "is not a directory");
  expect_refusal(cli(base + "/dev/null"), 2, "-o /dev/null: /dev/null is not a directory");
  expect_refusal(cli(base + "/proc/slotproof-certificate"), 2, "-o /proc/slotproof-certificate: cannot create the directory");
  CHECK(!fs::exists("/proc/slotproof-certificate"));
  // Without root, a read-only directory is refused before any work as well.
  fs::create_directories(dir.file("ro"));
  fs::permissions(dir.file("ro"), fs::perms::owner_read | fs::perms::owner_exec);
  CliRun ro = cli(base + sp::test::shell_quote(dir.file("ro/c")));
  if (geteuid() != 0) expect_refusal(ro, 2, "cannot write into");
  fs::permissions(dir.file("ro"), fs::perms::owner_all);
}

TEST_CASE("integrity: --max-proof-mb nan is a usage error for certify, bundle and bundle-profile") {
  TempDir dir;
  Tiny t(dir);
  for (const std::string& cmd : {"certify " + sp::test::shell_quote(t.graph) + " " + sp::test::shell_quote(t.artifact) + " -o " + sp::test::shell_quote(dir.file("c")),
                                 "bundle " + sp::test::shell_quote(t.graph) + " -o " + sp::test::shell_quote(dir.file("b")),
                                 std::string("bundle-profile x.json -o ") + sp::test::shell_quote(dir.file("p"))}) {
    CAPTURE(cmd);
    for (const char* bad : {"nan", "NaN", "-1", "inf", "1e7"})
      expect_refusal(cli(cmd + " --max-proof-mb " + bad), 2, std::string("--max-proof-mb: must be a number from 0 to 1000000, got ") + bad);
  }
  for (const char* out : {"c", "b", "p"}) CHECK(!fs::exists(dir.file(out)));
}

TEST_CASE("integrity: frontier proves a graph without gates, and says in one line why it has no point otherwise") {
  TempDir dir;
  sp::test::write_file(dir.file("empty.json"), R"({"format": "slotproof-graph/1", "inputs": [{"name": "x"}], "gates": [], "outputs": ["x"]})");
  CliRun ok = cli("frontier " + sp::test::shell_quote(dir.file("empty.json")) + " -o " + sp::test::shell_quote(dir.file("e.json")));
  CAPTURE(ok.err);
  CHECK(ok.exit_code == 0);
  const auto doc = nlohmann::json::parse(sp::read_file_bytes(dir.file("e.json")));
  REQUIRE(doc["points"].size() == 1);
  CHECK(doc["points"][0]["pareto_optimal"] == true);
  CHECK(doc["points"][0]["ffn_width"]["value"] == 0);
  CHECK(cli("solve " + sp::test::shell_quote(dir.file("empty.json")) + " -o " + sp::test::shell_quote(dir.file("s.json"))).exit_code == 0);  // as solve does

  sp::test::write_file(dir.file("chain3.json"), R"({"format": "slotproof-graph/1", "inputs": [{"name": "x"}],
    "gates": [{"name": "r1", "kind": "reglu", "a": {"x": 1}, "b": {"x": 1}},
              {"name": "r2", "kind": "reglu", "a": {"r1": 1}, "b": {"r1": 1}},
              {"name": "r3", "kind": "reglu", "a": {"r2": 1}, "b": {"r2": 1}}], "outputs": ["r3"]})");
  const std::string outs = " -o " + sp::test::shell_quote(dir.file("f.json")) + " --markdown " + sp::test::shell_quote(dir.file("f.md"));
  expect_refusal(cli("frontier " + sp::test::shell_quote(dir.file("chain3.json")) + " --layers 1" + outs), 2,
                 "chain3.json: 1 layer cannot hold this graph; the minimum is 3");
  expect_refusal(cli("frontier " + sp::test::shell_quote(sp::test::repo_path("workloads/interp-small.json")) + " --time-limit 0.001" + outs), 3,
                 "interp-small.json: no schedule found within the time limit (0.001 s per point): undecided");
  CHECK(!fs::exists(dir.file("f.json")));
  CHECK(!fs::exists(dir.file("f.md")));
}

TEST_CASE("integrity: verify --proof-dir replaces an earlier run, so the directory matches its manifest, and refuses foreign files") {
  TempDir dir;
  Tiny t(dir);
  const std::string pd = dir.file("pd"), base = "verify -q " + sp::test::shell_quote(t.graph) + " " + sp::test::shell_quote(t.artifact) + " --proof-dir " + sp::test::shell_quote(pd);
  REQUIRE(cli(base).exit_code == 0);  // per-query: a file per query
  REQUIRE(cli(base + " --packed").exit_code == 0);
  sp::ProofDirManifest m;
  CHECK(sp::check_proof_dir(pd, m).empty());
  CHECK(m.layout == "packed");
  size_t entries = 0;
  for (const auto& e : fs::directory_iterator(pd)) entries += e.is_regular_file();
  CHECK(entries == m.files.size() + 1);  // the files it lists, and the manifest

  sp::test::write_file(pd + "/notes.txt", "mine");
  const std::string before = sp::read_file_bytes(pd + "/manifest.json");
  expect_refusal(cli(base), 2, pd + ": holds 'notes.txt', which is not listed in its manifest.json");
  CHECK(sp::read_file_bytes(pd + "/manifest.json") == before);
  CHECK(sp::read_file_bytes(pd + "/notes.txt") == "mine");
  fs::create_directories(dir.file("other"));
  sp::test::write_file(dir.file("other/thesis.tex"), "mine");
  expect_refusal(cli("verify -q " + sp::test::shell_quote(t.graph) + " " + sp::test::shell_quote(t.artifact) + " --proof-dir " + sp::test::shell_quote(dir.file("other"))), 2,
                 "holds 'thesis.tex' and no manifest.json of an earlier proof run");
  CHECK(sp::read_file_bytes(dir.file("other/thesis.tex")) == "mine");
}

TEST_CASE("integrity: plot refuses an artifact declaring 1,000,000 layers instead of writing a 211 MB SVG") {
  TempDir dir;
  Tiny t(dir);
  std::string text = sp::read_file_bytes(t.artifact);
  const size_t at = text.find("\"layers\": ");
  REQUIRE(at != std::string::npos);
  text.replace(at, text.find(',', at) - at, "\"layers\": 1000000");
  sp::test::write_file(dir.file("deep.json"), text);
  expect_refusal(cli("plot " + sp::test::shell_quote(t.graph) + " " + sp::test::shell_quote(dir.file("deep.json")) + " -o " + sp::test::shell_quote(dir.file("p.svg"))), 2,
                 "deep.json: declares 1000000 layers; plot draws at most 10000");
  CHECK(!fs::exists(dir.file("p.svg")));
  text.replace(at, text.find(',', at) - at, "\"layers\": 10000");  // at the cap: drawn
  sp::test::write_file(dir.file("cap.json"), text);
  CHECK(cli("plot " + sp::test::shell_quote(t.graph) + " " + sp::test::shell_quote(dir.file("cap.json")) + " -o " + sp::test::shell_quote(dir.file("p.svg"))).exit_code == 0);
  CHECK(fs::file_size(dir.file("p.svg")) < 4'000'000);
}

// ---- the tampered-bundle suite -------------------------------------------------------

// One bundle of the tiny graph, made once (through the CLI) and copied for every mutation.
const std::string& pristine_bundle() {
  static TempDir dir;
  static std::string bundle;
  if (bundle.empty()) {
    sp::test::write_file(dir.file("g.json"), kTinyGraph);
    CliRun r = cli("bundle " + sp::test::shell_quote(dir.file("g.json")) + " -o " + sp::test::shell_quote(dir.file("b")) + " --time-limit 30 -q");
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    bundle = dir.file("b");
  }
  return bundle;
}

// A copy of the pristine bundle, and the edits a forger would make to it.
struct Bundle {
  TempDir tmp;
  std::string dir = tmp.file("b");
  Bundle() { fs::copy(pristine_bundle(), dir, fs::copy_options::recursive); }
  std::string path(const std::string& rel) const { return dir + "/" + rel; }
  ordered_json json_of(const std::string& rel) const { return ordered_json::parse(sp::read_file_bytes(path(rel))); }
  ordered_json manifest() const { return json_of("manifest.json"); }
  void set_manifest(const ordered_json& m) const { sp::test::write_file(path("manifest.json"), m.dump(1) + "\n"); }
  // Records the file's current SHA-256 in the bundle's manifest.
  void rehash(const std::string& rel) const {
    ordered_json m = manifest();
    m["files"][rel] = sp::sha256_hex(sp::read_file_bytes(path(rel)));
    set_manifest(m);
  }
  void put(const std::string& rel, const std::string& bytes) const {
    sp::test::write_file(path(rel), bytes);
    rehash(rel);
  }
  // A certificate.json edited, its manifest hash updated.
  void edit_certificate(const std::string& cdir, const std::function<void(ordered_json&)>& edit) const {
    ordered_json c = json_of(cdir + "/certificate.json");
    edit(c);
    put(cdir + "/certificate.json", c.dump(2) + "\n");
  }
  CliRun check(const std::string& extra = "") const { return cli("check-bundle " + sp::test::shell_quote(dir) + " --root /" + extra); }
};

// check-bundle's verdict on a mutated copy: exit code and one line naming what is wrong.
struct BundleTampering {
  const char* name;
  std::function<void(const Bundle&)> apply;
  int exit_code;
  std::string message;
};

void expect_caught(const BundleTampering& m) {
  const std::string name = m.name;
  CAPTURE(name);
  Bundle b;
  m.apply(b);
  const auto out = sp::test::run_cli("check-bundle " + sp::test::shell_quote(b.dir) + " --root /");
  CAPTURE(out.output);
  CHECK(out.exit_code == m.exit_code);
  CHECK(out.output.find(m.message) != std::string::npos);
  CHECK(out.output.find("bundle checks out") == std::string::npos);
  if (m.exit_code == 2) CHECK(sp::test::line_count(b.check().err) == 1);
}

TEST_CASE("integrity: the untouched bundle checks out") {
  Bundle b;
  CliRun r = b.check();
  CAPTURE(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
}

TEST_CASE("integrity: tampered bundles, artifacts: a wider artifact under an old certificate, an unsafe or unlisted file") {
  const BundleTampering cases[] = {
      {"milp-delayed.json widened, its verify directory, plot, hashes and recorded d_model all redone",
       [](const Bundle& b) {
         std::string text = sp::read_file_bytes(b.path("milp-delayed.json"));
         const size_t at = text.find("\"d_model\": ") + 11;
         const int d = std::stoi(text.substr(at));
         text.replace(at, text.find(',', at) - at, std::to_string(d + 2));
         b.put("milp-delayed.json", text);
         const std::string vdir = b.path("verify-milp-delayed");
         REQUIRE(cli("verify -q " + sp::test::shell_quote(pristine_bundle() + "/../g.json") + " " + sp::test::shell_quote(b.path("milp-delayed.json")) +
                     " --proof-dir " + sp::test::shell_quote(vdir) + " --packed").exit_code == 0);
         for (const char* f : {"manifest.json", "queries.smt2.xz", "verdicts.txt"}) b.rehash(std::string("verify-milp-delayed/") + f);
         sp::test::write_file(b.path("plot.svg"), sp::bundle_plot(sp::load_graph(pristine_bundle() + "/../g.json"), b.dir));
         b.rehash("plot.svg");
         ordered_json m = b.manifest();
         m["policies"]["delayed-reuse"]["milp"]["objective"] = d + 2;
         b.set_manifest(m);
       },
       1, "certificate-delayed does not re-check: it certifies the artifact with SHA-256"},
      {"an unsafe artifact listed with its hash but not among the artifacts",
       [](const Bundle& b) {
         std::string text = sp::read_file_bytes(b.path("greedy.json"));
         text.replace(text.find("\"slot\":"), 8, "\"slot\":7");
         b.put("unsafe.json", text);
       },
       1, "file unsafe.json is listed but has no place in a slotproof-bundle/2 bundle"},
      {"an unlisted file", [](const Bundle& b) { sp::test::write_file(b.path("verify-greedy/extra.smt2"), "(check-sat)\n"); }, 1,
       "file verify-greedy/extra.smt2 is not in the manifest"},
      {"an artifact edited, hash not updated",
       [](const Bundle& b) { sp::test::write_file(b.path("greedy.json"), sp::read_file_bytes(b.path("greedy.json")) + " "); }, 1,
       "file greedy.json does not match its recorded SHA-256"},
      {"a symbolic link in place of a file",
       [](const Bundle& b) {
         fs::remove(b.path("plot.svg"));
         fs::create_symlink(pristine_bundle() + "/plot.svg", b.path("plot.svg"));
       },
       1, "'plot.svg' is not a regular file"},
      {"a stray directory", [](const Bundle& b) { fs::create_directories(b.path("certificate-extra")); }, 1,
       "directory 'certificate-extra' has no place in the bundle"},
  };
  for (const BundleTampering& m : cases) expect_caught(m);
}

TEST_CASE("integrity: tampered bundles, certificates: another policy's, an edited claim, and certificate.json out of range") {
  auto cert_field = [](const char* key, ordered_json value) {
    return [key, value](const Bundle& b) { b.edit_certificate("certificate-delayed", [&](ordered_json& c) { c[key] = value; }); };
  };
  const BundleTampering cases[] = {
      {"the immediate-reuse certificate copied over the delayed-reuse one, hashes updated",
       [](const Bundle& b) {
         fs::remove_all(b.path("certificate-delayed"));
         fs::copy(b.path("certificate-immediate"), b.path("certificate-delayed"));
         ordered_json m = b.manifest();
         for (auto it = m["files"].begin(); it != m["files"].end();)
           it = it.key().rfind("certificate-delayed/", 0) == 0 ? m["files"].erase(it) : std::next(it);
         b.set_manifest(m);
         for (const auto& e : fs::directory_iterator(b.path("certificate-delayed")))
           b.rehash("certificate-delayed/" + e.path().filename().string());
       },
       1, "certificate-delayed does not re-check: it certifies the artifact with SHA-256"},
      {"the claimed d_model lowered, with its bound", [](const Bundle& b) {
         b.edit_certificate("certificate-delayed", [](ordered_json& c) {
           c["d_model"] = c["d_model"].get<int>() - 2;
           c["width_bound_at_most"] = c["d_model"].get<int>() - 2;
         });
       }, 1, "certificate-delayed does not re-check: it claims d_model"},
      {"layers 1,000,000", cert_field("layers", 1000000), 2,
       "certificate-delayed/certificate.json: certificate: field 'layers' must be an integer in [1, 4096], got 1000000"},
      {"layers 20.5", cert_field("layers", 20.5), 2, "field 'layers' must be an integer in [1, 4096], got 20.5"},
      {"d_model -2^31", cert_field("d_model", -2147483648LL), 2, "field 'd_model' must be an integer in [0, 268435456], got -2147483648"},
      {"d_model 1e300", cert_field("d_model", 1e300), 2, "field 'd_model' must be an integer in [0, 268435456]"},
      {"max_ffn 1e300", cert_field("max_ffn", 1e300), 2, "field 'max_ffn' must be an integer in [1, 268435456]"},
      {"a NUL in the CNF's file name", [](const Bundle& b) {
         b.edit_certificate("certificate-delayed", [](ordered_json& c) { c["cnf"]["file"] = c["cnf"]["file"].get<std::string>() + std::string(1, '\0') + "x"; });
       }, 2, "cnf: field 'file' must be a plain file name"},
      {"an unknown field", cert_field("note", "trust me"), 2, "certificate: unknown field 'note'"},
      {"a file the certificate does not name", [](const Bundle& b) { b.put("certificate-delayed/lower.drat.old", "0\n"); }, 1,
       "the directory holds 'lower.drat.old', which its certificate does not name"},
  };
  for (const BundleTampering& m : cases) expect_caught(m);
}

TEST_CASE("integrity: a certificate.json of a million layers is refused before any expensive work") {
  Bundle b;
  b.edit_certificate("certificate-delayed", [](ordered_json& c) { c["layers"] = 1000000; });
  const auto start = std::chrono::steady_clock::now();
  expect_refusal(b.check(), 2, "field 'layers' must be an integer in [1, 4096], got 1000000");
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() < 10);  // no verification ran
}

TEST_CASE("integrity: tampered bundles, CNFs, proofs and plots, with every hash updated") {
  auto file_of = [](const Bundle& b, const char* key) {
    return "certificate-immediate/" + b.json_of("certificate-immediate/certificate.json")[key]["file"].get<std::string>();
  };
  const BundleTampering cases[] = {
      {"a clause dropped from the CNF",
       [&](const Bundle& b) {
         const std::string rel = file_of(b, "cnf");
         std::string cnf = sp::decompress_any(sp::read_file_bytes(b.path(rel)), rel);
         cnf = cnf.substr(0, cnf.rfind('\n', cnf.size() - 2) + 1);
         b.put(rel, rel.size() > 3 && rel.substr(rel.size() - 3) == ".xz" ? sp::xz_compress(cnf) : cnf);
       },
       1, "certificate-immediate does not re-check"},
      // (Unit propagation alone refutes this tiny graph's CNFs, so every well-formed proof checks:
      // tests/test_cnf.cpp forges proofs of the reference graph's certificate, which needs its lemmas.)
      {"a proof that is no DRAT, its recorded SHA-256 updated",
       [&](const Bundle& b) {
         const std::string rel = file_of(b, "proof");
         b.put(rel, "x 1 0\n");
         b.edit_certificate("certificate-immediate", [](ordered_json& c) { c["proof"]["sha256"] = sp::sha256_hex("x 1 0\n"); });
       },
       1, "certificate-immediate does not re-check: "},
      {"a proof with a second gzip member, its file name and hashes updated",
       [&](const Bundle& b) {
         const std::string rel = file_of(b, "proof"), proof = sp::decompress_any(sp::read_file_bytes(b.path(rel)), rel);
         fs::remove(b.path(rel));
         ordered_json m = b.manifest();
         m["files"].erase(rel);
         b.set_manifest(m);
         b.put("certificate-immediate/lower.drat.gz", sp::gzip_compress(proof) + sp::gzip_compress("0\n"));
         b.edit_certificate("certificate-immediate", [](ordered_json& c) { c["proof"]["file"] = "lower.drat.gz"; });
       },
       1, "lower.drat.gz: data after the gzip stream"},
      {"a second xz stream after the compressed CNF",
       [&](const Bundle& b) {
         const std::string rel = file_of(b, "cnf");
         const std::string cnf = sp::decompress_any(sp::read_file_bytes(b.path(rel)), rel);
         if (rel.substr(rel.size() - 3) != ".xz") {  // small CNFs are stored plain: store this one compressed
           fs::remove(b.path(rel));
           ordered_json m = b.manifest();
           m["files"].erase(rel);
           b.set_manifest(m);
           b.edit_certificate("certificate-immediate", [](ordered_json& c) { c["cnf"]["file"] = "lower.cnf.xz"; });
         }
         b.put("certificate-immediate/lower.cnf.xz", sp::xz_compress(cnf) + sp::xz_compress("c more\n"));
       },
       1, "lower.cnf.xz: data after the xz stream"},
      {"the plot edited, its hash updated",
       [](const Bundle& b) {
         std::string svg = sp::read_file_bytes(b.path("plot.svg"));
         svg.replace(svg.find("milp-immediate"), 14, "milp-improved!");
         b.put("plot.svg", svg);
       },
       1, "plot.svg differs from the picture of the bundle's artifacts"},
  };
  for (const BundleTampering& m : cases) expect_caught(m);
}

TEST_CASE("integrity: tampered bundles, query packs: a second xz stream, a dropped verdict, another artifact's pack") {
  auto redo = [](const Bundle& b, const std::string& vdir, const std::string& file, const std::string& bytes) {
    sp::test::write_file(b.path(vdir + "/" + file), bytes);
    ordered_json vm = b.json_of(vdir + "/manifest.json");
    for (auto& f : vm["files"])
      if (f["path"] == file) f["sha256"] = sp::sha256_hex(bytes);
    sp::test::write_file(b.path(vdir + "/manifest.json"), vm.dump(1) + "\n");
    b.rehash(vdir + "/" + file);
    b.rehash(vdir + "/manifest.json");
  };
  const BundleTampering cases[] = {
      {"queries.smt2.xz with a second stream",
       [&](const Bundle& b) {
         redo(b, "verify-greedy", "queries.smt2.xz",
              sp::read_file_bytes(b.path("verify-greedy/queries.smt2.xz")) + sp::xz_compress("(echo \"query extra\")\n(check-sat)\n"));
       },
       1, "queries.smt2.xz: data after the xz stream"},
      {"a verdict line dropped",
       [&](const Bundle& b) {
         std::string v = sp::read_file_bytes(b.path("verify-milp-immediate/verdicts.txt"));
         redo(b, "verify-milp-immediate", "verdicts.txt", v.substr(v.find('\n') + 1));
       },
       1, "queries.smt2.xz and verdicts.txt do not list the same queries"},
      {"the query pack edited, only the bundle's hash updated",
       [](const Bundle& b) { b.put("verify-milp-delayed/queries.smt2.xz", sp::xz_compress("(check-sat)\n")); }, 1,
       "verify-milp-delayed: queries.smt2.xz does not match the SHA-256 in its manifest.json"},
      {"another artifact's verify directory",
       [](const Bundle& b) {
         for (const char* f : {"manifest.json", "queries.smt2.xz", "verdicts.txt"}) {
           fs::copy_file(b.path(std::string("verify-greedy/") + f), b.path(std::string("verify-milp-delayed/") + f),
                         fs::copy_options::overwrite_existing);
           b.rehash(std::string("verify-milp-delayed/") + f);
         }
       },
       1, "verify-milp-delayed is the proof of another artifact than milp-delayed.json"},
  };
  for (const BundleTampering& m : cases) expect_caught(m);
}

TEST_CASE("integrity: tampered bundles, manifests: certificate entries without their directory, of the other policy or outside") {
  auto certificate = [](const char* policy, std::function<void(ordered_json&)> edit) {
    return [policy, edit](const Bundle& b) {
      ordered_json m = b.manifest();
      edit(m["policies"][policy]["certificate"]);
      b.set_manifest(m);
    };
  };
  const BundleTampering cases[] = {
      {"a certificate entry without its directory",
       certificate("delayed-reuse", [](ordered_json& c) { c.erase("directory"); }), 2,
       "policies.delayed-reuse.certificate: missing field 'directory'"},
      {"the delayed-reuse entry pointing at the immediate-reuse certificate",
       certificate("delayed-reuse", [](ordered_json& c) { c["directory"] = "certificate-immediate"; }), 2,
       "field 'directory' must be 'certificate-delayed' (the delayed-reuse certificate), got 'certificate-immediate'"},
      {"a certificate directory outside the bundle",
       certificate("immediate-reuse", [](ordered_json& c) { c["directory"] = "../.."; }), 2, "got '../..'"},
      {"a certificate marked skipped while its directory stays",
       certificate("immediate-reuse", [](ordered_json& c) { c = {{"verdict", "skipped"}, {"why", "hidden"}}; }), 1,
       "directory 'certificate-immediate' has no place in the bundle"},
      {"an artifact left out of the list",
       [](const Bundle& b) {
         ordered_json m = b.manifest();
         m["artifacts"].erase(1);
         b.set_manifest(m);
       },
       2, "field 'artifacts' must list greedy.json, milp-delayed.json and milp-immediate.json, got 2 entries"},
      {"greedy's recorded d_model lowered",
       [](const Bundle& b) {
         ordered_json m = b.manifest();
         m["greedy"]["d_model"] = m["greedy"]["d_model"].get<int>() - 2;
         b.set_manifest(m);
       },
       1, "the manifest records greedy d_model"},
      {"a listed file removed from the manifest", [](const Bundle& b) {
         ordered_json m = b.manifest();
         m["files"].erase("milp-delayed.mps.xz");
         b.set_manifest(m);
       }, 1, "file milp-delayed.mps.xz is not in the manifest"},
      {"an MPS record with trailing bytes", [](const Bundle& b) { b.put("milp-immediate.mps.xz", sp::read_file_bytes(b.path("milp-immediate.mps.xz")) + "x"); },
       1, "milp-immediate.mps.xz: data after the xz stream"},
      {"a manifest field that is not part of the format", [](const Bundle& b) {
         ordered_json m = b.manifest();
         m["verified_by"] = "me";
         b.set_manifest(m);
       }, 2, "manifest: unknown field 'verified_by'"},
  };
  for (const BundleTampering& m : cases) expect_caught(m);
}

}  // namespace
