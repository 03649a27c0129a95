// AugmentedManifestFile inputs exist only for CreateAutoMLJobV2.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  for (const Channel& channel : request.channels.items) {
    if (!channel.s3_data_type.is("AugmentedManifestFile")) continue;
    reporter.report(channel.s3_data_type.pointer,
                    "S3DataType 'AugmentedManifestFile' is available for CreateAutoMLJobV2 jobs "
                    "only",
                    "use S3Prefix or ManifestFile, or create the job with CreateAutoMLJobV2");
  }
}

}  // namespace

extern const Rule kAugmentedManifestV2Only{
    .info = {.id = "AML311",
             .name = "augmented-manifest-v2-only",
             .severity = Severity::error,
             .title = "S3DataType AugmentedManifestFile is only for CreateAutoMLJobV2.",
             .rationale = R"md(
**What it checks**: no `InputDataConfig` channel of a `CreateAutoMLJob` request uses
`"S3DataType": "AugmentedManifestFile"`.

**Why it matters**: the value is in the shared enum, but the API reference of
`AutoMLS3DataSource` says it is "available for V2 API jobs only" (image classification).

**Example**: `"S3DataType": "AugmentedManifestFile"` in a tabular V1 request.

**Fix**: use `S3Prefix` (all objects under a prefix) or `ManifestFile`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLS3DataSource.html",
             .applies_to = scope::v1},
    .check = check,
};

}  // namespace automl_lint::rules
