// Graph reading: every kind of bad input gets one line naming the file and the
// offending gate or value; good input round-trips.
#include <doctest/doctest.h>

#include "model/errors.h"
#include "model/graph_io.h"
#include "tests/helpers.h"

using namespace sp;
using sp::test::graph_from;

namespace {

// The error message parse_graph gives for `text`, or "" if it parses.
std::string error_of(const std::string& text, const std::string& source = "bad.json") {
  try {
    parse_graph(text, source);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

std::string graph_error(const std::string& body) {
  return error_of("{\"format\": \"slotproof-graph/1\", " + body + "}");
}

const char* kTinyBody =
    R"("inputs": [{"name": "x"}, {"name": "pos", "pinned": true}],
       "gates": [{"name": "r", "kind": "reglu", "a": {"x": 1}, "b": {"x": 2, "pos": -1}},
                 {"name": "p", "kind": "persist", "expr": {"r": 1.5}}],
       "outputs": ["p"])";

}  // namespace

TEST_CASE("a valid graph parses with values, readers and topological order") {
  Graph g = graph_from(kTinyBody);
  CHECK(g.gates.size() == 2);
  CHECK(g.values.size() == 4);
  CHECK(g.values[*g.find_value("pos")].pinned);
  CHECK(g.values[*g.find_value("p")].output);
  CHECK(g.readers[*g.find_value("x")] == std::vector<GateId>{0});
  CHECK(g.preds[1] == std::vector<GateId>{0});
  CHECK(g.topo == std::vector<GateId>{0, 1});
  CHECK(g.sha256.size() == 64);
}

TEST_CASE("graph_to_json round-trips to the same graph") {
  Graph g = graph_from(kTinyBody);
  std::string text = graph_to_json(g).dump();
  Graph h = parse_graph(text, "rt.json");
  CHECK(graph_to_json(h).dump() == text);
}

TEST_CASE("empty, truncated and malformed files are rejected with the file name") {
  CHECK(error_of("", "e.json") == "e.json: empty file");
  CHECK(error_of("  \n", "e.json") == "e.json: empty file");
  std::string truncated = error_of(R"({"format": "slotproof-graph/1", "inputs": [)", "t.json");
  CHECK(truncated.rfind("t.json: truncated JSON", 0) == 0);
  std::string malformed = error_of(R"({"format": "slotproof-graph/1",, })", "m.json");
  CHECK(malformed.rfind("m.json: malformed JSON", 0) == 0);
  CHECK(error_of("[1, 2]") == "bad.json: top level must be a JSON object");
}

TEST_CASE("missing fields and wrong types name the gate") {
  CHECK(error_of(R"({"inputs": [], "gates": [], "outputs": []})") == "bad.json: missing field 'format'");
  CHECK(error_of(R"({"format": "other/2", "inputs": [], "gates": [], "outputs": []})")
            .find("unsupported format 'other/2'") != std::string::npos);
  CHECK(graph_error(R"("inputs": [], "outputs": [])") == "bad.json: missing field 'gates'");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [{"name": "r", "kind": "reglu", "a": {"x": 1}}], "outputs": [])") ==
        "bad.json: gate 'r': missing field 'b'");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [{"name": "r", "kind": "relu", "a": {"x": 1}}], "outputs": [])") ==
        "bad.json: gate 'r': unknown kind 'relu' (expected lookup, reglu or persist)");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [{"name": "p", "kind": "persist", "expr": [1]}], "outputs": [])") ==
        "bad.json: gate 'p': expr must be an object of value -> coefficient");
  CHECK(graph_error(R"("inputs": [{"name": "x", "pinned": "yes"}], "gates": [], "outputs": [])") ==
        "bad.json: input 'x': field 'pinned' must be true or false");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [{"name": "p", "kind": "persist", "expr": {"x": 1}, "extra": 1}], "outputs": [])") ==
        "bad.json: gate 'p': unknown field 'extra'");
}

TEST_CASE("non-numeric coefficients are rejected") {
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [{"name": "p", "kind": "persist", "expr": {"x": "1"}}], "outputs": [])") ==
        "bad.json: gate 'p': expr: coefficient of 'x' is not a number");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [{"name": "p", "kind": "persist", "expr": {"x": true}}], "outputs": [])") ==
        "bad.json: gate 'p': expr: coefficient of 'x' is not a number");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [{"name": "p", "kind": "persist", "expr": {"x": null}}], "outputs": [])") ==
        "bad.json: gate 'p': expr: coefficient of 'x' is not a number");
}

TEST_CASE("unknown value names are named") {
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [{"name": "p", "kind": "persist", "expr": {"y": 1}}], "outputs": [])") ==
        "bad.json: gate 'p': reads unknown value 'y'");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [], "outputs": ["nope"])") ==
        "bad.json: outputs: unknown value 'nope'");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [{"name": "p", "kind": "persist", "expr": {"x": 1}}], "outputs": [], "colocate": [["p", "q"]])") ==
        "bad.json: colocate: unknown gate 'q'");
}

TEST_CASE("duplicate names and values produced twice are rejected") {
  CHECK(graph_error(R"("inputs": [{"name": "x"}, {"name": "x"}], "gates": [], "outputs": [])") ==
        "bad.json: value 'x': duplicate name (already defined by input)");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [{"name": "x", "kind": "persist", "expr": {"x": 1}}], "outputs": [])") ==
        "bad.json: value 'x': duplicate name (already defined by input)");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [
          {"name": "p", "kind": "persist", "expr": {"x": 1}},
          {"name": "p", "kind": "reglu", "a": {"x": 1}, "b": {"x": 1}}], "outputs": [])") ==
        "bad.json: value 'p': produced twice, by gate 'p' and by gate 'p'");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [
          {"name": "l", "kind": "lookup", "tie_break": "latest", "query": [], "key": [], "values": [{"x": 1}], "produces": ["v"]},
          {"name": "v", "kind": "persist", "expr": {"x": 1}}], "outputs": [])") ==
        "bad.json: value 'v': produced twice, by gate 'l' and by gate 'v'");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [], "outputs": ["x", "x"])") ==
        "bad.json: outputs: value 'x' listed twice");
}

TEST_CASE("lookup shape errors") {
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [
          {"name": "l", "kind": "lookup", "tie_break": "latest", "query": [], "key": [], "values": [{"x": 1}], "produces": ["a", "b"]}], "outputs": [])") ==
        "bad.json: gate 'l': has 1 value expressions but produces 2 values");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [
          {"name": "l", "kind": "lookup", "tie_break": "first", "query": [], "key": [], "values": [{"x": 1}], "produces": ["a"]}], "outputs": [])") ==
        "bad.json: gate 'l': unknown tie_break 'first' (expected latest, earliest or average)");
  CHECK(graph_error(R"("inputs": [{"name": "x"}], "gates": [
          {"name": "l", "kind": "lookup", "tie_break": "latest", "query": [], "key": [], "values": [], "produces": []}], "outputs": [])") ==
        "bad.json: gate 'l': a lookup must produce at least one value");
}

TEST_CASE("cycles are reported with the gates on them") {
  std::string err = graph_error(R"("inputs": [{"name": "x"}], "gates": [
          {"name": "a", "kind": "persist", "expr": {"x": 1, "c": 1}},
          {"name": "b", "kind": "reglu", "a": {"a": 1}, "b": {"x": 1}},
          {"name": "c", "kind": "persist", "expr": {"b": 1}}], "outputs": [])");
  CHECK(err.rfind("bad.json: gates form a cycle: ", 0) == 0);
  for (const char* name : {"'a'", "'b'", "'c'"}) CHECK(err.find(name) != std::string::npos);
  std::string self = graph_error(R"("inputs": [{"name": "x"}], "gates": [
          {"name": "s", "kind": "persist", "expr": {"s": 1}}], "outputs": [])");
  CHECK(self == "bad.json: gates form a cycle: 's' -> 's'");
}

TEST_CASE("repeated lookup labels are allowed but ambiguous in colocate") {
  const char* body = R"("inputs": [{"name": "x"}], "gates": [
          {"name": "l", "kind": "lookup", "tie_break": "latest", "query": [], "key": [], "values": [{"x": 1}], "produces": ["a"]},
          {"name": "l", "kind": "lookup", "tie_break": "latest", "query": [], "key": [], "values": [{"x": 1}], "produces": ["b"]}],
          "outputs": ["a", "b"])";
  Graph g = graph_from(body);
  CHECK(g.gate_label(1) == "gate #1 'l'");
  CHECK(graph_error(std::string(body) + R"(, "colocate": [["l"]])") ==
        "bad.json: colocate: gate name 'l' is ambiguous (several lookups carry it)");
}

TEST_CASE("the average rule and explicit groups form co-location classes") {
  Graph g = graph_from(R"("inputs": [{"name": "x"}], "gates": [
          {"name": "avg", "kind": "lookup", "tie_break": "average", "query": [], "key": [], "values": [{"x": 1}], "produces": ["m"]},
          {"name": "use", "kind": "reglu", "a": {"m": 1}, "b": {"x": 1}},
          {"name": "p", "kind": "persist", "expr": {"x": 1}},
          {"name": "q", "kind": "persist", "expr": {"x": 2}},
          {"name": "lone", "kind": "persist", "expr": {"use": 1}}],
          "outputs": ["lone", "p", "q"], "colocate": [["p", "q"]])");
  REQUIRE(g.coloc_classes.size() == 2);
  CHECK(g.coloc_classes[0] == std::vector<GateId>{0, 1});
  CHECK(g.coloc_classes[1] == std::vector<GateId>{2, 3});
  CHECK(g.class_of[4] == -1);
}

TEST_CASE("the reference interpreter graph loads" * doctest::skip(!sp::test::have_reference_graph())) {
  Graph g = load_graph(sp::test::reference_graph_path());
  CHECK(g.gates.size() == 159);
  CHECK(g.inputs.size() == 18);
  CHECK(g.outputs.size() == 22);
  int lookups = 0;
  for (const Gate& gate : g.gates) lookups += gate.kind == GateKind::Lookup;
  CHECK(lookups == 21);
}

TEST_CASE("input ranges: read, written back, and malformed ones refused") {
  Graph g = graph_from(R"("inputs": [{"name": "x", "range": [-3, 255], "multiple_of": 0.5}, {"name": "y", "range": [0, 0]},
                                      {"name": "z", "multiple_of": 4}, {"name": "w"}],
                          "gates": [], "outputs": ["x", "y", "z", "w"])");
  const InputRange& x = g.values[*g.find_value("x")].declared;
  REQUIRE(x.range);
  CHECK(x.range->first == -3);
  CHECK(x.range->second == 255);
  CHECK(x.grid_log2 == -1);
  CHECK(g.values[*g.find_value("z")].declared.grid_log2 == 2);
  CHECK_FALSE(g.values[*g.find_value("z")].declared.range);
  CHECK_FALSE(g.values[*g.find_value("w")].declared.range);
  CHECK_FALSE(g.values[*g.find_value("w")].declared.grid_log2);
  Graph h = parse_graph(graph_to_json(g).dump(), "rt.json");
  CHECK(graph_to_json(h).dump() == graph_to_json(g).dump());
  CHECK(h.values[*h.find_value("x")].declared.grid_log2 == -1);

  const std::string range_msg = "bad.json: input 'x': field 'range' must be [lo, hi] with finite numbers lo <= hi";
  for (const char* bad : {R"([1])", R"([2, 1])", R"([0, "1"])", R"({"lo": 0})", R"([0, 1, 2])", R"([0, 1e999])"}) {
    INFO(bad);
    std::string err = graph_error(std::string(R"("inputs": [{"name": "x", "range": )") + bad + R"(}], "gates": [], "outputs": [])");
    if (std::string(bad) == "[0, 1e999]") CHECK(err.find("bad.json") == 0);  // the JSON reader refuses it first
    else CHECK(err == range_msg);
  }
  for (const char* bad : {"3", "0", "-2", "0.3", "\"1\"", "true"}) {
    INFO(bad);
    CHECK(graph_error(std::string(R"("inputs": [{"name": "x", "multiple_of": )") + bad + R"(}], "gates": [], "outputs": [])") ==
          std::string("bad.json: input 'x': field 'multiple_of' must be a positive power of two, got ") + bad);
  }
  CHECK(graph_error(R"("inputs": [{"name": "x", "ranges": [0, 1]}], "gates": [], "outputs": [])") ==
        "bad.json: input 'x': unknown field 'ranges'");
}
