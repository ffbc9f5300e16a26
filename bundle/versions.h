// Versions of every tool and solver that touches an artifact, and the machine,
// recorded in bundles and published tables.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace sp {

// cbc_version() is solve/cbc_version.h's.

std::string cvc5_version();  // from `cvc5 --version`; "not installed" if absent
nlohmann::json tool_versions();  // slotproof, CBC, Z3, GLPK, cvc5, compiler
std::string machine_description();  // CPU model, cores, OS, compiler, versions (Markdown lines)

}  // namespace sp
