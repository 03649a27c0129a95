// Wording helpers shared by every check: how values are quoted and what a typo probably meant.
#pragma once

#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "strings.hpp"

namespace automl_lint::detail {

/// A value as the service quotes it: strings in single quotes (shortened past 64 code points,
/// control characters escaped), numbers and literals as written, containers summarised.
std::string quote_value(const rapidjson::Value& value);

/// `text` shortened and escaped like a quoted string, without the quotes.
std::string shorten(std::string_view text, std::size_t max_code_points = 64);

/// A JSON pointer for a message or the text output: map keys are the user's words, so control
/// characters are escaped and a very long pointer is cut (the JSON output keeps it exact).
inline std::string display_pointer(std::string_view pointer) {
  return shorten(pointer, 200);
}

/// The JSON type name of a value: "string", "integer", "number", "boolean", "object", ...
std::string_view json_type_name(const rapidjson::Value& value);

/// The candidate the user most likely meant: a case-insensitive match first, then the closest
/// within a small edit distance. Nullopt when nothing is close.
std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates);

/// "A, B, C" (service style: comma and space).
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

}  // namespace automl_lint::detail
