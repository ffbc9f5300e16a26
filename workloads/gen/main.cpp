// slotproof-gen: writes the committed workloads and their profile manifest.
//
//   slotproof-gen all --out workloads/            every committed workload
//   slotproof-gen one NAME -o FILE                one of them
//   slotproof-gen random --gates N --seed S -o FILE [--levels L]
//   slotproof-gen profile --version v2 --root . -o workloads/profiles/v2.json
//   slotproof-gen check-profile workloads/profiles/v1.json --root .
// Output is byte-deterministic. Exit codes: 0 ok, 1 check failed, 2 bad usage/input.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "model/errors.h"
#include "model/graph_io.h"
#include "workloads/lib/catalog.h"
#include "workloads/lib/random_graph.h"

namespace {

void write_text(const std::string& path, const std::string& text) {
  std::filesystem::path p(path);
  if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) throw sp::InputError(path + ": cannot write");
}

// Builds, validates (parse_graph) and writes one graph.
void write_graph(const sp::wl::Builder& b, const std::string& path) {
  std::string text = b.to_json();
  sp::Graph g = sp::parse_graph(text, path);
  write_text(path, text);
  std::cout << path << ": " << g.gates.size() << " gates, " << g.values.size() << " values\n";
}

int run_all(const std::string& out_dir) {
  for (const auto& spec : sp::wl::committed_workloads()) {
    std::string file = std::filesystem::path(spec.file).filename().string();
    write_graph(spec.build(), (std::filesystem::path(out_dir) / file).string());
  }
  return 0;
}

int run_check_profile(const std::string& profile, const std::string& root) {
  auto problems = sp::wl::check_profile(profile, root);
  for (const auto& p : problems) std::cerr << p << "\n";
  if (problems.empty()) std::cout << profile << ": every workload matches its SHA-256\n";
  return problems.empty() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"slotproof-gen: writes the committed benchmark workloads (slotproof-graph/1) and profiles"};
  app.require_subcommand(1);

  std::string out_dir = "workloads";
  auto* all = app.add_subcommand("all", "write every committed workload into a directory");
  all->add_option("--out", out_dir, "output directory")->capture_default_str();

  std::string name, output;
  auto* one = app.add_subcommand("one", "write one committed workload");
  one->add_option("NAME", name, "workload name (see `list`)")->required();
  one->add_option("-o,--output", output, "output file")->required();

  int gates = 500, levels = 0;
  uint64_t seed = 1;
  auto* random = app.add_subcommand("random", "write a seeded random DAG");
  random->add_option("--gates", gates, "number of gates")->check(CLI::Range(1, 10000000))->capture_default_str();
  random->add_option("--seed", seed, "PRNG seed (splitmix64)")->capture_default_str();
  random->add_option("--levels", levels, "dependency levels (0: from the size)")->capture_default_str();
  random->add_option("-o,--output", output, "output file")->required();

  std::string version, root = ".";
  auto* profile = app.add_subcommand("profile", "write a profile manifest of the committed workloads on disk");
  profile->add_option("--version", version, "profile version, e.g. v2")->required();
  profile->add_option("--root", root, "repository root")->capture_default_str();
  profile->add_option("-o,--output", output, "output file")->required();

  std::string profile_path;
  auto* check = app.add_subcommand("check-profile", "check a profile's hashes against the files");
  check->add_option("PROFILE", profile_path, "profile manifest")->required();
  check->add_option("--root", root, "repository root")->capture_default_str();

  auto* list = app.add_subcommand("list", "list the committed workloads");

  CLI11_PARSE(app, argc, argv);
  try {
    if (all->parsed()) return run_all(out_dir);
    if (one->parsed()) {
      const auto* spec = sp::wl::find_workload(name);
      if (!spec) throw sp::InputError("unknown workload '" + name + "' (see `slotproof-gen list`)");
      write_graph(spec->build(), output);
      return 0;
    }
    if (random->parsed()) {
      write_graph(sp::wl::random_graph_builder({.gates = gates, .seed = seed, .levels = levels}), output);
      return 0;
    }
    if (profile->parsed()) {
      write_text(output, sp::wl::make_profile(version, root).dump(2) + "\n");
      std::cout << output << " written\n";
      return 0;
    }
    if (check->parsed()) return run_check_profile(profile_path, root);
    if (list->parsed()) {
      for (const auto& s : sp::wl::committed_workloads()) std::cout << s.name << "  " << s.file << "  " << s.description << "\n";
      return 0;
    }
  } catch (const sp::InputError& e) {
    std::cerr << "slotproof-gen: error: " << e.what() << "\n";
    return sp::kExitBadInput;
  } catch (const std::invalid_argument& e) {
    std::cerr << "slotproof-gen: error: " << e.what() << "\n";
    return sp::kExitBadInput;
  }
  return 0;
}
