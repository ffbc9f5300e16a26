// gzip (RFC 1952) through zlib, for the packed proof layout: SMT-LIB text
// compresses about 8x. The header zlib writes has no timestamp or file name,
// so the same bytes in give the same bytes out (for one zlib version and
// level), which keeps proof directories deterministic.
#pragma once
#include <string>
#include <string_view>

namespace sp {

std::string gzip_compress(std::string_view bytes);
// Throws InputError naming `what` if the data is not a complete gzip stream.
std::string gzip_decompress(std::string_view gz, const std::string& what);

}  // namespace sp
