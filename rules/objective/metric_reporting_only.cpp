// Metrics that Autopilot only reports (LogLoss, Perplexity, ...) cannot be the objective.
#include <string>

#include "metrics.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// What the objectives of this request are, for the message.
std::string expected_objectives(const Request& request) {
  switch (request.problem) {
    case ProblemKind::tabular:
      if (const metrics::TabularProblem* problem =
              request.tabular.problem_type.has_value()
                  ? metrics::find_problem(*request.tabular.problem_type)
                  : nullptr) {
        return message("the objectives for ProblemType '{}' are {}", problem->problem_type,
                       std::string_view(metrics::join(problem->metrics)));
      }
      return message("the objectives are {}", std::string_view(metrics::join(metrics::kTabular)));
    case ProblemKind::time_series:
      return message("the objectives of time-series forecasting are {}",
                     std::string_view(metrics::join(metrics::kTimeSeries)));
    case ProblemKind::text_classification:
    case ProblemKind::image_classification:
      return "the only objective of this problem type is Accuracy";
    case ProblemKind::text_generation:
      return "fine-tuning a language model takes no objective";
    case ProblemKind::unknown:
      break;
  }
  return "it is not in the objective metric enum";
}

std::string fix(const Request& request, const metrics::ReportedMetric& reported) {
  if (request.problem == ProblemKind::text_generation) {
    return "remove AutoMLJobObjective; Autopilot reports these metrics for every fine-tuned model";
  }
  if (reported.for_language_models && request.is_v1()) {
    return "choose one of those; fine-tuning a language model needs CreateAutoMLJobV2 with "
           "TextGenerationJobConfig and takes no objective";
  }
  if (request.problem == ProblemKind::tabular && request.tabular.problem_type.has_value()) {
    if (const auto* problem = metrics::find_problem(*request.tabular.problem_type)) {
      return message("use e.g. '{}' (the default for {})", problem->default_metric,
                     problem->problem_type);
    }
  }
  return request.problem == ProblemKind::tabular
             ? "choose one of those, or remove AutoMLJobObjective to use the default objective "
               "of the inferred problem type"
             : "choose one of those, or remove AutoMLJobObjective to use the default objective";
}

void check(const Request& request, Reporter& reporter) {
  const Text& metric = request.objective.metric_name;
  if (!metric.has_value()) return;
  // Matched without regard to case: 'logloss' is no objective either, and the schema's
  // did-you-mean finds none for it. Objectives in the wrong case ('auc') stay the schema's.
  const metrics::ReportedMetric* reported = metrics::find_reported_only(*metric);
  if (!reported) return;
  std::string name =
      *metric == reported->name ? quote(*metric) : message("{} ('{}')", metric, reported->name);
  std::string_view what = reported->for_language_models
                              ? "a metric Autopilot reports when fine-tuning language models"
                              : "a metric Autopilot reports for each candidate";
  reporter.add(Report{
      .severity = Severity::error,
      .pointer = metric.pointer,
      .message = message("MetricName {} is {}, not an objective metric; {}", std::string_view(name),
                         what, std::string_view(expected_objectives(request))),
      .hint = fix(request, *reported),
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
             "https://docs.aws.amazon.com/sagemaker/latest/dg/autopilot-metrics-validation.html",
         .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
