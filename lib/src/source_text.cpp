#include "source_text.hpp"

#include <algorithm>
#include <cstring>

#include "rule_ids.hpp"
#include "utf8.hpp"

namespace automl_lint::detail {
namespace {

/// Names the encoding when the text starts like UTF-16 or UTF-32 (with or without a BOM).
std::optional<std::string> foreign_encoding(std::string_view text) {
  auto starts = [&](std::string_view prefix) { return text.starts_with(prefix); };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv) || starts("\0\0\xFE\xFF"sv)) return "UTF-32";
  if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv)) return "UTF-16";
  if (text.size() >= 4 && text[0] == 0 && text[1] == 0 && text[2] == 0) return "UTF-32";
  if (text.size() >= 4 && text[1] == 0 && text[2] == 0 && text[3] == 0) return "UTF-32";
  if (text.size() >= 2 && (text[0] == 0 || text[1] == 0)) return "UTF-16";
  return std::nullopt;
}

}  // namespace

SourceText::SourceText(std::string_view text) : text_(text) {
  if (text.starts_with("\xEF\xBB\xBF")) bom_bytes_ = 3;
}

Position SourceText::position_of_offset(std::size_t offset) const {
  if (line_starts_.empty()) {
    line_starts_.push_back(0);
    const char* begin = text_.data();
    const char* end = begin + text_.size();
    // memchr, never on an empty text: its data() may be null.
    for (const char* at = begin; at < end;) {
      const auto* newline =
          static_cast<const char*>(std::memchr(at, '\n', static_cast<std::size_t>(end - at)));
      if (!newline) break;
      line_starts_.push_back(static_cast<std::size_t>(newline - begin) + 1);
      at = newline + 1;
    }
  }
  offset = std::min(offset, text_.size());
  auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
  std::size_t line_start = line_starts_[line_index];
  if (line_index == 0) line_start = std::min(bom_bytes_, offset);
  // Count from the previous query when it was earlier on the same line: many findings on one
  // very long line would otherwise cost quadratic time.
  std::size_t counted_from = line_start;
  std::size_t column = 1;
  if (last_column_.line_start == line_start && last_column_.offset <= offset &&
      last_column_.offset >= line_start) {
    counted_from = last_column_.offset;
    column = last_column_.column;
  }
  column += count_code_points(text_.substr(counted_from, offset - counted_from));
  last_column_ = {line_start, offset, column};
  return Position{static_cast<int>(line_index + 1), static_cast<int>(column)};
}

std::optional<LoadError> check_source(const SourceText& source, const Limits& limits,
                                      std::string_view expected) {
  std::string_view text = source.text();
  if (text.size() > limits.max_file_bytes) {
    return LoadError{detail::ids::kInputLimit,
                     "File is " + std::to_string(text.size()) + " bytes, over the limit of " +
                         std::to_string(limits.max_file_bytes) + " bytes",
                     "a request file is a few kilobytes; raise --max-file-size if needed",
                     0,
                     {}};
  }
  if (source.body().empty()) {
    return LoadError{
        detail::ids::kInvalidJson, "File is empty; expected " + std::string(expected), {}, 0, {}};
  }
  if (auto name = foreign_encoding(text)) {
    return LoadError{detail::ids::kEncoding,
                     "File is encoded as " + *name + "; requests must be UTF-8",
                     "re-save the file as UTF-8, e.g. iconv -f " + *name + " -t UTF-8",
                     0,
                     {}};
  }
  if (auto bad = first_invalid_utf8(source.body())) {
    return LoadError{detail::ids::kEncoding,
                     "Invalid UTF-8 byte sequence",
                     "re-save the file as UTF-8",
                     source.bom_bytes() + *bad,
                     {}};
  }
  if (auto nul = text.find('\0'); nul != std::string_view::npos) {
    return LoadError{detail::ids::kEncoding,
                     "File contains a NUL byte",
                     "NUL bytes are not allowed in a request file",
                     nul,
                     {}};
  }
  return std::nullopt;
}

}  // namespace automl_lint::detail
