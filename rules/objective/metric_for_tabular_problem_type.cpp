// The objective metric is one of those documented for the ProblemType.
#include <string>
#include <string_view>

#include "metrics.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// Metrics with a binary and a multiclass form.
struct Counterpart {
  std::string_view binary;
  std::string_view multiclass;
};

constexpr Counterpart kCounterparts[] = {
    {"F1", "F1macro"},
    {"Precision", "PrecisionMacro"},
    {"Recall", "RecallMacro"},
};

/// "use 'F1macro', the multiclass form of 'F1'" when the metric has a form for the problem.
std::string counterpart_hint(const std::string& metric, std::string_view problem_type) {
  for (const Counterpart& pair : kCounterparts) {
    if (problem_type == "MulticlassClassification" && metric == pair.binary) {
      return message("use '{}', the multiclass form of '{}'", pair.multiclass, pair.binary);
    }
    if (problem_type == "BinaryClassification" && metric == pair.multiclass) {
      return message("use '{}', the binary form of '{}'", pair.binary, pair.multiclass);
    }
  }
  return {};
}

void check(const Request& request, Reporter& reporter) {
  const Text& metric = request.objective.metric_name;
  const Text& problem_type = request.tabular.problem_type;
  if (!metric.has_value() || !problem_type.has_value()) return;
  // A ProblemType off the enum is the schema's.
  const metrics::TabularProblem* problem = metrics::find_problem(*problem_type);
  if (!problem) return;
  // Reported-only metrics are AML404's (and off the enum), other names the schema's.
  bool forecasting = metrics::contains(metrics::kTimeSeriesOnly, *metric);
  if (forecasting && reporter.deferred_to("AML403")) return;
  if (!forecasting && !metrics::contains(metrics::kTabular, *metric)) return;
  if (metrics::contains(problem->metrics, *metric)) return;
  std::string hint = counterpart_hint(*metric, problem->problem_type);
  if (hint.empty()) {
    std::string types = metrics::problem_types_of(*metric);
    hint = types.empty()
               ? message("use one of those, e.g. '{}' (the default for {})",
                         problem->default_metric, problem->problem_type)
               : message(
                     "use one of those, e.g. '{}' (the default for {}), or change "
                     "ProblemType to {} if that is the problem to solve",
                     problem->default_metric, problem->problem_type, std::string_view(types));
  }
  reporter.report(
      metric.pointer,
      message("MetricName {} is not an objective for ProblemType '{}', which "
              "accepts {}",
              metric, problem->problem_type, std::string_view(metrics::join(problem->metrics))),
      std::move(hint));
}

}  // namespace

extern const Rule kMetricForTabularProblemType{
    .info = {.id = "AML402",
             .name = "metric-for-tabular-problem-type",
             .severity = Severity::error,
             .title = "The objective metric must be one the ProblemType supports.",
             .rationale = R"md(
**What it checks**: when both are set, `AutoMLJobObjective.MetricName` is in the list of
`ProblemType`:

* `Regression`: `MAE`, `MSE`, `R2`, `RMSE`;
* `BinaryClassification`: `Accuracy`, `AUC`, `BalancedAccuracy`, `F1`, `Precision`, `Recall`;
* `MulticlassClassification`: `Accuracy`, `BalancedAccuracy`, `F1macro`, `PrecisionMacro`,
  `RecallMacro`.

Time-series metrics are reported by AML403 (here when AML403 is disabled), values outside
the metric enum by AML104.

**Why it matters**: all problem types share one `AutoMLMetricEnum`, so the schema accepts any
pairing, but the API reference lists the "available metrics" per problem type: a regression
model cannot be ranked by `AUC`, and the binary `F1` is not defined for many classes.

**Example**: `"ProblemType": "MulticlassClassification"` with `"MetricName": "F1"`.

**Fix**: pick an objective of the problem type (here `F1macro`), or correct `ProblemType`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLJobObjective.html",
             .applies_to = scope::tabular},
    .check = check,
    .defers_to = {"AML403"},
};

}  // namespace automl_lint::rules
