// Every S3 location the request names holds data: an empty prefix is an error.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  report_problems_as_found(request, data::ProblemKind::missing, reporter,
                           "check the bucket and key, or sync the data into --data-root");
}

}  // namespace

extern const Rule kDataObjectsMissing{
    .info = {.id = "AML802",
             .name = "data-objects-missing",
             .severity = Severity::error,
             .title = "An S3 location the request names holds no data.",
             .rationale = R"md(
**What it checks**: under `--data-root`, each channel's `S3Prefix` matches at least one
object (every object whose key starts with the prefix, as S3 lists them), each object a
`ManifestFile` lists exists, and the manifest and the feature specification file exist.

**Why it matters**: the job cannot start without its data; the service reports it only when
the job runs. A typo in a prefix is the most common cause.

**Example**: `"S3Uri": "s3://my-bucket/trian/"` when the data is under `train/`.

**Fix**: correct the URI. If the data is in S3 but not in the local mirror, sync it first
(`aws s3 sync s3://my-bucket DIR/my-bucket`).
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLS3DataSource.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
