// `slotproof frontier GRAPH [--layers N] [--reuse P] [--time-limit S] [-o F.json]
// [--markdown F.md]`: the Pareto frontier of (d_model, FFN width) under a
// layer budget (solve/frontier.h), as a table on stdout and as JSON
// (`slotproof-frontier/1`, docs/FORMATS.md). Exit 0 when every point is
// proven optimal, 3 when some point carries a gap or no schedule was found in
// the time limit, 2 for bad input and an infeasible layer budget. Without a
// point nothing is written, and stderr says why in one line.
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/command.h"
#include "model/artifact.h"
#include "model/errors.h"
#include "model/graph_io.h"
#include "solve/cbc_version.h"
#include "solve/frontier.h"
#include "solve/milp.h"

namespace sp::cli {
namespace {

struct FrontierArgs {
  std::string graph, json_out, markdown_out;
  FrontierOptions opt;
};

std::string level_text(const LevelReport& l) {
  if (l.status == "proven optimal") return std::to_string(l.value) + " (optimal)";
  return std::to_string(l.value) + " (bound " + std::to_string(l.bound) + ")";
}

std::string markdown_table(const Graph& g, const Frontier& f) {
  std::ostringstream md;
  md << "| FFN cap | d_model | FFN width | heads | status | seconds |\n|---:|---:|---:|---:|---|---:|\n";
  for (const FrontierPoint& p : f.points) {
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.2f", p.seconds);
    md << "| " << (p.ffn_cap ? std::to_string(*p.ffn_cap) : "none") << " | " << level_text(p.d_model) << " | "
       << level_text(p.ffn_width) << " | " << p.d_model.value / 2 << " | "
       << (p.proven() ? "Pareto-optimal" : "not proven") << " | " << secs << " |\n";
  }
  md << "\n" << g.name << ", " << f.layers << " layers, " << policy_name(f.policy) << ": stopped because " << f.end
     << ".\n";
  return md.str();
}

nlohmann::ordered_json level_json(const LevelReport& l) {
  return {{"value", l.value}, {"bound", l.bound}, {"status", l.status}};
}

// Deterministic (no times): the same graph and options give the same bytes
// when every solve finishes within its limit.
std::string frontier_json(const Graph& g, const Frontier& f) {
  nlohmann::ordered_json doc;
  doc["format"] = "slotproof-frontier/1";
  doc["tool"] = {{"name", "slotproof"}, {"version", tool_version()}, {"cbc", cbc_version()}};
  doc["graph"] = {{"name", g.name}, {"sha256", g.sha256}};
  doc["layers"] = f.layers;
  doc["policy"] = policy_name(f.policy);
  nlohmann::ordered_json points = nlohmann::ordered_json::array();
  for (const FrontierPoint& p : f.points)
    points.push_back({{"ffn_cap", p.ffn_cap ? nlohmann::ordered_json(*p.ffn_cap) : nlohmann::ordered_json(nullptr)},
                      {"d_model", level_json(p.d_model)},
                      {"ffn_width", level_json(p.ffn_width)},
                      {"pareto_optimal", p.proven()}});
  doc["points"] = std::move(points);
  doc["end"] = f.end;
  return dump_line_per_entry(doc);
}

int run(FrontierArgs& args) {
  if (!args.json_out.empty()) check_output_path(args.json_out, "-o");  // before the solves, not after
  if (!args.markdown_out.empty()) check_output_path(args.markdown_out, "--markdown");
  Graph g = load_graph(args.graph);
  Frontier f;
  try {
    f = compute_frontier(g, args.opt);
  } catch (const MilpInternalError& e) {
    std::cerr << "slotproof frontier: internal error: " << e.what() << "\n";
    return kExitUndecided;
  }
  // No point at all: nothing to print or write, one line on stderr.
  if (f.points.empty() && f.stop == FrontierEnd::Infeasible) throw InputError(args.graph + ": " + f.end);
  if (f.points.empty()) {
    std::cerr << "slotproof frontier: " << args.graph << ": " << f.end << " (" << args.opt.point_time_limit_s
              << " s per point): undecided\n";
    return kExitUndecided;
  }
  const std::string table = markdown_table(g, f);
  std::cout << table;
  if (!args.json_out.empty()) write_text_file(args.json_out, frontier_json(g, f));
  if (!args.markdown_out.empty()) write_text_file(args.markdown_out, table);
  for (const FrontierPoint& p : f.points)
    if (!p.proven()) return kExitUndecided;
  return kExitOk;
}

std::function<int()> setup_frontier(CLI::App& sub) {
  auto args = std::make_shared<FrontierArgs>();
  sub.add_option("GRAPH", args->graph, "slotproof-graph/1 JSON file")->required();
  sub.add_option("--layers", args->opt.layers, "layer budget N (default: the fewest the graph allows)")
      ->check(CLI::PositiveNumber);
  add_reuse_option(sub, args->opt.policy);
  sub.add_option("--time-limit", args->opt.point_time_limit_s, "elapsed seconds per point (default 60)")
      ->check(CLI::PositiveNumber);
  sub.add_option("--threads", args->opt.threads, "CBC threads, deterministic mode (default 1)")->check(CLI::Range(1, 64));
  sub.add_option("-o,--output", args->json_out, "write the frontier as JSON (slotproof-frontier/1)");
  sub.add_option("--markdown", args->markdown_out, "write the table as Markdown");
  return [args] { return run(*args); };
}

CommandRegistrar reg_frontier("frontier", "Pareto frontier of (d_model, FFN width) under a layer budget", setup_frontier);

}  // namespace
}  // namespace sp::cli
