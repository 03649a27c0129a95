// FeatureSpecificationS3Uri names one JSON object, not a prefix.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const Text& uri = feature_spec_uri(request);
  if (!uri.has_value() || !uri->starts_with("s3://") || !uri->ends_with("/")) return;
  reporter.report(uri.pointer,
                  concat("FeatureSpecificationS3Uri ", quote(*uri),
                         " ends with '/', like a prefix; it must name one JSON object"),
                  "name the file, e.g. s3://bucket/path/features.json");
}

}  // namespace

extern const Rule kFeatspecUriObject{
    .info = {.id = "AML820",
             .name = "featspec-uri-object",
             .severity = Severity::warning,
             .title = "FeatureSpecificationS3Uri looks like a prefix, not a JSON object.",
             .rationale = R"md(
**What it checks**: `FeatureSpecificationS3Uri` does not end with `/`. Needs no data.

**Why it matters**: the `AutoMLCandidateGenerationConfig` reference describes the URI as a JSON
document with `FeatureAttributeNames` and `FeatureDataTypes`; a prefix names no document.
An object key may end with `/` in S3, hence a warning.

**Example**: `"FeatureSpecificationS3Uri": "s3://bucket/features/"`.

**Fix**: `"s3://bucket/features/features.json"`.
)md",
             .source_url = kFeatureSpecUrl,
             .applies_to = scope::tabular | scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
