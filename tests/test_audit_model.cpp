// `slotproof audit-model`: the strict model.bin reader, the extraction of
// transformer-vm's own model (compared with its allocation.yaml and plan.yaml),
// a model built without erasures, mutated copies of tvm-own/model.bin, and
// --expect. Cases that need ../shared are skipped without it.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

#include "engine/audit.h"
#include "engine/audit_match.h"
#include "engine/audit_units.h"
#include "engine/model_bin.h"
#include "engine/tvm_layout.h"
#include "model/compress.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "tests/helpers.h"

using namespace sp;

namespace {

std::string tvm_own_path() { return test::shared_dir() + "/models/tvm-own/model.bin"; }
bool have_tvm_own() { return test::have_reference_graph() && std::filesystem::exists(tvm_own_path()); }

// ---- building weight files byte by byte ------------------------------------

void put_i32(std::string& b, int32_t v) { b.append(reinterpret_cast<const char*>(&v), 4); }
void put_f64(std::string& b, double v) { b.append(reinterpret_cast<const char*>(&v), 8); }

// A small well-formed file: header, tokens "t0".., weights 0.25 each (or
// `weight`), then the sections asked for.
struct TinyModel {
  int vocab = 2, d_model = 4, layers = 1, heads = 2, d_ffn = 1, stop = 0;
  bool erase = true, tiebreak = true, head_type = true;
  std::string bytes() const {
    std::string b;
    for (int v : {vocab, d_model, layers, heads, d_ffn, stop}) put_i32(b, v);
    for (int t = 0; t < vocab; ++t) {
      std::string name = test::numbered("t", t);
      put_i32(b, static_cast<int32_t>(name.size()));
      b += name;
    }
    const long n = 2L * vocab * d_model + layers * (4L * d_model * d_model + 3L * d_ffn * d_model);
    for (long i = 0; i < n; ++i) put_f64(b, 0.25);
    if (!erase) return b;
    put_i32(b, 1);
    for (int L = 0; L < layers; ++L) {
      put_i32(b, 1), put_i32(b, 3);  // attention erases slot 3
      put_i32(b, 0);                 // the FFN erases nothing
    }
    if (!tiebreak) return b;
    put_i32(b, 1);
    for (int i = 0; i < layers * heads; ++i) put_i32(b, i % 2);
    if (!head_type) return b;
    put_i32(b, 1);
    for (int i = 0; i < layers * heads; ++i) put_i32(b, 1);
    return b;
  }
  size_t tensor_offset() const { return 24 + static_cast<size_t>(vocab) * (4 + 2); }
};

std::string refusal(const std::string& bytes) {
  try {
    parse_model_bin(bytes, "m.bin");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

void set_i32(std::string& b, size_t at, int32_t v) { std::memcpy(&b[at], &v, 4); }
void set_f64(std::string& b, size_t at, double v) { std::memcpy(&b[at], &v, 8); }
double get_f64(const std::string& b, size_t at) {
  double v;
  std::memcpy(&v, &b[at], 8);
  return v;
}

// Offsets of tensor elements in a real file's bytes.
struct Layout {
  int V, D, L, H, F;
  size_t tensors;
  explicit Layout(const ModelBin& m) : V(m.vocab), D(m.d_model), L(m.layers), H(m.heads), F(m.d_ffn), tensors(24) {
    for (const std::string& t : m.tokens) tensors += 4 + t.size();
  }
  size_t layer(int l) const {
    return tensors + 8 * (size_t(V) * D + size_t(l) * (4 * size_t(D) * D + 3 * size_t(F) * D));
  }
  size_t out_proj(int l, int r, int c) const { return layer(l) + 8 * (3 * size_t(D) * D + size_t(r) * D + c); }
  size_t ff_in(int l, int r, int c) const { return layer(l) + 8 * (4 * size_t(D) * D + size_t(r) * D + c); }
  size_t ff_out(int l, int r, int c) const {
    return layer(l) + 8 * (4 * size_t(D) * D + 2 * size_t(F) * D + size_t(r) * F + c);
  }
};

// ---- running the CLI on a (mutated) copy of tvm-own -------------------------

struct Audit {
  test::TempDir dir;
  std::string original = read_file_bytes(tvm_own_path());
  ModelBin model = parse_model_bin(original, "model.bin");
  Layout at{model};

  test::RunResult run(const std::string& bytes, const std::string& name, const std::string& flags = "") {
    sp::test::write_file(dir.file(name), bytes);
    return test::run_cli("audit-model " + test::reference_graph_path() + " " + dir.file(name) + " -q" + flags);
  }
};

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

// ---- transformer-vm's own files, parsed as far as the tests need ------------

std::string unquote(std::string s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\'')) s.erase(s.begin());
  while (!s.empty() && (s.back() == ' ' || s.back() == '\'')) s.pop_back();
  return s;
}

// allocation.yaml's slot_map: value -> slot.
std::map<std::string, int> tvm_slot_map(const std::string& path) {
  std::map<std::string, int> out;
  std::istringstream in(read_file_bytes(path));
  std::string line;
  int slot = -1;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line == "slot_map:") inside = true;
    else if (!line.empty() && line[0] != ' ') inside = false;
    else if (inside && line.size() > 3 && line.back() == ':') slot = std::stoi(line.substr(2));
    else if (inside && line.rfind("  - ", 0) == 0) out[unquote(line.substr(4))] = slot;
  }
  return out;
}

// plan.yaml: per layer, the values of its attention, persist1, ffn and
// persist2 lists (flow lists, possibly wrapped), as value -> phase.
std::map<std::string, int> tvm_plan_phases(const std::string& path) {
  std::map<std::string, int> out;
  std::string text = read_file_bytes(path);
  const std::pair<const char*, int> lists[] = {{"  attention: [", 0}, {"  persist1: [", 1}, {"  ffn: [", 2}, {"  persist2: [", 3}};
  int layer = -1;
  for (size_t pos = 0; pos < text.size();) {
    size_t eol = text.find('\n', pos);
    std::string line = text.substr(pos, eol - pos);
    if (line.rfind("- layer: ", 0) == 0) layer = std::stoi(line.substr(9));
    for (auto [key, offset] : lists)
      if (line.rfind(key, 0) == 0) {
        size_t open = pos + std::strlen(key), close = open;
        for (bool quoted = false; close < text.size() && (quoted || text[close] != ']'); ++close)
          if (text[close] == '\'') quoted = !quoted;  // names like 'store_bytes[0]' are quoted
        std::string items = text.substr(open, close - open);
        std::replace(items.begin(), items.end(), '\n', ' ');
        std::istringstream is(items);
        for (std::string item; std::getline(is, item, ',');)
          if (!unquote(item).empty()) out[unquote(item)] = 4 * layer + offset;
      }
    if (eol == std::string::npos) break;
    pos = eol + 1;
  }
  return out;
}

}  // namespace

// ---- the strict reader -------------------------------------------------------

TEST_CASE("audit model.bin: a well-formed file is read with its sections, which are optional at the end") {
  TinyModel t;
  ModelBin m = parse_model_bin(t.bytes(), "m.bin");
  CHECK(m.vocab == 2);
  CHECK(m.tokens == std::vector<std::string>{"t0", "t1"});
  CHECK(m.w.size() == 2 * 2 * 4 + 4 * 16 + 3 * 4);
  CHECK(m.out_proj(0, 1, 2) == 0.25);
  REQUIRE(m.has_erase);
  CHECK(m.attn_erase[0] == std::vector<int>{3});
  CHECK(m.tiebreak[0] == std::vector<int>{0, 1});
  CHECK(m.head_type[0] == std::vector<int>{1, 1});
  t.head_type = false;
  CHECK_FALSE(parse_model_bin(t.bytes(), "m.bin").has_head_type);
  t.erase = false;
  CHECK_FALSE(parse_model_bin(t.bytes(), "m.bin").has_erase);
}

TEST_CASE("audit model.bin: every malformed file is one line naming the file and what is wrong") {
  TinyModel t;
  const std::string good = t.bytes();
  const size_t w0 = t.tensor_offset();
  struct Case {
    const char* what;
    std::string bytes;
    const char* expect;
  };
  std::vector<Case> cases;
  auto with = [&](auto edit) {
    std::string b = good;
    edit(b);
    return b;
  };
  cases.push_back({"empty", "", "truncated: the header needs 24 bytes, the file has 0"});
  cases.push_back({"short header", good.substr(0, 20), "the header needs 24 bytes"});
  cases.push_back({"10^9 layers", with([](std::string& b) { set_i32(b, 8, 1000000000); }),
                   "header: layers is 1000000000, outside [1, 4096]"});
  cases.push_back({"negative vocab", with([](std::string& b) { set_i32(b, 0, -5); }), "header: vocab is -5"});
  cases.push_back({"odd heads", with([](std::string& b) { set_i32(b, 12, 1); }), "header: heads 1 * 2 != d_model 4"});
  cases.push_back({"stop token", with([](std::string& b) { set_i32(b, 20, 2); }), "header: stop token is 2, outside [0, 1]"});
  cases.push_back({"absurd sizes", with([](std::string& b) { set_i32(b, 4, 65536), set_i32(b, 8, 4096), set_i32(b, 12, 32768); }),
                   "implies at least"});
  cases.push_back({"token length", with([](std::string& b) { set_i32(b, 24, 1 << 30); }), "vocabulary token #0: length"});
  cases.push_back({"duplicate token", with([](std::string& b) { b[24 + 4 + 1] = '1'; }), "vocabulary token #1 't1' repeats token #0"});
  cases.push_back({"truncated weights", good.substr(0, w0 + 100), "truncated: the header"});
  cases.push_back({"NaN", with([&](std::string& b) { set_f64(b, w0 + 8 * (8 + 3 * 4 + 1), std::nan("")); }),
                   "non-finite weight NaN at layer 0 in_proj[3][1]"});
  cases.push_back({"Inf", with([&](std::string& b) { set_f64(b, w0 + 8 * 7, -std::numeric_limits<double>::infinity()); }),
                   "non-finite weight -Inf at tok[1][3]"});
  const size_t sections = good.size() - (4 + 4 * 3 + 4 + 4 * 2 + 4 + 4 * 2);
  cases.push_back({"bad flag", with([&](std::string& b) { set_i32(b, sections, 7); }), "erase-list section flag is 7"});
  cases.push_back({"erase slot", with([&](std::string& b) { set_i32(b, sections + 8, 4); }),
                   "layer 0 attention erase list entry 0 is 4, outside [0, 3]"});
  cases.push_back({"tie-break", with([&](std::string& b) { set_i32(b, sections + 20, 2); }), "tie-break of layer 0 head 0 is 2"});
  cases.push_back({"cut section", good.substr(0, good.size() - 2), "truncated: head type of layer 0 head 1"});
  cases.push_back({"trailing", good + "xx", "2 trailing bytes"});
  for (const Case& c : cases) {
    std::string what = c.what, msg = refusal(c.bytes);
    CAPTURE(what);
    CAPTURE(msg);
    CHECK(msg.rfind("m.bin: ", 0) == 0);
    CHECK(has(msg, c.expect));
    CHECK_FALSE(has(msg, "\n"));
  }
}

TEST_CASE("audit model.bin: the CLI refuses a malformed file with exit 2 and one line") {
  test::TempDir dir;
  std::string g = dir.file("g.json");
  sp::test::write_file(g, "{\"format\": \"slotproof-graph/1\", \"inputs\": [{\"name\": \"position\", \"pinned\": true}], \"gates\": [], "
           "\"outputs\": []}");
  TinyModel t;
  sp::test::write_file(dir.file("short.bin"), t.bytes().substr(0, 30));
  for (const std::string& name : {dir.file("short.bin"), dir.file("missing.bin"), dir.path.string(), std::string("/dev/zero")}) {
    auto r = test::run_cli("audit-model " + g + " " + name);
    CAPTURE(r.output);
    CHECK(r.exit_code == 2);
    CHECK(has(r.output, name));
    CHECK(std::count(r.output.begin(), r.output.end(), '\n') == 1);
  }
  // Output paths and usage are checked before any work.
  auto r = test::run_cli("audit-model " + g + " " + dir.file("short.bin") + " -o " + dir.file("missing/x.json"));
  CHECK(r.exit_code == 2);
  CHECK(has(r.output, "--output " + dir.file("missing/x.json") + ": directory"));
  r = test::run_cli("audit-model " + g);
  CHECK(r.exit_code == 2);
  CHECK(r.output == "slotproof audit-model: error: MODEL is required; see slotproof audit-model --help\n");
}

TEST_CASE("audit: a weight file whose rows pair up in factorially many ways is refused, not a hang") {
  // Twelve inputs read with weight 1 by one neuron's gate row: 12! ways to
  // tie them to embedding slots, none of which fits its value row.
  std::string inputs = "{\"name\": \"position\", \"pinned\": true}, {\"name\": \"inv_log_pos\", \"pinned\": true}, "
                       "{\"name\": \"position_sq\", \"pinned\": true}, {\"name\": \"one\"}";
  std::string b;
  for (int i = 0; i < 12; ++i) {
    inputs += ", {\"name\": \"" + test::numbered("x", i) + "\"}";
    b += (i ? ", \"" : "\"") + test::numbered("x", i) + "\": 1";
  }
  test::TempDir dir;
  sp::test::write_file(dir.file("g.json"), "{\"format\": \"slotproof-graph/1\", \"inputs\": [" + inputs +
                                "], \"gates\": [{\"name\": \"r\", \"kind\": \"reglu\", \"a\": {\"one\": 1, \"x0\": 2}, "
                                "\"b\": {" + b + "}}], \"outputs\": [\"r\"]}");
  const int D = 16, F = 1;
  std::string m;
  for (int v : {1, D, 1, D / 2, F, 0}) put_i32(m, v);
  put_i32(m, 1), m += "t";
  for (int s = 0; s < D; ++s) put_f64(m, s >= 3 ? 1.0 : 0.0);          // tok
  for (int i = 0; i < 4 * D * D; ++i) put_f64(m, 0.0);                // in_proj, out_proj
  for (int s = 0; s < D; ++s) put_f64(m, s >= 4 ? 1.0 : 0.0);         // ff_in row 0: b
  for (int s = 0; s < D; ++s) put_f64(m, s == 3 ? 1.0 : s == 4 ? 3.0 : 0.0);  // row 1: a, 3 where 2 is due
  for (int s = 0; s < D; ++s) put_f64(m, s == 2 ? 1.0 : 0.0);         // ff_out
  for (int s = 0; s < D; ++s) put_f64(m, 0.0);                        // head
  sp::test::write_file(dir.file("m.bin"), m);
  auto t0 = std::chrono::steady_clock::now();
  auto r = test::run_cli("audit-model " + dir.file("g.json") + " " + dir.file("m.bin") + " -q");
  CAPTURE(r.output);
  CHECK(r.exit_code == 2);
  CHECK(has(r.output, "m.bin: layer 0 FFN neuron 0: matching needs more than a million steps"));
  CHECK(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() < 30.0);
}

TEST_CASE("audit: a hand-made model that hands a slot over (+new -old in one write) is immediate reuse, proven safe") {
  // x (slot 4) is read once, by r = relu(x) * one in layer 0's FFN, and r
  // takes x's slot at boundary 3: neuron 0 computes r into slot 4, neuron 1
  // copies slot 4 and subtracts it there (weights.py's erasure neuron).
  // one and x are small integers: the handover is exact in float64 (docs/NUMERICS.md).
  test::TempDir dir;
  auto graph = [](const std::string& x_range) {
    return "{\"format\": \"slotproof-graph/1\", \"inputs\": [{\"name\": \"one\", \"range\": [0, 1], \"multiple_of\": 1}, "
           "{\"name\": \"position\", \"pinned\": true}, {\"name\": \"inv_log_pos\", \"pinned\": true}, "
           "{\"name\": \"position_sq\", \"pinned\": true}, {\"name\": \"x\"" + x_range + "}], "
           "\"gates\": [{\"name\": \"r\", \"kind\": \"reglu\", \"a\": {\"one\": 1}, \"b\": {\"x\": 1}}], \"outputs\": [\"r\", \"one\"]}";
  };
  sp::test::write_file(dir.file("g.json"), graph(", \"range\": [0, 255], \"multiple_of\": 1"));
  sp::test::write_file(dir.file("unbounded.json"), graph(""));
  const int D = 6, F = 2;
  auto row = [&](std::string& m, std::map<int, double> at) {
    for (int s = 0; s < D; ++s) put_f64(m, at.count(s) ? at[s] : 0.0);
  };
  std::string m;
  for (int v : {1, D, 1, D / 2, F, 0}) put_i32(m, v);
  put_i32(m, 1), m += "t";
  row(m, {{3, 1.0}, {4, 1.0}});                                    // tok: one in slot 3, x in slot 4
  for (int i = 0; i < 4 * D * D; ++i) put_f64(m, 0.0);            // no heads
  row(m, {{4, 1.0}}), row(m, {{3, 1.0}});                         // ff_in gate rows b: x, one
  row(m, {{3, 1.0}}), row(m, {{4, 1.0}});                         // value rows a: one, slot 4
  for (int s = 0; s < D; ++s) put_f64(m, s == 4 ? 1.0 : 0.0), put_f64(m, s == 4 ? -1.0 : 0.0);  // ff_out
  row(m, {{3, 1.0}, {4, 1.0}});                                    // head
  sp::test::write_file(dir.file("m.bin"), m);
  auto r = test::run_cli("audit-model " + dir.file("g.json") + " " + dir.file("m.bin") + " -q -o " + dir.file("a.json"));
  CAPTURE(r.output);
  CHECK(r.exit_code == 0);
  CHECK(has(r.output, "policy: immediate-reuse (some write hands a slot over: +new -old)"));
  CHECK(has(r.output, "verdict: proven safe"));
  std::string a = read_file_bytes(dir.file("a.json"));
  CHECK(has(a, "{\"boundary\":3,\"slot\":4,\"delta\":{\"x\":-1.0,\"r\":1.0}}"));
  CHECK(has(a, "{\"value\":\"x\",\"slot\":4}"));
  CHECK(has(a, "{\"value\":\"r\",\"slot\":4}"));
  // With x unbounded the same weights lose r under a large x: the float64 rule rejects them,
  // and only an engine declared exact accepts them.
  auto loose = test::run_cli("audit-model " + dir.file("unbounded.json") + " " + dir.file("m.bin") + " -q");
  CAPTURE(loose.output);
  CHECK(loose.exit_code == 1);
  CHECK(has(loose.output, "[inexact-handover] boundary 3, slot 4: the handover -'x' + 'r' is not exact in float64"));
  CHECK(test::run_cli("audit-model --engine exact " + dir.file("unbounded.json") + " " + dir.file("m.bin") + " -q")
            .exit_code == 0);

  // Declared delayed-reuse, the same writes overwrite x while it is held.
  std::string delayed = a;
  delayed.replace(delayed.find("\"immediate-reuse\""), std::string("\"immediate-reuse\"").size(), "\"delayed-reuse\"");
  sp::test::write_file(dir.file("delayed.json"), delayed);
  r = test::run_cli("audit-model " + dir.file("g.json") + " " + dir.file("m.bin") + " -q --expect " + dir.file("delayed.json"));
  CHECK(r.exit_code == 1);
  CHECK(has(r.output, "[expect:policy] the weights implement immediate-reuse, the expected artifact declares delayed-reuse"));
}

TEST_CASE("audit match: the tolerance tells the reference graph's closest coefficients apart") {
  using audit::coef_equal;
  CHECK(coef_equal(-2147483647.0, -2147483647.0));
  CHECK_FALSE(coef_equal(-2147483647.0, -2147483648.0));  // reglu_100 / reglu_101: 4.7e-10 apart
  CHECK_FALSE(coef_equal(-32044.0, -32045.0));
  // A query weight as weights.py stores it, (c * 1e10) * sqrt(2), against c * kQueryScale.
  for (double c : {1.0, -1.0, 5.0, 0.3, -4.0, 256.0, 1e30})
    CHECK(coef_equal((c * tvm::kHardK) * tvm::kSqrt2, c * tvm::kQueryScale));
  CHECK_FALSE(coef_equal(1e-300, 0.0));
}

// ---- transformer-vm's own model ---------------------------------------------

TEST_CASE("audit tvm-own: proven safe with is_return_commit its waste, and its slot map and schedule are transformer-vm's own") {
  if (!have_tvm_own()) return;
  Graph g = load_graph(test::reference_graph_path());
  ModelBin m = read_model_bin(tvm_own_path());
  auto t0 = std::chrono::steady_clock::now();
  audit::extract_artifact(g, m);
  auto t1 = std::chrono::steady_clock::now();
  audit::AuditOutcome o = audit::audit_model(g, m);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  MESSAGE("audit of tvm-own/model.bin: extraction " << std::chrono::duration<double>(t1 - t0).count()
                                                     << " s; extraction and both checkers " << seconds << " s");
  CHECK(seconds < 10.0);
  for (const std::string& l : o.verify.lines) CAPTURE(l);
  REQUIRE(o.exit_code == 0);
  CHECK(o.verify.direct.safe());
  CHECK(o.verify.z3.safe());
  const Artifact& a = o.x.artifact;
  CHECK(a.alloc.policy == ReusePolicy::Delayed);
  CHECK(a.d_model == 38);
  CHECK(a.schedule.layers == 7);
  REQUIRE(o.verify.waste.size() == 1);
  CHECK(g.values[o.verify.waste[0].value].name == "is_return_commit");
  CHECK(o.verify.waste[0].slot == 12);
  CHECK(o.x.findings.empty());
  CHECK(o.x.stats.wildcard_reads == 0);

  // The slot map transformer-vm wrote (allocation.yaml; it omits values that
  // need no slot) is the one the weights implement, value for value.
  auto slot_map = tvm_slot_map(test::shared_dir() + "/models/tvm-own/allocation.yaml");
  REQUIRE(slot_map.size() > 80);
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v) {
    CAPTURE(g.values[v].name);
    auto it = slot_map.find(g.values[v].name);
    CHECK(a.alloc.slot[v] == (it == slot_map.end() ? -1 : it->second));
  }
  // The schedule it solved (plan.yaml lists lookups by their values): every
  // gate's phase, the three gates the weights cannot show included (the
  // earliest phase is where the plan puts them too).
  auto plan = tvm_plan_phases(test::shared_dir() + "/models/tvm-own/plan.yaml");
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x) {
    const Gate& gt = g.gates[x];
    const std::string& name = g.values[gt.produces[0]].name;
    CAPTURE(name);
    REQUIRE(plan.count(name));
    CHECK(a.schedule.phase[x] == plan[name]);
  }
  std::vector<std::string> dead;
  for (GateId x : o.x.unobservable) dead.push_back(g.gates[x].name);
  CHECK(dead == std::vector<std::string>{"reglu_31", "reglu_32", "persist_33"});
  REQUIRE(o.x.by_elimination.size() == 1);
  CHECK(g.values[o.x.by_elimination[0]].name == "is_return_commit");
}

TEST_CASE("audit tvm-own: the CLI prints the waste, writes the artifact deterministically, and verify agrees") {
  if (!have_tvm_own()) return;
  test::TempDir dir;
  const std::string cmd = "audit-model " + test::reference_graph_path() + " " + tvm_own_path() + " -q -o ";
  auto r1 = test::run_cli(cmd + dir.file("a1.json"));
  auto r2 = test::run_cli(cmd + dir.file("a2.json"));
  CAPTURE(r1.output);
  REQUIRE(r1.exit_code == 0);
  CHECK(has(r1.output, "'is_return_commit' (slot 12): an input no gate reads, written by the embedding, erased at boundary 1"));
  CHECK(has(r1.output, "verdict: proven safe"));
  CHECK(has(r1.output, "policy: delayed-reuse"));
  CHECK(read_file_bytes(dir.file("a1.json")) == read_file_bytes(dir.file("a2.json")));
  CHECK(has(read_file_bytes(dir.file("a1.json")), sha256_hex(read_file_bytes(tvm_own_path()))));
  auto v = test::run_cli("verify " + test::reference_graph_path() + " " + dir.file("a1.json") + " -q");
  CAPTURE(v.output);
  CHECK(v.exit_code == 0);
}

TEST_CASE("audit tvm-own: transformer-vm's rebuild from the same plan, heads and neurons reordered, implements the same artifact") {
  if (!have_tvm_own()) return;
  test::TempDir dir;
  sp::test::write_file(dir.file("rebuilt.bin"),
        xz_decompress(read_file_bytes(test::repo_path("tests/fixtures/audit/tvm-rebuilt.bin.xz")), "fixture"));
  REQUIRE(read_file_bytes(dir.file("rebuilt.bin")) != read_file_bytes(tvm_own_path()));
  const std::string graph = test::reference_graph_path();
  REQUIRE(test::run_cli("audit-model " + graph + " " + tvm_own_path() + " -q -o " + dir.file("own.json")).exit_code == 0);
  auto r = test::run_cli("audit-model " + graph + " " + dir.file("rebuilt.bin") + " -q --expect " + dir.file("own.json"));
  CAPTURE(r.output);
  CHECK(r.exit_code == 0);
  CHECK(has(r.output, "verdict: proven safe"));
  CHECK(has(r.output, "expect: 0 differences"));
}

// ---- a model without erasures, and mutated copies ---------------------------

TEST_CASE("audit: transformer-vm's model built with its erasures off has stale values") {
  if (!test::have_reference_graph()) return;
  test::TempDir dir;
  std::string bin = xz_decompress(read_file_bytes(test::repo_path("tests/fixtures/audit/tvm-noerase.bin.xz")), "fixture");
  sp::test::write_file(dir.file("noerase.bin"), bin);
  auto r = test::run_cli("audit-model " + test::reference_graph_path() + " " + dir.file("noerase.bin") + " -q");
  CAPTURE(r.output);
  CHECK(r.exit_code == 1);
  CHECK(has(r.output, "[stale-value] slot 5 still holds stale value 'carry' after boundary 1"));
  CHECK(has(r.output, "[stale-value] slot 4 still holds stale value 'byte_number' after boundary 17"));
  CHECK(has(r.output, "verdict: violation"));
  CHECK(has(r.output, "direct checker and Z3 agree"));
}

TEST_CASE("audit mutants: an erase neuron zeroed is a stale value in its slot") {
  if (!have_tvm_own()) return;
  Audit t;
  Graph g = load_graph(test::reference_graph_path());
  Artifact clean = audit::extract_artifact(g, t.model).artifact;
  // The first neuron that only erases: its value row copies slot s, its
  // column writes -1 into s.
  for (int L = 0; L < t.model.layers; ++L)
    for (const audit::NeuronUnit& n : audit::read_neurons(t.model, L)) {
      if (n.a.size() != 1 || n.a[0].w != 1.0 || n.out.size() != 1 || n.out[0].slot != n.a[0].slot || n.out[0].w != -1.0)
        continue;
      const int s = n.a[0].slot, boundary = 4 * L + 3;
      std::string erased;
      for (const Write& w : clean.alloc.writes)
        if (w.boundary == boundary && w.slot == s) erased = g.values[w.delta.at(0).value].name;
      std::string b = t.original;
      set_f64(b, t.at.ff_out(L, s, n.neuron), 0.0);
      auto r = t.run(b, "erase-neuron.bin");
      CAPTURE(L);
      CAPTURE(n.neuron);
      CAPTURE(r.output);
      CHECK(r.exit_code == 1);
      CHECK(has(r.output, "[stale-value]"));
      CHECK(has(r.output, "slot " + std::to_string(s) + " "));
      CHECK(has(r.output, "stale value '" + erased + "'"));
      return;
    }
  FAIL("tvm-own has no erase-only neuron");
}

TEST_CASE("audit mutants: an erase head zeroed is a stale value in its slot") {
  if (!have_tvm_own()) return;
  Audit t;
  Graph g = load_graph(test::reference_graph_path());
  Artifact clean = audit::extract_artifact(g, t.model).artifact;
  for (int L = 0; L < t.model.layers; ++L)
    for (const audit::HeadUnit& h : audit::read_heads(t.model, L))
      for (int c = 0; c < 2; ++c) {
        const auto &v = h.v[c], &out = h.out[c];
        if (v.size() != 1 || v[0].w != 1.0 || out.size() != 1 || out[0].slot != v[0].slot || out[0].w != -1.0) continue;
        const int s = v[0].slot, boundary = 4 * L + 1;
        std::string erased;
        for (const Write& w : clean.alloc.writes)
          if (w.boundary == boundary && w.slot == s) erased = g.values[w.delta.at(0).value].name;
        if (erased == "is_return_commit") continue;  // unread: its stale copy is never in the way
        std::string b = t.original;
        set_f64(b, t.at.out_proj(L, s, 2 * h.head + c), 0.0);
        auto r = t.run(b, "erase-head.bin");
        CAPTURE(L);
        CAPTURE(h.head);
        CAPTURE(r.output);
        CHECK(r.exit_code == 1);
        CHECK(has(r.output, "[stale-value]"));
        CHECK(has(r.output, "slot " + std::to_string(s) + " "));
        CHECK(has(r.output, "stale value '" + erased + "'"));
        return;
      }
  FAIL("tvm-own has no erase-only head");
}

TEST_CASE("audit mutants: an out_proj coefficient changed, a head's output moved, a gate row changed") {
  if (!have_tvm_own()) return;
  Audit t;
  // Layer 2 head 0 component 0 computes fetched_opcode_x into slot 8.
  REQUIRE(get_f64(t.original, t.at.out_proj(2, 8, 0)) == 1.0);
  std::string coef = t.original;
  set_f64(coef, t.at.out_proj(2, 8, 0), 0.5);
  auto r = t.run(coef, "coef.bin");
  CAPTURE(r.output);
  CHECK(r.exit_code == 1);
  CHECK(has(r.output, "[wrong-coefficient] slot 8 holds 0.5*'fetched_opcode_x' after boundary 9"));

  // Layer 2 head 2 component 0 computes fetched_is_write into slot 24;
  // moved to slot 23, where byte_at_2 is still live.
  REQUIRE(get_f64(t.original, t.at.out_proj(2, 24, 4)) == 1.0);
  std::string moved = t.original;
  set_f64(moved, t.at.out_proj(2, 24, 4), 0.0);
  set_f64(moved, t.at.out_proj(2, 23, 4), 1.0);
  r = t.run(moved, "moved.bin");
  CAPTURE(r.output);
  CHECK(r.exit_code == 1);
  CHECK(has(r.output, "[overwrite-live] 'byte_at_2' (slot 23) is live until phase 26 but slot 23 is written with "
                      "'fetched_is_write' at boundary 9"));
  CHECK(has(r.output, "reads from slots holding no live value"));

  // A reglu's gate row with a coefficient no gate has: the weights compute
  // something the graph does not (exit 2, naming the neuron and its reads).
  int neuron = -1;
  for (const audit::NeuronUnit& n : audit::read_neurons(t.model, 0))
    for (const audit::SlotTerm& x : n.b)
      if (x.w == -255.0 && neuron < 0) neuron = n.neuron;
  REQUIRE(neuron >= 0);
  std::string row = t.original;
  for (int s = 0; s < t.model.d_model; ++s)
    if (get_f64(row, t.at.ff_in(0, neuron, s)) == -255.0) set_f64(row, t.at.ff_in(0, neuron, s), -250.0);
  r = t.run(row, "row.bin");
  CAPTURE(r.output);
  CHECK(r.exit_code == 2);
  CHECK(has(r.output, "layer 0 FFN neuron " + std::to_string(neuron) + " matches no reglu gate of the graph"));
  CHECK(has(r.output, "x -250"));
  CHECK(std::count(r.output.begin(), r.output.end(), '\n') == 1);
}

TEST_CASE("audit mutants: a lookup head whose tie-break is not its gate's computes no gate (exit 2)") {
  if (!have_tvm_own()) return;
  Audit t;
  // The tie-break section precedes the head-type section at the end of the file.
  const size_t LH = size_t(t.model.layers) * t.model.heads;
  REQUIRE(t.model.has_head_type);
  REQUIRE(t.model.tiebreak[0][0] == 1);  // layer 0 head 0: msb, a latest lookup
  std::string b = t.original;
  set_i32(b, b.size() - 4 * LH - 4 - 4 * LH, 0);
  auto r = t.run(b, "tiebreak.bin");
  CAPTURE(r.output);
  CHECK(r.exit_code == 2);
  CHECK(has(r.output, "tiebreak.bin: layer 0 attention head 0 matches no lookup gate of the graph and is no passthrough "
                      "head (its tie-break: average)"));
}

TEST_CASE("audit mutants: a truncated file, a NaN, a wrong header exit 2 naming what is wrong") {
  if (!have_tvm_own()) return;
  Audit t;
  auto r = t.run(t.original.substr(0, t.original.size() / 2), "truncated.bin");
  CHECK(r.exit_code == 2);
  CHECK(has(r.output, "truncated.bin: truncated"));

  std::string nan = t.original;
  set_f64(nan, t.at.ff_in(3, 5, 7), std::nan(""));
  r = t.run(nan, "nan.bin");
  CHECK(r.exit_code == 2);
  CHECK(has(r.output, "nan.bin: non-finite weight NaN at layer 3 ff_in[5][7]"));

  std::string header = t.original;
  set_i32(header, 12, 18);  // heads
  r = t.run(header, "header.bin");
  CHECK(r.exit_code == 2);
  CHECK(has(r.output, "header.bin: header: heads 18 * 2 != d_model 38"));

  std::string layers = t.original;
  set_i32(layers, 8, 8);  // one layer more than the file holds
  r = t.run(layers, "layers.bin");
  CHECK(r.exit_code == 2);
  CHECK(has(r.output, "layers.bin: truncated: the header (vocab 915, d_model 38, layers 8, d_ffn 42) implies at least"));
}

// ---- --expect -----------------------------------------------------------------

TEST_CASE("audit --expect: no difference from the extracted artifact, and every changed phase, slot and write named") {
  if (!have_tvm_own()) return;
  test::TempDir dir;
  const std::string graph = test::reference_graph_path();
  auto r = test::run_cli("audit-model " + graph + " " + tvm_own_path() + " -q -o " + dir.file("own.json"));
  REQUIRE(r.exit_code == 0);
  r = test::run_cli("audit-model " + graph + " " + tvm_own_path() + " -q --expect " + dir.file("own.json"));
  CAPTURE(r.output);
  CHECK(r.exit_code == 0);
  CHECK(has(r.output, "expect: 0 differences from the expected artifact"));
  CHECK(has(r.output, "expect: 3 gate(s) leave no trace in the weights; their phases are not compared"));

  std::string text = read_file_bytes(dir.file("own.json"));
  auto replace = [&](const std::string& from, const std::string& to) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  replace("{\"gate\":\"cursor+\",\"phase\":6}", "{\"gate\":\"cursor+\",\"phase\":10}");
  replace("{\"value\":\"store_value\",\"slot\":19}", "{\"value\":\"store_value\",\"slot\":36}");
  replace("{\"boundary\":1,\"slot\":5,\"delta\":{\"carry\":-1.0}}", "{\"boundary\":1,\"slot\":5,\"delta\":{\"carry\":-2.0}}");
  sp::test::write_file(dir.file("changed.json"), text);
  r = test::run_cli("audit-model " + graph + " " + tvm_own_path() + " -q --expect " + dir.file("changed.json"));
  CAPTURE(r.output);
  CHECK(r.exit_code == 1);
  CHECK(has(r.output, "verdict: proven safe"));
  CHECK(has(r.output, "expect: 3 differences"));
  CHECK(has(r.output, "[expect:phase] reglu gate 'cursor+': phase 6 in the weights, 10 in the expected artifact"));
  CHECK(has(r.output, "[expect:slot] 'store_value': slot 19 in the weights, 36 in the expected artifact"));
  CHECK(has(r.output, "[expect:write] boundary 1 slot 5: the weights write -'carry', the expected artifact -2*'carry'"));

  // transformer-vm's own allocation of another schedule of the same graph.
  r = test::run_cli("audit-model " + graph + " " + tvm_own_path() + " -q --expect " + test::shared_dir() +
                    "/workloads/tvm-wasm-interpreter.tvm-allocation.json");
  CAPTURE(r.output);
  CHECK(r.exit_code == 1);
  CHECK(has(r.output, "[expect:phase]"));
}

TEST_CASE("audit --expect: an artifact with the position features elsewhere is compared under transformer-vm's renaming") {
  if (!have_tvm_own()) return;
  Graph g = load_graph(test::reference_graph_path());
  audit::Extraction x = audit::extract_artifact(g, read_model_bin(tvm_own_path()));
  // The expected artifact keeps the three position features in the last
  // slots and every other slot three lower: the exporter's permutation
  // (tvm_layout.h) maps it back onto the weights' slots exactly.
  Artifact e = x.artifact;
  const int D = e.d_model;
  auto away = [&](int s) { return s < 3 ? D - 3 + s : s - 3; };
  for (int& s : e.alloc.slot)
    if (s >= 0) s = away(s);
  for (Write& w : e.alloc.writes) w.slot = away(w.slot);
  std::vector<std::string> notes;
  CHECK(audit::compare_artifacts(g, x, e, notes).empty());
  REQUIRE(notes.size() == 2);
  CHECK(has(notes[1], "renamed as transformer-vm's fixed position slots require (0->3, 1->4"));
  // One slot entry off after the renaming is one difference, in the weights' numbering.
  e.alloc.slot[*g.find_value("store_value")] = away(20);
  auto diffs = audit::compare_artifacts(g, x, e, notes);
  REQUIRE(diffs.size() == 1);
  CHECK(audit::difference_line(g, diffs[0]) == "[expect:slot] 'store_value': slot 19 in the weights, 20 in the expected artifact");
}

// Models built from slotproof artifacts by transformer-vm (the export hook):
// each tests/fixtures/audit/roundtrip/NAME.bin.xz with the artifact it was
// built from, NAME.artifact.json. Adding a pair adds a case.
TEST_CASE("audit roundtrip: models built from our artifacts are proven safe with no difference from them") {
  if (!test::have_reference_graph()) return;
  namespace fs = std::filesystem;
  const fs::path dir = test::repo_path("tests/fixtures/audit/roundtrip");
  std::vector<fs::path> models;
  if (fs::is_directory(dir))
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().string().ends_with(".bin.xz")) models.push_back(e.path());
  std::sort(models.begin(), models.end());
  MESSAGE(models.size() << " round-trip model(s) in tests/fixtures/audit/roundtrip");
  test::TempDir tmp;
  for (const fs::path& xz : models) {
    std::string stem = xz.filename().string();
    stem.resize(stem.size() - std::string(".bin.xz").size());
    CAPTURE(stem);
    const fs::path artifact = dir / (stem + ".artifact.json");
    REQUIRE(fs::exists(artifact));
    sp::test::write_file(tmp.file(stem + ".bin"), xz_decompress(read_file_bytes(xz.string()), xz.string()));
    auto r = test::run_cli("audit-model " + test::reference_graph_path() + " " + tmp.file(stem + ".bin") +
                           " -q --expect " + artifact.string());
    CAPTURE(r.output);
    CHECK(r.exit_code == 0);
    CHECK(has(r.output, "verdict: proven safe"));
    CHECK(has(r.output, "expect: 0 differences"));
  }
}
