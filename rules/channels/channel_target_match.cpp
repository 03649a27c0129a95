// Training and validation channels name the same target column.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const auto& channels = request.channels.items;
  if (channels.size() != 2) return;
  const Text& first = channels[0].target_attribute_name;
  const Text& second = channels[1].target_attribute_name;
  if (!first.has_value() || !second.has_value() || *first == *second) return;
  reporter.report(second.pointer,
                  message("TargetAttributeName {} differs from {} in the other channel; both "
                          "channels must name the same target column",
                          second, first),
                  message("set TargetAttributeName to {} in both channels", first));
}

}  // namespace

extern const Rule kChannelTargetMatch{
    .info = {.id = "AML305",
             .name = "channel-target-match",
             .severity = Severity::error,
             .title = "Training and validation channels must name the same target column.",
             .rationale = R"md(
**What it checks**: with two input channels, their `TargetAttributeName` values are equal
(case-sensitively).

**Why it matters**: the API reference says the two channels "must share the same ContentType and
TargetAttributeName"; the validation data is scored on the column the model learned to predict.

**Example**: `"TargetAttributeName": "churn"` in training and `"Churn"` in validation.

**Fix**: use the exact same column name in both channels.
)md",
             .source_url =
                 "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLChannel.html",
             .applies_to = scope::v1},
    .check = check,
};

}  // namespace automl_lint::rules
