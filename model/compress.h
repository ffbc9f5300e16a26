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
// 0.1 (gzip) still re-check. A compressed input is exactly one xz stream or
// one gzip member and nothing after it: a second stream or member, stream
// padding or trailing bytes are bad input. (`xz -dc` and `gzip -dc` would
// decode every stream and print their concatenation, so a reader that
// stopped after the first one would judge other bytes than those tools show;
// slotproof writes one stream, so accepting exactly one costs nothing.)
// Decoding is streamed: InputStream hands the decompressed bytes to a parser
// piece by piece and refuses an input as soon as it expands past its cap,
// so memory is bounded by the parser's needs and the cap, never by what a
// small "decompression bomb" would expand to (docs/FORMATS.md).
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace sp {

enum class Compression { None, Gzip, Xz };

// The most bytes a compressed input may expand to. A gzip bomb reaches it
// after about 2 s of CPU (docs/CERTIFY.md); the largest compressed input
// slotproof writes expands to 98 MB (fanout's DRAT proof). Larger inputs can be given
// uncompressed (each reader's own file-size limit applies then).
constexpr uint64_t kMaxExpandedBytes = uint64_t{1} << 30;  // 1 GiB
// liblzma's memory limit for one xz stream: xz -9 needs 65 MiB; a header
// asking for a larger dictionary is bad input, not an allocation.
constexpr uint64_t kMaxXzDecoderMemory = uint64_t{256} << 20;

std::string xz_compress(std::string_view bytes);
std::string gzip_compress(std::string_view bytes);

// The format `bytes` start with (None when neither magic matches).
Compression detect_compression(std::string_view bytes);
const char* compression_name(Compression c);  // "xz", "gzip", "uncompressed"

// Throws InputError naming `what` if the data is not exactly one complete
// stream (truncated, corrupt, or followed by anything), or if it expands past
// `max_out` bytes (a decompression bomb is bad input).
std::string xz_decompress(std::string_view xz, const std::string& what, uint64_t max_out = kMaxExpandedBytes);
std::string gzip_decompress(std::string_view gz, const std::string& what, uint64_t max_out = kMaxExpandedBytes);

// `bytes` decompressed if they carry the gzip or xz magic, else as they are.
std::string decompress_any(std::string_view bytes, const std::string& what, uint64_t max_out = kMaxExpandedBytes);

class Sha256;
class StreamDecoder;

// A file's contents, read in pieces and decompressed on the fly when it
// starts with the gzip or xz magic. Only regular files are opened (as
// read_file_bytes, model/hash.h). Every refusal is an InputError naming the
// file: larger than `max_file_bytes` on disk, expanding past
// `max_expanded_bytes`, a broken stream, or data after the stream.
class InputStream {
 public:
  InputStream(const std::string& path, uint64_t max_file_bytes, uint64_t max_expanded_bytes = kMaxExpandedBytes);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // The next piece of the contents (valid until the next call); empty once
  // everything was read and, for a compressed file, the stream was found
  // complete with nothing after it.
  std::string_view next();
  // Every piece next() returns is also given to `h` (a SHA-256 of the contents).
  void hash_into(Sha256* h) { hash_ = h; }

  Compression compression() const { return kind_; }
  uint64_t bytes_read() const { return total_; }  // contents so far (decompressed)
  const std::string& path() const { return path_; }

 private:
  std::string_view next_plain();
  std::string_view next_decoded();
  bool read_file_piece();  // into pending_; false at the end of the file
  void expect_end_of_file();

  std::string path_;
  int fd_ = -1;
  Compression kind_ = Compression::None;
  uint64_t max_file_ = 0, max_expanded_ = 0, total_ = 0, file_offset_ = 0;
  std::string file_buf_, out_;
  std::string_view pending_;  // compressed bytes read from the file, not yet decoded
  bool file_eof_ = false, done_ = false;
  std::unique_ptr<StreamDecoder> decoder_;
  Sha256* hash_ = nullptr;
};

}  // namespace sp
