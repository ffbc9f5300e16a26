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
// `bytes` holds the default when this is called.
inline void add_proof_budget(CLI::App& sub, uint64_t& bytes) {
  constexpr double kMiB = 1 << 20;
  // CLI::Range lets NaN through (every comparison with it is false): the check says what is wanted.
  const CLI::Validator budget(
      [](std::string& input) -> std::string {
        double mb = 0;
        const bool ok = CLI::detail::lexical_cast(input, mb) && mb >= 0 && mb <= 1e6;  // false for NaN
        return ok ? std::string() : "must be a number from 0 to 1000000, got " + input;
      },
      "MiB");
  sub.add_option_function<double>(
         "--max-proof-mb", [&bytes, kMiB](double mb) { bytes = static_cast<uint64_t>(mb * kMiB); },
         "certificate proofs stored larger than this many MiB (compressed) are checked, then not kept; 0 keeps "
         "all (default " + CLI::detail::to_string(static_cast<double>(bytes) / kMiB) + ")")
      ->check(budget);
}

struct CommandRegistrar {
  CommandRegistrar(std::string name, std::string description, CommandSetup setup) {
    command_registry().push_back({std::move(name), std::move(description), std::move(setup)});
  }
};

}  // namespace sp::cli
