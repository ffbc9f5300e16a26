#include "report/verify_report.h"

#include <nlohmann/json.hpp>

#include "model/artifact.h"
#include "verify/z3_encoding.h"

namespace sp {

namespace {

using nlohmann::ordered_json;

const char* verdict_of(const VerifyOutcome& o) {
  return o.exit_code == 0 ? "safe" : o.exit_code == 1 ? "violation" : "undecided";
}

ordered_json name_or_null(const Graph& g, ValueId v) {
  return v >= 0 && v < static_cast<ValueId>(g.values.size()) ? ordered_json(g.values[v].name) : ordered_json(nullptr);
}
ordered_json gate_or_null(const Graph& g, GateId x) {
  return x >= 0 && x < static_cast<GateId>(g.gates.size()) ? ordered_json(g.gates[x].name) : ordered_json(nullptr);
}
ordered_json int_or_null(int v, int none) { return v == none ? ordered_json(nullptr) : ordered_json(v); }

ordered_json violation_json(const Graph& g, const FoundViolation& f) {
  const Violation& v = f.violation;
  ordered_json found_by = ordered_json::array();
  if (f.direct) found_by.push_back("direct");
  if (f.z3) found_by.push_back("z3");
  return {{"class", class_name(v.kind)},      {"property", property_name(v.property)},
          {"value", name_or_null(g, v.value)}, {"other_value", name_or_null(g, v.other)},
          {"slot", int_or_null(v.slot, -1)},   {"boundary", int_or_null(v.boundary, kNoBoundary)},
          {"gate", gate_or_null(g, v.gate)},   {"message", violation_line(v)},
          {"found_by", found_by}};
}

ordered_json waste_json(const Graph& g, const Waste& w, const std::string& message) {
  ordered_json ranges = ordered_json::array();
  for (auto [lo, hi] : w.ranges) ranges.push_back({lo, hi});
  return {{"value", name_or_null(g, w.value)}, {"slot", int_or_null(w.slot, -1)},
          {"kind", waste_kind_name(w.kind)},    {"boundaries", w.boundaries},
          {"ranges", ranges},                   {"message", message}};
}

std::string xml(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else if (static_cast<unsigned char>(c) < 0x20 && c != '\n') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace

std::string verify_report_json(const Graph& g, const ReportInputs& in, const VerifyOutcome& o) {
  ordered_json doc;
  doc["format"] = "slotproof-verify-report/1";
  doc["tool"] = {{"name", "slotproof"}, {"version", tool_version()}, {"z3", z3_version()},
                 {"cvc5", o.cvc5.version.empty() ? ordered_json(nullptr) : ordered_json(o.cvc5.version)}};
  doc["graph"] = {{"name", g.name}, {"path", in.graph_path}, {"sha256", g.sha256}};
  doc["artifact"] = {{"path", in.artifact_path}, {"sha256", o.artifact_sha256}};
  doc["verdict"] = verdict_of(o);
  doc["exit_code"] = o.exit_code;
  ordered_json props = ordered_json::array();
  for (size_t p = 0; p < kPropertyCount; ++p) {
    auto word = [&](const CheckerResult& r) { return r.failed[p] ? "violated" : "proven"; };
    props.push_back({{"property", property_name(static_cast<Property>(p))},
                     {"direct", word(o.direct)},
                     {"z3", o.z3.undecided ? "undecided" : word(o.z3)},
                     {"agree", !o.z3.undecided && o.direct.failed[p] == o.z3.failed[p]}});
  }
  doc["by_property"] = std::move(props);
  ordered_json violations = ordered_json::array();
  for (const FoundViolation& f : o.found) violations.push_back(violation_json(g, f));
  doc["violations"] = std::move(violations);
  ordered_json waste = ordered_json::array();
  for (size_t i = 0; i < o.waste.size(); ++i)
    waste.push_back(waste_json(g, o.waste[i], i < o.waste_lines.size() ? o.waste_lines[i] : std::string()));
  doc["waste"] = std::move(waste);
  doc["disagreements"] = o.disagreements;
  doc["z3_queries"] = o.z3.queries;
  return doc.dump(1) + "\n";
}

std::string verify_report_junit(const Graph& g, const ReportInputs& in, const VerifyOutcome& o) {
  (void)g;
  size_t failures = 0, errors = 0;
  std::string cases;
  for (size_t p = 0; p < kPropertyCount; ++p) {
    const std::string name = property_name(static_cast<Property>(p));
    cases += "  <testcase classname=\"slotproof.verify\" name=\"" + xml(name) + "\">\n";
    std::string counterexamples;
    for (const FoundViolation& f : o.found)
      if (static_cast<size_t>(f.violation.property) == p) counterexamples += violation_line(f.violation) + "\n";
    const bool disagree = !o.z3.undecided && o.direct.failed[p] != o.z3.failed[p];
    if (o.z3.undecided || disagree) {
      ++errors;
      cases += "    <error message=\"" +
               xml(disagree ? "the direct checker and Z3 disagree on " + name : "Z3 answered unknown") + "\" type=\"undecided\">" +
               xml(counterexamples + (o.z3.undecided ? o.z3.undecided_reason + "\n" : "")) + "</error>\n";
    } else if (o.direct.failed[p]) {
      ++failures;
      cases += "    <failure message=\"" + xml(name + " violated") + "\" type=\"" + xml(name) + "\">" +
               xml(counterexamples) + "</failure>\n";
    }
    cases += "  </testcase>\n";
  }
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  out += "<testsuite name=\"" + xml("slotproof verify " + in.artifact_path) + "\" tests=\"" +
         std::to_string(kPropertyCount) + "\" failures=\"" + std::to_string(failures) + "\" errors=\"" +
         std::to_string(errors) + "\">\n";
  out += "  <properties><property name=\"graph\" value=\"" + xml(in.graph_path) + "\"/><property name=\"graph_sha256\" value=\"" +
         xml(g.sha256) + "\"/><property name=\"artifact_sha256\" value=\"" + xml(o.artifact_sha256) +
         "\"/><property name=\"verdict\" value=\"" + verdict_of(o) + "\"/></properties>\n";
  out += cases;
  if (!o.waste.empty()) {
    std::string kept = std::to_string(o.waste.size()) + " kept beyond need (safe):\n";
    for (const std::string& line : o.waste_lines) kept += line + "\n";
    out += "  <system-out>" + xml(kept) + "</system-out>\n";
  }
  std::string disagreements;
  for (const std::string& d : o.disagreements) disagreements += d + "\n";
  if (!disagreements.empty()) out += "  <system-err>" + xml(disagreements) + "</system-err>\n";
  out += "</testsuite>\n</testsuites>\n";
  return out;
}

}  // namespace sp
