// An AugmentedManifestFile is JSON Lines: one object a line, each with an s3:// source-ref.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

const char* const kHint =
    R"(write one JSON object a line, e.g. {"source-ref": "s3://bucket/images/cat.jpg", )"
    R"("label-metadata": {"class-name": "cat"}})";

/// " (2 more bad lines: 7, 9; reading stopped after 10)", or empty.
std::string more(const data::AugmentedManifestCheck& check) {
  if (check.bad_lines < 2) return "";
  std::vector<std::string> lines;
  for (std::size_t i = 1; i < check.first_bad.size(); ++i) {
    lines.push_back(std::to_string(check.first_bad[i].line));
  }
  std::uint64_t unnamed = check.bad_lines - check.first_bad.size();
  if (unnamed > 0) lines.push_back(concat("and ", std::to_string(unnamed), " more"));
  return concat(" (", count_of(check.bad_lines - 1, "more bad line"), ": ", detail::join(lines),
                check.stopped_at_bad_lines
                    ? concat("; reading stopped after ", count_of(check.bad_lines, "bad line"))
                    : std::string(),
                ")");
}

void check_channel(const InspectedChannel& inspected, Reporter& reporter) {
  const data::ChannelData& data = inspected.data;
  if (!data.augmented_manifest || !data.augmented.read) return;
  const data::AugmentedManifestCheck& check = data.augmented;
  std::string manifest =
      concat("The augmented manifest ", detail::shorten(*inspected.channel.s3_uri, 200));
  if (!check.first_bad.empty()) {
    const data::BadLine& first = check.first_bad.front();
    reporter.report(uri_pointer(inspected.channel),
                    concat(manifest, " is not JSON Lines of images: line ",
                           std::to_string(first.line), " ", first.reason, more(check)),
                    kHint);
    return;
  }
  // A manifest read only in part may have its first image further on (AML803 says so).
  if (check.records == 0 && check.complete()) {
    reporter.report(uri_pointer(inspected.channel),
                    concat(manifest, " names no image: it has no line with a \"source-ref\""),
                    kHint);
  }
}

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    check_channel(inspected, reporter);
  }
}

}  // namespace

extern const Rule kDataAugmentedManifestFormat{
    .info = {.id = "AML861",
             .name = "data-augmented-manifest-format",
             .severity = Severity::error,
             .title = "An AugmentedManifestFile is not JSON Lines with an s3:// source-ref.",
             .rationale = R"md(
**What it checks**: the object an `AugmentedManifestFile` channel names is JSON Lines: every
non-blank line is one JSON object (UTF-8, no byte order mark) whose `source-ref` is a string
holding the `s3://` URI of an object (a key that is not empty and does not end with `/`). The
report gives the first bad line's number and what is wrong with it (not JSON, not an object, no
`source-ref`, a misspelt `source_ref`, an `https://` or prefix URI, gzip data, ...) and how
many more there are. A manifest without any such line is reported too.

Reading is bounded: lines longer than 1 MiB are bad and never held whole, reading stops after
10 bad lines, and past 64 MiB the rest is not read (AML803 warns that the check is partial).
The label attributes are not checked: the documentation shows `"label-metadata":
{"class-name": "cat"}` but does not say which names are required. The images the lines name
are looked up under the data root: one that is missing is reported by AML802, one that is not
PNG or JPEG by AML860.

**Why it matters**: the `AutoMLS3DataSource` reference: with `AugmentedManifestFile`, "S3Uri
identifies an object that is an augmented manifest file in JSON lines format", with the
example `{"source-ref": "s3://DOC-EXAMPLE-BUCKET/DOC-EXAMPLE-FOLDER/cats/cat.jpg",
"label-metadata": {"class-name": "cat"}}`. A line Autopilot cannot read fails the job.

**Example**: a manifest written as one JSON array, or lines with `"source_ref"`.

**Fix**: write one object a line, each with `"source-ref": "s3://bucket/key"`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLS3DataSource.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::v2_image_classification},
    .check = check,
};

}  // namespace automl_lint::rules
