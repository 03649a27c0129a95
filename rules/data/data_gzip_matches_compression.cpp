// CompressionType Gzip if and only if the objects are gzip data.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check_channel(const InspectedChannel& inspected, Reporter& reporter) {
  bool gzip_declared = inspected.channel.effective_compression_type() == "Gzip";
  if (!gzip_declared && inspected.channel.effective_compression_type() != "None") return;
  std::size_t wrong = 0;
  const data::DataObject* first = nullptr;
  for (const data::DataObject& object : inspected.data.objects) {
    if (object.gzip == gzip_declared || object.size == 0) continue;
    if (wrong++ == 0) first = &object;
  }
  if (!first) return;
  const Text& declared = inspected.channel.compression_type;
  std::string pointer = declared.present ? declared.pointer : uri_pointer(inspected.channel);
  std::string others = wrong > 1 ? concat(" (", count_of(wrong - 1, "more object"), " too)") : "";
  if (gzip_declared) {
    reporter.report(pointer,
                    concat("CompressionType is 'Gzip', but ", detail::shorten(first->uri, 200),
                           " is not gzip data (no 1f 8b magic)", others),
                    "compress the objects with gzip, or set \"CompressionType\": \"None\"");
  } else {
    reporter.report(pointer,
                    concat("CompressionType is 'None'", declared.present ? "" : " (the default)",
                           ", but ", detail::shorten(first->uri, 200), " is gzip data", others),
                    "set \"CompressionType\": \"Gzip\", or upload the objects uncompressed");
  }
}

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    check_channel(inspected, reporter);
  }
}

}  // namespace

extern const Rule kDataGzipMatchesCompression{
    .info = {.id = "AML806",
             .name = "data-gzip-matches-compression",
             .severity = Severity::warning,
             .title = "CompressionType does not match whether the objects are gzip data.",
             .rationale = R"md(
**What it checks**: with `CompressionType` `Gzip`, every object starts with the gzip magic
bytes `1f 8b`; with `None` (the default), no object does. Empty objects are not judged. One
report per channel, naming the first object and how many more.

**Why it matters**: Autopilot decompresses (or not) as declared; gzip bytes read as CSV, or
CSV fed to gunzip, fail the job. The documentation does not say so in as many words (the rule
is inferred from the field's meaning), hence a warning.

**Example**: `train.csv.gz` under a prefix whose channel sets no `CompressionType`.

**Fix**: declare `"CompressionType": "Gzip"`, or upload uncompressed objects.
)md",
             .source_url = kAutopilotDataUrl,
             .checked_by = CheckedBy::data,
             .applies_to = kTableData},
    .check = check,
};

}  // namespace automl_lint::rules
