// Benchmark profiles (workloads/profiles/vN.json, docs/WORKLOADS.md): a fixed,
// versioned set of workloads with their SHA-256 and the options each is
// scheduled under. Loading checks every present file against its recorded hash
// (wl::check_profile), so a changed workload cannot be benchmarked under an old profile.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace sp {

struct ProfileWorkload {
  std::string name;
  std::string path;          // as written in the profile (relative to the repo root)
  std::string resolved;      // path used to open it
  std::string sha256;
  int layers = 0;            // layer budget (0 = the graph's minimum)
  std::optional<int> max_ffn;
  double milp_time_limit_s = 60;  // the profile row's milp_time_limit_s
  bool optional = false;     // external data that may be absent (the reference graph)
  bool present = true;
};

struct Profile {
  std::string version;
  std::string cost_model;
  std::string path;
  std::vector<ProfileWorkload> workloads;
};

// `root` is the directory profile paths are relative to. Throws InputError on
// malformed profiles, missing required workloads or hash mismatches.
Profile load_profile(const std::string& path, const std::string& root);

}  // namespace sp
