// Subcommand registry: each cli/cmd_*.cpp registers itself with a static
// CommandRegistrar, so adding a subcommand never touches main.cpp.
#pragma once
#include <CLI/CLI.hpp>
#include <cstdint>
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

// --max-proof-mb, shared by certify, bundle and bundle-profile: certificate
// proofs stored (compressed) larger than this are checked, then not kept.
inline void add_proof_budget(CLI::App& sub, uint64_t& bytes, const std::string& default_text) {
  sub.add_option_function<double>(
         "--max-proof-mb", [&bytes](double mb) { bytes = static_cast<uint64_t>(mb * (1 << 20)); },
         "certificate proofs stored larger than this many MiB (compressed) are checked, then not kept; 0 keeps "
         "all (default " + default_text + ")")
      ->check(CLI::Range(0.0, 1e6));
}

struct CommandRegistrar {
  CommandRegistrar(std::string name, std::string description, CommandSetup setup) {
    command_registry().push_back({std::move(name), std::move(description), std::move(setup)});
  }
};

}  // namespace sp::cli
