#include "model/compress.h"

#include <lzma.h>
#include <zlib.h>

#include <stdexcept>

#include "model/errors.h"

namespace sp {

namespace {
constexpr int kGzipWindowBits = 15 + 16;  // +16: gzip wrapper instead of zlib's
constexpr size_t kChunk = 1 << 16;
constexpr uint32_t kXzPreset = 9;  // 64 MiB dictionary; -9e gains ~2% for twice the time

// Runs a streaming codec until `step` says it is done, or the output passes
// max_out. step(next_out, avail_out) writes into at most avail_out bytes,
// leaves avail_out at what it did not fill, and returns whether to go on.
template <class Step>
std::string drain(Step step, uint64_t max_out) {
  std::string out;
  bool more = true;
  while (more && out.size() <= max_out) {
    const size_t at = out.size();
    out.resize(at + kChunk);
    size_t left = kChunk;
    more = step(reinterpret_cast<uint8_t*>(out.data() + at), left);
    out.resize(at + kChunk - left);
  }
  return out;
}

std::string too_large(const std::string& what, uint64_t max_out) {
  return what + ": expands past " + std::to_string(max_out) + " bytes";
}
}  // namespace

Compression detect_compression(std::string_view b) {
  if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f && static_cast<unsigned char>(b[1]) == 0x8b)
    return Compression::Gzip;
  if (b.size() >= 6 && b.substr(0, 6) == std::string_view("\xFD" "7zXZ\0", 6)) return Compression::Xz;
  return Compression::None;
}

namespace {

// liblzma: encoder or decoder alike, fed `in` at once and finished.
std::string run_lzma(lzma_stream& z, std::string_view in, uint64_t max_out, lzma_ret& rc) {
  z.next_in = reinterpret_cast<const uint8_t*>(in.data());
  z.avail_in = in.size();
  rc = LZMA_OK;
  std::string out = drain(
      [&](uint8_t* next, size_t& left) {
        z.next_out = next, z.avail_out = left;
        rc = lzma_code(&z, LZMA_FINISH);
        left = z.avail_out;
        return rc == LZMA_OK;
      },
      max_out);
  lzma_end(&z);
  return out;
}

}  // namespace

std::string xz_compress(std::string_view bytes) {
  lzma_stream z = LZMA_STREAM_INIT;
  if (lzma_easy_encoder(&z, kXzPreset, LZMA_CHECK_CRC64) != LZMA_OK) throw std::runtime_error("liblzma: encoder init failed");
  lzma_ret rc;
  std::string out = run_lzma(z, bytes, UINT64_MAX, rc);
  if (rc != LZMA_STREAM_END) throw std::runtime_error("liblzma: compression failed (" + std::to_string(rc) + ")");
  return out;
}

std::string xz_decompress(std::string_view xz, const std::string& what, uint64_t max_out) {
  lzma_stream z = LZMA_STREAM_INIT;
  // No memory limit beyond the stream's own (preset 9 needs 65 MiB); one stream, not concatenated ones.
  if (lzma_stream_decoder(&z, UINT64_MAX, 0) != LZMA_OK) throw std::runtime_error("liblzma: decoder init failed");
  lzma_ret rc;
  std::string out = run_lzma(z, xz, max_out, rc);
  if (out.size() > max_out) throw InputError(too_large(what, max_out));
  if (rc != LZMA_STREAM_END) throw InputError(what + ": not a complete xz stream");
  return out;
}

std::string gzip_compress(std::string_view bytes) {
  z_stream z{};
  if (deflateInit2(&z, 9, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("zlib: deflateInit2 failed");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());  // callers stay far below 4 GiB
  int rc = Z_OK;
  std::string out = drain(
      [&](uint8_t* next, size_t& left) {
        z.next_out = next, z.avail_out = static_cast<uInt>(left);
        rc = deflate(&z, Z_FINISH);
        left = z.avail_out;
        return rc == Z_OK || rc == Z_BUF_ERROR;
      },
      UINT64_MAX);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("zlib: deflate failed");
  return out;
}

std::string gzip_decompress(std::string_view gz, const std::string& what, uint64_t max_out) {
  z_stream z{};
  if (inflateInit2(&z, kGzipWindowBits) != Z_OK) throw std::runtime_error("zlib: inflateInit2 failed");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  int rc = Z_OK;
  std::string out = drain(
      [&](uint8_t* next, size_t& left) {
        z.next_out = next, z.avail_out = static_cast<uInt>(left);
        rc = inflate(&z, Z_NO_FLUSH);
        left = z.avail_out;
        return rc == Z_OK;  // Z_BUF_ERROR: the input ended early
      },
      max_out);
  inflateEnd(&z);
  if (out.size() > max_out) throw InputError(too_large(what, max_out));
  if (rc != Z_STREAM_END) throw InputError(what + ": not a complete gzip stream");
  return out;
}

std::string decompress_any(std::string_view bytes, const std::string& what, uint64_t max_out) {
  switch (detect_compression(bytes)) {
    case Compression::Gzip: return gzip_decompress(bytes, what, max_out);
    case Compression::Xz: return xz_decompress(bytes, what, max_out);
    case Compression::None: break;
  }
  return std::string(bytes);
}

}  // namespace sp
