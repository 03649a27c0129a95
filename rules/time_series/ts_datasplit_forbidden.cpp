// DataSplitConfig is not set for time-series forecasting.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const DataSplitConfig& split = request.data_split_config;
  if (!split.present) return;
  reporter.add(Report{
      .severity = Severity::error,
      .pointer = split.pointer,
      .message = "DataSplitConfig must not be set for time-series forecasting: Autopilot splits "
                 "the input dataset into training and validation sets itself",
      .hint = "remove DataSplitConfig",
      .at_key = true,
      .replaces_shape_findings_inside = true,
  });
}

}  // namespace

extern const Rule kTsDatasplitForbidden{
    .info = {.id = "AML913",
             .name = "ts-datasplit-forbidden",
             .severity = Severity::error,
             .title = "DataSplitConfig must not be set for time-series forecasting.",
             .rationale = R"md(
**What it checks**: a `CreateAutoMLJobV2` request with `TimeSeriesForecastingJobConfig` has no
`DataSplitConfig` (with or without a `ValidationFraction`). While this rule is enabled, the
rules about `ValidationFraction` (AML307, AML308) leave time-series requests to it.

**Why it matters**: the API reference of `CreateAutoMLJobV2`: "This attribute must not be set
for the time-series forecasting problem type, as Autopilot automatically splits the input
dataset into training and validation sets."

**Example**: `"DataSplitConfig": {"ValidationFraction": 0.2}` next to
`TimeSeriesForecastingJobConfig`.

**Fix**: remove `DataSplitConfig`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_CreateAutoMLJobV2.html",
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
