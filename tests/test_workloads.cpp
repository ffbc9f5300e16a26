// The workload generators and the committed workload set (workloads/, docs/WORKLOADS.md).
#include <doctest/doctest.h>

#include <filesystem>
#include <functional>
#include <map>

#include "helpers.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "model/levels.h"
#include "solve/greedy.h"
#include "workloads/lib/arith.h"
#include "workloads/lib/catalog.h"
#include "workloads/lib/interpreter.h"
#include "workloads/lib/random_graph.h"
#include "workloads/lib/shapes.h"

using namespace sp;
using namespace sp::wl;

namespace {

// Numeric reference semantics: reglu = relu(b) * a, persist = the linear sum.
// Lookups are not simulated: their produced values are given like inputs
// (unnamed ones are 0), which is enough to check the arithmetic around them.
// A lookup resolver gets the gate and the value of its first query coordinate
// and may answer with the produced values (ROM tables are answered this way).
using Resolver = std::function<bool(const Gate&, double query, std::vector<double>& out)>;

std::map<std::string, double> evaluate(const Graph& g, const std::map<std::string, double>& given,
                                       const Resolver& resolve = nullptr) {
  std::vector<double> val(g.values.size(), 0.0);
  for (const auto& [name, x] : given) {
    auto v = g.find_value(name);
    REQUIRE_MESSAGE(v.has_value(), "no value named " << name);
    val[*v] = x;
  }
  auto eval = [&](const Expr& e) {
    double s = 0;
    for (const Term& t : e) s += t.coef * val[t.value];
    return s;
  };
  for (GateId id : g.topo) {
    const Gate& gate = g.gates[id];
    if (gate.kind == GateKind::Reglu) val[gate.produces[0]] = std::max(0.0, eval(gate.b)) * eval(gate.a);
    if (gate.kind == GateKind::Persist) val[gate.produces[0]] = eval(gate.expr);
    std::vector<double> answer;
    if (gate.kind == GateKind::Lookup && resolve && resolve(gate, eval(gate.query[0]), answer))
      for (size_t i = 0; i < answer.size(); ++i) val[gate.produces[i]] = answer[i];
  }
  std::map<std::string, double> out;
  for (size_t v = 0; v < g.values.size(); ++v) out[g.values[v].name] = val[v];
  return out;
}

std::string read_repo(const std::string& rel) { return read_file_bytes(test::repo_path(rel)); }

std::map<std::string, double> bytes_of(const std::string& stem, uint64_t x, int n) {
  std::map<std::string, double> m;
  for (int k = 0; k < n; ++k) m[stem + std::to_string(k)] = static_cast<double>((x >> (8 * k)) & 255);
  return m;
}

uint64_t word_of(const std::map<std::string, double>& vals, const std::vector<Val>& bytes, const Builder& b) {
  uint64_t x = 0;
  for (size_t k = 0; k < bytes.size(); ++k) {
    double byte = vals.at(b.name_of(bytes[k]));
    REQUIRE(byte >= 0);
    REQUIRE(byte <= 255);
    x |= static_cast<uint64_t>(byte) << (8 * k);
  }
  return x;
}

}  // namespace

TEST_CASE("builder: expressions, constants via 'one', canonical round trip") {
  Builder b("tiny");
  Val x = b.input("x", integers(-8, 8)), y = b.input("y", integers(0, 8), true);
  Val r = b.reglu("r", x, 3 * Lin(y) - x + 2);
  Val r2 = b.reglu("r", x, y);  // a repeated stem gets a suffix
  Val p = b.persist("p", Lin(r) - r2 - 1);
  b.output(p);
  CHECK(b.name_of(r2) == "r_2");
  std::string text = b.to_json();
  Graph g = b.build();
  CHECK(g.gates.size() == 3);
  CHECK(g.values[*g.find_value("y")].pinned);
  CHECK(g.values[*g.find_value("x")].declared.range == std::make_pair(-8.0, 8.0));
  CHECK(g.values[*g.find_value("x")].declared.grid_log2 == 0);
  // The constant is a coefficient of 'one'; terms are in name order.
  CHECK(text.find(R"("b":{"one":2.0,"x":-1.0,"y":3.0})") != std::string::npos);
  // parse -> graph_to_json -> format gives the same bytes.
  CHECK(format_graph_json(graph_to_json(g)) == text);
  auto v = evaluate(g, {{"one", 1}, {"x", 5}, {"y", 2}});
  CHECK(v["r"] == 5 * (3 * 2 - 5 + 2));
  CHECK(v["r_2"] == 5 * 2);
  CHECK(v["p"] == 15 - 10 - 1);
}

TEST_CASE("builder: bad graphs are rejected") {
  Builder a("a"), other("other");
  Val foreign = other.input("z", integers(0, 1));
  other.reglu("q", foreign, foreign);
  Val q = other.persist("q2", foreign);
  CHECK_THROWS(a.persist("p", Lin(q)));  // a value id this builder does not have
  CHECK_THROWS(a.input("one", integers(0, 1)));          // inputs are named exactly
}

TEST_CASE("arithmetic helpers compute what they claim") {
  Builder b("arith");
  Word x, y;
  for (int k = 0; k < 3; ++k) x.push_back(b.input(sp::test::numbered("x", k), integers(0, 255)));
  for (int k = 0; k < 3; ++k) y.push_back(b.input(sp::test::numbered("y", k), integers(0, 255)));
  std::vector<Lin> xl(x.begin(), x.end()), yl(y.begin(), y.end());
  WordResult sum = add_words(b, "sum", xl, yl);
  WordResult diff = sub_words(b, "diff", xl, yl);
  Val eq = words_equal(b, "eq", xl, yl);
  Val sx = sign_flag(b, "sx", x[2]), sy = sign_flag(b, "sy", y[2]);
  Val lts = signed_less(b, "lts", diff.carry, sx, sy);
  Val ge = step_ge(b, "ge", x[0], 100);
  Val is7 = equals_const(b, "is7", x[0], 7);
  Val sq = square(b, "sq", Lin(x[0]) - y[0]);
  Val pick = select(b, "pick", eq, x[1], y[1]);
  std::vector<Val> hot = one_hot(b, "hot", x[0], 4);
  Graph g = b.build();

  SplitMix64 rng(7);
  auto word24 = [&] {
    // Mix edge bytes (0, 1, 127, 128, 255) with random ones so carries and signs are exercised.
    static const int edge[] = {0, 1, 127, 128, 255};
    uint32_t w = 0;
    for (int k = 0; k < 3; ++k) {
      uint32_t byte = rng.chance(40) ? edge[rng.below(5)] : rng.below(256);
      w |= byte << (8 * k);
    }
    return w;
  };
  for (int trial = 0; trial < 400; ++trial) {
    uint32_t a = word24(), c = trial % 5 == 0 ? a : word24();
    auto in = bytes_of("x", a, 3);
    in.merge(bytes_of("y", c, 3));
    in["one"] = 1;
    auto v = evaluate(g, in);
    CAPTURE(a);
    CAPTURE(c);
    CHECK(word_of(v, sum.bytes, b) == ((a + c) & 0xFFFFFF));
    CHECK(v[b.name_of(sum.carry)] == ((a + c) >> 24));
    CHECK(word_of(v, diff.bytes, b) == ((a - c) & 0xFFFFFF));
    CHECK(v[b.name_of(diff.carry)] == (a < c ? 1 : 0));
    CHECK(v[b.name_of(eq)] == (a == c ? 1 : 0));
    auto signed24 = [](uint32_t w) { return static_cast<int32_t>(w << 8) >> 8; };
    CHECK(v[b.name_of(lts)] == (signed24(a) < signed24(c) ? 1 : 0));
    int a0 = a & 255, c0 = c & 255;
    CHECK(v[b.name_of(ge)] == (a0 >= 100 ? 1 : 0));
    CHECK(v[b.name_of(is7)] == (a0 == 7 ? 1 : 0));
    CHECK(v[b.name_of(sq)] == (a0 - c0) * (a0 - c0));
    CHECK(v[b.name_of(pick)] == (a == c ? (a >> 8) & 255 : (c >> 8) & 255));
    for (int k = 0; k < 4; ++k) CHECK(v[b.name_of(hot[k])] == (a0 == k ? 1 : 0));
  }
}

TEST_CASE("opcode circle decode: exactly one flag per code") {
  std::vector<CirclePoint> pts = circle_points(kOpcodeRadiusSq);
  REQUIRE(pts.size() == 36);
  Builder b("decode");
  Val x = b.input("x", integers(-256, 256)), y = b.input("y", integers(-256, 256));
  std::vector<Val> flags = decode_circle(b, "is", x, y, pts, kOpcodeRadiusSq);
  Graph g = b.build();
  for (size_t i = 0; i < pts.size(); ++i) {
    auto v = evaluate(g, {{"one", 1}, {"x", pts[i].x}, {"y", pts[i].y}});
    for (size_t j = 0; j < pts.size(); ++j) CHECK(v[b.name_of(flags[j])] == (i == j ? 1 : 0));
  }
}

namespace {

// One step of interp-small with the lookups' answers given: the fetched
// instruction and the two register operands.
std::map<std::string, double> run_small_step(const std::string& op, uint32_t ra, uint32_t rb, uint32_t imm,
                                             double pc) {
  static const InterpreterConfig cfg = interp_small_config();
  static const Graph g = interpreter_graph(cfg).build();
  std::vector<std::string> ops = interpreter_opcodes(cfg);
  std::vector<CirclePoint> pts = circle_points(kOpcodeRadiusSq);
  size_t i = std::find(ops.begin(), ops.end(), op) - ops.begin();
  REQUIRE(i < ops.size());
  CirclePoint p = pts[i * pts.size() / ops.size()];
  std::map<std::string, double> in = {{"one", 1}, {"position", 1}, {"state.pc_mean", pc}, {"fetch.x", p.x},
                                      {"fetch.y", p.y}};
  in.merge(bytes_of("ra.b", ra, 4));
  in.merge(bytes_of("rb.b", rb, 4));
  in.merge(bytes_of("fetch.imm", imm, 4));
  return evaluate(g, in);
}

uint32_t result_word(const std::map<std::string, double>& v) {
  uint32_t x = 0;
  for (int k = 0; k < 4; ++k) x |= static_cast<uint32_t>(v.at("wb_byte+" + std::to_string(k))) << (8 * k);
  return x;
}

}  // namespace

TEST_CASE("interp-small: ALU, compare and branch arithmetic of one step") {
  uint32_t a = 0x01FF80FF, c = 0x00FF0081;
  CHECK(result_word(run_small_step("ADD", a, c, 0, 3)) == a + c);
  CHECK(result_word(run_small_step("ADDI", a, c, 0x101, 3)) == a + 0x101);
  CHECK(result_word(run_small_step("SUB", a, c, 0, 3)) == a - c);
  CHECK(result_word(run_small_step("SUB", c, a, 0, 3)) == c - a);
  CHECK(result_word(run_small_step("SLTU", c, a, 0, 3)) == 1);
  CHECK(result_word(run_small_step("SLT", 0xFFFFFFFF, 1, 0, 3)) == 1);  // -1 < 1 signed
  CHECK(result_word(run_small_step("SLTU", 0xFFFFFFFF, 1, 0, 3)) == 0);
  CHECK(result_word(run_small_step("MINU", a, c, 0, 3)) == c);
  CHECK(result_word(run_small_step("MAX", 0xFFFFFFFE, 5, 0, 3)) == 5);
  CHECK(result_word(run_small_step("LI", 0, 0, 0xDEADBEEF, 3)) == 0xDEADBEEF);
  CHECK(run_small_step("ADD", a, c, 0, 3).at("wb_on+") == 1);
  CHECK(run_small_step("STORE", a, c, 0, 3).at("wb_on+") == 0);
  // pc changes: fall through, taken and untaken branches, halt.
  CHECK(run_small_step("ADD", a, c, 0, 3).at("d_pc+") == 1);
  CHECK(run_small_step("BEQ", a, a, 40, 3).at("d_pc+") == 37);
  CHECK(run_small_step("BEQ", a, c, 40, 3).at("d_pc+") == 1);
  CHECK(run_small_step("BLT", 0xFFFFFFFF, 0, 10, 12).at("d_pc+") == -2);
  CHECK(run_small_step("BGEU", 0xFFFFFFFF, 0, 10, 12).at("d_pc+") == -2);
  CHECK(run_small_step("JMP", 0, 0, 300, 12).at("d_pc+") == 288);
  CHECK(run_small_step("HALT", 0, 0, 0, 12).at("d_pc+") == 0);
  // store: address ra + imm (16-bit), value rb
  auto st = run_small_step("STORE", 0x1000, 0xCAFE, 0x20, 3);
  CHECK(st.at("st_addr+") == 0x1020);
  CHECK(st.at("st_byte+0") == 0xFE);
  CHECK(st.at("st_byte+1") == 0xCA);
}

TEST_CASE("interpreter graphs: sizes, gate kinds, depth") {
  Graph small = interpreter_graph(interp_small_config()).build();
  Graph large = interpreter_graph(interp_large_config()).build();
  CHECK(small.gates.size() >= 159);
  CHECK(small.gates.size() <= 300);
  CHECK(large.gates.size() >= 1000);
  for (const Graph* g : {&small, &large}) {
    int counts[3] = {0, 0, 0};
    for (const Gate& gate : g->gates) ++counts[static_cast<int>(gate.kind)];
    CHECK(counts[0] > 0);
    CHECK(counts[1] > 0);
    CHECK(counts[2] > 0);
  }
  int small_layers = compute_levels(small).min_layers;
  CHECK(small_layers >= 6);
  CHECK(small_layers <= 10);
  CHECK(compute_levels(large).min_layers > small_layers);
}

TEST_CASE("generators are deterministic and seeds matter") {
  CHECK(random_graph_json({.gates = 300, .seed = 5}) == random_graph_json({.gates = 300, .seed = 5}));
  CHECK(random_graph_json({.gates = 300, .seed = 5}) != random_graph_json({.gates = 300, .seed = 6}));
  CHECK(random_graph_json({.gates = 300, .seed = 5, .levels = 4}) != random_graph_json({.gates = 300, .seed = 5}));
  for (const RandomGraphOptions& shape : {RandomGraphOptions{.gates = 300, .seed = 5}, recent_values_shape(300, 5),
                                          verify_shape(300, 5), test::small_window_shape(300, 5)})
    CHECK(random_graph(shape).gates.size() == 300);
  for (const auto& spec : committed_workloads()) {
    if (spec.name == "random-5000") continue;  // covered by the byte-identity check below
    CHECK_MESSAGE(workload_text(spec) == workload_text(spec), spec.name);
  }
}

// The generator's output is pinned byte for byte: splitmix64 and integer decisions
// only, so these hashes hold on every standard library. A failure here means every
// test and benchmark now draws other graphs (and, for the default shape, that the
// committed random-N workloads changed: "committed workloads are current" says so).
// Since profile v3 the generator declares input ranges (pos 0..max position, free
// inputs -128..127); the gates it draws are what they were before.
TEST_CASE("the random-graph generator is portable: SHA-256 of its output for fixed options") {
  RandomGraphOptions mixed{.gates = 400, .seed = 11, .window = 16, .input_reads = 20, .inputs = 5,
                           .outputs = 6, .average_lookups = 20, .earliest_lookups = 30, .latest_lookups = 50};
  const std::pair<RandomGraphOptions, const char*> pins[] = {
      {{.gates = 300, .seed = 5}, "1634e6d6342d5455e7e79d96337414e500f8c6a449ce5f3e8c4adcbc1e1b3204"},
      {{.gates = 300, .seed = 5, .levels = 4}, "7d5d507cdbe047afe584aa8659dbf03d2f6516bd6673d82fdcc1fe292762e031"},
      {{.gates = 2000, .seed = 7}, "0894073cd05ce7f68481527c854012448fc76136cdd456fc5aa5ba6fe1af3fe7"},
      {recent_values_shape(300, 7), "11165cedadc5612fc4a55593ced4ac440be97830dfb476e0758ddb3d94434d9c"},
      {verify_shape(300, 7), "c9ad74e734e1e17ff78a7f86002805536acc0c73fe6d912cb0db55a1fd1ad323"},
      {test::small_window_shape(200, 3, 12), "bd25e9fffe663e4bfdd3b496d488886eb516e9cba895a777486418d46eb03f70"},
      {mixed, "ed7c7870f86f4dd0a8cfabfbd43140f22d846530aee58b0bb49b56b862019f0c"},
  };
  for (const auto& [options, sha256] : pins) {
    CAPTURE(options.gates);
    CAPTURE(options.seed);
    CHECK(sha256_hex(random_graph_json(options)) == sha256);
  }
}

// The verifier tests' generator (tests/test_verify_graphs.h) is to switch to
// verify_shape: it must give that kind of graph.
TEST_CASE("verify_shape: the inputs, kinds, averages and outputs of the verifier's random graphs") {
  Graph g = random_graph(verify_shape(2000, 3));
  REQUIRE(g.inputs.size() == 8);
  CHECK(g.values[g.inputs[0]].name == "one");
  CHECK(g.values[g.inputs[1]].name == "pos");
  CHECK(g.values[g.inputs[1]].pinned);
  CHECK(g.values[g.inputs[7]].name == "in5");
  CHECK(g.outputs.size() == 3);
  CHECK(g.outputs.back() == static_cast<ValueId>(g.values.size() - 1));
  int counts[3] = {0, 0, 0}, averages = 0, means = 0;
  for (const Gate& gate : g.gates) {
    ++counts[static_cast<int>(gate.kind)];
    if (!gate.average) continue;
    ++averages;
    for (ValueId mean : gate.produces) {  // read by one reglu, which reads nothing else but pos
      ++means;
      REQUIRE(g.readers[mean].size() == 1);
      const Gate& reader = g.gates[g.readers[mean][0]];
      CHECK(reader.kind == GateKind::Reglu);
      CHECK(reader.reads.size() == 2);
    }
  }
  // Per 20 draws: 3 lookups (1 average), 9 reglus and 8 persists; the means' readers are extra reglus.
  const double draws = static_cast<double>(g.gates.size()) - means;
  CHECK(20 * counts[0] == doctest::Approx(3 * draws).epsilon(0.2));
  CHECK(60 * averages == doctest::Approx(3 * draws).epsilon(0.3));
  CHECK(20 * counts[2] == doctest::Approx(8 * draws).epsilon(0.1));
  CHECK(compute_levels(g).min_layers > 20);  // deep: operands among the 48 most recent values
}

TEST_CASE("committed workloads are current and schedule") {
  for (const auto& spec : committed_workloads()) {
    CAPTURE(spec.name);
    std::string path = test::repo_path(spec.file);
    REQUIRE_MESSAGE(std::filesystem::exists(path), "missing " << spec.file << ": run slotproof-gen all --out workloads");
    std::string committed = read_file_bytes(path);
    // A stale file means the generator changed: see docs/WORKLOADS.md (new file, new profile).
    CHECK_MESSAGE(committed == workload_text(spec), spec.file << " differs from the generator's output");
    CHECK(committed.size() < 2 * 1024 * 1024);
    Graph g = parse_graph(committed, spec.file);
    Artifact art = greedy_artifact(g);
    CHECK(art.d_model > 0);
    CHECK(art.d_model % 2 == 0);
  }
}

TEST_CASE("profiles: every profile's hashes match the files") {
  std::string dir = test::repo_path("workloads/profiles");
  REQUIRE(std::filesystem::exists(dir + "/v1.json"));
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    CAPTURE(entry.path().string());
    std::vector<std::string> problems = check_profile(entry.path().string(), test::repo_path("."));
    for (const auto& p : problems) FAIL_CHECK(p);
  }
  nlohmann::json v1 = nlohmann::json::parse(read_repo("workloads/profiles/v1.json"));
  CHECK(v1["format"] == kProfileFormat);
  CHECK(v1["version"] == "v1");
  CHECK(v1["cost_model"] == "delayed-reuse-erase/1");  // v1 predates immediate reuse
  nlohmann::json v2 = nlohmann::json::parse(read_repo("workloads/profiles/v2.json"));
  CHECK(v2["version"] == "v2");
  CHECK(v2["cost_model"] == kCostModelV2);
  nlohmann::json v3 = nlohmann::json::parse(read_repo("workloads/profiles/v3.json"));
  CHECK(v3["version"] == "v3");
  CHECK(v3["cost_model"] == kCostModel);
  bool has_reference = false;
  for (const auto& row : v1["workloads"]) {
    if (row["path"] == kSharedReferencePath) {
      has_reference = true;
      CHECK(row["optional"] == true);
      CHECK(row["layers"] == kReferenceLayers);
    }
  }
  CHECK(has_reference);
}

TEST_CASE("the newest profile lists the committed workloads with their budgets") {
  // Older profiles are frozen; the newest (highest vN) must describe what the generator commits today.
  int newest = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::repo_path("workloads/profiles"))) {
    std::string stem = entry.path().stem().string();
    if (stem.size() > 1 && stem[0] == 'v') newest = std::max(newest, std::stoi(stem.substr(1)));
  }
  REQUIRE(newest >= 1);
  nlohmann::json current =
      nlohmann::json::parse(read_repo("workloads/profiles/v" + std::to_string(newest) + ".json"));
  for (const auto& spec : committed_workloads()) {
    CAPTURE(spec.name);
    bool found = false;
    for (const auto& row : current["workloads"]) {
      if (row["name"] != spec.name) continue;
      found = true;
      CHECK(row["path"] == spec.file);
      CHECK(row["sha256"] == sha256_hex(workload_text(spec)));
      Graph g = parse_graph(workload_text(spec), spec.file);
      if (!spec.max_ffn) CHECK(row["layers"] == compute_levels(g).min_layers);
    }
    CHECK(found);
  }
}

TEST_CASE("interp-large: bitwise, barrel shifter and multiply through the ROM tables") {
  static const InterpreterConfig cfg = interp_large_config();
  static const Graph g = interpreter_graph(cfg).build();
  std::vector<std::string> ops = interpreter_opcodes(cfg);
  std::vector<CirclePoint> pts = circle_points(kOpcodeRadiusSq);
  // The ROMs answer from the query position: bits of a byte, or a byte product.
  Resolver rom = [](const Gate& gate, double q, std::vector<double>& out) {
    auto x = static_cast<long long>(q);
    if (x >= kProductRomBase) {
      long long p = ((x - kProductRomBase) >> 8) * ((x - kProductRomBase) & 255);
      out = {static_cast<double>(p & 255), static_cast<double>(p >> 8)};
      out.resize(gate.produces.size());
      return true;
    }
    if (x >= kBitsRomBase) {
      for (int j = 0; j < 8; ++j) out.push_back(static_cast<double>(((x - kBitsRomBase) >> j) & 1));
      return true;
    }
    return false;
  };
  auto run = [&](const std::string& op, uint64_t a, uint64_t c) {
    size_t i = std::find(ops.begin(), ops.end(), op) - ops.begin();
    REQUIRE(i < ops.size());
    CirclePoint p = pts[i * pts.size() / ops.size()];
    std::map<std::string, double> in = {{"one", 1}, {"position", 1}, {"fetch.x", p.x}, {"fetch.y", p.y}};
    in.merge(bytes_of("ra.b", a, 8));
    in.merge(bytes_of("rb.b", c, 8));
    auto v = evaluate(g, in, rom);
    uint64_t x = 0;
    for (int k = 0; k < 8; ++k) {
      double byte = v.at("wb_byte+" + std::to_string(k));
      REQUIRE(byte >= 0);
      REQUIRE(byte <= 255);
      x |= static_cast<uint64_t>(byte) << (8 * k);
    }
    return x;
  };
  SplitMix64 rng(3);
  for (int trial = 0; trial < 40; ++trial) {
    uint64_t a = rng.next(), c = rng.next();
    if (trial % 4 == 0) a |= 1ULL << 63;  // negative for SAR
    unsigned amount = static_cast<unsigned>(c & 63);
    CAPTURE(a);
    CAPTURE(c);
    CHECK(run("AND", a, c) == (a & c));
    CHECK(run("OR", a, c) == (a | c));
    CHECK(run("XOR", a, c) == (a ^ c));
    CHECK(run("POPC", a, c) == static_cast<uint64_t>(__builtin_popcountll(a)));
    CHECK(run("SHL", a, c) == (a << amount));
    CHECK(run("SHR", a, c) == (a >> amount));
    CHECK(run("SAR", a, c) == static_cast<uint64_t>(static_cast<int64_t>(a) >> amount));
    CHECK(run("MUL", a, c) == a * c);
    CHECK(run("ADD", a, c) == a + c);
    CHECK(run("SUB", a, c) == a - c);
  }
}
