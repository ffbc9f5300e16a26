#include "bundle/bundle.h"

#include <filesystem>
#include <iomanip>
#include <sstream>

#include "bundle/glpk_check.h"
#include "bundle/versions.h"
#include "certify/certify.h"
#include "model/liveness.h"
#include "verify/z3_encoding.h"
#include "bundle/z3_schedule.h"
#include "model/artifact.h"
#include "model/compress.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "report/plot_svg.h"
#include "solve/cbc_version.h"
#include "solve/greedy.h"
#include "solve/milp.h"
#include "verify/verify.h"

namespace sp {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr size_t kMaxProofBytes = 16 * 1024;  // per-query layout only: Z3 proof text kept per query

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

void step(const BundleOptions& opt, const std::string& what) { report_progress(opt.progress, {"bundle", what, 0, 0, true}); }

json verify_into(const Graph& g, const fs::path& artifact, const fs::path& proof_dir, const BundleOptions& opt,
                 ProofLayout layout, int& worst) {
  step(opt, "verify " + artifact.filename().string() + " (direct checker, Z3, cvc5 re-check)");
  VerifyOptions vo;
  vo.proof_dir = proof_dir.string();
  vo.proof_layout = layout;
  vo.z3.max_proof_bytes = kMaxProofBytes;
  VerifyOutcome o = verify_files(g, artifact.string(), vo);
  std::ostringstream words;
  print_outcome(words, o, 5);
  report_lines(opt.report, words.str());
  worst = std::max(worst, o.exit_code);
  return {{"exit_code", o.exit_code},
          {"violations", o.found.size()},
          {"disagreements", o.disagreements.size()},
          {"cvc5_disagreements", o.cvc5.disagreements},
          {"cvc5_unknowns", o.cvc5.unknowns}};
}

json levels_json(const MilpResult& r) {
  json levels = json::array();
  for (const LevelReport& l : r.levels)
    levels.push_back({{"objective", l.objective}, {"status", l.status}, {"value", l.value}, {"bound", l.bound}});
  return levels;
}

json milp_summary(const MilpResult& r) {
  return {{"solver", "CBC " + cbc_version()}, {"status", milp_status_name(r.status)},
          {"objective", r.objective},         {"bound", r.bound},
          {"gap", r.gap},                     {"columns", r.columns},
          {"rows", r.rows},
          {"levels", levels_json(r)},         {"ffn_width", r.ffn_width},
          {"write_terms", r.write_terms},     {"warm_start_d_model", r.warm_start_d_model},
          {"bands_solved", r.bands_solved},   {"bands_improved", r.bands_improved},
          {"band_d_model", r.band_d_model}};
}

// GLPK re-solves the MPS (before it is compressed); agreement means equal proven optima.
json glpk_cross_check(const MilpResult& r, const fs::path& mps, double time_limit_s, int& worst, const BundleOptions& opt) {
  step(opt, "GLPK re-solves " + mps.filename().string());
  GlpkResult gl = glpk_resolve_mps(mps.string(), time_limit_s);
  bool both_optimal = gl.proven_optimal && r.status == MilpStatus::Optimal;
  bool agree = both_optimal && std::abs(gl.objective - r.objective) < 1e-6;
  std::string verdict = agree ? "agree" : both_optimal ? "DISAGREE" : "inconclusive";
  if (!agree && both_optimal) worst = std::max(worst, static_cast<int>(kExitUndecided));
  std::ostringstream words;
  words << "GLPK " << glpk_version() << " re-solve of " << mps.filename().string() << ": " << gl.status
        << ", objective " << gl.objective << " (" << verdict << ")\n";
  report_lines(opt.report, words.str());
  return {{"solver", "GLPK " + glpk_version()}, {"status", gl.status}, {"objective", gl.objective},
          {"verdict", verdict}, {"note", gl.message}};
}

// Z3, on its own formulation: no schedule in the budget has d_model two lower.
json z3_cross_check(const Graph& g, const MilpResult& r, ReusePolicy policy, const BundleOptions& opt, int& worst) {
  if (r.status != MilpStatus::Optimal) return {{"verdict", "skipped"}, {"why", "MILP not proven optimal"}};
  if (static_cast<int>(g.gates.size()) > opt.z3_lower_bound_max_gates)
    return {{"verdict", "skipped"}, {"why", "graph larger than " + std::to_string(opt.z3_lower_bound_max_gates) + " gates"}};
  step(opt, "Z3: a schedule with d_model <= " + std::to_string(r.objective - 2) + "?");
  Z3ScheduleQuery q;
  q.layers = r.layers;
  q.max_ffn = opt.max_ffn;
  q.policy = policy;
  q.width_limit = r.objective - 2;
  q.rlimit = opt.z3_rlimit;
  Z3ScheduleAnswer a = z3_schedule_exists(g, q);
  if (a.verdict == "sat") worst = std::max(worst, static_cast<int>(kExitUndecided));
  std::ostringstream words;
  words << "Z3 " << z3_version() << ": a schedule with d_model <= " << r.objective - 2 << " in " << r.layers
        << " layers under " << policy_name(policy) << ": " << a.verdict
        << (a.verdict == "unsat" ? " (optimum confirmed)" : "") << "\n";
  report_lines(opt.report, words.str());
  return {{"solver", "Z3 " + z3_version()}, {"query", "width_bound <= " + std::to_string(r.objective - 2)},
          {"verdict", a.verdict}, {"reason", a.reason}, {"rlimit", opt.z3_rlimit}, {"rlimit_used", a.rlimit_used}};
}

ProofLayout layout_of(const BundleOptions& opt) { return opt.per_query_proofs ? ProofLayout::PerQuery : ProofLayout::Packed; }

json artifact_entry(const std::string& file, ReusePolicy policy, const std::string& verify_dir, json verdict) {
  return {{"file", file}, {"policy", policy_name(policy)}, {"verify", verify_dir}, {"verdict", std::move(verdict)}};
}

json certify_into(const Graph& g, const MilpResult& r, const fs::path& dir, const std::string& tag, ReusePolicy policy,
                  const BundleOptions& opt, int& worst);

// The MILP under one policy: its artifact, its MPS (xz), its
// verification and the two cross-checks of its optimum.
json bundle_policy(const Graph& g, const fs::path& dir, ReusePolicy policy, const BundleOptions& opt, json& artifacts,
                   int& layers, int& worst) {
  const std::string tag = std::string("milp-") + policy_tag(policy);
  MilpOptions mo;
  mo.layers = opt.layers, mo.max_ffn = opt.max_ffn, mo.policy = policy;
  mo.time_limit_s = opt.milp_time_limit_s, mo.threads = opt.threads;
  mo.write_mps = (dir / (tag + ".mps")).string();
  mo.progress = opt.progress;
  step(opt, "MILP under " + std::string(policy_name(policy)));
  MilpResult r = solve_milp(g, mo);
  std::ostringstream words;
  words << g.name << ": MILP (" << policy_name(policy) << ") " << milp_status_name(r.status) << ", d_model "
        << r.objective << " (bound " << r.bound << "), FFN width " << r.ffn_width << " in " << r.layers << " layers, "
        << std::fixed << std::setprecision(2) << r.seconds << " s\n";
  report_lines(opt.report, words.str());
  if (!r.schedule) throw InputError(g.source + ": MILP found no schedule: " + r.message);
  layers = r.layers;
  write_text_file((dir / (tag + ".json")).string(), artifact_to_text(g, milp_artifact(g, r, mo)));
  json glpk = glpk_cross_check(r, mo.write_mps, opt.glpk_time_limit_s, worst, opt);
  write_text_file((dir / (tag + ".mps.xz")).string(), xz_compress(read_file_bytes(mo.write_mps)));
  fs::remove(mo.write_mps);
  json verdict = verify_into(g, dir / (tag + ".json"), dir / ("verify-" + tag), opt, layout_of(opt), worst);
  artifacts.push_back(artifact_entry(tag + ".json", policy, "verify-" + tag, std::move(verdict)));
  return {{"milp", milp_summary(r)},
          {"glpk", std::move(glpk)},
          {"z3_lower_bound", z3_cross_check(g, r, policy, opt, worst)},
          {"certificate", certify_into(g, r, dir, tag, policy, opt, worst)}};
}

// A checkable certificate of a proven optimum (certify/certify.h); a
// refuted claim fails the bundle. Without a verdict only certificate.json stays.
json certify_into(const Graph& g, const MilpResult& r, const fs::path& dir, const std::string& tag, ReusePolicy policy,
                  const BundleOptions& opt, int& worst) {
  if (opt.certify_time_limit_s <= 0) return {{"verdict", "skipped"}, {"why", "certificates off (a certificate time limit of 0)"}};
  if (r.status != MilpStatus::Optimal) return {{"verdict", "skipped"}, {"why", "MILP not proven optimal"}};
  const fs::path out = dir / (std::string("certificate-") + policy_tag(policy));
  step(opt, "certify d_model " + std::to_string(r.objective) + " optimal (" + policy_name(policy) + ")");
  CertifyOutcome c = certify_artifact(g, (dir / (tag + ".json")).string(),
                                      {out.string(), opt.certify_time_limit_s, opt.max_kept_proof_bytes});
  for (const std::string& line : c.lines) report_lines(opt.report, line + "\n");
  if (c.exit_code == kExitViolation) worst = std::max(worst, static_cast<int>(kExitViolation));
  if (c.verdict.rfind("not certified", 0) == 0)
    for (const auto& e : fs::directory_iterator(out))
      if (e.path().filename() != "certificate.json") fs::remove(e.path());
  json doc = parse_json_text(read_file_bytes((out / "certificate.json").string()), (out / "certificate.json").string());
  json summary = {{"verdict", c.verdict}, {"directory", out.filename().string()}};
  for (const char* k : {"cnf", "proof"})
    if (doc.contains(k) && doc[k].is_object()) summary[k] = doc[k];
  return summary;
}

}  // namespace

const std::vector<ReusePolicy>& bundle_policies() {
  static const std::vector<ReusePolicy> policies = {ReusePolicy::Delayed, ReusePolicy::Immediate};
  return policies;
}

// The bundle's picture (plot.svg): the MILP under each policy and greedy
// overlaid, and the immediate-reuse MILP's slots by boundary. Made from the
// artifact files, so check-bundle can re-make it and compare the bytes.
std::string bundle_plot(const Graph& g, const std::string& dir) {
  std::vector<PlotArtifact> arts;
  for (const char* name : {"milp-immediate", "milp-delayed", "greedy"})
    arts.push_back({name, load_artifact(g, (fs::path(dir) / (std::string(name) + ".json")).string())});
  return plot_artifacts_svg(g, arts);
}

int make_bundle(const std::string& workload, const std::string& out_dir, const BundleOptions& opt) {
  Graph g = load_graph(workload);
  fs::path dir(out_dir);
  fs::remove_all(dir);
  fs::create_directories(dir);
  int worst = kExitOk;
  json artifacts = json::array();

  step(opt, "greedy baseline");
  Artifact greedy = greedy_artifact(g, {.max_ffn = opt.max_ffn, .policy = ReusePolicy::Immediate});
  write_text_file((dir / "greedy.json").string(), artifact_to_text(g, greedy));
  const int greedy_delayed = compute_liveness(g, greedy.schedule, ReusePolicy::Delayed).d_model;
  report_lines(opt.report, g.name + ": greedy d_model " + std::to_string(greedy.d_model) + " (immediate reuse; " +
                               std::to_string(greedy_delayed) + " delayed) in " +
                               std::to_string(greedy.schedule.layers) + " layers\n");
  json verdict = verify_into(g, dir / "greedy.json", dir / "verify-greedy", opt, layout_of(opt), worst);
  artifacts.push_back(artifact_entry("greedy.json", ReusePolicy::Immediate, "verify-greedy", std::move(verdict)));

  nlohmann::ordered_json policies;
  int layers = 0;
  for (ReusePolicy p : bundle_policies())
    policies[policy_name(p)] = bundle_policy(g, dir, p, opt, artifacts, layers, worst);
  step(opt, "plot.svg (MILP under both policies and greedy, the immediate-reuse MILP's slots)");
  write_text_file((dir / "plot.svg").string(), bundle_plot(g, dir.string()));

  nlohmann::ordered_json manifest = {
      {"format", kBundleFormat},
      {"versions", tool_versions()},
      {"workload", {{"path", opt.recorded_path.empty() ? workload : opt.recorded_path}, {"name", g.name}, {"sha256", g.sha256}}},
      {"options",
       {{"layers", layers}, {"max_ffn", opt.max_ffn ? json(*opt.max_ffn) : json(nullptr)},
        {"time_limit", opt.milp_time_limit_s}, {"threads", opt.threads}, {"proof_layout", proof_layout_name(layout_of(opt))}}},
      {"greedy", {{"d_model", greedy.d_model}, {"d_model_delayed_reuse", greedy_delayed}, {"layers", greedy.schedule.layers}}},
      {"policies", policies},
      {"artifacts", artifacts},
      {"files", file_hashes(dir)}};
  write_text_file((dir / "manifest.json").string(), manifest.dump(1) + "\n");
  return worst;
}

}  // namespace sp
