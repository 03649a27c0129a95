// Metrics that Autopilot only reports (LogLoss, Perplexity, ...) cannot be the objective.
#include <fmt/format.h>

#include <string>

#include "metrics.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

std::string expected_objectives(const metrics::TabularProblem* problem) {
  if (!problem) return fmt::format("the objectives are {}", metrics::join(metrics::kTabular));
  return fmt::format("the objectives for ProblemType '{}' are {}", problem->problem_type,
                     metrics::join(problem->metrics));
}

std::string fix(const metrics::ReportedMetric& reported, const metrics::TabularProblem* problem) {
  if (reported.for_language_models) {
    return "choose one of those; fine-tuning a language model needs CreateAutoMLJobV2 with "
           "TextGenerationJobConfig and takes no objective";
  }
  if (problem) {
    return fmt::format("use e.g. '{}' (the default for {})", problem->default_metric,
                       problem->problem_type);
  }
  return "choose one of those, or remove AutoMLJobObjective to use the default objective of "
         "the inferred problem type";
}

void check(const V1Request& request, Reporter& reporter) {
  const Text& metric = request.auto_ml_job_objective.metric_name;
  if (!metric.has_value()) return;
  // Matched without regard to case: 'logloss' is no objective either, and the schema's
  // did-you-mean finds none for it. Objectives in the wrong case ('auc') stay the schema's.
  const metrics::ReportedMetric* reported = metrics::find_reported_only(*metric);
  if (!reported) return;
  const metrics::TabularProblem* problem =
      request.problem_type.has_value() ? metrics::find_problem(*request.problem_type) : nullptr;
  std::string name = *metric == reported->name
                         ? fmt::format("'{}'", *metric)
                         : fmt::format("'{}' ('{}')", *metric, reported->name);
  const char* what = reported->for_language_models
                         ? "a metric Autopilot reports when fine-tuning language models"
                         : "a metric Autopilot reports for each candidate";
  reporter.add(Report{
      .severity = Severity::error,
      .pointer = metric.pointer,
      .message = fmt::format("MetricName {} is {}, not an objective metric; {}", name, what,
                             expected_objectives(problem)),
      .hint = fix(*reported, problem),
      .replaces_shape_finding = true,
  });
}

}  // namespace

extern const Rule kMetricReportingOnly{
    .info =
        {.id = "AML404",
         .name = "metric-reporting-only",
         .severity = Severity::error,
         .title = "A metric that Autopilot only reports cannot be the objective.",
         .rationale = R"md(
**What it checks**: `AutoMLJobObjective.MetricName` is not one of the metrics Autopilot
computes and reports but does not optimise: `LogLoss` and `InferenceLatency` (reported for
tabular candidates), `Rouge1`, `Rouge2`, `RougeL`, `RougeLSum`, `Perplexity`,
`ValidationLoss` and `TrainingLoss` (reported when fine-tuning language models). Spellings
in another case are recognised too. This diagnostic replaces the schema's enum finding
(AML104) at the same place, and lists the objectives allowed for the `ProblemType`.

**Why it matters**: these names appear among the metrics of each candidate
(`AutoMLMetricExtendedEnum`), so they look like valid choices, but the objective must come
from `AutoMLMetricEnum`; the service rejects the request.

**Example**: `"MetricName": "LogLoss"` for a binary classification job.

**Fix**: choose an objective of the problem type, e.g. `AUC` or `F1` for
`BinaryClassification`. Language-model fine-tuning is a `CreateAutoMLJobV2` problem type and
needs no objective.
)md",
         .source_url =
             "https://docs.aws.amazon.com/sagemaker/latest/dg/autopilot-metrics-validation.html"},
    .check = check,
};

}  // namespace automl_lint::rules
