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
