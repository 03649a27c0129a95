// The sample weight column is not the target column.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check_pair(const Text& target, const Text& weight, Reporter& reporter) {
  if (!target.has_value() || !weight.has_value()) return;
  if (*target != *weight) return;
  reporter.report(weight.pointer,
                  message("SampleWeightAttributeName {} names the target column "
                          "(TargetAttributeName); the sample weights must be another column",
                          weight),
                  "name the column that holds the sample weights, or remove "
                  "SampleWeightAttributeName");
}

void check(const Request& request, Reporter& reporter) {
  if (!request.is_v1()) {
    return check_pair(request.tabular.target_attribute_name,
                      request.tabular.sample_weight_attribute_name, reporter);
  }
  for (const Channel& channel : request.channels.items) {
    check_pair(channel.target_attribute_name, channel.sample_weight_attribute_name, reporter);
  }
}

}  // namespace

extern const Rule kTargetNeWeight{
    .info = {.id = "AML507",
             .name = "target-ne-weight",
             .severity = Severity::warning,
             .title = "The sample weight column should not be the target column.",
             .rationale = R"md(
**What it checks**: on each channel, `SampleWeightAttributeName` differs from
`TargetAttributeName` (compared exactly, as column names are).

**Why it matters**: the weight column "is not considered as a predictive feature" and holds
"numeric, non-negative" weights; the target is what the model predicts. AWS does not state this
rule, but one column cannot be both: classification labels are not valid weights, so every row
would be excluded ("Data points that have invalid or no weight value are excluded"), and a
regression target would weight each row by its own answer. Inferred, so a warning.

**Example**: `"TargetAttributeName": "price"` with `"SampleWeightAttributeName": "price"`.

**Fix**: name the column that holds the weights, or remove `SampleWeightAttributeName`.
)md",
             .source_url =
                 "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLChannel.html",
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
