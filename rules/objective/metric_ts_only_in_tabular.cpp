// Time-series forecasting metrics are never objectives of tabular jobs.
#include <string>

#include "metrics.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// How to forecast instead, in either API.
std::string_view forecasting_note(const Request& request) {
  return request.is_v1()
             ? "time-series forecasting needs CreateAutoMLJobV2 with TimeSeriesForecastingJobConfig"
             : "to forecast, use TimeSeriesForecastingJobConfig instead of TabularJobConfig";
}

void check(const Request& request, Reporter& reporter) {
  const Text& metric = request.objective.metric_name;
  if (!metric.has_value()) return;
  if (!metrics::contains(metrics::kTimeSeriesOnly, *metric)) return;
  const Text& problem_type = request.tabular.problem_type;
  const metrics::TabularProblem* problem =
      problem_type.has_value() ? metrics::find_problem(*problem_type) : nullptr;
  if (!problem) {
    return reporter.report(
        metric.pointer,
        message("MetricName {} is a time-series forecasting objective; {} trains regression and "
                "classification models, whose objectives are {}",
                metric, request.is_v1() ? "CreateAutoMLJob" : "TabularJobConfig",
                std::string_view(metrics::join(metrics::kTabular))),
        message("choose one of those; {}", forecasting_note(request)));
  }
  reporter.report(
      metric.pointer,
      message("MetricName {} is a time-series forecasting objective, not one for "
              "ProblemType '{}', which accepts {}",
              metric, problem->problem_type, std::string_view(metrics::join(problem->metrics))),
      message("use e.g. '{}' (the default for {}); {}", problem->default_metric,
              problem->problem_type, forecasting_note(request)));
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
                           "API_AutoMLJobObjective.html",
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
