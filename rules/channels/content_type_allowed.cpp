// ContentType is one of the formats documented for the problem type, spelled exactly.
#include <algorithm>
#include <cctype>

#include "content_types.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// Lower case, without spaces: what is left when only spelling differs.
std::string squeezed(std::string_view text) {
  std::string result;
  for (char c : text) {
    if (c != ' ' && c != '\t')
      result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return result;
}

/// The documented value that a misspelt one most likely meant.
std::string_view closest_format(ProblemKind problem, std::string_view content_type) {
  std::string folded = squeezed(content_type);
  for (std::string_view documented : documented_content_types(problem)) {
    if (squeezed(documented) == folded) return documented;
  }
  if (problem == ProblemKind::image_classification) {
    if (folded.find("png") != std::string::npos) return kPngContentType;
    if (folded.find("jp") != std::string::npos) return kJpegContentType;
    return kAnyImageContentType;
  }
  return folded.find("parquet") != std::string::npos ? kParquetContentType : kCsvContentType;
}

/// "'a' and 'b'", "'a', 'b' and 'c'".
std::string documented_list(ProblemKind problem) {
  auto documented = documented_content_types(problem);
  std::string list;
  for (std::size_t i = 0; i < documented.size(); ++i) {
    if (i > 0) list += i + 1 == documented.size() ? " and " : ", ";
    list += concat("'", documented[i], "'");
  }
  return list;
}

void check_channel(const Request& request, const Channel& channel, Reporter& reporter) {
  if (!channel.content_type.has_value()) return;
  const Text& value = channel.content_type;
  if (is_documented_content_type(request.problem, *value)) return;
  std::string_view suggestion = closest_format(request.problem, *value);
  if (squeezed(*value) == squeezed(suggestion)) {
    reporter.report(Severity::warning, value.pointer,
                    message("ContentType {} differs from the documented '{}' only in spaces or "
                            "case",
                            value, suggestion),
                    message("write it exactly as '{}'", suggestion));
    return;
  }
  // Images in a job of another problem type: no CSV or Parquet spelling is meant.
  bool images = request.problem != ProblemKind::image_classification &&
                squeezed(*value).starts_with("image/");
  reporter.report(value.pointer,
                  message("ContentType {} is not supported; {} reads {}", value,
                          problem_data_name(request.problem),
                          std::string_view(documented_list(request.problem))),
                  images ? std::string("image content types are for ImageClassificationJobConfig "
                                       "(CreateAutoMLJobV2); this job reads CSV or Parquet")
                         : message("did you mean '{}'?", suggestion));
}

void check(const Request& request, Reporter& reporter) {
  for (const Channel& channel : request.channels.items) {
    check_channel(request, channel, reporter);
  }
}

}  // namespace

extern const Rule kContentTypeAllowed{
    .info = {.id = "AML309",
             .name = "content-type-allowed",
             .severity = Severity::error,
             .title = "ContentType must be one of the formats documented for the problem type.",
             .rationale = R"md(
**What it checks**: every channel's `ContentType`, when set, is `text/csv;header=present` or
`x-application/vnd.amazon+parquet`; for image classification (`CreateAutoMLJobV2`) it is
`image/png`, `image/jpeg` or `image/*` instead. A value that differs only in spaces or case is a
warning (whether the service accepts such spellings is not documented).

**Why it matters**: the shape allows any string up to 256 characters, so only this rule catches
`text/csv` (CSV without the header parameter is not supported), `application/x-parquet`,
`image/jpg` or a typo before the job is created. The API reference of `AutoMLJobChannel` lists
the CSV and Parquet types for tabular, text classification, time-series forecasting and text
generation jobs, and the three image types for image classification.

**Example**: `"ContentType": "text/csv"`.

**Fix**: use `text/csv;header=present` (the default when `ContentType` is absent) for CSV with a
header row, or `x-application/vnd.amazon+parquet` for Parquet. For images, use `image/png` or
`image/jpeg` when all files are of that format, and `image/*` (the default) for a mix.
)md",
             .source_url =
                 "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLChannel.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
