#include "verify/violation.h"

#include <algorithm>

#include "verify/violation_text.h"

namespace sp {

const char* class_name(ViolationClass c) {
  switch (c) {
    case ViolationClass::GraphMismatch: return "graph-mismatch";
    case ViolationClass::PhaseKind: return "phase-kind";
    case ViolationClass::LayerBudget: return "layer-budget";
    case ViolationClass::Precedence: return "precedence";
    case ViolationClass::Colocation: return "colocation";
    case ViolationClass::FfnBudget: return "ffn-budget";
    case ViolationClass::SlotRange: return "slot-range";
    case ViolationClass::DModel: return "d-model";
    case ViolationClass::BadWrite: return "bad-write";
    case ViolationClass::MissingSlot: return "missing-slot";
    case ViolationClass::OverwriteLive: return "overwrite-live";
    case ViolationClass::StaleValue: return "stale-value";
    case ViolationClass::WrongCoefficient: return "wrong-coefficient";
    case ViolationClass::StrayValue: return "stray-value";
    case ViolationClass::WriteBeforeBirth: return "write-before-birth";
    case ViolationClass::ReadBeforeWrite: return "read-before-write";
    case ViolationClass::MisplacedOutput: return "misplaced-output";
    case ViolationClass::InexactHandover: return "inexact-handover";
  }
  return "?";
}

const char* property_name(Property p) {
  static const char* names[] = {"graph-hash", "phase-kind", "layer-budget", "precedence", "colocation",
                                "ffn-budget", "slot-range", "d-model",     "write-shape", "slot-assigned",
                                "no-overwrite", "contents", "reads",       "numerics"};
  return static_cast<size_t>(p) < kPropertyCount ? names[static_cast<size_t>(p)] : "?";
}

const char* waste_kind_name(WasteKind k) {
  switch (k) {
    case WasteKind::UnreadInput: return "unread-input";
    case WasteKind::NotNeeded: return "slot-not-needed";
    case WasteKind::LateErase: return "late-erase";
    case WasteKind::EntryOnly: return "entry-only";
  }
  return "?";
}

void add_waste_range(Waste& w, int lo, int hi) {
  if (hi < lo) return;
  if (!w.ranges.empty() && w.ranges.back().second + 2 == lo) w.ranges.back().second = hi;
  else w.ranges.emplace_back(lo, hi);
  w.boundaries += (hi - lo) / 2 + 1;
}

std::string violation_line(const Violation& v) { return std::string("[") + class_name(v.kind) + "] " + v.message; }

void CheckerResult::add(const Graph& g, Violation v) {
  failed[static_cast<size_t>(v.property)] = true;
  auto key = std::make_tuple(static_cast<int>(v.property), static_cast<int>(v.kind), v.slot, v.value, v.gate);
  if (!seen_.insert(key).second) return;
  if (violations.size() >= kMaxStoredViolations) return;
  v.message = violation_message(g, v);
  violations.push_back(std::move(v));
}

namespace {

bool contains(const std::vector<ValueId>& sorted, ValueId v) { return std::binary_search(sorted.begin(), sorted.end(), v); }

// The value holding the slot at the boundary, for a stale value's words:
// the one placed there if any, else any intended value, else none.
ValueId holder(const ContentsMismatch& m) {
  for (const Term& t : m.written)
    if (t.coef > 0 && contains(m.intended, t.value)) return t.value;
  return m.intended.empty() ? -1 : m.intended.front();
}

}  // namespace

std::vector<Violation> classify_contents_mismatch(const ContentsMismatch& m, const std::vector<int>& slot_of,
                                                  const std::function<LifeFacts(ValueId)>& facts) {
  std::vector<Violation> out;
  auto record = [&](ViolationClass k, ValueId v) -> Violation& {
    Violation& x = out.emplace_back();
    x.kind = k, x.property = Property::Contents, x.value = v, x.slot = m.slot, x.boundary = m.boundary;
    x.found = m.found, x.written = m.written, x.final_contents = m.final_contents;
    for (ValueId u : m.intended) x.expected[u] = 1;
    for (ValueId u : m.waste_ok)
      if (coefficient(m.found, u) == 1) x.expected[u] = 1;
    if (v >= 0) x.life = facts(v), x.value_slot = slot_of[v];
    return x;
  };
  for (ValueId v : m.intended) {
    double a = coefficient(m.found, v);
    if (a != 1) record(a == 0 ? ViolationClass::ReadBeforeWrite : ViolationClass::WrongCoefficient, v);
  }
  for (const auto& [v, a] : m.found) {
    if (a == 0 || contains(m.intended, v) || (a == 1 && contains(m.waste_ok, v))) continue;
    LifeFacts f = facts(v);
    if (slot_of[v] != m.slot) {
      record(ViolationClass::StrayValue, v);
    } else if (m.boundary < f.first) {
      record(ViolationClass::WriteBeforeBirth, v);
    } else if (a != 1) {
      record(ViolationClass::WrongCoefficient, v);  // the residue of a wrong subtraction
    } else {
      // Its own slot, born, coefficient 1, but not allowed there: never
      // subtracted, or kept while another value holds the slot.
      Violation& x = record(ViolationClass::StaleValue, v);
      x.other = holder(m);
      if (x.other >= 0) x.other_life = facts(x.other);
    }
  }
  // A checker only calls this for contents that differ; should no value be
  // at fault by the words above, the difference itself is reported.
  if (out.empty()) record(ViolationClass::ReadBeforeWrite, -1);
  return out;
}

}  // namespace sp
