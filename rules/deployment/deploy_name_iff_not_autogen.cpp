// Without a generated endpoint name, one-click deployment needs an EndpointName.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const ModelDeployConfig& deploy = request.model_deploy_config;
  if (!deploy.well_formed) return;  // Absent, or not an object (the schema reports it).
  const Flag& autogen = deploy.auto_generate_endpoint_name;
  // A non-boolean AutoGenerateEndpointName is the schema's to report.
  if (autogen.present && !autogen.is(false)) return;
  // Present in any form (even empty or of the wrong type): the schema judges its value.
  if (deploy.endpoint_name.present) return;
  if (autogen.present) {
    reporter.report(autogen.pointer,
                    "AutoGenerateEndpointName is 'false' but ModelDeployConfig has no "
                    "EndpointName; the endpoint name must be given when it is not generated",
                    "add an \"EndpointName\" for the endpoint, or set AutoGenerateEndpointName "
                    "to true");
    return;
  }
  reporter.report(deploy.pointer,
                  "ModelDeployConfig gives no EndpointName and leaves AutoGenerateEndpointName "
                  "at its default 'false'; even an empty ModelDeployConfig asks for a one-click "
                  "deployment, which needs an endpoint name",
                  "add \"AutoGenerateEndpointName\": true or an \"EndpointName\", or remove "
                  "ModelDeployConfig to skip the deployment");
}

}  // namespace

extern const Rule kDeployNameIffNotAutogen{
    .info = {.id = "AML702",
             .name = "deploy-name-iff-not-autogen",
             .severity = Severity::error,
             .title = "ModelDeployConfig needs an EndpointName unless the name is generated.",
             .rationale = R"md(
**What it checks**: when `ModelDeployConfig` is present and `AutoGenerateEndpointName` is `false`
or absent (its default is `false`), an `EndpointName` is given. An empty `ModelDeployConfig: {}`
is included.

**Why it matters**: the API reference says "Specify the EndpointName if and only if you set
AutoGenerateEndpointName to False; otherwise a 400 error is thrown." Without either, Autopilot
has no name for the endpoint of the one-click deployment and rejects the request.

**Example**: `"ModelDeployConfig": {}` or `"ModelDeployConfig": {"AutoGenerateEndpointName": false}`.

**Fix**: add `"EndpointName": "my-endpoint"`, or set `"AutoGenerateEndpointName": true`, or
remove `ModelDeployConfig` if you do not want the best model deployed.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_ModelDeployConfig.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
