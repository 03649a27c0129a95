// EMR Serverless compute is available for tabular and time-series jobs only.
#include "problem_names.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const ComputeConfig& compute = request.compute_config;
  // Of the wrong type it is the schema's.
  if (!compute.well_formed) return;
  reporter.report(compute.pointer,
                  message("AutoMLComputeConfig is not available for {}: EMR Serverless runs "
                          "tabular and time-series forecasting jobs only",
                          problem_name(request.problem)),
                  "remove AutoMLComputeConfig");
}

}  // namespace

extern const Rule kEmrProblemTypes{
    .info = {.id = "AML982",
             .name = "emr-problem-types",
             .severity = Severity::error,
             .title = "AutoMLComputeConfig is only for tabular and time-series jobs.",
             .rationale = R"md(
**What it checks**: an image classification, text classification or text generation request
has no `AutoMLComputeConfig`.

**Why it matters**: every page that describes the member says "EMR Serverless is available for
the tabular and time series problem types" (the API reference of `AutoMLComputeConfig`, the AWS
CLI reference, the developer guides). No page mentions images, text classification or language
models.

**Example**: a text generation job with
`"AutoMLComputeConfig": {"EmrServerlessComputeConfig": {"ExecutionRoleARN": "arn:aws:iam::123456789012:role/EMRServerlessRuntimeRole-automl"}}`.

**Fix**: remove `AutoMLComputeConfig`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLComputeConfig.html",
             .applies_to = scope::v2_text_generation | scope::v2_text_classification |
                           scope::v2_image_classification},
    .check = check,
};

}  // namespace automl_lint::rules
