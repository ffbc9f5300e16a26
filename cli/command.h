// Subcommand registry: each cli/cmd_*.cpp registers itself with a static
// CommandRegistrar, so adding a subcommand never touches main.cpp.
#pragma once
#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace sp::cli {

// Declares the subcommand's options on `sub` and returns the function that
// runs it (after parsing) and yields the exit code.
using CommandSetup = std::function<std::function<int()>(CLI::App& sub)>;

struct CommandInfo {
  std::string name, description;
  CommandSetup setup;
};

std::vector<CommandInfo>& command_registry();

struct CommandRegistrar {
  CommandRegistrar(std::string name, std::string description, CommandSetup setup) {
    command_registry().push_back({std::move(name), std::move(description), std::move(setup)});
  }
};

}  // namespace sp::cli
