// The schedule artifact (`slotproof-schedule/1`, documented in docs/FORMATS.md):
// a schedule, a slot allocation and the write program, plus what produced it.
//
// Reading an artifact resolves names against the graph and checks its shape
// (exit 2 on malformed input); it does not judge safety: that is verify/'s job,
// which re-derives everything from the graph and the phases alone.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "model/graph.h"
#include "model/liveness.h"

namespace sp {

// One entry of the write program: at `boundary`, slot `slot` gets `delta`
// added (+1 for a value placed there, -1 for a value erased or subtracted).
// Boundary -1 is the embedding, which writes the inputs.
struct Write {
  int boundary = 0;
  int slot = 0;
  std::vector<Term> delta;  // sorted by value id
};

struct Allocation {
  ReusePolicy policy = kDefaultPolicy;
  std::vector<int> slot;  // per value; -1 = no slot
  int slots_used = 0;
  std::vector<Write> writes;  // sorted by (boundary, slot)
};

struct Artifact {
  std::string graph_name;
  std::string graph_sha256;
  std::string tool_version;
  nlohmann::json producer;  // method and solver report (deterministic fields only: no times, no node counts; keys sorted)
  Schedule schedule;
  int d_model = 0;                  // declared width of the residual stream
  std::optional<int> max_ffn;       // FFN budget the schedule was made under
  Allocation alloc;
};

// Builds the artifact header from a graph, schedule and allocation.
Artifact make_artifact(const Graph& g, const Schedule& s, const Liveness& lv, Allocation alloc,
                       nlohmann::json producer, std::optional<int> max_ffn);

nlohmann::ordered_json artifact_to_json(const Graph& g, const Artifact& a);
std::string dump_line_per_entry(const nlohmann::ordered_json& doc);  // stable, diff-friendly
std::string artifact_to_text(const Graph& g, const Artifact& a);  // stable bytes, trailing newline
// Throws InputError naming `source` for malformed input or names the graph lacks.
Artifact artifact_from_json(const Graph& g, const nlohmann::json& doc, const std::string& source);
Artifact load_artifact(const Graph& g, const std::string& path);
void write_text_file(const std::string& path, const std::string& text);  // throws InputError
// Output paths are checked before long work starts (InputError naming the
// option): a file's directory exists and the file is not a directory; an
// output directory is a directory or can be created beside existing ones.
void check_output_path(const std::string& path, const char* option);
void check_output_dir(const std::string& path, const char* option);

std::string tool_version();

}  // namespace sp
