// `slotproof export tvm` (engine/tvm_export.h): the plan and write program it
// hands to transformer-vm, checked against an emulation of transformer-vm's
// own slot walk; fixed_slot_permutation (engine/tvm_layout.h); the CLI's exit
// codes. Cases on the reference graph need ../shared and are skipped without it.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "engine/tvm_export.h"
#include "engine/tvm_layout.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "solve/greedy.h"
#include "tests/helpers.h"

using namespace sp;

namespace {

std::string tvm_allocation_path() { return test::shared_dir() + "/workloads/tvm-wasm-interpreter.tvm-allocation.json"; }

// Values subtracted at each boundary >= 1 by the export's write program.
std::map<int, std::vector<ValueId>> removed_by_boundary(const tvm::TvmExport& e) {
  std::map<int, std::vector<ValueId>> out;
  for (const auto& sub : e.program)
    for (const auto& w : sub.writes)
      if (sub.boundary >= 0) out[sub.boundary].insert(out[sub.boundary].end(), w.removed.begin(), w.removed.end());
  for (auto& [c, vs] : out) std::sort(vs.begin(), vs.end());
  return out;
}

int handovers(const tvm::TvmExport& e) {
  int n = 0;
  for (const auto& sub : e.program)
    for (const auto& w : sub.writes) n += w.added.has_value() && !w.removed.empty();
  return n;
}

}  // namespace

TEST_CASE("tvm layout: fixed_slot_permutation puts the position features in slots 0-2 and keeps the rest in order") {
  Graph g = test::graph_from(
      R"("inputs": [{"name": "inv_log_pos", "pinned": true}, {"name": "x"}, {"name": "position", "pinned": true},
                    {"name": "position_sq", "pinned": true}, {"name": "y"}],
         "gates": [{"name": "p", "kind": "persist", "expr": {"x": 1, "y": 1, "position": 1, "position_sq": 1,
                    "inv_log_pos": 1}}], "outputs": ["p"])");
  std::vector<int> slot_of(g.values.size(), -1);
  slot_of[*g.find_value("inv_log_pos")] = 0;
  slot_of[*g.find_value("x")] = 1;
  slot_of[*g.find_value("position")] = 5;
  slot_of[*g.find_value("position_sq")] = 3;
  slot_of[*g.find_value("y")] = 2;
  slot_of[*g.find_value("p")] = 4;
  CHECK(tvm::fixed_slot_permutation(g, slot_of, 6) == std::vector<int>{1, 3, 4, 2, 5, 0});
  CHECK_THROWS_AS(tvm::fixed_slot_permutation(g, slot_of, 2), InputError);
  slot_of[*g.find_value("position")] = -1;
  CHECK_THROWS_WITH_AS(tvm::fixed_slot_permutation(g, slot_of, 6), doctest::Contains("'position' has no slot"),
                       InputError);
}

TEST_CASE("tvm export: on transformer-vm's own allocation, its walk over our alive sets erases what it erased") {
  if (!std::filesystem::exists(tvm_allocation_path())) return;  // ../shared absent
  Graph g = load_graph(test::reference_graph_path());
  Artifact a = load_artifact(g, tvm_allocation_path());
  tvm::TvmExport e = tvm::make_tvm_export(g, a, "tvm-allocation.json");
  CHECK(e.d_model == 38);
  std::vector<int> identity(38);
  for (int s = 0; s < 38; ++s) identity[s] = s;
  CHECK(e.permutation == identity);  // transformer-vm already keeps the position features in slots 0-2
  CHECK(handovers(e) == 0);
  // The alive set after c (birth <= c, death >= c+1) is what transformer-vm's
  // plan means: its walk erases every value exactly where its allocator did.
  tvm::TvmAllocatorResult own = tvm::emulate_tvm_allocator(g, a, e);
  auto removed = removed_by_boundary(e);
  for (int c = 1; c < 28; c += 2) {
    std::string walk, art;
    for (ValueId v : own.erased[c]) walk += g.values[v].name + " ";
    for (ValueId v : removed[c]) art += g.values[v].name + " ";
    CAPTURE(c);
    CHECK(walk == art);
  }
  CHECK(own.d_model == 38);
  CHECK(own.slots == 37);  // allocation.yaml's slots 0..36
}

TEST_CASE("tvm export: delayed and immediate artifacts of the reference graph, and what the plan alone costs") {
  if (!test::have_reference_graph()) return;
  Graph g = load_graph(test::reference_graph_path());
  Artifact delayed = greedy_artifact(g, {.policy = ReusePolicy::Delayed});
  // The shared graph declares no input ranges, so float64-exact handovers
  // (--reuse immediate) have no values to work with; every handover of the
  // exact-arithmetic policy is exported as it is.
  Artifact immediate = greedy_artifact(g, {.policy = ReusePolicy::ImmediateExactArith});
  tvm::TvmExport ed = tvm::make_tvm_export(g, delayed, "d.json");
  tvm::TvmExport ei = tvm::make_tvm_export(g, immediate, "i.json");
  CHECK(handovers(ed) == 0);
  CHECK(handovers(ei) > 0);
  for (const tvm::TvmExport* e : {&ed, &ei}) {
    CHECK(e->slot[*g.find_value("position")] == 0);
    CHECK(e->slot[*g.find_value("inv_log_pos")] == 1);
    CHECK(e->slot[*g.find_value("position_sq")] == 2);
    CHECK(e->alive.size() == 14);
    for (const auto& sub : e->program)
      for (const auto& w : sub.writes) {
        if (w.added) CHECK(e->slot[*w.added] == w.slot);
        for (ValueId v : w.removed) CHECK(e->slot[v] == w.slot);
      }
  }
  // Under delayed reuse the walk erases what the artifact erases, except the
  // two never-read inputs it embeds and slotproof gives no slot.
  tvm::TvmAllocatorResult own_d = tvm::emulate_tvm_allocator(g, delayed, ed);
  auto removed = removed_by_boundary(ed);
  for (auto& [c, vs] : own_d.erased) {
    CAPTURE(c);
    std::vector<ValueId> read;
    for (ValueId v : vs)
      if (!g.readers[v].empty() || g.values[v].output) read.push_back(v);
    CHECK(read == removed[c]);
  }
  CHECK(own_d.d_model <= delayed.d_model);
  // Immediate reuse cannot be said in a plan: transformer-vm's walk frees a
  // slot one boundary after the erase, so it needs more than the artifact.
  tvm::TvmAllocatorResult own_i = tvm::emulate_tvm_allocator(g, immediate, ei);
  CHECK(own_i.d_model > immediate.d_model);
}

TEST_CASE("tvm export: plan.yaml and tvm-export.json have deterministic bytes and name every gate once") {
  if (!std::filesystem::exists(tvm_allocation_path())) return;
  Graph g = load_graph(test::reference_graph_path());
  Artifact a = load_artifact(g, tvm_allocation_path());
  tvm::TvmExport e = tvm::make_tvm_export(g, a, "a.json");
  const std::string plan = tvm::plan_yaml(g, a, e), json = tvm::export_json(g, a, e, std::string(64, 'a'));
  tvm::TvmExport again = tvm::make_tvm_export(g, load_artifact(g, tvm_allocation_path()), "a.json");
  CHECK(tvm::plan_yaml(g, a, again) == plan);
  CHECK(tvm::export_json(g, a, again, std::string(64, 'a')) == json);
  CHECK(plan.find("summary:\n  layers: 7\n  d_model: 38\n") != std::string::npos);
  for (const Gate& gate : g.gates)  // a gate's first value: lookups are listed by the values they produce
    CHECK(plan.find(nlohmann::json(g.values[gate.produces[0]].name).dump()) != std::string::npos);
  nlohmann::json doc = nlohmann::json::parse(json);
  CHECK(doc["format"] == tvm::kExportFormat);
  CHECK(doc["graph"]["sha256"] == g.sha256);
  CHECK(doc["writes"].size() == a.alloc.writes.size());
  CHECK(doc["writes"][0]["sublayer"] == "embedding");
}

TEST_CASE("tvm export cli: exit 0 writes both files, 1 for an unsafe artifact, 2 for bad input (one line)") {
  if (!std::filesystem::exists(tvm_allocation_path())) return;
  test::TempDir dir;
  const std::string graph = test::reference_graph_path(), art = tvm_allocation_path();
  auto ok = test::run_cli("export tvm " + graph + " " + art + " -o " + dir.file("ok"));
  CAPTURE(ok.output);
  CHECK(ok.exit_code == 0);
  CHECK(ok.output.find("transformer-vm's own allocator on plan.yaml alone: d_model 38") != std::string::npos);
  CHECK(std::filesystem::exists(dir.file("ok/plan.yaml")));
  CHECK(std::filesystem::exists(dir.file("ok/tvm-export.json")));

  const std::string text = read_file_bytes(art);
  auto edited = [&](const std::string& from, const std::string& to) {
    std::string t = text;
    const size_t at = t.find(from);
    REQUIRE(at != std::string::npos);
    t.replace(at, from.size(), to);
    const std::string path = dir.file("edited.json");
    sp::test::write_file(path, t);
    return path;
  };
  auto one_line_exit_2 = [](const test::RunResult& r, const std::string& words) {
    CAPTURE(r.output);
    CHECK(r.exit_code == 2);
    CHECK(std::count(r.output.begin(), r.output.end(), '\n') == 1);
    CHECK(r.output.find(words) != std::string::npos);
  };
  // A write transformer-vm cannot build: the embedding writes 2 x carry.
  one_line_exit_2(test::run_cli("export tvm " + graph + " " +
                                edited("{\"boundary\":-1,\"slot\":5,\"delta\":{\"carry\":1.0}}",
                                       "{\"boundary\":-1,\"slot\":5,\"delta\":{\"carry\":2.0}}") +
                                " -o " + dir.file("bad")),
                  "coefficient 2");
  // An illegal schedule: a reglu in an attention phase.
  one_line_exit_2(test::run_cli("export tvm " + graph + " " +
                                edited("{\"gate\":\"unsigned_branch+\",\"phase\":2}",
                                       "{\"gate\":\"unsigned_branch+\",\"phase\":4}") +
                                " -o " + dir.file("bad")),
                  "cannot be exported: [");
  one_line_exit_2(test::run_cli("export tvm " + test::repo_path("workloads/chain.json") + " " + art + " -o " + dir.file("bad")),
                  "made for graph");
  one_line_exit_2(test::run_cli("export tvm " + graph + " " + dir.file("missing.json") + " -o " + dir.file("bad")),
                  "missing.json");
  one_line_exit_2(test::run_cli("export tvm " + graph + " " + art + " -o " + dir.file("ok/plan.yaml/sub")),
                  "is not a directory");
  CHECK(test::run_cli("export " + graph + " " + art).exit_code == 2);  // no target named
  // A graph without the engine's position features as pinned inputs.
  const std::string plain = dir.file("plain.json");
  sp::test::write_file(plain, R"({"format": "slotproof-graph/1", "inputs": [{"name": "x"}, {"name": "position"}],
    "gates": [{"name": "r", "kind": "reglu", "a": {"x": 1}, "b": {"position": 1}}], "outputs": ["r"]})");
  REQUIRE(test::run_cli("greedy " + plain + " -o " + dir.file("plain-a.json")).exit_code == 0);
  one_line_exit_2(test::run_cli("export tvm " + plain + " " + dir.file("plain-a.json") + " -o " + dir.file("bad")),
                  "must have it as a pinned input");
  CHECK_FALSE(std::filesystem::exists(dir.file("bad")));

  // Unsafe: the erase of carry at boundary 1 dropped (a stale value).
  const std::string unsafe = edited("{\"boundary\":1,\"slot\":5,\"delta\":{\"carry\":-1.0}},", "");
  auto refused = test::run_cli("export tvm " + graph + " " + unsafe + " -o " + dir.file("unsafe"));
  CAPTURE(refused.output);
  CHECK(refused.exit_code == 1);
  CHECK(refused.output.find("carry") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.file("unsafe/tvm-export.json")));
  auto forced = test::run_cli("export tvm " + graph + " " + unsafe + " -o " + dir.file("unsafe") + " --allow-unsafe");
  CHECK(forced.exit_code == 0);
  CHECK(std::filesystem::exists(dir.file("unsafe/tvm-export.json")));
}

TEST_CASE("tvm export: float64-exact handovers export clean, exact-arithmetic ones are refused unless --allow-unsafe") {
  // The committed ranged export of the same graph (make tvm-graph): input
  // ranges let the float64 rule find handovers that are exact.
  test::TempDir dir;
  const std::string graph = test::repo_path("workloads/tvm-wasm-interpreter.json");
  Graph g = load_graph(graph);
  Artifact exact = greedy_artifact(g, {.policy = ReusePolicy::Immediate});
  tvm::TvmExport e = tvm::make_tvm_export(g, exact, "exact.json");
  CHECK(handovers(e) > 0);
  CHECK(e.violations.empty());
  const std::string arith = dir.file("arith.json");
  sp::test::write_file(arith, artifact_to_text(g, greedy_artifact(g, {.policy = ReusePolicy::ImmediateExactArith})));
  auto refused = test::run_cli("export tvm " + graph + " " + arith + " -o " + dir.file("out"));
  CAPTURE(refused.output);
  CHECK(refused.exit_code == 1);
  CHECK(refused.output.find("[inexact-handover]") != std::string::npos);
  CHECK(test::run_cli("export tvm " + graph + " " + arith + " -o " + dir.file("out") + " --allow-unsafe").exit_code == 0);
}
