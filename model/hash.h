// SHA-256 (OpenSSL libcrypto) of byte strings and files, as lowercase hex.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace sp {

std::string sha256_hex(std::string_view bytes);

// SHA-256 of bytes that arrive in pieces (a file read and decompressed as it
// is parsed): update() each piece, then hex() gives what sha256_hex would
// have given for their concatenation.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(std::string_view bytes);
  std::string hex();  // once, after the last update

 private:
  void* ctx_;  // EVP_MD_CTX
};
// True for what sha256_hex returns: 64 lowercase hex digits.
bool is_sha256_hex(std::string_view text);
// Inputs larger than this are refused before reading (docs/FORMATS.md).
constexpr uint64_t kMaxInputBytes = uint64_t{1} << 30;  // 1 GiB

// Reads the whole file; throws InputError naming the file if it cannot, if
// it is not a regular file (a directory, device, FIFO or socket) or if it
// is larger than kMaxInputBytes.
std::string read_file_bytes(const std::string& path);

}  // namespace sp
