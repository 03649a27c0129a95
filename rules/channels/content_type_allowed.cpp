// ContentType is one of the two documented tabular formats, spelled exactly.
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

std::string_view closest_format(std::string_view content_type) {
  return squeezed(content_type).find("parquet") != std::string::npos ? kParquetContentType
                                                                     : kCsvContentType;
}

void check_channel(const Channel& channel, Reporter& reporter) {
  if (!channel.content_type.has_value()) return;
  const std::string& value = *channel.content_type;
  if (is_documented_content_type(value)) return;
  std::string_view suggestion = closest_format(value);
  if (squeezed(value) == squeezed(suggestion)) {
    reporter.report(Severity::warning, channel.content_type.pointer,
                    "ContentType '" + value + "' differs from the documented '" +
                        std::string(suggestion) + "' only in spaces or case",
                    "write it exactly as '" + std::string(suggestion) + "'");
    return;
  }
  reporter.report(channel.content_type.pointer,
                  "ContentType '" + value + "' is not supported; Autopilot reads '" +
                      std::string(kCsvContentType) + "' and '" + std::string(kParquetContentType) +
                      "'",
                  "did you mean '" + std::string(suggestion) + "'?");
}

void check(const V1Request& request, Reporter& reporter) {
  for (const Channel& channel : request.input_data_config.items) check_channel(channel, reporter);
}

}  // namespace

extern const Rule kContentTypeAllowed{
    .info =
        {.id = "AML309",
         .name = "content-type-allowed",
         .severity = Severity::error,
         .title = "ContentType must be text/csv;header=present or "
                  "x-application/vnd.amazon+parquet.",
         .rationale = R"md(
**What it checks**: every channel's `ContentType`, when set, is `text/csv;header=present` or
`x-application/vnd.amazon+parquet`. A value that differs only in spaces or case is a warning
(whether the service accepts such spellings is not documented).

**Why it matters**: the shape allows any string up to 256 characters, so only this rule catches
`text/csv` (CSV without the header parameter is not supported), `application/x-parquet` or a
typo before the job is created.

**Example**: `"ContentType": "text/csv"`.

**Fix**: use `text/csv;header=present` (the default when `ContentType` is absent) for CSV with a
header row, or `x-application/vnd.amazon+parquet` for Parquet.
)md",
         .source_url =
             "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLChannel.html"},
    .check = check,
};

}  // namespace automl_lint::rules
