#include "bundle/profile.h"

#include <filesystem>

#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "workloads/lib/catalog.h"

namespace sp {

using nlohmann::json;

namespace {

ProfileWorkload read_row(const json& row, const std::string& src, const std::string& root) {
  auto fail = [&](const std::string& msg) -> void { throw InputError(src + ": " + msg); };
  if (!row.is_object() || !row.contains("path") || !row["path"].is_string())
    fail("each workload needs a string 'path'");
  ProfileWorkload w;
  w.path = row["path"].get<std::string>();
  w.name = row.value("name", std::filesystem::path(w.path).stem().string());
  w.resolved = (std::filesystem::path(root) / w.path).lexically_normal().string();
  if (row.contains("sha256") && row["sha256"].is_string()) w.sha256 = row["sha256"].get<std::string>();
  w.layers = row.value("layers", 0);
  if (row.contains("max_ffn") && !row["max_ffn"].is_null()) w.max_ffn = row["max_ffn"].get<int>();
  w.milp_time_limit_s = row.value("milp_time_limit_s", 60.0);
  w.optional = row.value("optional", false);
  w.present = std::filesystem::exists(w.resolved);
  if (!w.present && !w.optional) fail("workload '" + w.name + "' is missing: " + w.resolved);
  return w;
}

}  // namespace

Profile load_profile(const std::string& path, const std::string& root) {
  json doc = parse_json_text(read_file_bytes(path), path);
  if (!doc.is_object() || !doc.contains("workloads") || !doc["workloads"].is_array())
    throw InputError(path + ": a profile needs a 'workloads' array");
  // Hashes first: a changed workload needs a new profile version.
  std::vector<std::string> problems = wl::check_profile(path, root);
  if (!problems.empty()) throw InputError(problems.front() + " (the profile is stale)");
  Profile p;
  p.path = path;
  p.version = doc.value("version", "");
  p.cost_model = doc.value("cost_model", "");
  try {
    for (const json& row : doc["workloads"]) p.workloads.push_back(read_row(row, path, root));
  } catch (const json::exception& e) {
    throw InputError(path + ": malformed workload entry: " + e.what());
  }
  return p;
}

}  // namespace sp
