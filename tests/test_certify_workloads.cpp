// The CNF encoding on every committed workload: for each proven optimum D a
// bundle records (proofs/NAME/manifest.json, both reuse policies), "a
// schedule with width_bound <= D" is SAT, and the schedule CaDiCaL finds
// decodes to one compute_liveness accepts at <= D. (UNSAT at D-2 is the
// certificate itself, which check-bundle re-checks.)
#include <doctest/doctest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "helpers.h"
#include "model/artifact.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "sat/cadical_run.h"
#include "sat/cnf_encoding.h"
#include "solve/milp_schedule.h"

using namespace sp;
using namespace sp::test;
namespace fs = std::filesystem;

TEST_CASE("cnf: for every committed workload's proven optimum D, width_bound <= D is SAT and decodes") {
  int checked = 0;
  for (const auto& e : fs::directory_iterator(repo_path("proofs"))) {
    const fs::path manifest = e.path() / "manifest.json";
    if (!fs::exists(manifest)) continue;
    auto m = nlohmann::json::parse(read_file_bytes(manifest.string()));
    if (m.value("format", "") != "slotproof-bundle/2") continue;
    Graph g = load_graph(repo_path(m["workload"]["path"].get<std::string>()));
    if (g.gates.size() > 600) continue;  // the CNF of the scale workloads is not this test's business
    std::optional<int> max_ffn;
    if (!m["options"]["max_ffn"].is_null()) max_ffn = m["options"]["max_ffn"].get<int>();
    const int layers = m["options"]["layers"].get<int>();
    for (auto& [policy_text, p] : m["policies"].items()) {
      const auto& milp = p["milp"];
      if (milp["status"] != "proven optimal") continue;
      const ReusePolicy policy = policy_text == "delayed-reuse" ? ReusePolicy::Delayed : ReusePolicy::Immediate;
      const int d = milp["objective"].get<int>();
      CAPTURE(g.name);
      CAPTURE(policy_text);
      CnfEncoding enc = encode_schedule_cnf(g, {layers, policy, max_ffn, d});
      TempDir dir;
      const std::string cnf = dir.file("at.cnf");
      write_text_file(cnf, enc.dimacs);
      SatOptions so;
      so.time_limit_s = 120;
      SatRun run = run_cadical(cnf, so);
      REQUIRE(run.answer == SatAnswer::Sat);
      Schedule s = decode_schedule(enc, parse_sat_model(run.output, enc.variables));
      CHECK(milp::schedule_violation(g, s, max_ffn) == "");
      CHECK(compute_liveness(g, s, policy).d_model <= d);
      ++checked;
    }
  }
  MESSAGE(checked << " proven optima of committed bundles re-found by CaDiCaL");
  CHECK(checked >= 8);  // five small workloads, two policies (some optima may stay unproven)
}
