// A private temporary directory (mkdtemp under /tmp), removed with its files
// when it goes out of scope, also when an exception passes. `path` is empty
// when it could not be created.
#pragma once
#include <stdlib.h>

#include <filesystem>
#include <string>

namespace sp {

struct ScratchDir {
  std::filesystem::path path;
  explicit ScratchDir(const std::string& prefix) {
    std::string tmpl = "/tmp/" + prefix + "-XXXXXX";
    if (char* p = ::mkdtemp(tmpl.data())) path = p;
  }
  ~ScratchDir() {
    std::error_code ec;
    if (!path.empty()) std::filesystem::remove_all(path, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
};

}  // namespace sp
