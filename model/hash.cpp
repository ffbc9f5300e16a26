#include "model/hash.h"

#include <openssl/evp.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "model/errors.h"

namespace sp {

bool is_sha256_hex(std::string_view text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

namespace {

std::string hex_of(const unsigned char* digest, unsigned len) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(2 * len);
  for (unsigned i = 0; i < len; ++i) {
    out.push_back(hex[digest[i] >> 4]);
    out.push_back(hex[digest[i] & 15]);
  }
  return out;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &len, EVP_sha256(), nullptr);
  return hex_of(digest, len);
}

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
  if (!ctx_ || EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("OpenSSL: cannot start a SHA-256 digest");
}

Sha256::~Sha256() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }

void Sha256::update(std::string_view bytes) { EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), bytes.data(), bytes.size()); }

std::string Sha256::hex() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), digest, &len);
  return hex_of(digest, len);
}

namespace {

// Closes a descriptor on every path out of read_file_bytes.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

// Only regular files are read, and only up to kMaxInputBytes: a device such
// as /dev/zero, a FIFO or a directory would otherwise block, never end or
// read as "empty". O_NONBLOCK keeps open() itself from waiting for a FIFO's
// writer; the type and size come from the opened descriptor (no race).
std::string read_file_bytes(const std::string& path) {
  Fd f{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
  if (f.fd < 0) refuse_input(path, std::string("cannot read file: ") + std::strerror(errno));
  struct stat st {};
  if (::fstat(f.fd, &st) != 0) refuse_input(path, std::string("cannot read file: ") + std::strerror(errno));
  if (S_ISDIR(st.st_mode)) refuse_input(path, "is a directory, not a file");
  if (!S_ISREG(st.st_mode)) refuse_input(path, "not a regular file (devices, FIFOs and sockets are not read)");
  if (static_cast<uint64_t>(st.st_size) > kMaxInputBytes)
    refuse_input(path, "file of " + std::to_string(st.st_size) + " bytes exceeds the input limit of " +
                           std::to_string(kMaxInputBytes) + " bytes (1 GiB)");
  std::string out;
  out.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(f.fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) refuse_input(path, std::string("read error: ") + std::strerror(errno));
    if (n == 0) return out;
    out.append(buf, static_cast<size_t>(n));
    if (out.size() > kMaxInputBytes) refuse_input(path, "file grew beyond the input limit of 1 GiB while being read");
  }
}

}  // namespace sp
