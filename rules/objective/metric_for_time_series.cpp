// The objective metric of a time-series forecasting job is one of its documented objectives.
#include <cctype>
#include <string>

#include "metrics.hpp"
#include "rule.hpp"
#include "strings.hpp"

namespace automl_lint::rules {
namespace {

/// The names the API reference's prose gives to the weighted quantile loss ("wQL", "Average
/// wQL"), which are not values of the metric enum.
bool names_weighted_quantile_loss(std::string_view metric) {
  std::string name = detail::folded_name(metric);
  return name == "wql" || name == "averagewql" || name == "avgwql" ||
         name == "weightedquantileloss";
}

void check(const Request& request, Reporter& reporter) {
  const Text& metric = request.objective.metric_name;
  if (!metric.has_value()) return;
  if (metrics::contains(metrics::kTimeSeries, *metric)) return;
  std::string objectives = metrics::join(metrics::kTimeSeries);
  if (names_weighted_quantile_loss(*metric)) {
    reporter.add(Report{
        .severity = Severity::error,
        .pointer = metric.pointer,
        .message = message("MetricName {} is how the API reference's prose names the weighted "
                           "quantile loss, but the metric enum has only "
                           "'AverageWeightedQuantileLoss'",
                           metric),
        .hint = "write 'AverageWeightedQuantileLoss' (the default objective for time-series "
                "forecasting)",
        .replaces_shape_finding = true,
    });
    return;
  }
  // Values off the enum are the schema's, and metrics that are only reported AML404's.
  if (!metrics::contains(metrics::kTabular, *metric)) return;
  std::string_view instead = *metric == "MSE" || *metric == "MAE" || *metric == "R2"
                                 ? "use 'RMSE' for a squared error, or "
                                 : "use ";
  reporter.report(metric.pointer,
                  message("MetricName {} is not an objective of time-series forecasting, which "
                          "accepts {}",
                          metric, std::string_view(objectives)),
                  message("{}'AverageWeightedQuantileLoss' (the default), or remove "
                          "AutoMLJobObjective",
                          instead));
}

}  // namespace

extern const Rule kMetricForTimeSeries{
    .info = {.id = "AML406",
             .name = "metric-for-time-series",
             .severity = Severity::error,
             .title = "The objective metric of a forecasting job must be RMSE, MAPE, MASE, WAPE "
                      "or AverageWeightedQuantileLoss.",
             .rationale = R"md(
**What it checks**: for `TimeSeriesForecastingJobConfig`, `AutoMLJobObjective.MetricName`, when
set, is `RMSE`, `MAPE`, `MASE`, `WAPE` or `AverageWeightedQuantileLoss`. Tabular objectives
(`MSE`, `Accuracy`, `F1`, ...) are reported here; other values off the metric enum are the
schema's (AML104), except `wQL` and `Average wQL`: the API reference names them among the
metrics for time series, but the enum has only `AverageWeightedQuantileLoss`, so this rule
replaces the schema's finding for them with one that says which value to write.

**Why it matters**: all problem types share one `AutoMLMetricEnum`, so the schema accepts any of
its values, but the API reference lists the available metrics "for time-series forecasting
problem types" (with `AverageWeightedQuantileLoss` the default); a classification or other
tabular metric cannot rank forecasts.

**Example**: `"AutoMLJobObjective": {"MetricName": "MSE"}` for a forecasting job.

**Fix**: choose a forecasting objective, e.g. `RMSE`, or remove `AutoMLJobObjective` to rank
candidates by `AverageWeightedQuantileLoss`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLJobObjective.html",
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
