// libFuzzer target: slotproof-schedule/1 bytes through the artifact reader
// and verify (direct checker + Z3) against the built-in graphs
// (fuzz/fuzz_entry.h; docs/FUZZ.md). SLOTPROOF_FUZZ_STRICT=1 also treats a
// disagreement between the checkers as a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "fuzz/fuzz_entry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const sp::fuzz::EntryOptions opt = [] {
    sp::fuzz::EntryOptions o;
    const char* strict = std::getenv("SLOTPROOF_FUZZ_STRICT");
    o.strict_agreement = strict && std::strcmp(strict, "1") == 0;
    return o;
  }();
  sp::fuzz::artifact_entry(std::string_view(reinterpret_cast<const char*>(data), size), opt);
  return 0;  // any exception other than InputError escapes and is reported as a crash
}
