// Subcommand registry: each cli/cmd_*.cpp registers itself with a static
// CommandRegistrar, so adding a subcommand never touches main.cpp.
#pragma once
#include <CLI/CLI.hpp>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/liveness.h"
#include "verify/numerics.h"

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
  sub.add_option_function<double>(
         "--max-proof-mb", [&bytes, kMiB](double mb) { bytes = static_cast<uint64_t>(mb * kMiB); },
         "certificate proofs stored larger than this many MiB (compressed) are checked, then not kept; 0 keeps "
         "all (default " + CLI::detail::to_string(static_cast<double>(bytes) / kMiB) + ")")
      ->check(CLI::Range(0.0, 1e6));
}

// --reuse, shared by every command that schedules: the three policies of
// model/liveness.h by their tags; `policy` holds the default when called.
inline void add_reuse_option(CLI::App& sub, ReusePolicy& policy) {
  sub.add_option_function<std::string>(
         "--reuse", [&policy](const std::string& tag) { policy = *parse_policy(tag); },
         "slot reuse policy whose occupancy d_model counts (docs/NUMERICS.md): immediate (default: a slot is handed "
         "over in one `+new -old` write where float64 makes that exact, else erased first), delayed (a slot is "
         "reused only after its erase boundary) or immediate-exact-arith (handed over whatever the values: only for "
         "engines that add residual updates without rounding)")
      ->check(CLI::IsMember({policy_tag(ReusePolicy::Immediate), policy_tag(ReusePolicy::Delayed),
                             policy_tag(ReusePolicy::ImmediateExactArith)}));
}

// --engine, shared by verify and audit-model: the arithmetic the model will
// meet (docs/NUMERICS.md); only a declared `exact` switches the float64 rule off.
inline void add_engine_option(CLI::App& sub, Engine& engine) {
  sub.add_option_function<std::string>(
         "--engine", [&engine](const std::string& name) { engine = name == "exact" ? Engine::Exact : Engine::Float64; },
         "the arithmetic of the engine that will run the model (docs/NUMERICS.md): float64 (default: every "
         "`+new -old` write must be exact in float64) or exact (an engine that adds residual updates without "
         "rounding; the float64 rule is not checked)")
      ->check(CLI::IsMember({engine_name(Engine::Float64), engine_name(Engine::Exact)}));
}

struct CommandRegistrar {
  CommandRegistrar(std::string name, std::string description, CommandSetup setup) {
    command_registry().push_back({std::move(name), std::move(description), std::move(setup)});
  }
};

}  // namespace sp::cli
