// A forecasting job chooses its algorithms among the time-series algorithms.
#include <span>
#include <string>

#include "algorithms.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

std::string listed(std::span<const std::string_view> algorithms) {
  std::string text;
  for (std::string_view name : algorithms) {
    if (!text.empty()) text += ", ";
    text += name;
  }
  return text;
}

void check(const Request& request, Reporter& reporter) {
  std::string allowed = listed(kTimeSeriesAlgorithms);
  for (const AlgorithmConfig& entry : request.time_series.algorithms_config.items) {
    for (const Text& algorithm : entry.auto_ml_algorithms.items) {
      if (!algorithm.has_value()) continue;
      if (lists_algorithm(kTimeSeriesAlgorithms, *algorithm)) continue;
      // A name off the AutoMLAlgorithm enum is the schema's.
      if (!is_tabular_algorithm(*algorithm)) continue;
      reporter.report(algorithm.pointer,
                      message("{} is a tabular algorithm; time-series forecasting trains {}",
                              algorithm, std::string_view(allowed)),
                      message("remove {}, or choose from those", algorithm));
    }
  }
}

}  // namespace

extern const Rule kAlgosTsSet{
    .info = {.id = "AML509",
             .name = "algos-ts-set",
             .severity = Severity::error,
             .title = "A forecasting job's algorithms must be time-series algorithms.",
             .rationale = R"md(
**What it checks**: each item of `AlgorithmsConfig/0/AutoMLAlgorithms` in
`TimeSeriesForecastingJobConfig.CandidateGenerationConfig` is `cnn-qr`, `deepar`, `prophet`,
`arima`, `npts` or `ets`. Names off the `AutoMLAlgorithm` enum are the schema's; repeats are
AML505's.

**Why it matters**: the tabular and time-series algorithms share one `AutoMLAlgorithm` enum, so
the schema accepts `xgboost` in a forecasting job, but the API reference says: "For the
time-series forecasting problem type `TimeSeriesForecastingJobConfig`: Choose your algorithms
from this list", which names only the six forecasting algorithms.

**Example**: `"AutoMLAlgorithms": ["deepar", "xgboost"]` in a forecasting job.

**Fix**: keep only forecasting algorithms: `["deepar", "prophet"]`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLAlgorithmConfig.html",
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
