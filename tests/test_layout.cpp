// The test suite's own hygiene. CTest registers doctest cases by name
// (doctest_discover_tests) and treats ';' as a list separator: a case whose
// name holds one is split into names that match nothing, and then "passes"
// without running (four cases did, unnoticed). Every case name must be free
// of it.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "model/hash.h"
#include "tests/helpers.h"

namespace fs = std::filesystem;

TEST_CASE("layout: no test case name holds a semicolon, which CTest would split into names that run nothing") {
  const std::regex test_case(R"re(TEST_CASE\("((?:[^"\\]|\\.)*)")re");
  int cases = 0;
  for (const auto& e : fs::directory_iterator(sp::test::repo_path("tests"))) {
    if (e.path().extension() != ".cpp") continue;
    const std::string text = sp::read_file_bytes(e.path().string());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), test_case); it != std::sregex_iterator(); ++it) {
      const std::string name = (*it)[1].str();
      CAPTURE(e.path().filename().string());
      CHECK_MESSAGE(name.find(';') == std::string::npos, name);
      ++cases;
    }
  }
  CHECK(cases > 100);
}

TEST_CASE("layout: every library of CMakeLists.txt is in the README's layout table with its dependencies") {
  const std::string cmake = sp::read_file_bytes(sp::test::repo_path("CMakeLists.txt"));
  const std::string readme = sp::read_file_bytes(sp::test::repo_path("README.md"));
  const std::regex module(R"(\nslotproof_module\((\w+)\s+([\w/]+)(?:\s+DEPENDS\s+([\w ]+?))?(?:\s+LINKS[^)]*)?\))");
  int modules = 0;
  for (auto it = std::sregex_iterator(cmake.begin(), cmake.end(), module); it != std::sregex_iterator(); ++it) {
    std::string folder = (*it)[2].str();
    folder = folder.substr(0, folder.find('/'));
    std::string deps = (*it)[3].matched ? (*it)[3].str() : "";
    std::string listed;
    for (std::stringstream ss(deps); ss >> deps;) listed += (listed.empty() ? "" : ", ") + deps;
    if (listed.empty()) listed = "–";
    CAPTURE(folder);
    const size_t row = readme.find("| `" + folder + "/` |");
    REQUIRE(row != std::string::npos);
    const std::string line = readme.substr(row, readme.find('\n', row) - row);
    CHECK(line.size() > listed.size() + 3);
    CHECK(line.compare(line.size() - listed.size() - 2, listed.size() + 2, listed + " |") == 0);
    ++modules;
  }
  CHECK(modules == 9);
}

namespace {

// Every source file of the project's own folders (not tests' fixtures or third-party text).
std::vector<fs::path> source_files() {
  std::vector<fs::path> out;
  for (const char* dir : {"model", "sat", "solve", "verify", "certify", "report", "engine", "bundle", "workloads/lib",
                          "workloads/gen", "cli", "bench", "fuzz", "tests", "cmake"}) {
    const fs::path root = sp::test::repo_path(dir);
    if (!fs::exists(root)) continue;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      const std::string ext = e.path().extension().string();
      if (e.path().string().find("/fixtures/") != std::string::npos) continue;
      if (ext == ".cpp" || ext == ".h" || ext == ".cmake") out.push_back(e.path());
    }
  }
  for (const char* f : {"CMakeLists.txt", "Makefile"}) out.push_back(sp::test::repo_path(f));
  std::sort(out.begin(), out.end());
  return out;
}

// The headings of a Markdown file ("## Reuse policy (`--reuse`)" -> "Reuse policy (`--reuse`)").
std::vector<std::string> headings(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] == '#') out.push_back(line.substr(line.find_first_not_of("# ")));
  return out;
}

}  // namespace

TEST_CASE("layout: every docs page, section and header a source comment cites exists") {
  // `docs/MILP.md, "Reuse policy"` or `docs/VERIFY.md "Waste"`: a heading of the page starts with the words.
  const std::regex doc_ref(R"re(docs/([A-Za-z_]+\.md)(?:,? \(?"([^"]+)")?)re");
  // `verify/z3_terms.h`: a header of one of the libraries.
  const std::regex header_ref(R"re(\b((?:model|sat|solve|verify|certify|report|engine|bundle|cli|workloads/lib)/[a-z0-9_]+\.h)\b)re");
  const std::regex bare_header(R"re(\b[a-z][a-z0-9_]*\.h\b)re");
  int pages = 0, sections = 0, headers = 0;
  for (const fs::path& p : source_files()) {
    const std::string text = sp::read_file_bytes(p.string());
    CAPTURE(p.string());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), doc_ref); it != std::sregex_iterator(); ++it) {
      const std::string page = sp::test::repo_path("docs/" + (*it)[1].str());
      CAPTURE((*it)[0].str());
      REQUIRE_MESSAGE(fs::exists(page), "cites a page that does not exist");
      ++pages;
      if (!(*it)[2].matched) continue;
      // A section name wrapped over comment lines reads as one line.
      const std::string section = std::regex_replace((*it)[2].str(), std::regex(R"(\s*\n\s*(//|#)?\s*)"), " ");
      bool found = false;
      for (const std::string& h : headings(sp::read_file_bytes(page))) found = found || h.rfind(section, 0) == 0;
      CHECK_MESSAGE(found, "cites a section the page does not have");
      ++sections;
    }
    for (auto it = std::sregex_iterator(text.begin(), text.end(), header_ref); it != std::sregex_iterator(); ++it) {
      CAPTURE((*it)[0].str());
      CHECK_MESSAGE(fs::exists(sp::test::repo_path((*it)[1].str())), "names a header that does not exist");
      ++headers;
    }
    // A bare header name in a comment is one of its own folder's or a library's.
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      const size_t at = line.find("//");
      if (at == std::string::npos) continue;
      const std::string comment = line.substr(at);
      for (auto it = std::sregex_iterator(comment.begin(), comment.end(), bare_header); it != std::sregex_iterator(); ++it) {
        if ((*it).position(0) > 0 && comment[(*it).position(0) - 1] == '/') continue;  // a path, checked above
        CAPTURE(line);
        bool exists = fs::exists(p.parent_path() / (*it)[0].str());
        for (const char* lib : {"model", "sat", "solve", "verify", "certify", "report", "engine", "bundle", "cli"})
          exists = exists || fs::exists(sp::test::repo_path(std::string(lib) + "/" + (*it)[0].str()));
        CHECK_MESSAGE(exists, "names a header no library has");
        ++headers;
      }
    }
  }
  MESSAGE(pages << " page, " << sections << " section and " << headers << " header citations checked");
  CHECK(pages > 50);
  CHECK(sections > 10);
  CHECK(headers > 100);
}
