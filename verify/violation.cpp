#include "verify/violation.h"

#include <algorithm>
#include <cmath>
#include <sstream>

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
  }
  return "?";
}

const char* property_name(Property p) {
  static const char* names[] = {"graph-hash", "phase-kind", "layer-budget", "precedence", "colocation",
                                "ffn-budget", "slot-range", "d-model",     "write-shape", "slot-assigned",
                                "no-overwrite", "contents", "reads"};
  return static_cast<size_t>(p) < kPropertyCount ? names[static_cast<size_t>(p)] : "?";
}

std::string violation_line(const Violation& v) { return std::string("[") + class_name(v.kind) + "] " + v.message; }

void CheckerResult::add(Violation v) {
  failed[static_cast<size_t>(v.property)] = true;
  auto key = std::make_tuple(static_cast<int>(v.property), static_cast<int>(v.kind), v.slot, v.value, v.gate);
  if (!seen_.insert(key).second) return;
  if (violations.size() < kMaxStoredViolations) violations.push_back(std::move(v));
}

namespace {

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
    out += g.values[v].name;
  }
  if (total > shown) out += " + ... (" + std::to_string(total - shown) + " more)";
  return out.empty() ? "0" : out;
}

}  // namespace

std::string contents_text(const Graph& g, const Contents& c) { return linear_text(g, c); }

std::string delta_text(const Graph& g, const std::vector<Term>& delta) {
  std::vector<std::pair<ValueId, double>> terms;
  for (const Term& t : delta) terms.emplace_back(t.value, t.coef);
  return linear_text(g, terms);
}

void explain_contents_difference(const Graph& g, int slot, int boundary, const Contents& actual,
                                 const std::vector<ValueId>& intended, const std::vector<int>& slot_of,
                                 const std::function<LifeFacts(ValueId)>& facts,
                                 const std::vector<Term>& placed_here, CheckerResult& out) {
  const std::string S = "slot " + std::to_string(slot), B = "boundary " + std::to_string(boundary);
  auto name = [&](ValueId v) { return g.values[v].name; };
  auto death_text = [&](const LifeFacts& f) {
    return f.forever ? std::string("is live forever") : "is last read at phase " + std::to_string(f.death);
  };
  std::string placed;  // a value this boundary writes with coefficient +1 (for the message)
  for (const Term& t : placed_here)
    if (t.coef > 0) placed = placed.empty() ? name(t.value) : placed;
  auto report = [&](ViolationClass k, ValueId v, std::string msg) {
    Violation viol;
    viol.kind = k;
    viol.property = Property::Contents;
    viol.value = v;
    viol.slot = slot;
    viol.boundary = boundary;
    viol.message = std::move(msg);
    out.add(std::move(viol));
  };
  for (ValueId v : intended) {
    auto it = actual.find(v);
    double a = it == actual.end() ? 0.0 : it->second;
    if (a == 1) continue;
    LifeFacts f = facts(v);
    if (a == 0)
      report(ViolationClass::ReadBeforeWrite, v,
             S + " should hold " + name(v) + " after " + B + " (born at phase " + std::to_string(f.birth) + ", " +
                 death_text(f) + ") but holds " + contents_text(g, actual));
    else
      report(ViolationClass::WrongCoefficient, v,
             S + " holds " + contents_text(g, actual) + " after " + B + ": " + name(v) + " has coefficient " +
                 coef_text(a) + " instead of 1");
  }
  for (const auto& [v, a] : actual) {
    if (a == 0 || std::find(intended.begin(), intended.end(), v) != intended.end()) continue;
    LifeFacts f = facts(v);
    bool owns_slot = slot_of[v] == slot && f.needs_slot;
    if (owns_slot && boundary >= f.last) {
      if (a == 1 && !placed.empty() && placed != name(v))
        report(ViolationClass::StaleValue, v,
               B + " places " + placed + " into " + S + " without subtracting stale value " + name(v) + " (which " +
                   death_text(f) + ")");
      else if (a == 1)
        report(ViolationClass::StaleValue, v,
               S + " still holds stale value " + name(v) + " after " + B + " (it " + death_text(f) +
                   "; the subtraction -" + name(v) + " is missing)");
      else
        report(ViolationClass::WrongCoefficient, v,
               S + " holds " + contents_text(g, actual) + " after " + B + ": the subtraction of stale value " +
                   name(v) + " has the wrong coefficient (residue " + coef_text(a) + ")");
    } else if (owns_slot && boundary < f.first) {
      report(ViolationClass::WriteBeforeBirth, v,
             name(v) + " is written into " + S + " by " + B + ", before it is produced (phase " +
                 std::to_string(f.birth) + ", first boundary " + std::to_string(f.first) + ")");
    } else {
      std::string where = slot_of[v] < 0 ? std::string("no slot") : "slot " + std::to_string(slot_of[v]);
      if (slot_of[v] == slot && !f.needs_slot) where = "no slot (it needs none)";
      report(ViolationClass::StrayValue, v,
             S + " holds " + contents_text(g, actual) + " after " + B + ", but the allocation gives " + name(v) +
                 " " + where);
    }
  }
}

}  // namespace sp
