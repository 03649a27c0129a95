// Time-series forecasting metrics are never objectives of a CreateAutoMLJob (V1) request.
#include <fmt/format.h>

#include <string>

#include "metrics.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

constexpr const char* kForecastingNote =
    "time-series forecasting needs CreateAutoMLJobV2 with TimeSeriesForecastingJobConfig";

void check(const V1Request& request, Reporter& reporter) {
  const Text& metric = request.auto_ml_job_objective.metric_name;
  if (!metric.has_value()) return;
  if (!metrics::contains(metrics::kTimeSeriesOnly, *metric)) return;
  const metrics::TabularProblem* problem =
      request.problem_type.has_value() ? metrics::find_problem(*request.problem_type) : nullptr;
  if (!problem) {
    return reporter.report(
        metric.pointer,
        fmt::format("MetricName '{}' is a time-series forecasting objective; CreateAutoMLJob "
                    "trains regression and classification models, whose objectives are {}",
                    *metric, metrics::join(metrics::kTabular)),
        fmt::format("choose one of those; {}", kForecastingNote));
  }
  reporter.report(metric.pointer,
                  fmt::format("MetricName '{}' is a time-series forecasting objective, not one "
                              "for ProblemType '{}', which accepts {}",
                              *metric, problem->problem_type, metrics::join(problem->metrics)),
                  fmt::format("use e.g. '{}' (the default for {}); {}", problem->default_metric,
                              problem->problem_type, kForecastingNote));
}

}  // namespace

extern const Rule kMetricTsOnlyInTabular{
    .info = {.id = "AML403",
             .name = "metric-ts-only-in-tabular",
             .severity = Severity::error,
             .title = "Time-series forecasting metrics cannot be the objective of CreateAutoMLJob.",
             .rationale = R"md(
**What it checks**: `AutoMLJobObjective.MetricName` is not `MAPE`, `MASE`, `WAPE` or
`AverageWeightedQuantileLoss`.

**Why it matters**: these values are in the `AutoMLMetricEnum` that all problem types share,
so the schema accepts them, but the API reference lists them only for time-series
forecasting, a `CreateAutoMLJobV2` problem type. `CreateAutoMLJob` trains regression and
classification models only.

**Example**: `"ProblemType": "Regression"` with `"MetricName": "MAPE"`.

**Fix**: choose a tabular objective (for regression `MAE`, `MSE`, `R2` or `RMSE`); to
forecast, send a `CreateAutoMLJobV2` request with `TimeSeriesForecastingJobConfig`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLJobObjective.html"},
    .check = check,
};

}  // namespace automl_lint::rules
