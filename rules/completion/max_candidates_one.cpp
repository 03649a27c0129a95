// Only tabular jobs train more than one candidate: elsewhere MaxCandidates is 1.
#include "problem_names.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const Integer& candidates = request.completion_criteria().max_candidates;
  if (!candidates.has_value() || *candidates == 1) return;
  // Outside the shape's 1 to 750 the schema reports it.
  if (*candidates < 1 || *candidates > 750) return;
  reporter.report(candidates.pointer,
                  message("MaxCandidates {} is not supported for {} jobs: the only supported "
                          "value is 1 (larger values are for tabular jobs)",
                          *candidates, problem_name(request.problem)),
                  "set MaxCandidates to 1, or remove it");
}

}  // namespace

extern const Rule kMaxCandidatesOne{
    .info = {.id = "AML603",
             .name = "max-candidates-one",
             .severity = Severity::error,
             .title = "MaxCandidates must be 1 for every problem type except tabular.",
             .rationale = R"md(
**What it checks**: for image classification, text classification, time-series forecasting and
text generation, `CompletionCriteria.MaxCandidates` is absent or 1. Values outside the shape's
range of 1 to 750 are the schema's (AML107).

**Why it matters**: the API reference of `AutoMLJobCompletionCriteria`: "For text and image
classification, time-series forecasting, as well as text generation (LLMs fine-tuning) problem
types, the supported value is 1. For tabular problem types, the maximum value is 750." The shape
allows 1 to 750 for every problem type, so the schema alone accepts 10. The mistake is common:
the SageMaker Python SDK's own unit-test configurations for these four problem types use
`MaxCandidates` 10, and the SDK sends it unchecked.

**Example**: an image classification job with `"CompletionCriteria": {"MaxCandidates": 10}`.

**Fix**: set `MaxCandidates` to 1, or leave it out.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLJobCompletionCriteria.html",
             .applies_to = scope::v2_time_series | scope::v2_text_generation |
                           scope::v2_text_classification | scope::v2_image_classification},
    .check = check,
};

}  // namespace automl_lint::rules
