// One-click deployment is documented for tabular jobs; for other V2 problem types it is not.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

std::string_view problem_name(ProblemKind problem) {
  switch (problem) {
    case ProblemKind::time_series:
      return "time-series forecasting";
    case ProblemKind::text_generation:
      return "text generation";
    case ProblemKind::text_classification:
      return "text classification";
    case ProblemKind::image_classification:
      return "image classification";
    case ProblemKind::tabular:
    case ProblemKind::unknown:
      break;
  }
  return "this problem type";
}

void check(const Request& request, Reporter& reporter) {
  if (!request.model_deploy_config.present) return;
  reporter.add({.severity = Severity::info,
                .pointer = request.model_deploy_config.pointer,
                .message = message("ModelDeployConfig asks for a one-click deployment of the best "
                                   "model; the documentation describes it for tabular jobs and "
                                   "does not say whether {} jobs support it",
                                   problem_name(request.problem)),
                .hint = "check that the job deploys as expected, or deploy the best candidate "
                        "yourself after the job (DescribeAutoMLJobV2 names it)",
                .at_key = true});
}

}  // namespace

extern const Rule kDeployProblemTypeSupport{
    .info = {.id = "AML704",
             .name = "deploy-problem-type-support",
             .severity = Severity::info,
             .title = "One-click deployment is documented for tabular jobs only.",
             .rationale = R"md(
**What it checks**: a `CreateAutoMLJobV2` request for time-series forecasting, text
generation, text or image classification sets `ModelDeployConfig`.

**Why it matters**: `ModelDeployConfig` "specifies how to generate the endpoint name for an
automatic one-click Autopilot model deployment"; the developer guide describes that deployment
for tabular jobs, and nothing AWS publishes says whether the other problem types deploy the same
way (an open question of the rules catalog, OQ-13). Hence information, not a warning.

**Example**: `"ModelDeployConfig": {"AutoGenerateEndpointName": true}` in a request with
`TextGenerationJobConfig`.

**Fix**: nothing, if a deployment happens as expected; otherwise remove `ModelDeployConfig` and
deploy the best candidate yourself once the job has finished.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_ModelDeployConfig.html",
             .applies_to = scope::v2_time_series | scope::v2_text_generation |
                           scope::v2_text_classification | scope::v2_image_classification},
    .check = check,
};

}  // namespace automl_lint::rules
