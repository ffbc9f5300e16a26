// Strict JSON reading shared by every reader of slotproof's inputs (graphs,
// artifacts, profiles, manifests), and the quoting of names in messages.
//
// docs/FORMATS.md ("Reading rules and limits") promises that a document is
// read exactly or refused with one line naming the file: duplicate keys,
// numbers beyond the range of a double, nesting deeper than kMaxJsonDepth and
// data after the document are errors, never silently resolved.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace sp {

// Deeper documents are refused: copying or printing a json value recurses,
// so a hostile nesting depth would otherwise overflow the stack.
constexpr int kMaxJsonDepth = 256;

// Parses JSON text with a one-line InputError naming `source` on empty,
// truncated or malformed input, a duplicate key, an out-of-range number,
// too deep nesting or data after the document.
nlohmann::json parse_json_text(const std::string& text, const std::string& source);

// A name for a message: JSON-escaped inside single quotes ('carry',
// 'a\nb'), so a name with a newline or control characters cannot split a
// one-line error. Very long names are cut (with "...").
std::string quote_name(std::string_view name);

// A JSON value for a message: compact, escaped, cut after `max` bytes.
std::string json_excerpt(const nlohmann::json& value, size_t max = 40);

// A plain file name: non-empty, at most 255 bytes, not "." or "..", no '/',
// no NUL or other control character (a NUL would cut the name short when the
// operating system opens it, so "a\u0000b" would open "a").
bool is_plain_file_name(std::string_view name);
// A relative path of plain file names joined by '/': never absolute, never
// "..", "." or an empty component, so it cannot leave the directory it is
// resolved against (symbolic links aside: readers refuse those separately).
bool is_relative_path_inside(std::string_view path);

// Typed, range-checked fields of a parsed document, for the readers that must
// refuse rather than guess: bundle manifests, certificate.json, proof
// directory manifests. Every refusal is one InputError "SOURCE: WHERE: what
// is wrong", naming the field and (quoted, cut) the value found.
class StrictFields {
 public:
  using json = nlohmann::json;
  explicit StrictFields(std::string source) : src_(std::move(source)) {}
  const std::string& source() const { return src_; }

  [[noreturn]] void fail(const std::string& msg) const;
  // The field, which must be present (`obj` must be an object).
  const json& need(const json& obj, const char* key, const std::string& where) const;
  // A closed object: keys outside `allowed` are refused (a typo is never ignored).
  void only(const json& obj, std::initializer_list<const char*> allowed, const std::string& where) const;
  const json& object(const json& obj, const char* key, const std::string& where) const;
  const json& array(const json& obj, const char* key, const std::string& where) const;
  // An exact JSON integer (no fraction, no exponent) in [lo, hi]; never truncated or wrapped.
  int64_t integer(const json& obj, const char* key, const std::string& where, int64_t lo, int64_t hi) const;
  std::optional<int64_t> integer_or_null(const json& obj, const char* key, const std::string& where, int64_t lo,
                                         int64_t hi) const;
  std::string text(const json& obj, const char* key, const std::string& where) const;
  std::string one_of(const json& obj, const char* key, const std::string& where,
                     std::initializer_list<const char*> choices) const;
  bool boolean(const json& obj, const char* key, const std::string& where) const;
  std::string sha256(const json& obj, const char* key, const std::string& where) const;  // 64 lowercase hex digits
  std::string file_name(const json& obj, const char* key, const std::string& where) const;  // is_plain_file_name
  std::optional<std::string> file_name_or_null(const json& obj, const char* key, const std::string& where) const;

 private:
  std::string src_;
};

}  // namespace sp
