// One streaming pass over a CSV object: header, record count, quoting problems, and optionally
// a tally of the values of one column (the sample weights of a tabular job, the target of a
// time-series job).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/byte_stream.hpp"

namespace automl_lint::data {

struct CsvScanOptions {
  /// When set, the values of this column (matched case-sensitively against the header; the
  /// first match when names repeat) are tallied: missing, not numeric, negative.
  std::optional<std::string> value_column;
};

/// One value of the tallied column and where it is.
struct ValueExample {
  std::uint64_t record = 0;  ///< 1-based data record number (header excluded); 0: none seen.
  std::string value;         ///< Truncated to 64 bytes.
  bool found() const { return record != 0; }
};

/// What scan_csv found in the value column. Each rule reads the counts it cares about: sample
/// weights must be numbers >= 0; a time-series target must be numeric and may be empty.
struct ColumnValueStats {
  bool column_found = false;
  /// Empty value ("" quoted counts as empty), or the record has too few fields.
  std::uint64_t missing = 0;
  /// Present but not a finite decimal number. Spaces and tabs around the number are allowed;
  /// "1e5", "-0", ".5", "+2" are numbers, "nan", "inf", "1e5x", "0x10", "1e999" are not. Values
  /// longer than 1 KiB are counted here too.
  std::uint64_t not_numeric = 0;
  /// Numeric and < 0 ("-0" is not negative).
  std::uint64_t negative = 0;
  /// Of the `not_numeric` values, those pandas reads as a missing value by default (`NaN`,
  /// `NA`, `N/A`, `null`, `None`, ...; see is_na_marker).
  std::uint64_t na_markers = 0;
  /// 1-based data record number (header excluded) of the first missing, not numeric or
  /// negative value.
  std::optional<std::uint64_t> first_bad_record;
  /// That value, truncated to 64 bytes.
  std::string first_bad_value;
  /// The first value that is not numeric and not an NA marker, and the first NA marker.
  ValueExample first_not_numeric;
  ValueExample first_na_marker;
};

struct CsvScanResult {
  /// Fields of the first non-blank record, unquoted ("" -> "). A UTF-8 BOM at the start of
  /// the file is skipped, a CR before the final LF dropped.
  std::vector<std::string> header;
  bool has_header = false;  ///< False for an empty or blank-only file.
  /// The header was longer than 1 MiB: `header` holds its first fields only (the record count
  /// is still exact).
  bool header_too_long = false;
  /// Data records after the header; blank lines (empty, or only "\r") are not counted. The
  /// last record counts without a final newline, and also when it ends inside a quoted field.
  std::uint64_t records = 0;
  std::uint64_t bytes = 0;          ///< Uncompressed bytes scanned.
  bool unterminated_quote = false;  ///< The file ends inside a quoted field.
  /// Physical line (1-based) where that quoted field opened.
  std::optional<std::uint64_t> unterminated_quote_line;
  bool contains_nul = false;  ///< A NUL byte was seen (binary, not text).
  ColumnValueStats values;    ///< Only filled when options.value_column is set.
};

/// Scans the whole stream in one pass with constant memory (only the header and one value of the
/// tallied column are ever held). CSV as pandas and Python's csv module read it: `,` separates
/// fields; a field that starts with `"` is quoted, may contain `,`, LF and CRLF, and `""` inside it
/// is a quote; a `"` elsewhere is an ordinary character. Records end at LF (a CR before it belongs
/// to the line end; a lone CR is data). Blank lines are skipped; the first non-blank record is the
/// header. Stream errors are not reported here: the caller checks stream.error() afterwards.
///
/// Without a value column, records are counted 64 bytes at a time with SIMD bitmasks; with
/// one, a byte-at-a-time parser extracts the column (see bench/data/README.md for speeds).
CsvScanResult scan_csv(ByteStream& stream, const CsvScanOptions& options);

namespace detail {

/// Bitmasks of one 64-byte block: bit i is set when byte i is that character.
struct BlockMasks {
  std::uint64_t quote = 0;
  std::uint64_t lf = 0;
  std::uint64_t cr = 0;
  std::uint64_t comma = 0;
  bool nul = false;
};

/// SSE2 when available, else classify_block_scalar. Reads exactly 64 bytes.
BlockMasks classify_block(const char* block);
BlockMasks classify_block_scalar(const char* block);

/// Classifies a number: not numeric, >= 0, or negative (see ColumnValueStats).
enum class NumberClass { kNotNumeric, kNonNegative, kNegative };
NumberClass classify_number(std::string_view text);

/// True for the strings pandas' read_csv reads as a missing value by default (its `na_values`:
/// `NaN`, `nan`, `-NaN`, `NA`, `N/A`, `n/a`, `#N/A`, `#NA`, `NULL`, `null`, `None`, `<NA>`,
/// `1.#IND`, ...), spaces and tabs around them allowed. The empty value is not one: it is missing.
bool is_na_marker(std::string_view text);

}  // namespace detail

}  // namespace automl_lint::data
