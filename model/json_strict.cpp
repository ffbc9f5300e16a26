#include "model/json_strict.h"

#include <vector>

#include "model/errors.h"

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

}  // namespace sp
