// `slotproof plot`: the SVG is well-formed XML, renders (rsvg-convert to PNG),
// has one occupancy line and one d_model line per artifact, a bar per value
// in the slot chart, and circles a broken artifact's violations.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "model/hash.h"
#include "solve/greedy.h"
#include "tests/helpers.h"

using namespace sp;
using namespace sp::test;

namespace {

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// python3's XML parser accepts the file (well-formed), and rsvg-convert renders it to a PNG.
void check_renders(const TempDir& dir, const std::string& svg) {
  auto [xml_rc, xml_out] = std::pair<int, std::string>{0, ""};
  RunResult parsed{-1, ""};
  FILE* p = popen(("python3 -c \"import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1]); print('ok')\" " + svg +
                   " 2>&1").c_str(),
                  "r");
  REQUIRE(p);
  char buf[512];
  while (size_t n = fread(buf, 1, sizeof buf, p)) parsed.output.append(buf, n);
  parsed.exit_code = pclose(p);
  CAPTURE(parsed.output);
  CHECK(parsed.exit_code == 0);
  const std::string png = dir.file("plot.png");
  CHECK(std::system(("rsvg-convert " + svg + " -o " + png).c_str()) == 0);
  REQUIRE(std::filesystem::exists(png));
  const std::string bytes = read_file_bytes(png);
  CHECK(bytes.size() > 5000);
  CHECK(bytes.rfind("\x89PNG", 0) == 0);
  (void)xml_rc, (void)xml_out;
}

}  // namespace

TEST_CASE("plot: several artifacts overlaid and a slot chart, and the SVG parses and renders") {
  TempDir dir;
  const std::string graph = repo_path("workloads/chain-2.json");
  RunResult g1 = run_cli("greedy " + graph + " -o " + dir.file("greedy.json"));
  RunResult g2 = run_cli("greedy " + graph + " --reuse delayed -o " + dir.file("greedy-delayed.json"));
  RunResult m = run_cli("solve " + graph + " --layers 20 --no-levels -q -o " + dir.file("milp.json"));
  REQUIRE(g1.exit_code == 0);
  REQUIRE(g2.exit_code == 0);
  REQUIRE(m.exit_code == 0);
  RunResult r = run_cli("plot " + graph + " " + dir.file("milp.json") + " " + dir.file("greedy.json") + " " +
                        dir.file("greedy-delayed.json") + " -o " + dir.file("plot.svg"));
  CAPTURE(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string svg = read_file_bytes(dir.file("plot.svg"));
  CHECK(count(svg, "<polyline") == 6);            // occupancy and head demand, per artifact
  CHECK(count(svg, "stroke-dasharray='6,4'") == 3);  // and one d_model line each
  CHECK(count(svg, "<circle") == 0);              // no violations on a valid artifact
  CHECK(svg.find("milp: d_model") != std::string::npos);
  CHECK(count(svg, "<rect x=") > 20);             // bars of the slot chart
  check_renders(dir, dir.file("plot.svg"));
  // Deterministic: the same inputs, the same bytes.
  REQUIRE(run_cli("plot " + graph + " " + dir.file("milp.json") + " " + dir.file("greedy.json") + " " +
                  dir.file("greedy-delayed.json") + " -o " + dir.file("again.svg"))
              .exit_code == 0);
  CHECK(read_file_bytes(dir.file("again.svg")) == svg);
}

TEST_CASE("plot: a broken artifact's violations are circled with their message") {
  TempDir dir;
  const std::string graph = repo_path("workloads/chain-2.json");
  REQUIRE(run_cli("greedy " + graph + " -o " + dir.file("greedy.json")).exit_code == 0);
  std::string text = read_file_bytes(dir.file("greedy.json"));
  // Drop the first handover's subtraction (`-old` of `+new -old`): a stale value stays in its slot.
  std::smatch m;
  REQUIRE(std::regex_search(text, m, std::regex(R"(\"([^\"]+)\":-1\.0,)")));
  text.replace(m.position(0), m.length(0), "");
  std::ofstream(dir.file("broken.json")) << text;
  RunResult r = run_cli("plot " + graph + " " + dir.file("broken.json") + " -o " + dir.file("broken.svg"));
  CAPTURE(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string svg = read_file_bytes(dir.file("broken.svg"));
  CHECK(count(svg, "<circle") >= 1);
  CHECK(svg.find("stale-value") != std::string::npos);
  check_renders(dir, dir.file("broken.svg"));
}

TEST_CASE("plot: bad input is one line and exit 2") {
  TempDir dir;
  RunResult r = run_cli("plot " + repo_path("workloads/chain-2.json") + " " + dir.file("missing.json") + " -o " +
                        dir.file("x.svg"));
  CHECK(r.exit_code == 2);
  CHECK(r.output.find("missing.json") != std::string::npos);
}

TEST_CASE("plot: the audit fixture's one waste entry is hatched on its slot, and nothing is circled" *
          doctest::skip(!have_reference_graph())) {
  const std::string artifact = shared_dir() + "/workloads/tvm-wasm-interpreter.tvm-allocation.json";
  if (!std::filesystem::exists(artifact)) return;
  TempDir dir;
  RunResult r = run_cli("plot " + reference_graph_path() + " " + artifact + " -o " + dir.file("tvm.svg"));
  CAPTURE(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string svg = read_file_bytes(dir.file("tvm.svg"));
  CHECK(count(svg, "fill='url(#waste)'") == 1);
  CHECK(svg.find("waste: is_return_commit held beyond need") != std::string::npos);
  CHECK(count(svg, "<circle") == 0);
  check_renders(dir, dir.file("tvm.svg"));
}
