// SHA-256 (OpenSSL libcrypto) of byte strings and files, as lowercase hex.
#pragma once
#include <string>
#include <string_view>

namespace sp {

std::string sha256_hex(std::string_view bytes);
// Reads the whole file; throws InputError naming the file if it cannot.
std::string read_file_bytes(const std::string& path);

}  // namespace sp
