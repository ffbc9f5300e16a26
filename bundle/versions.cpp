#include "bundle/versions.h"

#include <sys/utsname.h>
#include <z3++.h>

#include <fstream>
#include <thread>

#include "bundle/glpk_check.h"
#include "model/artifact.h"
#include "solve/cbc_version.h"
#include "verify/proof_output.h"
#include "verify/z3_encoding.h"

namespace sp {

std::string cvc5_version() {
  auto [status, text] = run_command("cvc5 --version");
  // "This is cvc5 version 1.0.3 [...]"
  auto pos = text.find("version ");
  if (status != 0 || pos == std::string::npos) return "not installed";
  std::string v = text.substr(pos + 8);
  return v.substr(0, v.find_first_of(" \n"));
}

nlohmann::json tool_versions() {
  return {{"slotproof", tool_version()}, {"cbc", cbc_version()},   {"z3", z3_version()},
          {"glpk", glpk_version()},      {"cvc5", cvc5_version()}, {"compiler", std::string("g++ ") + __VERSION__}};
}

std::string machine_description() {
  std::string cpu = "unknown CPU";
  std::ifstream info("/proc/cpuinfo");
  for (std::string line; std::getline(info, line);)
    if (line.rfind("model name", 0) == 0) {
      cpu = line.substr(line.find(':') + 2);
      break;
    }
  std::string os = "unknown OS";
  std::ifstream rel("/etc/os-release");
  for (std::string line; std::getline(rel, line);)
    if (line.rfind("PRETTY_NAME=", 0) == 0) os = line.substr(13, line.size() - 14);
  struct utsname u;
  uname(&u);
  return "- CPU: " + cpu + ", " + std::to_string(std::thread::hardware_concurrency()) + " cores\n- OS: " + os +
         " (kernel " + u.release + ")\n- slotproof " + tool_version() + ", CBC " + cbc_version() + ", Z3 " +
         z3_version() + ", GLPK " + glpk_version() + ", cvc5 " + cvc5_version() + ", g++ " + __VERSION__ + "\n";
}

}  // namespace sp
