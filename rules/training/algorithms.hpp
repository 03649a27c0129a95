// The algorithms Autopilot documents per training mode, shared by the training rules.
#pragma once

#include <algorithm>
#include <span>
#include <string_view>

#include "request_view.hpp"

namespace automl_lint::rules {

// AutoMLAlgorithmConfig.AutoMLAlgorithms in the API reference, in its order.
inline constexpr std::string_view kEnsemblingAlgorithms[] = {
    "catboost",       "extra-trees", "fastai",       "lightgbm",
    "linear-learner", "nn-torch",    "randomforest", "xgboost",
};
inline constexpr std::string_view kHyperparameterTuningAlgorithms[] = {"linear-learner", "mlp",
                                                                       "xgboost"};
/// Time-series forecasting only (CreateAutoMLJobV2, TimeSeriesForecastingJobConfig).
inline constexpr std::string_view kTimeSeriesAlgorithms[] = {"cnn-qr", "deepar", "prophet",
                                                             "arima",  "npts",   "ets"};

inline bool lists_algorithm(std::span<const std::string_view> algorithms, std::string_view name) {
  return std::find(algorithms.begin(), algorithms.end(), name) != algorithms.end();
}

/// The algorithms of a tabular training mode; empty for AUTO and for values outside the enum.
inline std::span<const std::string_view> algorithms_of_mode(std::string_view mode) {
  if (mode == "ENSEMBLING") return kEnsemblingAlgorithms;
  if (mode == "HYPERPARAMETER_TUNING") return kHyperparameterTuningAlgorithms;
  return {};
}

/// An algorithm of some tabular training mode (anything else is time series or off the enum).
inline bool is_tabular_algorithm(std::string_view name) {
  return lists_algorithm(kEnsemblingAlgorithms, name) ||
         lists_algorithm(kHyperparameterTuningAlgorithms, name);
}

/// Mode AUTO, or Mode absent (which behaves like AUTO). False when Mode has the wrong type:
/// then the mode is unknown and the schema reports it.
inline bool auto_or_absent_mode(const TabularJobConfig& config) {
  return !config.mode.present || config.mode.is("AUTO");
}

/// The AlgorithmsConfig of the request's problem type: tabular or time series (empty and absent
/// for the others).
inline const List<AlgorithmConfig>& algorithms_config_of(const Request& request) {
  return request.problem == ProblemKind::time_series ? request.time_series.algorithms_config
                                                     : request.tabular.algorithms_config;
}

/// A tabular job whose Mode is AUTO or absent, where AML501 asks to remove AlgorithmsConfig
/// altogether: the rules about its content then defer to AML501.
inline bool tabular_auto_mode(const Request& request) {
  return request.problem == ProblemKind::tabular && auto_or_absent_mode(request.tabular);
}

}  // namespace automl_lint::rules
