#include "model/compress.h"

#include <fcntl.h>
#include <lzma.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <stdexcept>

#include "model/errors.h"
#include "model/hash.h"

namespace sp {

namespace {
constexpr int kGzipWindowBits = 15 + 16;  // +16: gzip wrapper instead of zlib's
constexpr size_t kChunk = 1 << 16;
constexpr size_t kReadPiece = 1 << 18;  // bytes read from a file at a time
constexpr uint32_t kXzPreset = 9;       // 64 MiB dictionary; -9e gains ~2% for twice the time

// Runs a streaming encoder until `step` says it is done. step(next_out,
// avail_out) writes into at most avail_out bytes, leaves avail_out at what it
// did not fill, and returns whether to go on.
template <class Step>
std::string drain(Step step) {
  std::string out;
  for (bool more = true; more;) {
    const size_t at = out.size();
    out.resize(at + kChunk);
    size_t left = kChunk;
    more = step(reinterpret_cast<uint8_t*>(out.data() + at), left);
    out.resize(at + kChunk - left);
  }
  return out;
}

std::string too_large(uint64_t max_out) {
  return "expands past " + std::to_string(max_out) + " bytes, the limit for a compressed input" +
         (max_out == kMaxExpandedBytes ? " (1 GiB; give a larger file uncompressed)" : "");
}

std::string trailing_data(Compression c, uint64_t offset) {
  return std::string("data after the ") + compression_name(c) + " stream at byte " + std::to_string(offset + 1) +
         " (a second stream or trailing bytes; slotproof reads exactly one stream)";
}

std::string incomplete(Compression c) { return std::string("not a complete ") + compression_name(c) + " stream"; }

}  // namespace

Compression detect_compression(std::string_view b) {
  if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0x1f && static_cast<unsigned char>(b[1]) == 0x8b)
    return Compression::Gzip;
  if (b.size() >= 6 && b.substr(0, 6) == std::string_view("\xFD" "7zXZ\0", 6)) return Compression::Xz;
  return Compression::None;
}

const char* compression_name(Compression c) {
  return c == Compression::Xz ? "xz" : c == Compression::Gzip ? "gzip" : "uncompressed";
}

std::string xz_compress(std::string_view bytes) {
  lzma_stream z = LZMA_STREAM_INIT;
  if (lzma_easy_encoder(&z, kXzPreset, LZMA_CHECK_CRC64) != LZMA_OK) throw std::runtime_error("liblzma: encoder init failed");
  z.next_in = reinterpret_cast<const uint8_t*>(bytes.data());
  z.avail_in = bytes.size();
  lzma_ret rc = LZMA_OK;
  std::string out = drain([&](uint8_t* next, size_t& left) {
    z.next_out = next, z.avail_out = left;
    rc = lzma_code(&z, LZMA_FINISH);
    left = z.avail_out;
    return rc == LZMA_OK;
  });
  lzma_end(&z);
  if (rc != LZMA_STREAM_END) throw std::runtime_error("liblzma: compression failed (" + std::to_string(rc) + ")");
  return out;
}

std::string gzip_compress(std::string_view bytes) {
  z_stream z{};
  if (deflateInit2(&z, 9, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("zlib: deflateInit2 failed");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());  // callers stay far below 4 GiB
  int rc = Z_OK;
  std::string out = drain([&](uint8_t* next, size_t& left) {
    z.next_out = next, z.avail_out = static_cast<uInt>(left);
    rc = deflate(&z, Z_FINISH);
    left = z.avail_out;
    return rc == Z_OK || rc == Z_BUF_ERROR;
  });
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("zlib: deflate failed");
  return out;
}

// One gzip member or one xz stream, decoded piece by piece: decode() takes
// what it can of `in` and appends at most `room` bytes to `out`.
class StreamDecoder {
 public:
  StreamDecoder(Compression kind, std::string what) : kind_(kind), what_(std::move(what)) {
    if (kind_ == Compression::Gzip) {
      if (inflateInit2(&gz_, kGzipWindowBits) != Z_OK) throw std::runtime_error("zlib: inflateInit2 failed");
    } else if (lzma_stream_decoder(&xz_, kMaxXzDecoderMemory, 0) != LZMA_OK) {  // flags 0: one stream only
      throw std::runtime_error("liblzma: decoder init failed");
    }
  }
  ~StreamDecoder() {
    if (kind_ == Compression::Gzip) inflateEnd(&gz_);
    else lzma_end(&xz_);
  }
  StreamDecoder(const StreamDecoder&) = delete;
  StreamDecoder& operator=(const StreamDecoder&) = delete;

  // True once the end of the stream has been decoded; `in` keeps what follows it.
  bool decode(std::string_view& in, std::string& out, size_t room) {
    const size_t at = out.size();
    out.resize(at + room);
    size_t in_left = in.size(), out_left = room;
    const bool end = kind_ == Compression::Gzip ? inflate_step(in, out.data() + at, in_left, out_left)
                                                : xz_step(in, out.data() + at, in_left, out_left);
    in.remove_prefix(in.size() - in_left);
    out.resize(at + room - out_left);
    return end;
  }

 private:
  bool inflate_step(std::string_view in, char* dst, size_t& in_left, size_t& out_left) {
    gz_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    gz_.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT_MAX));
    gz_.next_out = reinterpret_cast<Bytef*>(dst);
    gz_.avail_out = static_cast<uInt>(out_left);
    const int rc = inflate(&gz_, Z_NO_FLUSH);
    in_left = in.size() - (std::min<size_t>(in.size(), UINT_MAX) - gz_.avail_in);
    out_left = gz_.avail_out;
    if (rc == Z_STREAM_END) return true;
    if (rc == Z_OK || rc == Z_BUF_ERROR) return false;  // Z_BUF_ERROR: it needs more input
    throw InputError(what_ + ": not a valid gzip stream (" + (gz_.msg ? gz_.msg : "zlib error " + std::to_string(rc)) + ")");
  }
  bool xz_step(std::string_view in, char* dst, size_t& in_left, size_t& out_left) {
    xz_.next_in = reinterpret_cast<const uint8_t*>(in.data());
    xz_.avail_in = in.size();
    xz_.next_out = reinterpret_cast<uint8_t*>(dst);
    xz_.avail_out = out_left;
    const lzma_ret rc = lzma_code(&xz_, LZMA_RUN);
    in_left = xz_.avail_in;
    out_left = xz_.avail_out;
    if (rc == LZMA_STREAM_END) return true;
    if (rc == LZMA_OK || rc == LZMA_BUF_ERROR) return false;  // LZMA_BUF_ERROR: it needs more input
    if (rc == LZMA_MEMLIMIT_ERROR)
      throw InputError(what_ + ": the xz stream needs more than " + std::to_string(kMaxXzDecoderMemory >> 20) +
                       " MiB to decode (xz -9 needs 65 MiB)");
    throw InputError(what_ + ": not a valid xz stream (liblzma error " + std::to_string(rc) + ")");
  }

  Compression kind_;
  std::string what_;
  z_stream gz_{};
  lzma_stream xz_ = LZMA_STREAM_INIT;
};

namespace {

std::string decode_all(Compression kind, std::string_view in, const std::string& what, uint64_t max_out) {
  StreamDecoder d(kind, what);
  const size_t size = in.size();
  std::string out;
  for (;;) {
    const size_t before_in = in.size(), before_out = out.size();
    const bool end = d.decode(in, out, kChunk);
    if (out.size() > max_out) throw InputError(what + ": " + too_large(max_out));
    if (end) break;
    if (in.size() == before_in && out.size() == before_out)  // no progress: the input ended inside the stream
      throw InputError(what + ": " + incomplete(kind));
  }
  if (!in.empty()) throw InputError(what + ": " + trailing_data(kind, size - in.size()));
  return out;
}

}  // namespace

std::string xz_decompress(std::string_view xz, const std::string& what, uint64_t max_out) {
  return decode_all(Compression::Xz, xz, what, max_out);
}

std::string gzip_decompress(std::string_view gz, const std::string& what, uint64_t max_out) {
  return decode_all(Compression::Gzip, gz, what, max_out);
}

std::string decompress_any(std::string_view bytes, const std::string& what, uint64_t max_out) {
  const Compression c = detect_compression(bytes);
  if (c == Compression::None) return std::string(bytes);
  return decode_all(c, bytes, what, max_out);
}

// ---- InputStream ---------------------------------------------------------------

// Opened as read_file_bytes opens: non-blocking (a FIFO cannot block the
// open), type and size from the descriptor.
InputStream::InputStream(const std::string& path, uint64_t max_file_bytes, uint64_t max_expanded_bytes)
    : path_(path), max_file_(max_file_bytes), max_expanded_(max_expanded_bytes) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd_ < 0) refuse_input(path, std::string("cannot read file: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd_, &st) != 0) refuse_input(path, std::string("cannot read file: ") + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) refuse_input(path, "is a directory, not a file");
  if (!S_ISREG(st.st_mode)) refuse_input(path, "not a regular file (devices, FIFOs and sockets are not read)");
  if (static_cast<uint64_t>(st.st_size) > max_file_bytes)
    refuse_input(path, "file of " + std::to_string(st.st_size) + " bytes exceeds the input limit of " +
                           std::to_string(max_file_bytes) + " bytes");
  read_file_piece();
  kind_ = detect_compression(pending_);  // both magics fit in the first piece
  if (kind_ != Compression::None) decoder_ = std::make_unique<StreamDecoder>(kind_, path_);
}

InputStream::~InputStream() {
  if (fd_ >= 0) ::close(fd_);
}

bool InputStream::read_file_piece() {
  if (file_eof_) return false;
  file_buf_.resize(kReadPiece);
  for (;;) {
    const ssize_t n = ::read(fd_, file_buf_.data(), kReadPiece);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) refuse_input(path_, std::string("read error: ") + std::strerror(errno));
    file_buf_.resize(static_cast<size_t>(n));
    pending_ = file_buf_;
    file_offset_ += static_cast<uint64_t>(n);
    file_eof_ = n == 0;
    return n > 0;
  }
}

std::string_view InputStream::next() {
  if (done_) return {};
  const std::string_view piece = kind_ == Compression::None ? next_plain() : next_decoded();
  total_ += piece.size();
  if (kind_ != Compression::None && total_ > max_expanded_) refuse_input(path_, too_large(max_expanded_));
  if (kind_ == Compression::None && total_ > max_file_) refuse_input(path_, "file grew beyond the input limit while being read");
  if (hash_) hash_->update(piece);
  return piece;
}

std::string_view InputStream::next_plain() {
  if (pending_.empty() && !read_file_piece()) {
    done_ = true;
    return {};
  }
  std::string_view piece = pending_;
  pending_ = {};
  return piece;
}

// Decodes until some output is ready or the stream ends; at its end, nothing
// may follow in the file.
std::string_view InputStream::next_decoded() {
  out_.clear();
  while (out_.empty()) {
    if (pending_.empty() && !read_file_piece()) refuse_input(path_, incomplete(kind_) + " (the file ends inside it)");
    const size_t before = pending_.size();
    if (decoder_->decode(pending_, out_, kChunk)) {
      expect_end_of_file();
      done_ = true;
      break;
    }
    if (out_.empty() && pending_.size() == before) refuse_input(path_, incomplete(kind_) + " (the decoder stalled)");
  }
  return out_;
}

void InputStream::expect_end_of_file() {
  if (pending_.empty()) read_file_piece();
  if (!pending_.empty()) refuse_input(path_, trailing_data(kind_, file_offset_ - pending_.size()));
}

}  // namespace sp
