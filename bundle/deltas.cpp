#include "bundle/deltas.h"

#include <climits>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "bundle/bundle.h"
#include "bundle/versions.h"
#include "certify/certify.h"
#include "model/artifact.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "model/json_strict.h"
#include "model/levels.h"
#include "model/liveness.h"
#include "model/scratch_dir.h"
#include "solve/greedy.h"
#include "solve/milp.h"
#include "verify/z3_encoding.h"

namespace sp {

namespace {

ScheduleFigures figures_of(const Graph& g, const Schedule& s, ReusePolicy policy, const DeltaOptions& opt) {
  Liveness lv = compute_liveness(g, s, policy);
  ScheduleFigures f;
  f.layers = s.layers;
  f.d_model = lv.d_model;
  f.heads = lv.n_heads();
  f.ffn_width = lv.ffn_width;
  f.forward = measure_forward({s.layers, lv.d_model, lv.ffn_width, opt.context}, opt.forward_seconds);
  return f;
}

// Certifies a proven optimum in a scratch directory (removed afterwards).
CertificateFigures certify_optimum(const Graph& g, const MilpResult& r, const MilpOptions& mo, const DeltaOptions& opt) {
  CertificateFigures c;
  if (opt.certify_time_limit_s <= 0) return c;
  if (r.status != MilpStatus::Optimal) {
    c.verdict = "skipped (not proven optimal)";
    return c;
  }
  const ScratchDir scratch("slotproof-deltas");
  if (scratch.path.empty()) return c;
  const std::filesystem::path& dir = scratch.path;
  write_text_file((dir / "milp.json").string(), artifact_to_text(g, milp_artifact(g, r, mo)));
  CertifyOutcome out = certify_artifact(g, (dir / "milp.json").string(), {(dir / "cert").string(), opt.certify_time_limit_s});
  c.verdict = out.verdict.empty() ? "not certified" : out.verdict;
  c.cnf_variables = out.cnf_variables, c.cnf_clauses = out.cnf_clauses, c.proof_bytes = out.proof_bytes;
  c.solve_seconds = out.solve_seconds, c.check_seconds = out.check_seconds;
  return c;
}

PolicyFigures measure_policy(const Graph& g, const ProfileWorkload& w, ReusePolicy policy, const DeltaOptions& opt) {
  PolicyFigures f;
  Schedule greedy = greedy_schedule(g, {.max_ffn = w.max_ffn, .policy = policy});
  MilpOptions mo;
  if (w.layers > 0) mo.layers = w.layers;
  mo.max_ffn = w.max_ffn;
  mo.policy = policy;
  mo.time_limit_s = w.milp_time_limit_s;
  mo.threads = opt.threads;
  MilpResult r = solve_milp(g, mo);
  f.milp_status = milp_status_name(r.status);
  f.milp_gap = r.gap;
  f.milp_seconds = r.seconds;
  f.write_terms = r.write_terms;
  f.greedy = figures_of(g, greedy, policy, opt);
  if (r.schedule) f.milp = figures_of(g, *r.schedule, policy, opt);
  f.certificate = certify_optimum(g, r, mo, opt);
  return f;
}

DeltaRow measure_row(const ProfileWorkload& w, const DeltaOptions& opt) {
  Graph g = load_graph(w.resolved);
  DeltaRow row;
  row.workload = w.name;
  row.gates = static_cast<int>(g.gates.size());
  row.delayed = measure_policy(g, w, ReusePolicy::Delayed, opt);
  row.immediate = measure_policy(g, w, ReusePolicy::Immediate, opt);
  return row;
}

std::string pct(double now, double before) {
  if (before == 0) return "n/a";
  std::ostringstream os;
  os << std::showpos << std::fixed << std::setprecision(1) << 100.0 * (now - before) / before << "%";
  return os.str();
}

std::string fixed(double v, int digits) {
  std::ostringstream os;
  os << std::fixed << std::setprecision(digits) << v;
  return os.str();
}

std::string rate(double tokens_per_second) { return fixed(tokens_per_second, tokens_per_second < 100 ? 1 : 0); }

}  // namespace

std::vector<DeltaRow> measure_deltas(const Profile& profile, const DeltaOptions& opt, const ReportFn& report) {
  std::vector<DeltaRow> rows;
  for (const ProfileWorkload& w : profile.workloads) {
    if (!w.present) {
      report_lines(report, "skip " + w.name + ": " + w.resolved + " not present\n");
      continue;
    }
    rows.push_back(measure_row(w, opt));
    const DeltaRow& r = rows.back();
    std::ostringstream words;
    words << w.name << ": milp d_model " << r.delayed.milp.d_model << " delayed (" << r.delayed.milp_status << ", "
          << fixed(r.delayed.milp_seconds, 2) << " s), " << r.immediate.milp.d_model << " immediate ("
          << r.immediate.milp_status << ", " << fixed(r.immediate.milp_seconds, 2) << " s)\n";
    report_lines(report, words.str());
  }
  return rows;
}

namespace {

// One policy's figures from a bundle: its MILP artifact and its manifest
// entry, which parse_bundle_manifest has validated; the figures it does not
// keep are read here as strictly.
PolicyFigures policy_from_bundle(const Graph& g, const std::filesystem::path& bundle, const StrictFields& r,
                                 const nlohmann::json& manifest, const BundleManifest::Policy& p,
                                 const ProfileWorkload& w, const DeltaOptions& opt) {
  const std::string where = std::string("policies.") + policy_name(p.policy);
  const nlohmann::json& entry = r.object(r.object(manifest, "policies", "manifest"), policy_name(p.policy), "policies");
  const nlohmann::json& milp = r.object(entry, "milp", where);
  PolicyFigures f;
  f.milp_status = r.text(milp, "status", where + ".milp");
  if (!r.need(milp, "gap", where + ".milp").is_number()) r.fail(where + ".milp: field 'gap' must be a number");
  f.milp_gap = milp["gap"].get<double>();
  f.milp_seconds = -1;  // not recorded in bundles
  f.write_terms = static_cast<int>(r.integer(milp, "write_terms", where + ".milp", 0, INT32_MAX));
  f.greedy = figures_of(g, greedy_schedule(g, {.max_ffn = w.max_ffn, .policy = p.policy}), p.policy, opt);
  f.milp = figures_of(g, load_artifact(g, (bundle / bundle_milp_file(p.policy)).string()).schedule, p.policy, opt);
  f.certificate.verdict = p.certificate_verdict;
  if (p.certificate_dir) {
    const std::string at = where + ".certificate";
    const nlohmann::json& c = r.object(entry, "certificate", where);
    if (c.contains("cnf")) {  // absent only when the CNF was never written
      const nlohmann::json& cnf = r.object(c, "cnf", at);
      f.certificate.cnf_variables = static_cast<int32_t>(r.integer(cnf, "variables", at + ".cnf", 0, INT32_MAX));
      f.certificate.cnf_clauses = static_cast<uint64_t>(r.integer(cnf, "clauses", at + ".cnf", 0, INT64_MAX));
    }
    if (c.contains("proof"))  // absent when CaDiCaL gave no proof (a timeout)
      f.certificate.proof_bytes =
          static_cast<uint64_t>(r.integer(r.object(c, "proof", at), "bytes", at + ".proof", 0, INT64_MAX));
    f.certificate.solve_seconds = f.certificate.check_seconds = -1;  // not recorded in bundles
  }
  return f;
}

}  // namespace

std::vector<DeltaRow> deltas_from_bundles(const Profile& profile, const std::string& dir, const DeltaOptions& opt,
                                          const ReportFn& report) {
  std::vector<DeltaRow> rows;
  for (const ProfileWorkload& w : profile.workloads) {
    if (!w.present) {
      report_lines(report, "skip " + w.name + ": " + w.resolved + " not present\n");
      continue;
    }
    const std::filesystem::path bundle = std::filesystem::path(dir) / w.name;
    const std::string where = (bundle / "manifest.json").string();
    if (!std::filesystem::is_regular_file(where)) throw InputError(where + ": no bundle for workload " + w.name);
    const std::string text = read_file_bytes(where);
    const BundleManifest m = parse_bundle_manifest(text, where);
    if (m.workload_sha256 != w.sha256)
      throw InputError(where + ": the bundle was made of another " + w.name + " (workload sha256 differs from the profile's)");
    const nlohmann::json manifest = parse_json_text(text, where);
    const StrictFields r(where);
    Graph g = load_graph(w.resolved);
    DeltaRow row{w.name, static_cast<int>(g.gates.size()), {}, {}};
    for (const BundleManifest::Policy& p : m.policies)
      (p.policy == ReusePolicy::Delayed ? row.delayed : row.immediate) =
          policy_from_bundle(g, bundle, r, manifest, p, w, opt);
    report_lines(report, w.name + ": from " + bundle.string() + ": milp d_model " + std::to_string(row.delayed.milp.d_model) +
                             " delayed, " + std::to_string(row.immediate.milp.d_model) + " immediate\n");
    rows.push_back(std::move(row));
  }
  return rows;
}

namespace {

std::string status_text(const PolicyFigures& f) {
  return f.milp_status + (f.milp_gap > 0 ? " (gap " + fixed(100 * f.milp_gap, 1) + "%)" : "") +
         (f.milp_seconds >= 0 ? ", " + fixed(f.milp_seconds, 2) + " s" : "");
}

// The per-policy table: greedy and MILP under the same policy, with deltas.
void policy_table(std::ostringstream& md, const std::vector<DeltaRow>& rows, bool immediate) {
  md << "| workload | gates | layers g/m | d_model greedy | d_model MILP | Δ d_model | heads g/m | FFN width g/m | "
        "params greedy | params MILP | Δ params | MAC/token g/m | tok/s greedy | tok/s MILP | Δ tok/s | write terms | "
        "MILP status |\n"
     << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";
  for (const DeltaRow& row : rows) {
    const PolicyFigures& f = immediate ? row.immediate : row.delayed;
    const ScheduleFigures &g = f.greedy, &m = f.milp;
    md << "| " << row.workload << " | " << row.gates << " | " << g.layers << "/" << m.layers << " | " << g.d_model
       << " | " << m.d_model << " | " << pct(m.d_model, g.d_model) << " | " << g.heads << "/" << m.heads << " | "
       << g.ffn_width << "/" << m.ffn_width << " | " << g.forward.parameters << " | " << m.forward.parameters << " | "
       << pct(m.forward.parameters, g.forward.parameters) << " | " << g.forward.macs_per_token << "/"
       << m.forward.macs_per_token << " | " << rate(g.forward.tokens_per_second) << " | "
       << rate(m.forward.tokens_per_second) << " | " << pct(m.forward.tokens_per_second, g.forward.tokens_per_second)
       << " | " << f.write_terms << " | " << status_text(f) << " |\n";
  }
}

// The policies side by side: the MILP under each, and what immediate reuse buys.
void side_by_side(std::ostringstream& md, const std::vector<DeltaRow>& rows) {
  md << "| workload | d_model delayed | d_model immediate | Δ d_model | FFN width delayed/immediate | "
        "params delayed | params immediate | Δ params | tok/s delayed | tok/s immediate | Δ tok/s |\n"
     << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const DeltaRow& row : rows) {
    const ScheduleFigures &d = row.delayed.milp, &i = row.immediate.milp;
    md << "| " << row.workload << " | " << d.d_model << " | " << i.d_model << " | " << pct(i.d_model, d.d_model)
       << " | " << d.ffn_width << "/" << i.ffn_width << " | " << d.forward.parameters << " | " << i.forward.parameters
       << " | " << pct(i.forward.parameters, d.forward.parameters) << " | " << rate(d.forward.tokens_per_second)
       << " | " << rate(i.forward.tokens_per_second) << " | "
       << pct(i.forward.tokens_per_second, d.forward.tokens_per_second) << " |\n";
  }
}

std::string megabytes(uint64_t bytes) { return fixed(static_cast<double>(bytes) / 1e6, 2) + " MB"; }

// Per workload and policy: the certificate of the MILP optimum (docs/CNF.md).
void certificate_table(std::ostringstream& md, const std::vector<DeltaRow>& rows) {
  md << "| workload | policy | d_model | certificate | CNF variables | CNF clauses | proof | CaDiCaL s | check s |\n"
     << "|---|---|---:|---|---:|---:|---:|---:|---:|\n";
  for (const DeltaRow& row : rows)
    for (bool immediate : {false, true}) {
      const PolicyFigures& f = immediate ? row.immediate : row.delayed;
      const CertificateFigures& c = f.certificate;
      const bool ran = c.cnf_clauses > 0;
      md << "| " << row.workload << " | " << policy_tag(immediate ? ReusePolicy::Immediate : ReusePolicy::Delayed) << " | " << f.milp.d_model << " | "
         << c.verdict << " | " << (ran ? std::to_string(c.cnf_variables) : "") << " | "
         << (ran ? std::to_string(c.cnf_clauses) : "") << " | " << (c.proof_bytes ? megabytes(c.proof_bytes) : "")
         << " | " << (ran && c.solve_seconds >= 0 ? fixed(c.solve_seconds, 2) : "") << " | "
         << (c.proof_bytes && c.check_seconds >= 0 ? fixed(c.check_seconds, 2) : "")
         << " |\n";
    }
}

}  // namespace

std::string render_deltas_markdown(const Profile& profile, const std::vector<DeltaRow>& rows, const DeltaOptions& opt) {
  std::ostringstream md;
  md << "# Deltas: MILP against greedy, under both reuse policies\n\n"
     << "Generated by `make deltas` (`slotproof bench " << profile.path
     << (opt.bundles.empty() ? "" : " --from-bundles " + opt.bundles) << " -o docs/DELTAS.md`); do not edit by hand.\n"
     << "Profile " << profile.version << ", cost model `" << profile.cost_model << "`.\n\n"
     << "Each workload is scheduled by the greedy baseline and by the MILP (d_model, then FFN width, then write\n"
     << "terms: docs/MILP.md) under the profile's layer and FFN budgets, once per reuse policy: delayed reuse\n"
     << "(a slot is reused only after its erase boundary, SPEC.md 3) and immediate reuse (the erase and the\n"
     << "next value's placement share one `+new -old` write, only where float64 evaluates it exactly:\n"
     << "docs/NUMERICS.md). Parameters and multiply-adds per token follow the\n"
     << "shapes in `bundle/forward.h` (attention Q/K/V/O d_model x d_model, two-dimensional heads over a context\n"
     << "of " << opt.context << " keys, ReGLU FFN of the schedule's FFN width). Token rate is measured: the same dense\n"
     << "decode step with random weights, run for the schedule's shape, one thread.\n"
     << (opt.bundles.empty() ? std::string()
                             : "The MILP schedules, statuses and certificates are those of the proof bundles in `" + opt.bundles +
                                   "/` (made with the profile's time limits; solve and proof times are not recorded in\n"
                                   "bundles and are left out); greedy is re-run and every token rate is measured here.\n")
     << "\n"
     << "## The two policies side by side (MILP)\n\n";
  side_by_side(md, rows);
  md << "\n## Delayed reuse: MILP against greedy\n\n";
  policy_table(md, rows, false);
  md << "\n## Immediate reuse: MILP against greedy\n\n";
  policy_table(md, rows, true);
  md << "\n## The reference graph, pictured\n\n"
     << "`make deltas` draws it (`slotproof plot`, as in every bundle's `plot.svg`, docs/BUNDLES.md): the\n"
     << "occupancy per boundary of the MILP under each policy and of greedy, each with its d_model as a line, and\n"
     << "the immediate-reuse MILP's slots by boundary (each value's interval in its slot, `+new`/`-old` writes).\n\n"
     << "![occupancy and slots of the reference graph](plots/reference.svg)\n";
  md << "\n## Optimality certificates\n\n"
     << "For every proven MILP optimum D, `slotproof certify` encodes \"a schedule with width_bound <= D-2\" as CNF\n"
     << "(docs/CNF.md), CaDiCaL refutes it with a DRAT proof, and our own checker (`slotproof check-drat`)\n"
     << "verifies the proof: `certified optimal`. A timeout is recorded as such; `refuted` would mean the\n"
     << "claimed optimum is wrong. CaDiCaL's time limit here: "
     << (opt.bundles.empty() ? std::to_string(opt.certify_time_limit_s) + " s" : "the bundles' (`make bundles`: 120 s)")
     << ".\n\n";
  certificate_table(md, rows);
  md << "\n## In the real engine\n\n"
     << "The token rates above are of a dense decode step with random weights. For the reference graph the\n"
     << "models themselves are built by transformer-vm from these schedules and run on its own C++ engine (sparse\n"
     << "and naive builds), token by token against the reference traces of five programs, beside the model\n"
     << "transformer-vm builds itself: [ENGINE.md](ENGINE.md) has a table per engine build (d_model, parameters,\n"
     << "programs token-identical, first mismatch, tokens/s and the ratio to transformer-vm's own model),\n"
     << "regenerated by `make tvm-roundtrip`.\n";
  md << "\n## Measured on\n\n" << machine_description() << "\n";
  return md.str();
}

}  // namespace sp
