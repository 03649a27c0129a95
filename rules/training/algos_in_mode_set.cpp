// Every chosen algorithm belongs to the training mode; time-series algorithms never do.
#include <span>
#include <string>
#include <string_view>

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

void report_time_series_algorithm(const Request& request, const Text& algorithm,
                                  Reporter& reporter) {
  if (request.is_v1()) {
    reporter.report(algorithm.pointer,
                    message("{} is a time-series forecasting algorithm; CreateAutoMLJob (V1) "
                            "trains tabular models only, and time-series forecasting needs "
                            "CreateAutoMLJobV2",
                            algorithm),
                    message("remove {}; to forecast, send a CreateAutoMLJobV2 request with "
                            "TimeSeriesForecastingJobConfig",
                            algorithm));
    return;
  }
  reporter.report(algorithm.pointer,
                  message("{} is a time-series forecasting algorithm; TabularJobConfig trains "
                          "tabular models only",
                          algorithm),
                  message("remove {}; to forecast, use TimeSeriesForecastingJobConfig instead of "
                          "TabularJobConfig",
                          algorithm));
}

void check_algorithm(const Request& request, const Text& algorithm, const std::string& mode,
                     Reporter& reporter) {
  if (!algorithm.has_value()) return;
  const std::string& name = *algorithm;
  if (lists_algorithm(kTimeSeriesAlgorithms, name)) {
    return report_time_series_algorithm(request, algorithm, reporter);
  }
  // AUTO has no list of its own (AML501 reports AlgorithmsConfig itself); a Mode off the enum
  // is the schema's.
  std::span<const std::string_view> allowed = algorithms_of_mode(mode);
  if (allowed.empty()) return;
  // A name off the AutoMLAlgorithm enum is the schema's.
  if (!is_tabular_algorithm(name)) return;
  if (lists_algorithm(allowed, name)) return;
  std::string_view other = mode == "ENSEMBLING" ? "HYPERPARAMETER_TUNING" : "ENSEMBLING";
  reporter.report(algorithm.pointer,
                  message("{} is not an algorithm of Mode {}, which accepts {}", algorithm,
                          user_text(mode), std::string_view(listed(allowed))),
                  message("remove {}; it is available in {} mode only", algorithm, other));
}

void check(const Request& request, Reporter& reporter) {
  const std::string mode = request.tabular.effective_mode();
  for (const AlgorithmConfig& entry : request.tabular.algorithms_config.items) {
    for (const Text& algorithm : entry.auto_ml_algorithms.items) {
      check_algorithm(request, algorithm, mode, reporter);
    }
  }
}

}  // namespace

extern const Rule kAlgosInModeSet{
    .info = {.id = "AML503",
             .name = "algos-in-mode-set",
             .severity = Severity::error,
             .title = "Every chosen algorithm must belong to the training mode.",
             .rationale = R"md(
**What it checks**: each item of `AlgorithmsConfig/0/AutoMLAlgorithms` is in the list of its
`Mode`:

* `ENSEMBLING`: `catboost`, `extra-trees`, `fastai`, `lightgbm`, `linear-learner`, `nn-torch`,
  `randomforest`, `xgboost`;
* `HYPERPARAMETER_TUNING`: `linear-learner`, `mlp`, `xgboost`.

The time-series algorithms `cnn-qr`, `deepar`, `prophet`, `arima`, `npts` and `ets` are reported
whatever the mode. With `Mode` `AUTO` or absent only that time-series check applies (AML501
reports the `AlgorithmsConfig` itself).

**Why it matters**: the API reference says "Selected algorithms must belong to the list
corresponding to the training mode". The shared `AutoMLAlgorithm` enum also holds the
time-series algorithms, so the schema accepts them, but `CreateAutoMLJob` only trains tabular
models: time-series forecasting is a `CreateAutoMLJobV2` problem type.

**Example**: `"Mode": "ENSEMBLING"` with `"AutoMLAlgorithms": ["xgboost", "mlp"]`: `mlp` is a
`HYPERPARAMETER_TUNING` algorithm.

**Fix**: keep only algorithms of the mode's list, or change `Mode` to the mode that lists them
all.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLAlgorithmConfig.html",
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
