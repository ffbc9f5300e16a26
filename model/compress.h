// Compression for stored proof material (the packed proof layout, MPS files,
// certificate CNFs and DRAT proofs).
//
// Written: xz (liblzma, preset 9, CRC64, one thread). On our SMT-LIB scripts,
// MPS models and DRAT proofs it is 1.4x to 3.6x smaller than gzip -9
// (docs/BUNDLES.md has the figures), which is what keeps proofs/ compact.
// Neither format stores a timestamp or a file name, so the same bytes in give
// the same bytes out for one library version and preset: proof directories
// stay deterministic.
//
// Read: xz or gzip, told apart by their magic bytes, so bundles written by
// 0.1 (gzip) still re-check.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace sp {

enum class Compression { None, Gzip, Xz };

std::string xz_compress(std::string_view bytes);
std::string gzip_compress(std::string_view bytes);

// The format `bytes` start with (None when neither magic matches).
Compression detect_compression(std::string_view bytes);

// Throws InputError naming `what` if the data is not one complete stream,
// or if it expands past `max_out` bytes (a decompression bomb is bad input).
std::string xz_decompress(std::string_view xz, const std::string& what, uint64_t max_out = UINT64_MAX);
std::string gzip_decompress(std::string_view gz, const std::string& what, uint64_t max_out = UINT64_MAX);

// `bytes` decompressed if they carry the gzip or xz magic, else as they are.
std::string decompress_any(std::string_view bytes, const std::string& what, uint64_t max_out = UINT64_MAX);

}  // namespace sp
