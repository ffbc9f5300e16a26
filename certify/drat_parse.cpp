// The DRAT checker's input side (certify/drat_check.h): CNF and DRAT
// proofs, text or binary, plain or compressed, read into flat literal arrays.
//
// Input handling
// --------------
// Parsing is separate from checking: a file is read in pieces, decompressed
// on the fly when it starts with the xz or gzip magic (model/compress.h:
// exactly one stream, at most kMaxExpandedBytes expanded), and turned into
// flat literal arrays as it arrives, so comments and a compressed file's
// expansion cost no memory. Every malformation is an InputError naming the
// file and the line (text) or record and byte (binary). Numbers are bounded
// while they are read (no overflow), nothing is reserved from a count the
// file claims, and check() never fails on parsed input.
#include "certify/drat_check.h"

#include <algorithm>
#include <cstring>
#include <sstream>

#include "model/compress.h"
#include "model/errors.h"
#include "model/hash.h"

namespace sp::drat {
namespace {

// A byte for an error message: the character if printable, else its hex code.
std::string show_byte(unsigned char c) {
  if (c >= 0x21 && c < 0x7f) return std::string("'") + static_cast<char>(c) + "'";
  static const char* hex = "0123456789abcdef";
  return std::string("byte 0x") + hex[c >> 4] + hex[c & 15];
}

// ---------------------------------------------------------------- the bytes

// The bytes the parsers read: all of them in memory (a CNF certify just
// encoded), or a file's contents as InputStream delivers them. Only the
// unread part of the current piece (and what a look-ahead needed) is kept.
class Window {
 public:
  explicit Window(std::string_view all) : data_(all), eof_(true) {}
  explicit Window(InputStream& in) : in_(&in) {}

  // The byte `k` places ahead, or -1 past the end.
  int peek(size_t k = 0) {
    if (pos_ + k >= data_.size() && !fill(pos_ + k + 1)) return -1;
    return static_cast<unsigned char>(data_[pos_ + k]);
  }
  void skip(size_t n = 1) { pos_ += n; }
  uint64_t offset() const { return base_ + pos_; }  // of the next byte, from the start of the contents

  // Skips to the next '\n' (not consumed) or the end.
  void skip_to_newline() {
    for (;;) {
      const size_t nl = data_.find('\n', pos_);
      if (nl != std::string_view::npos) {
        pos_ = nl;
        return;
      }
      pos_ = data_.size();
      if (!fill(pos_ + 1)) return;
    }
  }
  // Whether a `c` byte lies ahead; reads on (keeping everything) until it
  // finds one or the input ends.
  bool holds_ahead(char c) {
    for (size_t scanned = 0;;) {  // bytes after pos_ known not to be `c`
      if (data_.find(c, pos_ + scanned) != std::string_view::npos) return true;
      scanned = data_.size() - pos_;
      if (!fill(data_.size() + 1)) return false;
    }
  }

 private:
  // Makes data_ hold at least `need` bytes (as counted before the call: the
  // read bytes are dropped on the way); false if the input ends first.
  bool fill(size_t need) {
    const size_t ahead = need - pos_;
    while (data_.size() < pos_ + ahead) {
      if (eof_) return false;
      const std::string_view piece = in_->next();
      if (piece.empty()) {
        eof_ = true;
        return false;
      }
      own_.erase(0, pos_);  // what was read goes (usually all of it: no copy)
      base_ += pos_;
      pos_ = 0;
      own_.append(piece);
      data_ = own_;
    }
    return true;
  }

  InputStream* in_ = nullptr;
  std::string own_;        // the stream's unread bytes (data_ views it)
  std::string_view data_;  // the bytes at hand; pos_ indexes it
  size_t pos_ = 0;
  uint64_t base_ = 0;  // offset of data_[0] in the contents
  bool eof_ = false;
};

// ---------------------------------------------------------------- text input

// Reads the integers of DIMACS-like text and keeps the line for messages.
class TextScanner {
 public:
  TextScanner(Window& w, const std::string& name) : w_(w), name_(name) {}

  [[noreturn]] void fail(const std::string& what) const { fail_at(line_, what); }
  [[noreturn]] void fail_at(uint64_t line, const std::string& what) const {
    throw InputError(name_ + ":" + std::to_string(line) + ": " + what);
  }
  uint64_t line() const { return line_; }
  void advance() {
    w_.skip();
    line_start_ = false;
  }

  // Skips spaces and newlines; returns the next byte, or -1 at the end.
  int next_token() {
    for (int c; (c = w_.peek()) >= 0; w_.skip()) {
      if (c == '\n') ++line_, line_start_ = true;
      else if (c != ' ' && c != '\t' && c != '\r') return c;
    }
    return -1;
  }
  // Skips spaces on the current line only; returns the next byte or -1.
  int next_on_line() {
    int c;
    while ((c = w_.peek()) == ' ' || c == '\t' || c == '\r') w_.skip();
    return c;
  }
  void skip_line() {
    w_.skip_to_newline();
    line_start_ = false;
  }
  // A comment starts with 'c' as the first thing on its line (after blanks).
  bool at_comment() { return line_start_ && w_.peek() == 'c'; }
  bool at_separator() {
    const int c = w_.peek();
    return c < 0 || c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
  bool consume_word(std::string_view word) {
    for (size_t k = 0; k < word.size(); ++k)
      if (w_.peek(k) != static_cast<unsigned char>(word[k])) return false;
    w_.skip(word.size());
    line_start_ = false;
    return at_separator();
  }

  // An optionally negative decimal integer whose magnitude is at most `limit`
  // (limit < 2^62, so the accumulation cannot overflow). "-0" is refused:
  // strict DIMACS ends a clause with 0, and a reader that took -0 for 0
  // would end clauses that other readers continue.
  int64_t read_int(int64_t limit, const char* what) {
    line_start_ = false;
    const bool negative = w_.peek() == '-';
    if (negative) w_.skip();
    int c = w_.peek();
    if (c < '0' || c > '9')
      fail(std::string("expected ") + what + ", found " +
           (c >= 0 ? show_byte(static_cast<unsigned char>(c)) : std::string("the end of the file")));
    int64_t value = 0;
    std::string digits;  // for messages: the first 20
    for (; (c = w_.peek()) >= '0' && c <= '9'; w_.skip()) {
      value = value * 10 + (c - '0');
      if (digits.size() < 20) digits += static_cast<char>(c);
      if (value > limit) fail_too_large(digits, negative, limit, what);
    }
    if (!at_separator()) fail("unexpected " + show_byte(static_cast<unsigned char>(w_.peek())) + " after a number");
    if (negative && value == 0) fail(std::string("-0 is not ") + what + " (strict DIMACS: a clause ends with 0)");
    return negative ? -value : value;
  }

 private:
  [[noreturn]] void fail_too_large(std::string digits, bool negative, int64_t limit, const char* what) {
    w_.skip();
    size_t more = 0;
    for (int c; more < 2 && (c = w_.peek()) >= '0' && c <= '9'; w_.skip()) {
      if (digits.size() < 20) digits += static_cast<char>(c);
      else ++more;
    }
    fail(std::string(what) + " " + (negative ? "-" : "") + digits + (more ? "..." : "") + " is beyond the limit of " +
         std::to_string(limit));
  }

  Window& w_;
  const std::string& name_;
  uint64_t line_ = 1;
  bool line_start_ = true;  // only blanks since the last newline (or the start)
};

// `p cnf V C` on one line; the scanner stands on the 'p'.
void parse_cnf_header(TextScanner& s, Formula& f) {
  s.advance();
  if (!s.at_separator() || s.next_on_line() < 0 || !s.consume_word("cnf"))
    s.fail("malformed header, expected 'p cnf VARIABLES CLAUSES'");
  int64_t counts[2];
  const char* what[2] = {"a variable count", "a clause count"};
  for (int k = 0; k < 2; ++k) {
    int c = s.next_on_line();
    if (c < 0 || c == '\n') s.fail("malformed header, expected 'p cnf VARIABLES CLAUSES'");
    counts[k] = s.read_int(int64_t{1} << 61, what[k]);
    if (counts[k] < 0) s.fail(std::string("negative ") + (k == 0 ? "variable" : "clause") + " count in the header");
  }
  if (counts[0] > kMaxVariable)
    s.fail("the header's " + std::to_string(counts[0]) + " variables exceed the limit of " +
           std::to_string(kMaxVariable));
  if (static_cast<uint64_t>(counts[1]) > kMaxClauses)
    s.fail("the header's " + std::to_string(counts[1]) + " clauses exceed the limit of " +
           std::to_string(kMaxClauses));
  int c = s.next_on_line();
  if (c >= 0 && c != '\n') s.fail("unexpected " + show_byte(static_cast<unsigned char>(c)) + " after the header");
  f.num_vars = static_cast<int32_t>(counts[0]);
  f.num_clauses = static_cast<uint64_t>(counts[1]);
}

Formula parse_cnf_window(Window& w, const std::string& name) {
  TextScanner s(w, name);
  Formula f;
  bool have_header = false, clause_open = false;
  uint64_t clauses = 0, clause_line = 0;
  for (int c; (c = s.next_token()) >= 0;) {
    if (s.at_comment()) {
      s.skip_line();
    } else if (c == 'p' && !clause_open) {
      if (have_header) s.fail("a second 'p cnf' header");  // (a clause before it already failed)
      parse_cnf_header(s, f);
      have_header = true;
    } else {
      if (!have_header) s.fail("expected the 'p cnf' header before any clause, found " + show_byte(static_cast<unsigned char>(c)));
      int64_t lit = s.read_int(kMaxVariable, "a literal");
      if (lit > f.num_vars || -lit > f.num_vars)
        s.fail("literal " + std::to_string(lit) + " exceeds the header's " + std::to_string(f.num_vars) +
               " variables");
      if (f.lits.size() >= kMaxLiterals) s.fail("more than " + std::to_string(kMaxLiterals) + " literals");
      f.lits.push_back(static_cast<int32_t>(lit));
      if (!clause_open) clause_line = s.line();
      clause_open = lit != 0;
      if (lit == 0 && ++clauses > f.num_clauses)
        s.fail("more clauses than the header's " + std::to_string(f.num_clauses));
    }
  }
  if (!have_header) s.fail("no 'p cnf' header");
  if (clause_open) s.fail_at(clause_line, "the last clause has no terminating 0");
  if (clauses != f.num_clauses)
    s.fail(std::to_string(clauses) + " clauses, but the header says " + std::to_string(f.num_clauses));
  return f;
}

// True when `p` has no room for one more literal or step.
bool at_limit(const Proof& p) {
  return p.steps.size() >= kMaxClauses || p.lits.size() + p.steps.size() >= kMaxLiterals;
}
std::string limit_message(const Proof& p) {
  if (p.steps.size() >= kMaxClauses) return "more than " + std::to_string(kMaxClauses) + " proof steps";
  return "more than " + std::to_string(kMaxLiterals) + " literals";
}

void close_step(Proof& p, ProofStep step) {
  step.size = static_cast<uint32_t>(p.lits.size() - step.begin);  // < kMaxLiterals
  p.steps.push_back(step);
}

Proof parse_text_proof(Window& w, const std::string& name) {
  TextScanner s(w, name);
  Proof p;
  ProofStep step;
  bool open = false;
  for (int c; (c = s.next_token()) >= 0;) {
    if (s.at_comment()) {
      s.skip_line();
      continue;
    }
    if (!open) {
      step = ProofStep{p.lits.size(), 0, c == 'd', s.line()};
      open = true;
      if (c == 'd') {
        s.advance();
        if (!s.at_separator()) s.fail("expected a space after 'd'");
        continue;
      }
    }
    int64_t lit = s.read_int(kMaxVariable, "a literal");
    if (at_limit(p)) s.fail(limit_message(p));
    if (lit == 0) {
      close_step(p, step);
      open = false;
    } else {
      p.lits.push_back(static_cast<int32_t>(lit));
      p.max_var = std::max(p.max_var, static_cast<int32_t>(lit > 0 ? lit : -lit));
    }
  }
  if (open) s.fail_at(step.position, "the last proof step has no terminating 0");
  return p;
}

// ---------------------------------------------------------- binary input

class BinaryReader {
 public:
  BinaryReader(Window& w, const std::string& name) : w_(w), name_(name) {}

  bool done() { return w_.peek() < 0; }
  [[noreturn]] void fail(uint64_t record, uint64_t at, const std::string& what) const {
    throw InputError(name_ + ": record " + std::to_string(record) + " at byte " + std::to_string(at) + ": " + what);
  }
  unsigned char byte(uint64_t record, uint64_t record_start) {
    const int c = w_.peek();
    if (c < 0) fail(record, record_start, "truncated record (the proof ends before its 0 byte)");
    w_.skip();
    return static_cast<unsigned char>(c);
  }
  uint64_t pos() const { return w_.offset(); }

  // One literal as 2*var+sign in 7-bit groups, low group first; 0 ends a record.
  uint64_t read_number(uint64_t record, uint64_t record_start) {
    constexpr uint64_t kLimit = 2 * static_cast<uint64_t>(kMaxVariable) + 1;
    uint64_t value = 0;
    for (int shift = 0;; shift += 7) {
      if (shift > 28) fail(record, record_start, "a literal longer than 5 bytes");
      unsigned char b = byte(record, record_start);
      value |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (value > kLimit)
        fail(record, record_start, "a variable beyond the limit of " + std::to_string(kMaxVariable));
      if (!(b & 0x80)) return value;
    }
  }

 private:
  Window& w_;
  const std::string& name_;
};

Proof parse_binary_proof(Window& w, const std::string& name) {
  BinaryReader r(w, name);
  Proof p;
  p.format = ProofFormat::Binary;
  for (uint64_t record = 1; !r.done(); ++record) {
    const uint64_t start = r.pos();
    unsigned char tag = r.byte(record, start);
    if (tag != 'a' && tag != 'd') r.fail(record, start, "expected 'a' or 'd', found " + show_byte(tag));
    ProofStep step{p.lits.size(), 0, tag == 'd', record};
    while (true) {
      uint64_t code = r.read_number(record, start);
      if (at_limit(p)) r.fail(record, start, limit_message(p));
      if (code == 0) break;
      if (code == 1) r.fail(record, start, "a literal of variable 0");
      int32_t var = static_cast<int32_t>(code >> 1);
      p.lits.push_back(code & 1 ? -var : var);
      p.max_var = std::max(p.max_var, var);
    }
    close_step(p, step);
  }
  return p;
}

// The detection rule of looks_binary(): binary if the first byte is 'a', or
// if it is 'd' and a NUL byte follows anywhere. A binary proof's first record
// ends in its NUL, so the look-ahead is short; a text proof that starts with
// a deletion is read ahead to its end (no NUL in it) before parsing.
Proof parse_proof_window(Window& w, const std::string& name) {
  const int first = w.peek();
  const bool binary = first == 'a' || (first == 'd' && w.holds_ahead('\0'));
  return binary ? parse_binary_proof(w, name) : parse_text_proof(w, name);
}

}  // namespace

Formula parse_cnf(std::string_view text, const std::string& name) {
  Window w(text);
  return parse_cnf_window(w, name);
}

Proof parse_proof(std::string_view bytes, const std::string& name) {
  Window w(bytes);
  return parse_proof_window(w, name);
}

bool looks_binary(std::string_view bytes) {
  if (bytes.empty()) return false;
  if (bytes[0] == 'a') return true;
  return bytes[0] == 'd' && std::memchr(bytes.data(), 0, bytes.size()) != nullptr;
}

Formula read_cnf_file(const std::string& path) {
  InputStream in(path, kMaxInputBytes - 1);
  Window w(in);
  return parse_cnf_window(w, path);
}

Proof read_proof_file(const std::string& path, std::string* sha256) {
  InputStream in(path, kMaxInputBytes - 1);
  Sha256 hash;
  if (sha256) in.hash_into(&hash);
  Window w(in);
  Proof p = parse_proof_window(w, path);
  p.compressed = in.compression() != Compression::None;
  if (sha256) *sha256 = hash.hex();
  return p;
}

std::string read_input_file(const std::string& path, bool* compressed) {
  InputStream in(path, kMaxInputBytes - 1);
  std::string out;
  for (std::string_view piece; !(piece = in.next()).empty();) out.append(piece);
  if (compressed) *compressed = in.compression() != Compression::None;
  return out;
}

bool file_contents_equal(const std::string& path, std::string_view expected) {
  InputStream in(path, kMaxInputBytes - 1);
  for (std::string_view piece; !(piece = in.next()).empty(); expected.remove_prefix(piece.size()))
    if (expected.substr(0, piece.size()) != piece) return false;
  return expected.empty();
}

}  // namespace sp::drat
