// Small UTF-8 helpers: validation, code point counting, safe truncation.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace automl_lint::detail {

/// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms and
/// encoded surrogates included), or nullopt when the text is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

/// Number of code points in valid UTF-8 text (continuation bytes are not counted).
std::size_t count_code_points(std::string_view text);

/// The longest prefix of `text` with at most `max_code_points` code points.
std::string_view prefix_code_points(std::string_view text, std::size_t max_code_points);

}  // namespace automl_lint::detail
