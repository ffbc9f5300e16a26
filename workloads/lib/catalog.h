// The committed workload set: what `slotproof-gen all` writes, and the
// profile manifest (workloads/profiles/vN.json) that pins it.
#pragma once
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "workloads/lib/graph_builder.h"

namespace sp::wl {

struct WorkloadSpec {
  std::string name;
  std::string file;  // relative to the repository root
  std::string description;
  std::function<Builder()> build;
  std::optional<int> max_ffn;  // FFN budget in the profile, if any
  int milp_time_limit_s = 300;
};

const std::vector<WorkloadSpec>& committed_workloads();
const WorkloadSpec* find_workload(const std::string& name);

// The canonical JSON text of a workload (what is committed).
std::string workload_text(const WorkloadSpec& spec);

// ---- profiles ------------------------------------------------------------
constexpr const char* kProfileFormat = "slotproof-profile/1";
// SPEC.md section 3: profiles from v2 on measure both reuse policies; from v3
// on immediate reuse follows the float64 rule (docs/NUMERICS.md).
constexpr const char* kCostModel = "delayed-reuse-erase/1+immediate-reuse-float64/1";
constexpr const char* kCostModelV2 = "delayed-reuse-erase/1+immediate-reuse-subtract/1";
// The reference graph: from v3 on our committed export with input ranges (a
// required row); v1 and v2 name ../shared's file as an optional row.
constexpr const char* kReferencePath = "workloads/tvm-wasm-interpreter.json";
constexpr const char* kSharedReferencePath = "../shared/workloads/tvm-wasm-interpreter.json";
constexpr int kReferenceLayers = 7;

// Builds a profile from the workload files as they are on disk under `repo_root`
// (hashes, layer budgets from compute_levels, FFN budgets, time limits).
nlohmann::ordered_json make_profile(const std::string& version, const std::string& repo_root);
// Problems with a profile against the files under `repo_root` (empty = checks out):
// every required row's file exists and has the recorded SHA-256; optional rows
// are checked when their file is present.
std::vector<std::string> check_profile(const std::string& profile_path, const std::string& repo_root);

}  // namespace sp::wl
