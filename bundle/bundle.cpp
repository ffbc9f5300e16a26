#include "bundle/bundle.h"

#include <filesystem>
#include <iomanip>
#include <iostream>

#include "bundle/glpk_check.h"
#include "bundle/versions.h"
#include "verify/z3_encoding.h"
#include "bundle/z3_schedule.h"
#include "model/artifact.h"
#include "model/compress.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "solve/greedy.h"
#include "solve/milp.h"
#include "verify/verify.h"

namespace sp {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kBundleFormat = "slotproof-bundle/1";

// Every regular file below `dir` except the manifest, relative and sorted.
json file_hashes(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path() != dir / "manifest.json") names.push_back(fs::relative(e.path(), dir).string());
  std::sort(names.begin(), names.end());
  json files = json::object();
  for (const std::string& n : names) files[n] = sha256_hex(read_file_bytes((dir / n).string()));
  return files;
}

json verify_into(const Graph& g, const fs::path& artifact, const fs::path& proof_dir, const BundleOptions& opt,
                 ProofLayout layout, int& worst) {
  VerifyOptions vo;
  vo.proof_dir = proof_dir.string();
  vo.proof_layout = layout;
  vo.z3.max_proof_bytes = opt.max_proof_bytes;
  VerifyOutcome o = verify_files(g, artifact.string(), vo);
  print_outcome(std::cout, o, 5);
  worst = std::max(worst, o.exit_code);
  return {{"exit_code", o.exit_code},
          {"violations", o.total_violations},
          {"disagreements", o.disagreements.size()},
          {"cvc5_disagreements", o.cvc5.disagreements},
          {"cvc5_unknowns", o.cvc5.unknowns}};
}

json milp_summary(const MilpResult& r) {
  return {{"solver", "CBC " + cbc_version()}, {"status", milp_status_name(r.status)},
          {"objective", r.objective},         {"bound", r.bound},
          {"gap", r.gap},                     {"nodes", r.nodes},
          {"columns", r.columns},             {"rows", r.rows},
          {"warm_start_d_model", r.warm_start_d_model}, {"bands_solved", r.bands_solved},
          {"bands_improved", r.bands_improved}, {"band_d_model", r.band_d_model}};
}

// GLPK re-solves the MPS (plain or .mps.gz); agreement means equal proven optima.
json glpk_cross_check(const MilpResult& r, const fs::path& mps, double time_limit, int& worst) {
  GlpkResult gl = glpk_resolve_mps(mps.string(), time_limit);
  bool both_optimal = gl.proven_optimal && r.status == MilpStatus::Optimal;
  bool agree = both_optimal && std::abs(gl.objective - r.objective) < 1e-6;
  std::string verdict = agree ? "agree" : both_optimal ? "DISAGREE" : "inconclusive";
  if (!agree && both_optimal) worst = std::max(worst, static_cast<int>(kExitUndecided));
  std::cout << "GLPK " << glpk_version() << " re-solve of milp.mps: " << gl.status << ", objective "
            << gl.objective << " (" << verdict << ")\n";
  return {{"solver", "GLPK " + glpk_version()}, {"status", gl.status}, {"objective", gl.objective},
          {"verdict", verdict}, {"note", gl.message}};
}

// Z3, on its own formulation: no schedule in the budget has d_model two lower.
json z3_cross_check(const Graph& g, const MilpResult& r, const BundleOptions& opt, int& worst) {
  if (r.status != MilpStatus::Optimal) return {{"verdict", "skipped"}, {"why", "MILP not proven optimal"}};
  if (static_cast<int>(g.gates.size()) > opt.z3_lower_bound_max_gates)
    return {{"verdict", "skipped"}, {"why", "graph larger than " + std::to_string(opt.z3_lower_bound_max_gates) + " gates"}};
  Z3ScheduleQuery q;
  q.layers = r.layers;
  q.max_ffn = opt.max_ffn;
  q.width_limit = r.objective - 2;
  q.rlimit = opt.z3_rlimit;
  Z3ScheduleAnswer a = z3_schedule_exists(g, q);
  if (a.verdict == "sat") worst = std::max(worst, static_cast<int>(kExitUndecided));
  std::cout << "Z3 " << z3_version() << ": a schedule with d_model <= " << r.objective - 2 << " in " << r.layers
            << " layers: " << a.verdict << (a.verdict == "unsat" ? " (optimum confirmed)" : "") << "\n";
  return {{"solver", "Z3 " + z3_version()}, {"query", "width_bound <= " + std::to_string(r.objective - 2)},
          {"verdict", a.verdict}, {"reason", a.reason}, {"rlimit", opt.z3_rlimit}, {"rlimit_used", a.rlimit_used}};
}

}  // namespace

int make_bundle(const std::string& workload, const std::string& out_dir, const BundleOptions& opt) {
  Graph g = load_graph(workload);
  fs::path dir(out_dir);
  fs::remove_all(dir);
  fs::create_directories(dir);
  int worst = kExitOk;

  Artifact greedy = greedy_artifact(g, {.max_ffn = opt.max_ffn});
  write_text_file((dir / "greedy.json").string(), artifact_to_text(g, greedy));

  MilpOptions mo{.layers = opt.layers, .max_ffn = opt.max_ffn, .time_limit = opt.time_limit,
                 .threads = opt.threads, .write_mps = (dir / "milp.mps").string()};
  MilpResult r = solve_milp(g, mo);
  std::cout << g.name << ": greedy d_model " << greedy.d_model << " in " << greedy.schedule.layers
            << " layers; MILP " << milp_status_name(r.status) << ", d_model " << r.objective << " (bound "
            << r.bound << ") in " << r.layers << " layers, " << std::fixed << std::setprecision(2) << r.seconds
            << std::defaultfloat << " s\n";
  if (!r.schedule) throw InputError(workload + ": MILP found no schedule: " + r.message);
  write_text_file((dir / "milp.json").string(), artifact_to_text(g, milp_artifact(g, r, mo)));

  json verdicts;
  // Scale graphs: the MPS gzipped (GLPK reads .mps.gz) and packed proofs.
  const ProofLayout layout = static_cast<int>(g.gates.size()) >= opt.packed_min_gates ? ProofLayout::Packed
                                                                                        : ProofLayout::PerQuery;
  fs::path mps = dir / "milp.mps";
  if (layout == ProofLayout::Packed) {
    write_text_file((dir / "milp.mps.gz").string(), gzip_compress(read_file_bytes(mps.string())));
    fs::remove(mps);
    mps = dir / "milp.mps.gz";
  }
  verdicts["verify_greedy"] = verify_into(g, dir / "greedy.json", dir / "verify-greedy", opt, layout, worst);
  verdicts["verify_milp"] = verify_into(g, dir / "milp.json", dir / "verify-milp", opt, layout, worst);
  json solver = {{"milp", milp_summary(r)},
                 {"glpk", glpk_cross_check(r, mps, opt.glpk_time_limit, worst)},
                 {"z3_lower_bound", z3_cross_check(g, r, opt, worst)}};
  write_text_file((dir / "solver.json").string(), solver.dump(1) + "\n");

  nlohmann::ordered_json manifest = {{"format", kBundleFormat},
                   {"versions", tool_versions()},
                   {"workload", {{"path", opt.recorded_path.empty() ? workload : opt.recorded_path}, {"name", g.name}, {"sha256", g.sha256}}},
                   {"options",
                    {{"layers", r.layers}, {"max_ffn", opt.max_ffn ? json(*opt.max_ffn) : json(nullptr)},
                     {"time_limit", opt.time_limit}, {"threads", opt.threads},
                     {"proof_layout", proof_layout_name(layout)}}},
                   {"results", {{"greedy_d_model", greedy.d_model}, {"greedy_layers", greedy.schedule.layers},
                                {"milp_d_model", r.objective}, {"milp_bound", r.bound}}},
                   {"verdicts", verdicts},
                   {"solver", solver},
                   {"files", file_hashes(dir)}};
  write_text_file((dir / "manifest.json").string(), manifest.dump(1) + "\n");
  return worst;
}

int check_bundle(const std::string& dir_text, const std::string& root) {
  fs::path dir(dir_text);
  std::string manifest_path = (dir / "manifest.json").string();
  json m = parse_json_text(read_file_bytes(manifest_path), manifest_path);
  if (m.value("format", "") != kBundleFormat) throw InputError(manifest_path + ": not a " + kBundleFormat + " manifest");
  int worst = kExitOk;
  auto stale = [&](const std::string& why) {
    std::cout << dir_text << ": STALE: " << why << "\n";
    worst = std::max(worst, static_cast<int>(kExitViolation));
  };
  json files = m.at("files");
  json now = file_hashes(dir);
  for (auto it = files.begin(); it != files.end(); ++it)
    if (!now.contains(it.key())) stale("file " + it.key() + " is missing");
    else if (now[it.key()] != it.value()) stale("file " + it.key() + " does not match its recorded SHA-256");
  for (auto it = now.begin(); it != now.end(); ++it)
    if (!files.contains(it.key())) stale("file " + it.key() + " is not in the manifest");

  std::string workload = (fs::path(root) / m.at("workload").at("path").get<std::string>()).lexically_normal().string();
  Graph g = load_graph(workload);
  if (g.sha256 != m["workload"]["sha256"]) stale("workload " + workload + " changed since the bundle was made");
  std::optional<int> max_ffn;
  if (!m["options"]["max_ffn"].is_null()) max_ffn = m["options"]["max_ffn"].get<int>();
  for (const char* name : {"greedy.json", "milp.json"}) {
    VerifyOutcome o = verify_files(g, (dir / name).string());
    std::cout << dir_text << "/" << name << ": " << (o.exit_code == 0 ? "proven safe" : "NOT proven safe") << "\n";
    print_outcome(std::cout, o, 5);
    worst = std::max(worst, o.exit_code);
  }
  std::string regenerated = artifact_to_text(g, greedy_artifact(g, {.max_ffn = max_ffn}));
  if (regenerated != read_file_bytes((dir / "greedy.json").string()))
    stale("greedy.json differs from what this slotproof produces now (regenerate the bundle)");
  if (worst == kExitOk) std::cout << dir_text << ": bundle checks out\n";
  return worst;
}

}  // namespace sp
