// AutoMLComputeConfig is documented as a SageMaker Canvas setting.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// The problem types whose EMR Serverless finding is AML982's (an error).
bool emr_unavailable(ProblemKind problem) {
  return problem == ProblemKind::text_generation || problem == ProblemKind::text_classification ||
         problem == ProblemKind::image_classification;
}

void check(const Request& request, Reporter& reporter) {
  const ComputeConfig& compute = request.compute_config;
  // Of the wrong type it is the schema's.
  if (!compute.well_formed) return;
  if (emr_unavailable(request.problem) && reporter.deferred_to("AML982")) return;
  reporter.report(compute.pointer,
                  "AutoMLComputeConfig is documented as \"intended for use exclusively by "
                  "SageMaker Canvas\"; a request made outside Canvas may be rejected",
                  "remove AutoMLComputeConfig unless the job is created for SageMaker Canvas");
}

}  // namespace

extern const Rule kEmrCanvasOnly{
    .info = {.id = "AML981",
             .name = "emr-canvas-only",
             .severity = Severity::warning,
             .title = "AutoMLComputeConfig is documented for SageMaker Canvas only.",
             .rationale = R"md(
**What it checks**: a `CreateAutoMLJobV2` request sets `AutoMLComputeConfig` (EMR Serverless
for large datasets). For image classification, text classification and text generation jobs,
where EMR Serverless is not available at all, AML982 reports the member instead.

**Why it matters**: the documentation disagrees with itself. The API reference pages of
`AutoMLComputeConfig` and `EmrServerlessComputeConfig` both say: "This data type is intended for
use exclusively by SageMaker Canvas and cannot be used in other contexts at the moment." The
`CreateAutoMLJobV2` member itself, the AWS CLI reference and the developer guides for tabular
and time-series jobs ("How to configure AutoML to initiate a remote job on EMR Serverless for
large datasets") describe setting it in your own request, without that note; but the IAM
policy those guides give only allows resources tagged `sagemaker:is-canvas-resource`. A direct
request may therefore fail, or work; hence a warning.

**Example**: a tabular request with
`"AutoMLComputeConfig": {"EmrServerlessComputeConfig": {"ExecutionRoleARN": "arn:aws:iam::123456789012:role/EMRServerlessRuntimeRole-automl"}}`.

**Fix**: remove `AutoMLComputeConfig` unless the job is created on behalf of SageMaker Canvas;
without it, Autopilot processes the data on its own instances (the guides recommend EMR
Serverless for tabular data over 5 GB and time-series data over 30 GB).
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLComputeConfig.html",
             .applies_to = scope::v2},
    .check = check,
    .defers_to = {"AML982"},
};

}  // namespace automl_lint::rules
