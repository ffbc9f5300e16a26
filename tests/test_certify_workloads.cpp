// The CNF encoding on every committed workload: for each proven optimum D a
// bundle records (proofs/NAME/manifest.json, both reuse policies), the
// bundle's own optimal schedule is a model of "a schedule with width_bound
// <= D": its phases, added as unit clauses, leave the formula SAT (CaDiCaL),
// and the model decodes back to exactly that schedule, which compute_liveness
// accepts at <= D. So the encoding excludes no schedule the MILP found.
// (UNSAT at D-2 is the certificate itself, which check-bundle re-checks.)
// Fixing the phases keeps this fast where a free search at D is slow
// (random-500: over 120 s).
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

TEST_CASE("cnf: every committed proven optimum is a model of its width_bound <= D formula, decoded back to itself") {
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
      const std::string tag = policy == ReusePolicy::Delayed ? "delayed" : "immediate";
      const Artifact a = load_artifact(g, (e.path() / ("milp-" + tag + ".json")).string());
      REQUIRE(a.schedule.phase.size() == enc.gates.size());
      // "phase(x) <= phases[i]" for each of x's order variables, from the artifact.
      std::string units;
      uint64_t added = 0;
      for (size_t x = 0; x < enc.gates.size(); ++x) {
        const PhaseVars& pv = enc.gates[x];
        for (size_t i = 0; i + 1 < pv.phases.size(); ++i, ++added)
          units += std::to_string(a.schedule.phase[x] <= pv.phases[i] ? pv.first_var + static_cast<int>(i)
                                                                     : -(pv.first_var + static_cast<int>(i))) + " 0\n";
      }
      std::string dimacs = enc.dimacs;
      const std::string header = "p cnf " + std::to_string(enc.variables) + " " + std::to_string(enc.clauses) + "\n";
      REQUIRE(dimacs.find(header) != std::string::npos);
      dimacs.replace(dimacs.find(header), header.size(),
                     "p cnf " + std::to_string(enc.variables) + " " + std::to_string(enc.clauses + added) + "\n");
      TempDir dir;
      const std::string cnf = dir.file("at.cnf");
      write_text_file(cnf, dimacs + units);
      SatOptions so;
      so.time_limit_s = 60;
      SatRun run = run_cadical(cnf, so);
      REQUIRE(run.answer == SatAnswer::Sat);
      Schedule s = decode_schedule(enc, parse_sat_model(run.output, enc.variables));
      CHECK(s.phase == a.schedule.phase);
      CHECK(milp::schedule_violation(g, s, max_ffn) == "");
      CHECK(compute_liveness(g, s, policy).d_model <= d);
      ++checked;
    }
  }
  MESSAGE(checked << " proven optima of committed bundles are models of their CNF");
  CHECK(checked >= 8);  // five small workloads, two policies (some optima may stay unproven)
}
