// The objective metric is one of those documented for the ProblemType.
#include <fmt/format.h>

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
      return fmt::format("use '{}', the multiclass form of '{}'", pair.multiclass, metric);
    }
    if (problem_type == "BinaryClassification" && metric == pair.multiclass) {
      return fmt::format("use '{}', the binary form of '{}'", pair.binary, metric);
    }
  }
  return {};
}

void check(const V1Request& request, Reporter& reporter) {
  const Text& metric = request.auto_ml_job_objective.metric_name;
  if (!metric.has_value() || !request.problem_type.has_value()) return;
  // A ProblemType off the enum is the schema's.
  const metrics::TabularProblem* problem = metrics::find_problem(*request.problem_type);
  if (!problem) return;
  // Time-series metrics are AML403's, reported-only metrics AML404's, other names the schema's.
  if (!metrics::contains(metrics::kTabular, *metric)) return;
  if (metrics::contains(problem->metrics, *metric)) return;
  const std::string problem_type(problem->problem_type);
  std::string hint = counterpart_hint(*metric, problem_type);
  if (hint.empty()) {
    hint = fmt::format(
        "use one of those, e.g. '{}' (the default for {}), or change ProblemType to {} if that "
        "is the problem to solve",
        problem->default_metric, problem_type, metrics::problem_types_of(*metric));
  }
  reporter.report(metric.pointer,
                  fmt::format("MetricName '{}' is not an objective for ProblemType '{}', which "
                              "accepts {}",
                              *metric, problem_type, metrics::join(problem->metrics)),
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

Time-series metrics (AML403) and values outside the metric enum (AML104) are reported
elsewhere.

**Why it matters**: all problem types share one `AutoMLMetricEnum`, so the schema accepts any
pairing, but the API reference lists the "available metrics" per problem type: a regression
model cannot be ranked by `AUC`, and the binary `F1` is not defined for many classes.

**Example**: `"ProblemType": "MulticlassClassification"` with `"MetricName": "F1"`.

**Fix**: pick an objective of the problem type (here `F1macro`), or correct `ProblemType`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLJobObjective.html"},
    .check = check,
};

}  // namespace automl_lint::rules
