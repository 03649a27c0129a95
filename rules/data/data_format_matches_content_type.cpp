// The objects are in the format the channel's ContentType declares.
#include "../channels/content_types.hpp"
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

/// Why `object` is not of the declared content type, or empty when it is.
std::string mismatch(const data::DataObject& object, bool parquet_declared) {
  if (parquet_declared) {
    return object.format == data::Format::parquet
               ? ""
               : (object.gzip ? "is gzip data, not a Parquet file"
                              : "is not a Parquet file (no PAR1 magic)");
  }
  if (object.format == data::Format::parquet) return "is a Parquet file, not CSV";
  if (object.binary) return "holds NUL bytes: it is binary data, not CSV text";
  return "";
}

void check_channel(const InspectedChannel& inspected, Reporter& reporter) {
  std::string content_type = inspected.channel.effective_content_type();
  // Only the tabular formats are read as CSV or Parquet; others are content-type-allowed's.
  if (!is_documented_content_type(ProblemKind::tabular, content_type)) return;
  bool parquet_declared = content_type == kParquetContentType;
  const data::DataObject* first = nullptr;
  std::string first_reason;
  std::size_t count = 0;
  for (const data::DataObject& object : inspected.data.objects) {
    std::string reason = mismatch(object, parquet_declared);
    if (reason.empty()) continue;
    if (count++ == 0) first = &object, first_reason = std::move(reason);
  }
  if (!first) return;
  const Text& declared = inspected.channel.content_type;
  std::string others = count > 1 ? concat(" (", count_of(count - 1, "more object"), " too)") : "";
  reporter.report(
      declared.present ? declared.pointer : uri_pointer(inspected.channel),
      concat("ContentType is ", quote(content_type), declared.present ? "" : " (the default)",
             ", but ", detail::shorten(first->uri, 200), " ", first_reason, others),
      parquet_declared ? "convert the data to Parquet, or declare the CSV content type"
                       : "declare \"ContentType\": \"" + std::string(kParquetContentType) +
                             "\" for Parquet data, or convert it to CSV");
}

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    check_channel(inspected, reporter);
  }
}

}  // namespace

extern const Rule kDataFormatMatchesContentType{
    .info = {.id = "AML805",
             .name = "data-format-matches-content-type",
             .severity = Severity::warning,
             .title = "The objects are not in the format the ContentType declares.",
             .rationale = R"md(
**What it checks**: with `text/csv;header=present` (the default), each object is CSV text: not
a Parquet file (`PAR1` magic) and free of NUL bytes. With `x-application/vnd.amazon+parquet`,
each object is a Parquet file (`PAR1` at both ends). One report per channel, naming the first
object and how many more.

**Why it matters**: Autopilot parses the objects as the ContentType says; a mismatch fails the
job when it reads the data. The documentation does not say so in as many words (the rule is
inferred from the field's meaning), hence a warning.

**Example**: a channel without `ContentType` whose prefix holds `train.parquet`.

**Fix**: declare the content type the data has, or convert the data.
)md",
             .source_url = kAutopilotDataUrl,
             .checked_by = CheckedBy::data,
             .applies_to = kTableData},
    .check = check,
};

}  // namespace automl_lint::rules
