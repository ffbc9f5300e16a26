// slotproof: schedule program graphs into transformer layers and prove the
// residual-stream slot reuse safe. Exit codes: 0 ok, 1 verification failed,
// 2 bad input or usage, 3 checkers disagreed or a solver answered unknown.
#include <algorithm>
#include <iostream>
#include <map>

#include "cli/command.h"
#include "model/artifact.h"
#include "model/errors.h"

namespace sp::cli {
std::vector<CommandInfo>& command_registry() {
  static std::vector<CommandInfo> registry;
  return registry;
}
}  // namespace sp::cli

int main(int argc, char** argv) {
  using namespace sp::cli;
  CLI::App app{"slotproof " + sp::tool_version() +
               ": MILP scheduling of program graphs into transformer layers, with Z3-proved slot reuse"};
  app.require_subcommand(1);
  app.set_version_flag("--version", sp::tool_version());
  auto& registry = command_registry();
  std::sort(registry.begin(), registry.end(), [](auto& a, auto& b) { return a.name < b.name; });
  std::map<CLI::App*, std::function<int()>> runners;
  for (auto& cmd : registry) {
    CLI::App* sub = app.add_subcommand(cmd.name, cmd.description);
    runners[sub] = cmd.setup(*sub);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return sp::kExitBadInput;
  }
  for (auto& [sub, run] : runners) {
    if (!sub->parsed()) continue;
    try {
      return run();
    } catch (const sp::InputError& e) {
      std::cerr << "slotproof " << sub->get_name() << ": error: " << e.what() << "\n";
      return sp::kExitBadInput;
    } catch (const std::bad_alloc&) {
      std::cerr << "slotproof " << sub->get_name() << ": error: out of memory\n";
      return sp::kExitUndecided;
    }
  }
  return sp::kExitBadInput;
}
