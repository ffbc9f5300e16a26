// libFuzzer target: slotproof-certificate/1 bytes (certificate.json) through
// check_certificate's strict reader (fuzz/fuzz_entry.h; docs/FUZZ.md).
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_entry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  sp::fuzz::certificate_entry(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;  // any exception other than InputError escapes and is reported as a crash
}
