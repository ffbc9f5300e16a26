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

std::string xz_compress(std::string_view bytes) {
  lzma_stream z = LZMA_STREAM_INIT;
  if (lzma_easy_encoder(&z, kXzPreset, LZMA_CHECK_CRC64) != LZMA_OK) throw std::runtime_error("liblzma: encoder init failed");
  std::string out;
  z.next_in = reinterpret_cast<const uint8_t*>(bytes.data());
  z.avail_in = bytes.size();
  lzma_ret rc = LZMA_OK;
  while (rc == LZMA_OK) {
    size_t at = out.size();
    out.resize(at + kChunk);
    z.next_out = reinterpret_cast<uint8_t*>(out.data() + at);
    z.avail_out = kChunk;
    rc = lzma_code(&z, LZMA_FINISH);
    out.resize(at + kChunk - z.avail_out);
  }
  lzma_end(&z);
  if (rc != LZMA_STREAM_END) throw std::runtime_error("liblzma: compression failed (" + std::to_string(rc) + ")");
  return out;
}

std::string xz_decompress(std::string_view xz, const std::string& what, uint64_t max_out) {
  lzma_stream z = LZMA_STREAM_INIT;
  // No memory limit beyond the stream's own (preset 9 needs 65 MiB); LZMA_CONCATENATED is off: one stream.
  if (lzma_stream_decoder(&z, UINT64_MAX, 0) != LZMA_OK) throw std::runtime_error("liblzma: decoder init failed");
  std::string out;
  z.next_in = reinterpret_cast<const uint8_t*>(xz.data());
  z.avail_in = xz.size();
  lzma_ret rc = LZMA_OK;
  while (rc == LZMA_OK) {
    if (out.size() > max_out) break;
    size_t at = out.size();
    out.resize(at + kChunk);
    z.next_out = reinterpret_cast<uint8_t*>(out.data() + at);
    z.avail_out = kChunk;
    rc = lzma_code(&z, LZMA_FINISH);
    out.resize(at + kChunk - z.avail_out);
  }
  lzma_end(&z);
  if (out.size() > max_out) throw InputError(too_large(what, max_out));
  if (rc != LZMA_STREAM_END) throw InputError(what + ": not a complete xz stream");
  return out;
}

std::string gzip_compress(std::string_view bytes) {
  z_stream z{};
  if (deflateInit2(&z, 9, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("zlib: deflateInit2 failed");
  std::string out;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());  // callers stay far below 4 GiB
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    size_t at = out.size();
    out.resize(at + kChunk);
    z.next_out = reinterpret_cast<Bytef*>(out.data() + at);
    z.avail_out = kChunk;
    rc = deflate(&z, Z_FINISH);
    out.resize(at + kChunk - z.avail_out);
    if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) break;
  }
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("zlib: deflate failed");
  return out;
}

std::string gzip_decompress(std::string_view gz, const std::string& what, uint64_t max_out) {
  z_stream z{};
  if (inflateInit2(&z, kGzipWindowBits) != Z_OK) throw std::runtime_error("zlib: inflateInit2 failed");
  std::string out;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  int rc = Z_OK;
  while (rc == Z_OK) {
    if (out.size() > max_out) break;
    size_t at = out.size();
    out.resize(at + kChunk);
    z.next_out = reinterpret_cast<Bytef*>(out.data() + at);
    z.avail_out = kChunk;
    rc = inflate(&z, Z_NO_FLUSH);
    out.resize(at + kChunk - z.avail_out);
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // input ended early
  }
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
