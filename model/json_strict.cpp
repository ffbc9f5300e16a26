#include "model/json_strict.h"

#include <algorithm>
#include <vector>

#include "model/errors.h"
#include "model/hash.h"

namespace sp {

using nlohmann::json;

namespace {

constexpr size_t kMaxNameInMessage = 200;
constexpr const char* kWhitespace = " \t\r\n";  // JSON's four whitespace bytes

std::string escaped(const std::string& s) {
  // dump() escapes quotes, backslashes and control characters; invalid UTF-8
  // (file names, cut names) becomes U+FFFD instead of throwing.
  std::string d = json(s).dump(-1, ' ', false, json::error_handler_t::replace);
  return d.substr(1, d.size() - 2);
}

// Offset just past the first JSON value of `t`, which the parser has already
// accepted (so the scan only has to be right on valid JSON).
size_t end_of_document(const std::string& t) {
  size_t i = t.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // the parser skips a UTF-8 BOM
  i = t.find_first_not_of(kWhitespace, i);
  if (i == std::string::npos) return t.size();
  char first = t[i];
  if (first == 't' || first == 'n') return i + 4;
  if (first == 'f') return i + 5;
  if (first != '{' && first != '[' && first != '"') {  // a number
    size_t end = t.find_first_not_of("0123456789+-.eE", i);
    return end == std::string::npos ? t.size() : end;
  }
  int depth = 0;
  bool in_string = false;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // skip the escaped byte
      } else if (c == '"') {
        in_string = false;
        if (depth == 0) return i + 1;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && --depth == 0) {
      return i + 1;
    }
  }
  return t.size();
}

// nlohmann's messages start with "[json.exception.parse_error.101] ": keep the tail.
std::string tail_of(const json::exception& e) {
  std::string what = e.what();
  auto pos = what.find("] ");
  return pos == std::string::npos ? what : what.substr(pos + 2);
}

// Builds the document from nlohmann's SAX events (json::parse with a
// callback is 30x slower on a 17 MB graph), refusing a key already present
// in its object and nesting deeper than kMaxJsonDepth. Pointers to open
// containers stay valid: only the innermost open container grows.
class StrictDom {
 public:
  StrictDom(json& root, const std::string& source) : root_(root), source_(source) {}

  bool null() { return put(nullptr); }
  bool boolean(bool v) { return put(v); }
  bool number_integer(json::number_integer_t v) { return put(v); }
  bool number_unsigned(json::number_unsigned_t v) { return put(v); }
  bool number_float(json::number_float_t v, const json::string_t&) { return put(v); }
  bool string(json::string_t& v) { return put(std::move(v)); }
  bool binary(json::binary_t& v) { return put(json::binary(std::move(v))); }
  bool start_object(std::size_t) { return open(json::object()); }
  bool start_array(std::size_t) { return open(json::array()); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(json::string_t& k) {
    auto [it, fresh] = open_.back()->get_ref<json::object_t&>().emplace(std::move(k), nullptr);
    if (!fresh) throw InputError(source_ + ": duplicate key " + quote_name(it->first) + " in a JSON object");
    slot_ = &it->second;
    return true;
  }
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception& e) {
    throw e;  // json::parse_error or json::out_of_range (a number beyond a double)
  }

 private:
  json* place(json&& v) {
    if (open_.empty()) return &(root_ = std::move(v));
    json& top = *open_.back();
    if (top.is_array()) return &top.emplace_back(std::move(v));
    *slot_ = std::move(v);
    return slot_;
  }
  bool put(json&& v) {
    place(std::move(v));
    return true;
  }
  bool open(json&& container) {
    if (open_.size() >= static_cast<size_t>(kMaxJsonDepth))
      throw InputError(source_ + ": JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    open_.push_back(place(std::move(container)));
    return true;
  }
  bool close() {
    open_.pop_back();
    return true;
  }

  json& root_;
  const std::string& source_;
  std::vector<json*> open_;  // the open containers, innermost last
  json* slot_ = nullptr;     // the value of the object key just read
};

}  // namespace

json parse_json_text(const std::string& text, const std::string& source) {
  if (text.find_first_not_of(kWhitespace) == std::string::npos) throw InputError(source + ": empty file");
  try {
    json doc;
    StrictDom dom(doc, source);
    json::sax_parse(text, &dom);
    return doc;
  } catch (const json::parse_error& e) {
    std::string what = tail_of(e);
    if (what.find("; expected end of input") != std::string::npos) {  // not "unexpected end of input"
      size_t at = text.find_first_not_of(kWhitespace, end_of_document(text));
      throw InputError(source + ": unexpected data after the JSON document at byte " +
                       std::to_string((at == std::string::npos ? text.size() : at) + 1));
    }
    bool truncated = e.byte >= text.size();
    throw InputError(source + ": " + (truncated ? "truncated JSON: " : "malformed JSON: ") + what);
  } catch (const json::exception& e) {  // out_of_range 406: a number beyond the range of a double
    throw InputError(source + ": malformed JSON: " + tail_of(e));
  }
}

std::string quote_name(std::string_view name) {
  size_t cut = name.size();
  if (cut > kMaxNameInMessage) {
    cut = kMaxNameInMessage;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
  }
  std::string out(1, '\'');
  out += escaped(std::string(name.substr(0, cut)));
  if (cut < name.size()) out += "...";
  out += '\'';
  return out;
}

std::string json_excerpt(const json& value, size_t max) {
  std::string d = value.dump(-1, ' ', false, json::error_handler_t::replace);
  return d.size() <= max ? d : d.substr(0, max) + "...";
}

bool is_plain_file_name(std::string_view name) {
  if (name.empty() || name.size() > 255 || name == "." || name == "..") return false;
  return std::none_of(name.begin(), name.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return c == '/' || u < 0x20 || u == 0x7f;
  });
}

bool is_relative_path_inside(std::string_view path) {
  if (path.empty() || path.size() > 4096) return false;
  for (size_t start = 0;;) {
    const size_t slash = path.find('/', start);
    if (!is_plain_file_name(path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start)))
      return false;
    if (slash == std::string_view::npos) return true;
    start = slash + 1;
  }
}

void StrictFields::fail(const std::string& msg) const { throw InputError(src_ + ": " + msg); }

const nlohmann::json& StrictFields::need(const json& obj, const char* key, const std::string& where) const {
  if (!obj.is_object()) fail(where + " must be an object, got " + json_excerpt(obj));
  auto it = obj.find(key);
  if (it == obj.end()) fail(where + ": missing field '" + key + "'");
  return *it;
}

void StrictFields::only(const json& obj, std::initializer_list<const char*> allowed, const std::string& where) const {
  if (!obj.is_object()) fail(where + " must be an object, got " + json_excerpt(obj));
  for (auto it = obj.begin(); it != obj.end(); ++it)
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* k) { return it.key() == k; }))
      fail(where + ": unknown field " + quote_name(it.key()));
}

const nlohmann::json& StrictFields::object(const json& obj, const char* key, const std::string& where) const {
  const json& f = need(obj, key, where);
  if (!f.is_object()) fail(where + ": field '" + key + "' must be an object, got " + json_excerpt(f));
  return f;
}

const nlohmann::json& StrictFields::array(const json& obj, const char* key, const std::string& where) const {
  const json& f = need(obj, key, where);
  if (!f.is_array()) fail(where + ": field '" + key + "' must be an array, got " + json_excerpt(f));
  return f;
}

int64_t StrictFields::integer(const json& obj, const char* key, const std::string& where, int64_t lo,
                              int64_t hi) const {
  const json& f = need(obj, key, where);
  // nlohmann stores non-negative integers as uint64 (possibly above INT64_MAX).
  const bool wide = f.is_number_unsigned() && f.get<uint64_t>() > static_cast<uint64_t>(hi);
  const int64_t v = f.is_number_integer() && !wide ? f.get<int64_t>() : 0;
  if (!f.is_number_integer() || wide || v < lo || v > hi)
    fail(where + ": field '" + key + "' must be an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) +
         "], got " + json_excerpt(f));
  return v;
}

std::optional<int64_t> StrictFields::integer_or_null(const json& obj, const char* key, const std::string& where,
                                                     int64_t lo, int64_t hi) const {
  if (need(obj, key, where).is_null()) return std::nullopt;
  return integer(obj, key, where, lo, hi);
}

std::string StrictFields::text(const json& obj, const char* key, const std::string& where) const {
  const json& f = need(obj, key, where);
  if (!f.is_string()) fail(where + ": field '" + key + "' must be a string, got " + json_excerpt(f));
  return f.get<std::string>();
}

std::string StrictFields::one_of(const json& obj, const char* key, const std::string& where,
                                 std::initializer_list<const char*> choices) const {
  std::string v = text(obj, key, where);
  if (std::any_of(choices.begin(), choices.end(), [&](const char* c) { return v == c; })) return v;
  std::string list;
  for (const char* c : choices) list += (list.empty() ? "'" : ", '") + std::string(c) + "'";
  fail(where + ": field '" + key + "' must be one of " + list + ", got " + quote_name(v));
}

bool StrictFields::boolean(const json& obj, const char* key, const std::string& where) const {
  const json& f = need(obj, key, where);
  if (!f.is_boolean()) fail(where + ": field '" + key + "' must be true or false, got " + json_excerpt(f));
  return f.get<bool>();
}

std::string StrictFields::sha256(const json& obj, const char* key, const std::string& where) const {
  std::string v = text(obj, key, where);
  if (!is_sha256_hex(v)) fail(where + ": field '" + key + "' must be a SHA-256 (64 lowercase hex digits), got " + quote_name(v));
  return v;
}

std::string StrictFields::file_name(const json& obj, const char* key, const std::string& where) const {
  std::string v = text(obj, key, where);
  if (!is_plain_file_name(v))
    fail(where + ": field '" + key + "' must be a plain file name (no '/', no control characters, not '.' or '..'), got " +
         quote_name(v));
  return v;
}

std::optional<std::string> StrictFields::file_name_or_null(const json& obj, const char* key,
                                                           const std::string& where) const {
  if (need(obj, key, where).is_null()) return std::nullopt;
  return file_name(obj, key, where);
}

}  // namespace sp
