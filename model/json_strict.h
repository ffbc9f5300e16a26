// Strict JSON reading shared by every reader of slotproof's inputs (graphs,
// artifacts, profiles, manifests), and the quoting of names in messages.
//
// docs/FORMATS.md ("Reading rules and limits") promises that a document is
// read exactly or refused with one line naming the file: duplicate keys,
// numbers beyond the range of a double, nesting deeper than kMaxJsonDepth and
// data after the document are errors, never silently resolved.
#pragma once
#include <nlohmann/json.hpp>
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

}  // namespace sp
