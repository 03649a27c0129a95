// Image and text classification candidates are ranked by accuracy only.
#include "metrics.hpp"
#include "problem_names.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const Text& metric = request.objective.metric_name;
  if (!metric.has_value()) return;
  // Names off the objective enum are the schema's (reported-only metrics AML404's).
  bool objective = metrics::contains(metrics::kTabular, *metric) ||
                   metrics::contains(metrics::kTimeSeriesOnly, *metric);
  if (!objective || metrics::contains(metrics::kContentClassification, *metric)) return;
  reporter.report(metric.pointer,
                  message("MetricName {} is not an objective for {}, whose only objective "
                          "metric is Accuracy",
                          metric, problem_name(request.problem)),
                  "use 'Accuracy' (the default), or remove AutoMLJobObjective");
}

}  // namespace

extern const Rule kMetricImageTextClassification{
    .info = {.id = "AML405",
             .name = "metric-image-text-classification",
             .severity = Severity::error,
             .title = "The objective of image and text classification must be Accuracy.",
             .rationale = R"md(
**What it checks**: for image classification and text classification jobs,
`AutoMLJobObjective.MetricName`, when set, is `Accuracy`. Names outside the objective enum are
left to the schema (AML104), metrics Autopilot only reports to AML404.

**Why it matters**: all problem types share one `AutoMLMetricEnum`, so the schema accepts `F1`
or `AUC` here, but the API reference of `AutoMLJobObjective` says: "For image or text
classification problem types: List of available metrics: `Accuracy`", and the developer guide
pages for both problem types list only `Accuracy`.

**Example**: a text classification job with `"MetricName": "F1macro"`.

**Fix**: use `Accuracy`, which is also the default, or remove `AutoMLJobObjective`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLJobObjective.html",
             .applies_to = scope::v2_image_classification | scope::v2_text_classification},
    .check = check,
};

}  // namespace automl_lint::rules
