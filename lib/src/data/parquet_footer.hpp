#pragma once

// Reads what a lint needs from a Parquet file's footer (row count, top-level column names, row
// groups) without a Parquet library: Debian has none. The footer is Thrift Compact Protocol
// FileMetaData; only it is read, never the data pages. Hostile input gives a ParquetError,
// never a crash, a hang or a large allocation.

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace automl_lint::data {

struct ParquetFooter {
  std::int64_t num_rows = 0;
  std::vector<std::string> columns;  // Names of the top-level fields (children of the schema
                                     // root), in order; a struct column is one name.
  std::size_t row_groups = 0;
  std::string created_by;  // Optional, empty if absent.
};

struct ParquetError {
  std::string message;  // E.g. "not a Parquet file: no PAR1 magic at the end".
};

/// Footers larger than this are refused (real footers are kilobytes to a few megabytes).
inline constexpr std::uint32_t kMaxParquetFooterBytes = 64 * 1024 * 1024;
/// Files with more top-level columns are refused (bounds the memory a crafted footer can take).
inline constexpr std::size_t kMaxParquetColumns = 100'000;
/// Thrift structs, lists and maps nested deeper than this are refused.
inline constexpr int kMaxParquetNesting = 64;

/// Reads the footer of the Parquet file open on `fd` (a regular file of `file_size` bytes) with
/// pread: only the first 4 bytes, the last 8 bytes and the footer, never the data pages.
std::variant<ParquetFooter, ParquetError> read_parquet_footer(int fd, std::uint64_t file_size);

/// The same from bytes in memory (the whole file), for tests and fuzzing.
std::variant<ParquetFooter, ParquetError> parse_parquet_file(std::string_view bytes);

/// Whether a file starts with the Parquet magic "PAR1".
bool starts_with_parquet_magic(std::string_view first_bytes);

}  // namespace automl_lint::data
