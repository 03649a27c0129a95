// The objective metrics Autopilot documents per problem type, shared by the objective rules.
#pragma once

#include <algorithm>
#include <cctype>
#include <span>
#include <string>
#include <string_view>

#include "strings.hpp"

namespace automl_lint::rules::metrics {

using Names = std::span<const std::string_view>;

// AutoMLJobObjective.MetricName in the API reference ("List of available metrics"), in its order.
inline constexpr std::string_view kRegression[] = {"MAE", "MSE", "R2", "RMSE"};
inline constexpr std::string_view kBinaryClassification[] = {
    "Accuracy", "AUC", "BalancedAccuracy", "F1", "Precision", "Recall"};
inline constexpr std::string_view kMulticlassClassification[] = {
    "Accuracy", "BalancedAccuracy", "F1macro", "PrecisionMacro", "RecallMacro"};

/// Every tabular objective: the union of the three lists above.
inline constexpr std::string_view kTabular[] = {
    "Accuracy", "AUC",       "BalancedAccuracy", "F1", "F1macro", "MAE",
    "MSE",      "Precision", "PrecisionMacro",   "R2", "Recall",  "RecallMacro",
    "RMSE"};

/// In the shared AutoMLMetricEnum, but objectives of time-series forecasting only (V2).
inline constexpr std::string_view kTimeSeriesOnly[] = {"MAPE", "MASE", "WAPE",
                                                       "AverageWeightedQuantileLoss"};

/// The objectives of time-series forecasting (AutoMLJobObjective, "For time-series forecasting").
inline constexpr std::string_view kTimeSeries[] = {"RMSE", "MAPE", "MASE", "WAPE",
                                                   "AverageWeightedQuantileLoss"};

/// Image and text classification rank candidates by accuracy only.
inline constexpr std::string_view kContentClassification[] = {"Accuracy"};

struct TabularProblem {
  std::string_view problem_type;
  std::string_view default_metric;  ///< Used when AutoMLJobObjective is absent.
  Names metrics;
};

inline constexpr TabularProblem kTabularProblems[] = {
    {"Regression", "MSE", kRegression},
    {"BinaryClassification", "F1", kBinaryClassification},
    {"MulticlassClassification", "Accuracy", kMulticlassClassification},
};

/// Metrics Autopilot reports (AutoMLMetricExtendedEnum) that are not objectives.
struct ReportedMetric {
  std::string_view name;
  bool for_language_models;  ///< Reported when fine-tuning an LLM (CreateAutoMLJobV2 only).
};

inline constexpr ReportedMetric kReportedOnly[] = {
    {"LogLoss", false},     {"InferenceLatency", false},
    {"Rouge1", true},       {"Rouge2", true},
    {"RougeL", true},       {"RougeLSum", true},
    {"Perplexity", true},   {"ValidationLoss", true},
    {"TrainingLoss", true},
};

inline bool contains(Names names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

/// The problem type of this exact ProblemType value, or nullptr (absent or off the enum).
inline const TabularProblem* find_problem(std::string_view problem_type) {
  for (const TabularProblem& problem : kTabularProblems) {
    if (problem.problem_type == problem_type) return &problem;
  }
  return nullptr;
}

/// The reported-only metric this name spells, ignoring case, or nullptr.
inline const ReportedMetric* find_reported_only(std::string_view name) {
  for (const ReportedMetric& metric : kReportedOnly) {
    if (detail::equal_ignoring_case(metric.name, name)) return &metric;
  }
  return nullptr;
}

/// "A, B, C".
inline std::string join(Names names) {
  std::string text;
  for (std::string_view name : names) {
    if (!text.empty()) text += ", ";
    text += name;
  }
  return text;
}

/// The problem types whose objectives include `metric`, joined with " or ".
inline std::string problem_types_of(std::string_view metric) {
  std::string text;
  for (const TabularProblem& problem : kTabularProblems) {
    if (!contains(problem.metrics, metric)) continue;
    if (!text.empty()) text += " or ";
    text.append("'").append(problem.problem_type).append("'");
  }
  return text;
}

}  // namespace automl_lint::rules::metrics
