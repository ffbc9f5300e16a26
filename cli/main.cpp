// slotproof: schedule program graphs into transformer layers and prove the
// residual-stream slot reuse safe. Exit codes: 0 ok, 1 verification failed,
// 2 bad input or usage, 3 checkers disagreed, a solver answered unknown, or
// an internal error.
//
// Every exception that reaches main maps to a documented exit code with one
// line on stderr: InputError and usage errors 2, anything else 3 ("internal
// error"), so a merge gate never sees a crash or an undocumented status.
#include <algorithm>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "model/artifact.h"
#include "model/errors.h"

namespace sp::cli {
std::vector<CommandInfo>& command_registry() {
  static std::vector<CommandInfo> registry;
  return registry;
}
}  // namespace sp::cli

namespace {

// One line, whatever the message holds: control characters (a newline in a
// name that reached a message unescaped, or in CLI11's text) are escaped as
// in JSON, so callers can rely on exactly one line per error.
std::string one_line(std::string msg) {
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == '\r')) msg.pop_back();
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : msg) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\u00";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// CLI11's PositiveNumber / NonNegativeNumber checks print their range as
// "0.000000 to 179769313486231570...": 300 digits. A short message instead.
// (CLI11 2.1 keeps "POSITIVE"/"NONNEGATIVE" as the validator's description.)
void shorten_range_checks(CLI::App& sub) {
  for (CLI::Option* opt : sub.get_options()) {
    for (int i = 0;; ++i) {
      CLI::Validator* v = nullptr;
      try {
        v = opt->get_validator(i);
      } catch (const CLI::OptionNotFound&) {
        break;
      }
      std::string kind = v->get_description();
      if (kind != "POSITIVE" && kind != "NONNEGATIVE") continue;
      bool positive = kind == "POSITIVE";
      v->operation([positive](std::string& input) -> std::string {
        double x = 0;
        bool ok = CLI::detail::lexical_cast(input, x) && (positive ? x > 0 : x >= 0);
        return ok ? std::string() : "must be " + std::string(positive ? "a positive" : "a non-negative") +
                                        " number, got " + input;
      });
    }
  }
}

// The subcommand named on the command line (for usage messages), or "".
std::string named_subcommand(CLI::App& app, int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
      if (sub->get_name() == argv[i]) return sub->get_name();
  return "";
}

int usage_error(CLI::App& app, int argc, char** argv, const CLI::ParseError& e) {
  std::string sub = named_subcommand(app, argc, argv);
  std::string cmd = sub.empty() ? "slotproof" : "slotproof " + sub;
  std::cerr << cmd << ": error: " << one_line(e.what()) << "; see " << cmd << " --help\n";
  return sp::kExitBadInput;
}

int run_subcommand(const std::string& name, const std::function<int()>& run) {
  auto fail = [&](const std::string& what, int code) {
    std::cerr << "slotproof " << name << ": " << one_line(what) << "\n";
    return code;
  };
  try {
    return run();
  } catch (const sp::InputError& e) {
    return fail(std::string("error: ") + e.what(), sp::kExitBadInput);
  } catch (const std::bad_alloc&) {
    return fail("internal error: out of memory", sp::kExitInternal);
  } catch (const nlohmann::json::exception& e) {  // a reader let a JSON error slip through
    return fail(std::string("internal error: ") + e.what(), sp::kExitInternal);
  } catch (const std::exception& e) {
    return fail(std::string("internal error: ") + e.what(), sp::kExitInternal);
  } catch (...) {
    return fail("internal error: unknown exception", sp::kExitInternal);
  }
}

int run_main(int argc, char** argv) {
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
    shorten_range_checks(*sub);
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
    return usage_error(app, argc, argv, e);
  }
  for (auto& [sub, run] : runners)
    if (sub->parsed()) return run_subcommand(sub->get_name(), run);
  return sp::kExitBadInput;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run_main(argc, argv);
  } catch (const std::exception& e) {  // setting up or parsing the command line
    std::cerr << "slotproof: internal error: " << one_line(e.what()) << "\n";
  } catch (...) {
    std::cerr << "slotproof: internal error: unknown exception\n";
  }
  return sp::kExitInternal;
}
