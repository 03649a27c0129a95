// Candidate definitions only means no model is trained, so there is nothing to deploy.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  if (!request.tabular.generate_candidate_definitions_only.is(true)) return;
  if (!request.model_deploy_config.present) return;
  reporter.add({.severity = Severity::warning,
                .pointer = request.model_deploy_config.pointer,
                .message = "ModelDeployConfig is set but GenerateCandidateDefinitionsOnly is "
                           "'true'; no model is trained, so there is nothing to deploy",
                .hint = "remove ModelDeployConfig, or set GenerateCandidateDefinitionsOnly to "
                        "false to train the candidates and deploy the best one",
                .at_key = true});
}

}  // namespace

extern const Rule kDeployWithCandidatesOnly{
    .info =
        {.id = "AML703",
         .name = "deploy-with-candidates-only",
         .severity = Severity::warning,
         .title = "A model deployment is pointless when only candidate definitions are made.",
         .rationale = R"md(
**What it checks**: `ModelDeployConfig` is not combined with
`"GenerateCandidateDefinitionsOnly": true`.

**Why it matters**: with that flag Autopilot "generates possible candidates without training the
models"; no model comes out of the job, so the one-click deployment that `ModelDeployConfig`
asks for has nothing to deploy. One of the two settings is a leftover.

**Example**: `"GenerateCandidateDefinitionsOnly": true` with
`"ModelDeployConfig": {"AutoGenerateEndpointName": true}`.

**Fix**: remove `ModelDeployConfig`, or set `GenerateCandidateDefinitionsOnly` to `false` to
train the candidates and deploy the best model.
)md",
         .source_url =
             "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAutoMLJob.html",
         .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
