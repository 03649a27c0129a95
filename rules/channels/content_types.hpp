// The input formats Autopilot documents for tabular data, shared by the channel rules.
#pragma once

#include <array>
#include <string_view>

namespace automl_lint::rules {

inline constexpr std::string_view kCsvContentType = "text/csv;header=present";
inline constexpr std::string_view kParquetContentType = "x-application/vnd.amazon+parquet";
inline constexpr std::array<std::string_view, 2> kTabularContentTypes = {kCsvContentType,
                                                                         kParquetContentType};

inline bool is_documented_content_type(std::string_view content_type) {
  return content_type == kCsvContentType || content_type == kParquetContentType;
}

}  // namespace automl_lint::rules
