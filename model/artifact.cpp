#include "model/artifact.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>

#include "model/errors.h"
#include "model/graph_io.h"
#include "model/hash.h"
#include "model/json_strict.h"
#include "model/levels.h"  // kMaxLayers

namespace sp {

using nlohmann::json;
using nlohmann::ordered_json;

void check_output_path(const std::string& path, const char* option) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path p(path);
  if (fs::is_directory(p, ec)) throw InputError(std::string(option) + " " + path + ": is a directory");
  const fs::path dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
  if (!fs::is_directory(dir, ec))
    throw InputError(std::string(option) + " " + path + ": directory " + dir.string() + " does not exist");
}

void check_output_dir(const std::string& path, const char* option) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p(path);
  // The nearest existing ancestor must be a directory (create_directories makes the rest).
  while (!p.empty() && !fs::exists(p, ec)) p = p.parent_path();
  if (!p.empty() && !fs::is_directory(p, ec))
    throw InputError(std::string(option) + " " + path + ": " + p.string() + " is not a directory");
}

std::string tool_version() { return SLOTPROOF_VERSION; }

Artifact make_artifact(const Graph& g, const Schedule& s, const Liveness& lv, Allocation alloc,
                       json producer, std::optional<int> max_ffn) {
  if (lv.policy != alloc.policy)  // d_model is the allocation's policy's
    throw std::logic_error("make_artifact: liveness and allocation disagree on the reuse policy");
  Artifact a;
  a.graph_name = g.name;
  a.graph_sha256 = g.sha256;
  a.tool_version = tool_version();
  a.producer = std::move(producer);
  a.schedule = s;
  a.d_model = lv.d_model;
  a.max_ffn = max_ffn;
  a.alloc = std::move(alloc);
  return a;
}

ordered_json artifact_to_json(const Graph& g, const Artifact& a) {
  Liveness lv = compute_liveness(g, a.schedule, a.alloc.policy);
  ordered_json doc;
  doc["format"] = "slotproof-schedule/1";
  doc["tool"] = {{"name", "slotproof"}, {"version", a.tool_version}};
  doc["graph"] = {{"name", a.graph_name}, {"sha256", a.graph_sha256}};
  doc["producer"] = a.producer;
  doc["policy"] = policy_name(a.alloc.policy);
  doc["layers"] = a.schedule.layers;
  doc["d_model"] = a.d_model;
  if (a.max_ffn) doc["max_ffn"] = *a.max_ffn;
  // Informative figures (the verifier recomputes them and never trusts these).
  doc["summary"] = {{"width", lv.width},          {"peak_boundary", lv.peak_boundary},
                    {"heads", a.d_model / 2},     {"heads_needed", lv.heads_needed},
                    {"ffn_width", lv.ffn_width},  {"slots_used", a.alloc.slots_used},
                    {"occupancy", lv.occupancy}};
  ordered_json gates = ordered_json::array();
  for (GateId x = 0; x < static_cast<GateId>(g.gates.size()); ++x)
    gates.push_back({{"gate", g.gates[x].name}, {"phase", a.schedule.phase[x]}});
  doc["gates"] = std::move(gates);
  ordered_json slots = ordered_json::array();
  for (ValueId v = 0; v < static_cast<ValueId>(g.values.size()); ++v)
    if (a.alloc.slot[v] >= 0) slots.push_back({{"value", g.values[v].name}, {"slot", a.alloc.slot[v]}});
  doc["slots"] = std::move(slots);
  ordered_json writes = ordered_json::array();
  for (const Write& w : a.alloc.writes) {
    ordered_json delta = ordered_json::object();
    for (const Term& t : w.delta) delta[g.values[t.value].name] = t.coef;
    writes.push_back({{"boundary", w.boundary}, {"slot", w.slot}, {"delta", std::move(delta)}});
  }
  doc["writes"] = std::move(writes);
  return doc;
}

// One top-level field per line and one array element per line: artifacts are
// committed to proofs/, so diffs should show which gate or write changed.
std::string dump_line_per_entry(const ordered_json& doc) {
  std::string out = "{\n";
  size_t i = 0;
  for (auto it = doc.begin(); it != doc.end(); ++it, ++i) {
    out += ' ';  // appended piecewise: GCC 12 warns falsely (-Wrestrict) on " " + std::string
    out += json(it.key()).dump();
    out += ": ";
    if (it->is_array() && !it->empty() && it->front().is_structured()) {
      out += "[\n";
      for (size_t k = 0; k < it->size(); ++k) out += "  " + (*it)[k].dump() + (k + 1 < it->size() ? ",\n" : "\n");
      out += " ]";
    } else {
      out += it->dump();
    }
    out += i + 1 < doc.size() ? ",\n" : "\n";
  }
  return out + "}\n";
}

std::string artifact_to_text(const Graph& g, const Artifact& a) { return dump_line_per_entry(artifact_to_json(g, a)); }

namespace {

// Integers in an artifact are read at full width and must lie in these
// ranges (docs/FORMATS.md, "Reading rules and limits"); anything else is bad
// input. Inside them, 32-bit arithmetic (slot + 1, 4 * layers, boundary + 1)
// cannot overflow and no value reaches the verifier's sentinels for "before
// everything" and "forever" (+-2^29 in verify/z3_encoding.cpp, INT_MAX / 4
// in model/liveness.h); semantically wrong values inside them (a slot at or
// above d_model, a phase beyond the layers) are left to verify, which
// reports them as violations.
constexpr int64_t kMaxMagnitude = int64_t{1} << 28;

struct ArtifactReader {
  const Graph& g;
  std::string src;

  [[noreturn]] void fail(const std::string& msg) const { throw InputError(src + ": " + msg); }

  const json& need(const json& obj, const char* key, const std::string& where) const {
    if (!obj.is_object()) fail(where + " must be an object");
    auto it = obj.find(key);
    if (it == obj.end()) fail(where + ": missing field '" + key + "'");
    return *it;
  }
  // An exact JSON integer in [lo, hi]: a fraction, an exponent or a value
  // outside the range (a 64-bit one included) is refused, never truncated.
  int integer(const json& obj, const char* key, const std::string& where, int64_t lo, int64_t hi) const {
    const json& f = need(obj, key, where);
    // nlohmann stores non-negative integers as uint64 (possibly above INT64_MAX).
    bool wide = f.is_number_unsigned() && f.get<uint64_t>() > static_cast<uint64_t>(hi);
    int64_t v = f.is_number_integer() && !wide ? f.get<int64_t>() : 0;
    if (!f.is_number_integer() || wide || v < lo || v > hi)
      fail(where + ": field '" + key + "' must be an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) +
           "], got " + json_excerpt(f));
    return static_cast<int>(v);
  }
  std::string text(const json& obj, const char* key, const std::string& where) const {
    const json& f = need(obj, key, where);
    if (!f.is_string()) fail(where + ": field '" + key + "' must be a string");
    return f.get<std::string>();
  }
  const json& array(const json& obj, const char* key) const {
    const json& f = need(obj, key, "artifact");
    if (!f.is_array()) fail(std::string("field '") + key + "' must be an array");
    return f;
  }
  ValueId value(const std::string& name, const std::string& where) const {
    auto v = g.find_value(name);
    if (!v) fail(where + " names unknown value " + quote_name(name));
    return *v;
  }

  void header(const json& doc, Artifact& a) const;
  void gates(const json& doc, Artifact& a) const;
  void slots(const json& doc, Artifact& a) const;
  void writes(const json& doc, Artifact& a) const;
};

void ArtifactReader::header(const json& doc, Artifact& a) const {
  if (!doc.is_object()) fail("top level must be a JSON object");
  std::string format = text(doc, "format", "artifact");
  if (format != "slotproof-schedule/1")
    fail("unsupported format " + quote_name(format) + " (expected slotproof-schedule/1)");
  const json& graph = need(doc, "graph", "artifact");
  a.graph_name = text(graph, "name", "graph");
  a.graph_sha256 = text(graph, "sha256", "graph");
  if (!is_sha256_hex(a.graph_sha256)) fail("graph.sha256 " + quote_name(a.graph_sha256) + " is not a SHA-256 (64 lowercase hex digits)");
  a.tool_version = text(need(doc, "tool", "artifact"), "version", "tool");
  if (doc.contains("producer")) a.producer = doc["producer"];
  std::string policy = text(doc, "policy", "artifact");
  const auto parsed = parse_policy(policy);
  if (!parsed || policy != policy_name(*parsed)) fail("unknown policy " + quote_name(policy));
  a.alloc.policy = *parsed;
  a.schedule.layers = integer(doc, "layers", "artifact", 1, kMaxLayers);
  a.d_model = integer(doc, "d_model", "artifact", 0, kMaxMagnitude);
  if (doc.contains("max_ffn")) a.max_ffn = integer(doc, "max_ffn", "artifact", 0, kMaxMagnitude);
}

void ArtifactReader::gates(const json& doc, Artifact& a) const {
  const json& entries = array(doc, "gates");
  if (entries.size() != g.gates.size())
    fail("lists " + std::to_string(entries.size()) + " gates but the graph has " + std::to_string(g.gates.size()));
  a.schedule.phase.resize(g.gates.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    std::string where = "gate entry " + std::to_string(i);
    std::string name = text(entries[i], "gate", where);
    if (name != g.gates[i].name)
      fail(where + " is " + quote_name(name) + " but the graph's gate " + std::to_string(i) + " is " +
           quote_name(g.gates[i].name));
    where += " (" + quote_name(name) + ")";
    a.schedule.phase[i] = integer(entries[i], "phase", where, -kMaxMagnitude, kMaxMagnitude);
  }
}

void ArtifactReader::slots(const json& doc, Artifact& a) const {
  a.alloc.slot.assign(g.values.size(), -1);
  const json& entries = array(doc, "slots");
  for (size_t i = 0; i < entries.size(); ++i) {
    std::string where = "slot entry " + std::to_string(i);
    ValueId v = value(text(entries[i], "value", where), where);
    if (a.alloc.slot[v] >= 0) fail("value " + quote_name(g.values[v].name) + " has two slot entries");
    where += " (value " + quote_name(g.values[v].name) + ")";
    a.alloc.slot[v] = integer(entries[i], "slot", where, 0, kMaxMagnitude);
    a.alloc.slots_used = std::max(a.alloc.slots_used, a.alloc.slot[v] + 1);
  }
}

void ArtifactReader::writes(const json& doc, Artifact& a) const {
  const json& entries = array(doc, "writes");
  for (size_t i = 0; i < entries.size(); ++i) {
    std::string where = "write " + std::to_string(i);
    Write wr;
    wr.boundary = integer(entries[i], "boundary", where, -kMaxMagnitude, kMaxMagnitude);
    wr.slot = integer(entries[i], "slot", where, -kMaxMagnitude, kMaxMagnitude);
    const json& delta = need(entries[i], "delta", where);
    if (!delta.is_object()) fail(where + ": delta must be an object of value -> coefficient");
    for (auto it = delta.begin(); it != delta.end(); ++it) {
      // Parsed numbers are finite (parse_json_text refuses overflow); checked again for callers' own json.
      if (!it->is_number() || !std::isfinite(it->get<double>()))
        fail(where + ": delta coefficient of " + quote_name(it.key()) + " is not a finite number");
      wr.delta.push_back(Term{value(it.key(), where), it->get<double>()});
    }
    std::sort(wr.delta.begin(), wr.delta.end(), [](const Term& x, const Term& y) { return x.value < y.value; });
    a.alloc.writes.push_back(std::move(wr));
  }
}

}  // namespace

Artifact artifact_from_json(const Graph& g, const json& doc, const std::string& source) {
  ArtifactReader r{g, source};
  Artifact a;
  r.header(doc, a);
  r.gates(doc, a);
  r.slots(doc, a);
  r.writes(doc, a);
  return a;
}

Artifact load_artifact(const Graph& g, const std::string& path) {
  return artifact_from_json(g, parse_json_text(read_file_bytes(path), path), path);
}

namespace {

[[noreturn]] void write_failed(const std::string& path, const char* what, int err) {
  throw InputError(path + ": " + what + ": " + std::strerror(err));
}

// Writes all of `text` to `fd` (short writes and EINTR retried); returns errno or 0.
int write_all(int fd, const std::string& text) {
  for (size_t done = 0; done < text.size();) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno;
    done += static_cast<size_t>(n);
  }
  return 0;
}

// A device or FIFO (/dev/stdout, /dev/null) is written in place: renaming
// a file over it would replace the device node.
void write_in_place(const std::string& path, const std::string& text) {
  int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) write_failed(path, "cannot write file", errno);
  int err = write_all(fd, text);
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err != 0) write_failed(path, "write failed", err);
}

// ".NAME" for the temporary file next to `path` (hidden, so a listing during
// the write does not show a half-written artifact under a plausible name).
std::string target_dot_name(const std::string& path) {
  std::string name(1, '.');
  name += std::filesystem::path(path).filename().string();
  return name;
}

// A symbolic link is written through, as a plain open() would: the file it
// names is replaced and the link kept.
std::string resolved_link(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
  std::error_code ec;
  std::filesystem::path real = std::filesystem::canonical(path, ec);
  return ec ? path : real.string();
}

}  // namespace

// Atomic replacement: the bytes go to a temporary file in the same directory;
// only when every write() and the close() succeeded is it renamed over
// `path`. A full disk, a quota or an I/O error is an InputError naming `path`,
// and any previous file at `path` stays intact (no truncated artifact is left
// behind). No fsync: local filesystems report ENOSPC at write() (delayed
// allocation reserves space), NFS at close(), and fsync costs about 4 ms a
// file here, 4.4 s for a 1,125-file proof directory.
void write_text_file(const std::string& path, const std::string& text) {
  std::string target = resolved_link(path);
  struct stat st {};
  bool exists = ::stat(target.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) throw InputError(path + ": cannot write file: it is a directory");
  if (exists && !S_ISREG(st.st_mode)) return write_in_place(path, text);
  static std::atomic<unsigned> counter{0};
  std::string name = target_dot_name(target);
  name += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  std::string tmp = (std::filesystem::path(target).parent_path() / name).string();
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) write_failed(path, "cannot write file", errno);
  if (exists) ::fchmod(fd, st.st_mode & 07777);  // keep the replaced file's permissions
  int err = write_all(fd, text);
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err == 0 && ::rename(tmp.c_str(), target.c_str()) != 0) err = errno;
  if (err != 0) {
    ::unlink(tmp.c_str());
    write_failed(path, "write failed (any previous file is left unchanged)", err);
  }
}

}  // namespace sp
