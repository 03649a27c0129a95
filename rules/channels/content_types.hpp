// The input formats Autopilot documents per problem type, shared by the channel rules.
#pragma once

#include <array>
#include <span>
#include <string_view>

#include "automl_lint/rules.hpp"

namespace automl_lint::rules {

inline constexpr std::string_view kCsvContentType = "text/csv;header=present";
inline constexpr std::string_view kParquetContentType = "x-application/vnd.amazon+parquet";
inline constexpr std::string_view kPngContentType = "image/png";
inline constexpr std::string_view kJpegContentType = "image/jpeg";
inline constexpr std::string_view kAnyImageContentType = "image/*";
inline constexpr std::array<std::string_view, 2> kTabularContentTypes = {kCsvContentType,
                                                                         kParquetContentType};
inline constexpr std::array<std::string_view, 3> kImageContentTypes = {
    kPngContentType, kJpegContentType, kAnyImageContentType};

/// Image classification reads images; every other problem type CSV or Parquet.
inline std::span<const std::string_view> documented_content_types(ProblemKind problem) {
  if (problem == ProblemKind::image_classification) return kImageContentTypes;
  return kTabularContentTypes;
}

inline bool is_documented_content_type(ProblemKind problem, std::string_view content_type) {
  for (std::string_view documented : documented_content_types(problem)) {
    if (content_type == documented) return true;
  }
  return false;
}

/// "Autopilot" for tabular data, or the problem type, as the subject of "reads ...".
inline std::string_view problem_data_name(ProblemKind problem) {
  return problem == ProblemKind::image_classification ? "image classification" : "Autopilot";
}

}  // namespace automl_lint::rules
