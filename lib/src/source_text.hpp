// The bytes of a request file, whatever its format: the byte order mark, the encoding checks both
// readers share, and line and column of a byte offset (computed only when a diagnostic asks).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "automl_lint/linter.hpp"

namespace automl_lint::detail {

struct Position {
  int line = 0;
  int column = 0;
};

/// Why a file could not be loaded; each maps to one diagnostic.
struct LoadError {
  std::string rule;
  std::string message;
  std::string hint;
  std::size_t offset = 0;  ///< Byte offset into the text as given (BOM included).
  std::string pointer;     ///< The member the error is about, when it is about one.
};

/// A request file's text as given. Holds a view: the bytes must outlive it.
class SourceText {
 public:
  explicit SourceText(std::string_view text);

  std::string_view text() const { return text_; }
  /// 3 when the text starts with a UTF-8 byte order mark, else 0.
  std::size_t bom_bytes() const { return bom_bytes_; }
  /// The text after the byte order mark: what the readers parse.
  std::string_view body() const { return text_.substr(bom_bytes_); }

  /// Line (from 1) and column (from 1, in Unicode code points; the BOM is not a column) of a
  /// byte offset into text(). Lines end at '\n', so CRLF counts as one line end.
  Position position_of_offset(std::size_t offset) const;

 private:
  std::string_view text_;
  std::size_t bom_bytes_ = 0;
  mutable std::vector<std::size_t> line_starts_;
  struct ColumnCursor {
    std::size_t line_start = 0;
    std::size_t offset = 0;
    std::size_t column = 1;
  };
  mutable ColumnCursor last_column_;
};

/// The checks every reader makes first: the size limit (AML004), an empty file (AML001, which
/// says that `expected` was expected), and the encoding (AML002: UTF-16/32 named, invalid UTF-8
/// and NUL bytes located).
std::optional<LoadError> check_source(const SourceText& source, const Limits& limits,
                                      std::string_view expected);

}  // namespace automl_lint::detail
