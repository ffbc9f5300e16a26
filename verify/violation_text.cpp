#include "verify/violation_text.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "model/graph_io.h"
#include "model/json_strict.h"
#include "model/value_ranges.h"

namespace sp {

namespace {

using std::to_string;

std::string coef_text(double c) {
  std::ostringstream os;
  os.precision(17);
  os << c;
  return os.str();
}

template <class Seq>
std::string linear_text(const Graph& g, const Seq& terms) {
  std::string out;
  int shown = 0, total = 0;
  for (const auto& [v, c] : terms) {
    if (c == 0) continue;
    ++total;
    if (shown == 5) continue;
    ++shown;
    double mag = std::fabs(c);
    if (out.empty()) out += c < 0 ? "-" : "";
    else out += c < 0 ? " - " : " + ";
    if (mag != 1) out += coef_text(mag) + "*";
    out += quote_name(g.values[v].name);
  }
  if (total > shown) out += " + ... (" + to_string(total - shown) + " more)";
  return out.empty() ? "0" : out;
}

std::string name(const Graph& g, ValueId v) { return v >= 0 ? quote_name(g.values[v].name) : "?"; }
std::string slot_text(int s) { return "slot " + to_string(s); }
std::string boundary_text(int b) { return "boundary " + to_string(b); }

std::string gate_at(const Graph& g, GateId x, int phase) {
  return quoted_gate_label(g, x) + " (" + kind_name(g.gates[x].kind) + ", phase " + to_string(phase) + ")";
}

// "is live forever" / "is never read" / "is last read at phase 7"
std::string death_text(const LifeFacts& f) {
  if (f.forever) return "is live forever";
  if (!f.read) return "is never read";
  return "is last read at phase " + to_string(f.death);
}

std::string live_until_text(const LifeFacts& f) {
  return f.forever ? std::string("is live forever") : "is live until phase " + to_string(f.death);
}

bool written_with_positive(const Violation& v, ValueId u) {
  return std::any_of(v.written.begin(), v.written.end(), [&](const Term& t) { return t.value == u && t.coef > 0; });
}

// ---- the schedule, slot indices and write shape -----------------------------

std::string schedule_message(const Graph& g, const Violation& v) {
  const std::string at = v.gate >= 0 ? gate_at(g, v.gate, v.gate_phase) : "?";
  switch (v.kind) {
    case ViolationClass::PhaseKind:
      return at + " is in a " + phase_kind_name(std::max(v.gate_phase, -1)) + " phase; a " +
             kind_name(g.gates[v.gate].kind) + " may not run there";
    case ViolationClass::LayerBudget:
      return at + " is in layer " + to_string(v.layer) + " but the artifact declares " + to_string(v.limit) + " layers";
    case ViolationClass::Precedence:
      return at + " reads " + name(g, v.value) + " produced by " + gate_at(g, v.other_gate, v.other_gate_phase) +
             " at a phase not before it";
    case ViolationClass::Colocation:
      return at + " and " + gate_at(g, v.other_gate, v.other_gate_phase) + " must share a layer (" +
             (v.value >= 0 ? "it reads " + name(g, v.value) + " of an average-tie-break lookup"
                           : std::string("explicit co-location group")) +
             ")";
    case ViolationClass::FfnBudget:
      return "layer " + to_string(v.layer) + " has " + to_string(v.amount) + " reglu gates but max_ffn is " +
             to_string(v.limit);
    default: return "?";
  }
}

std::string slot_range_message(const Graph& g, const Violation& v) {
  if (v.value >= 0)
    return name(g, v.value) + " is given slot " + to_string(v.slot) + " but d_model is " + to_string(v.limit);
  return boundary_text(v.boundary) + " writes slot " + to_string(v.slot) + " but d_model is " + to_string(v.limit);
}

std::string bad_write_message(const Violation& v) {
  const int64_t b = v.boundary;
  const bool is_boundary = b == -1 || (b % 2 != 0 && b >= 1 && b <= v.limit);
  if (is_boundary) return boundary_text(v.boundary) + " writes negative slot " + to_string(v.slot);
  return "write to slot " + to_string(v.slot) + " at phase " + to_string(v.boundary) +
         ", which is not a boundary (-1, 1, 3, ..., " + to_string(v.limit) + ")" +
         (v.slot < 0 ? std::string(", to a negative slot") : "");
}

std::string d_model_message(const Violation& v) {
  const std::string D = "declared d_model " + to_string(v.limit);
  if (v.layer >= 0)
    return D + " cannot host layer " + to_string(v.layer) + "'s attention: 2*" + to_string(v.heads.lookup_heads) +
           " lookup heads + " + to_string(v.heads.dying) + " dying + " + to_string(v.heads.passthrough) +
           " passthrough = " + to_string(v.amount);
  if (v.boundary != kNoBoundary)
    return D + " is below the " + policy_name(v.policy) + " occupancy: " + boundary_text(v.boundary) + " has " +
           to_string(v.amount) + " live values";
  return D + " is odd; heads are two-dimensional";
}

// ---- slots ------------------------------------------------------------------

std::string missing_slot_message(const Graph& g, const Violation& v) {
  return name(g, v.value) + " needs a slot (born at phase " + to_string(v.life.birth) + ", " +
         (v.life.forever ? std::string("live forever") : "read until phase " + to_string(v.life.death)) +
         ") but the slot table gives it none";
}

std::string overwrite_message(const Graph& g, const Violation& v) {
  const std::string S = slot_text(v.slot);
  const std::string head = name(g, v.value) + " (" + S + ") " + live_until_text(v.life) + " but " + S;
  if (v.other < 0) return head + " is written with " + delta_text(g, v.written) + " at " + boundary_text(v.boundary);
  const LifeFacts& o = v.other_life;
  return head + " is also given to " + name(g, v.other) + " (boundaries " + to_string(o.first) + ".." +
         (o.forever ? std::string("end") : to_string(o.last)) + "); both hold it at " + boundary_text(v.boundary) +
         " (" + policy_name(v.policy) + ")";
}

std::string stale_message(const Graph& g, const Violation& v) {
  const std::string S = slot_text(v.slot), B = boundary_text(v.boundary), n = name(g, v.value);
  if (v.other >= 0 && written_with_positive(v, v.other))
    return B + " places " + name(g, v.other) + " into " + S + " without subtracting stale value " + n + " (which " +
           death_text(v.life) + ")";
  const std::string why = coefficient(v.final_contents, v.value) != 0
                              ? "the subtraction of " + n + " is missing"
                              : "it is subtracted only at a later boundary";
  if (v.other >= 0)
    return S + " still holds stale value " + n + " after " + B + " while " + name(g, v.other) + " holds the slot (it " +
           death_text(v.life) + "; " + why + ")";
  return S + " still holds stale value " + n + " after " + B + " (it " + death_text(v.life) + "; " + why + ")";
}

std::string contents_message(const Graph& g, const Violation& v) {
  const std::string S = slot_text(v.slot), B = boundary_text(v.boundary), n = name(g, v.value);
  const std::string holds = S + " holds " + contents_text(g, v.found) + " after " + B;
  const double a = coefficient(v.found, v.value);
  switch (v.kind) {
    case ViolationClass::ReadBeforeWrite:
      if (v.value < 0) return holds + " but should hold " + contents_text(g, v.expected);
      return S + " should hold " + n + " after " + B + " (born at phase " + to_string(v.life.birth) + ", " +
             death_text(v.life) + ") but holds " + contents_text(g, v.found);
    case ViolationClass::WrongCoefficient:
      if (v.expected.count(v.value)) return holds + ": " + n + " has coefficient " + coef_text(a) + " instead of 1";
      if (written_with_positive(v, v.value))
        return holds + ": " + n + " is placed with coefficient " + coef_text(a) + " instead of 1";
      return holds + ": the subtraction of stale value " + n + " has the wrong coefficient (residue " + coef_text(a) +
             ")";
    case ViolationClass::StaleValue: return stale_message(g, v);
    case ViolationClass::WriteBeforeBirth:
      return n + " is written into " + S + " by " + B + ", before it is produced (phase " + to_string(v.life.birth) +
             ", first boundary " + to_string(v.life.first) + ")";
    case ViolationClass::StrayValue:
      return holds + ", but the slot table gives " + n + " " +
             (v.value_slot < 0 ? std::string("no slot") : slot_text(v.value_slot));
    default: return "?";
  }
}

std::string reads_message(const Graph& g, const Violation& v) {
  if (v.kind == ViolationClass::MisplacedOutput)
    return "output " + name(g, v.value) + " should be in " + slot_text(v.slot) + " after the last " +
           boundary_text(v.boundary) + " but the slot holds " + contents_text(g, v.found);
  return gate_at(g, v.gate, v.gate_phase) + " reads " + name(g, v.value) + " from " + slot_text(v.slot) +
         " but after " + boundary_text(v.boundary) + " the slot holds " + contents_text(g, v.found);
}

// The artifact's hash as it came (quoted unless it is plain hex: it is the
// artifact's text, not ours).
std::string hash_text(const std::string& h) {
  bool hex = !h.empty() && std::all_of(h.begin(), h.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
  return hex ? h : quote_name(h);
}

std::string ranges_text(const Waste& w) {
  std::string out;
  for (auto [lo, hi] : w.ranges) {
    if (!out.empty()) out += ", ";
    out += lo == hi ? boundary_text(lo) : "boundaries " + to_string(lo) + ".." + to_string(hi);
  }
  return out;
}

// ---- the float64 rule ---------------------------------------------------------

std::string num_text(double x) {
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}

std::string exact_text(double x) {  // enough digits to tell two doubles apart
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", x);
  return buf;
}

std::string range_text(double lo, double hi, int grid) {
  std::string out = "[" + num_text(lo) + ", " + num_text(hi) + "]";
  if (grid == kNoGrid) return out + " (no grid)";
  if (grid == INT_MAX) return out;
  return out + " (multiples of 2^" + to_string(grid) + ")";
}

std::string numerics_message(const Graph& g, const Violation& v, const std::string& written) {
  const NumericFacts& f = v.numeric;
  std::string out = boundary_text(v.boundary) + ", " + slot_text(v.slot) + ": the handover " + written +
                    " is not exact in float64: old " + name(g, v.other) + " in " +
                    range_text(f.old_lo, f.old_hi, f.old_grid) + ", new " + name(g, v.value) + " in " +
                    range_text(f.new_lo, f.new_hi, f.new_grid) + "; ";
  if (f.limit == 0) out += "the " + to_string(f.terms) + " terms of the sum share no grid";
  else out += "partial sums reach " + num_text(f.partial) + " > " + num_text(f.limit) + " (2^53 times the grid)";
  out += ", so rounding can lose up to " + num_text(f.worst_error);
  if (f.has_witness)
    out += "; e.g. old " + exact_text(f.witness_old) + ", new " + exact_text(f.witness_new) + ": the engine's " +
           "old + (new - old) gives " + exact_text(f.witness_result);
  return out + " (erase the slot first, as delayed reuse does)";
}

}  // namespace

std::string contents_text(const Graph& g, const Contents& c) { return linear_text(g, c); }

std::string delta_text(const Graph& g, const std::vector<Term>& delta) {
  std::vector<std::pair<ValueId, double>> terms;
  for (const Term& t : delta) terms.emplace_back(t.value, t.coef);
  return linear_text(g, terms);
}

std::string violation_message(const Graph& g, const Violation& v) {
  switch (v.kind) {
    case ViolationClass::GraphMismatch:
      return "the artifact was made for graph " + quote_name(v.artifact_graph_name) + " with SHA-256 " +
             hash_text(v.artifact_graph_sha256) + ", but " + g.source + " has SHA-256 " + v.graph_sha256;
    case ViolationClass::PhaseKind:
    case ViolationClass::LayerBudget:
    case ViolationClass::Precedence:
    case ViolationClass::Colocation:
    case ViolationClass::FfnBudget: return schedule_message(g, v);
    case ViolationClass::SlotRange: return slot_range_message(g, v);
    case ViolationClass::BadWrite: return bad_write_message(v);
    case ViolationClass::DModel: return d_model_message(v);
    case ViolationClass::MissingSlot: return missing_slot_message(g, v);
    case ViolationClass::OverwriteLive: return overwrite_message(g, v);
    case ViolationClass::ReadBeforeWrite:
    case ViolationClass::MisplacedOutput:
      if (v.property == Property::Reads) return reads_message(g, v);
      return contents_message(g, v);
    case ViolationClass::StaleValue:
    case ViolationClass::WrongCoefficient:
    case ViolationClass::WriteBeforeBirth:
    case ViolationClass::StrayValue: return contents_message(g, v);
    case ViolationClass::InexactHandover: return numerics_message(g, v, delta_text(g, v.written));
  }
  return "?";
}

std::string waste_message(const Graph& g, const Waste& w) {
  const std::string head = name(g, w.value) + " (" + slot_text(w.slot) + "): ";
  if (w.kind == WasteKind::EntryOnly) return head + "a slot-table entry for a value that needs no slot, never written";
  const int placed = w.ranges.front().first, erased = w.ranges.back().second + 2;
  const std::string written = placed == -1 ? std::string("written by the embedding") : "written at " + boundary_text(placed);
  std::string what;
  if (w.kind == WasteKind::UnreadInput) what = "an input no gate reads, " + written;
  else if (w.kind == WasteKind::NotNeeded)
    what = std::string(w.life.read ? "read only inside its own sublayer" : "never read") + ", needs no slot, " + written;
  else what = "last read at phase " + to_string(w.life.death) + ", erase boundary " + to_string(w.life.last);
  return head + what + ", erased at " + boundary_text(erased) + "; held beyond need after " + ranges_text(w) + " (" +
         to_string(w.boundaries) + (w.boundaries == 1 ? " boundary)" : " boundaries)");
}

}  // namespace sp
