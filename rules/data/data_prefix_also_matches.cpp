// An S3Prefix that names one object also matches the objects whose keys merely start with it.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check_channel(const InspectedChannel& inspected, Reporter& reporter) {
  const Text& uri = inspected.channel.s3_uri;
  const auto& objects = inspected.data.objects;
  if (inspected.data.manifest || inspected.data.augmented_manifest || !uri.has_value() ||
      uri->ends_with("/") || objects.size() < 2) {
    return;
  }
  auto named = std::find_if(objects.begin(), objects.end(),
                            [&](const data::DataObject& object) { return object.uri == *uri; });
  if (named == objects.end()) return;
  const data::DataObject& other = named == objects.begin() ? objects[1] : objects[0];
  reporter.report(uri.pointer,
                  concat("S3Uri ", quote(*uri), " names an object, but as an S3Prefix it also ",
                         "matches ", count_of(objects.size() - 1, "other object"), " (such as ",
                         detail::shorten(other.uri, 200), "), and Autopilot reads them all"),
                  "put the object under a prefix of its own, or use a ManifestFile");
}

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    check_channel(inspected, reporter);
  }
}

}  // namespace

extern const Rule kDataPrefixAlsoMatches{
    .info = {.id = "AML818",
             .name = "data-prefix-also-matches",
             .severity = Severity::warning,
             .title = "An S3Prefix naming one object also matches other objects.",
             .rationale = R"md(
**What it checks**: a channel's `S3Prefix` URI is the key of an object (`s3://b/train.csv`) and
other keys start with it too (`train.csv.gz`, `train.csv.bak`, `train.csv-old/part-1`).

**Why it matters**: `S3Prefix` means every object whose key starts with the prefix
(`AutoMLS3DataSource`), not one file: the extra objects are read as training data, often with
another header or compression, and the job fails or trains on the wrong rows.

**Example**: `s3://bucket/data/train.csv` beside `s3://bucket/data/train.csv.gz`.

**Fix**: move the file under a prefix of its own (`s3://bucket/data/train/train.csv`) and point
at the prefix, or list the file in a `ManifestFile`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLS3DataSource.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
