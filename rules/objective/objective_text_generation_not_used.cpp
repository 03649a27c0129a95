// Fine-tuning a language model takes no objective metric.
#include "metrics.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const AutoMLJobObjective& objective = request.objective;
  // An objective of the wrong type is the schema's.
  if (!objective.well_formed) return;
  // A metric Autopilot only reports (Perplexity, Rouge1, ...) is an error of AML404's, whose
  // hint already says to remove the objective.
  const Text& metric = objective.metric_name;
  if (metric.has_value() && metrics::find_reported_only(*metric) &&
      reporter.deferred_to("AML404")) {
    return;
  }
  reporter.report(objective.pointer,
                  "AutoMLJobObjective is set for a text generation job, which does not use it: "
                  "Autopilot fine-tunes the model to minimise cross-entropy loss",
                  "remove AutoMLJobObjective");
}

}  // namespace

extern const Rule kObjectiveTextGenerationNotUsed{
    .info = {.id = "AML407",
             .name = "objective-text-generation-not-used",
             .severity = Severity::warning,
             .title = "A text generation job should not set AutoMLJobObjective.",
             .rationale = R"md(
**What it checks**: a `CreateAutoMLJobV2` request with `TextGenerationJobConfig` has no
`AutoMLJobObjective`. An objective naming a metric Autopilot only reports (`Perplexity`,
`Rouge1`, ...) is AML404's error instead.

**Why it matters**: the API reference of `CreateAutoMLJobV2`: "Fine-tuning language models in
Autopilot does not require setting the `AutoMLJobObjective` field. ... Autopilot directly
fine-tunes your target model to enhance a default objective metric, the cross-entropy loss." An
objective here is at best ignored, and it suggests that the job ranks candidates by it, which a
fine-tuning job does not. Whether the service rejects it is not documented, hence a warning.

**Example**: a text generation job with `"AutoMLJobObjective": {"MetricName": "Accuracy"}`.

**Fix**: remove `AutoMLJobObjective`; Autopilot reports loss, perplexity and ROUGE metrics for
the fine-tuned model either way.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_CreateAutoMLJobV2.html",
             .applies_to = scope::v2_text_generation},
    .check = check,
    .defers_to = {"AML404"},
};

}  // namespace automl_lint::rules
