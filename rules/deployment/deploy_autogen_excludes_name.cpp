// AutoGenerateEndpointName true and an EndpointName contradict each other.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const ModelDeployConfig& deploy = request.model_deploy_config;
  if (!deploy.auto_generate_endpoint_name.is(true)) return;
  const Text& name = deploy.endpoint_name;
  // Absent is right; a value that is not a string is the schema's to report.
  if (!name.has_value()) return;
  reporter.add({.severity = Severity::error,
                .pointer = name.pointer,
                .message = message("EndpointName {} must not be given when "
                                   "AutoGenerateEndpointName is true; the service rejects the "
                                   "request with a 400 error",
                                   name),
                .hint = "remove EndpointName to let Autopilot name the endpoint, or set "
                        "AutoGenerateEndpointName to false to use your own name",
                .at_key = true,
                // An empty name fails the EndpointName pattern only because it should not be
                // there at all; this finding says so, the schema's would not.
                .replaces_shape_finding = name->empty()});
}

}  // namespace

extern const Rule kDeployAutogenExcludesName{
    .info = {.id = "AML701",
             .name = "deploy-autogen-excludes-name",
             .severity = Severity::error,
             .title = "EndpointName must not be given when AutoGenerateEndpointName is true.",
             .rationale = R"md(
**What it checks**: `ModelDeployConfig` does not set both `"AutoGenerateEndpointName": true` and
an `EndpointName`.

**Why it matters**: the API reference says "If you set AutoGenerateEndpointName to True, do not
specify the EndpointName; otherwise a 400 error is thrown." The request is rejected.

**Example**: `"ModelDeployConfig": {"AutoGenerateEndpointName": true, "EndpointName": "churn"}`.

**Fix**: keep one of the two: remove `EndpointName` to get a generated name, or set
`AutoGenerateEndpointName` to `false` to use your own.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_ModelDeployConfig.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
