// Training and validation channels agree on the sample weight column.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const auto& channels = request.channels.items;
  if (channels.size() != 2) return;
  const Text& first = channels[0].sample_weight_attribute_name;
  const Text& second = channels[1].sample_weight_attribute_name;
  if (first.has_value() && second.has_value()) {
    if (*first == *second) return;
    reporter.report(
        second.pointer,
        message("SampleWeightAttributeName {} differs from {} in the other channel", second, first),
        "name the same weight column in both channels");
    return;
  }
  // A wrong-typed name (present without a value) is the schema's to report.
  if (first.present == second.present) return;
  const Channel& without = first.present ? channels[1] : channels[0];
  const Text& named = first.present ? first : second;
  if (!named.has_value()) return;
  reporter.report(without.pointer,
                  message("Only one input channel sets SampleWeightAttributeName ({}); the "
                          "channels should have the same schema",
                          named),
                  message("set SampleWeightAttributeName to {} in both channels", named));
}

}  // namespace

extern const Rule kChannelWeightMatch{
    .info = {.id = "AML306",
             .name = "channel-weight-match",
             .severity = Severity::warning,
             .title = "Training and validation channels should agree on the sample weight column.",
             .rationale = R"md(
**What it checks**: with two input channels, `SampleWeightAttributeName` is set on both or on
neither, and names the same column.

**Why it matters**: the developer guide asks for training and validation data with the same
schema. This rule is inferred from that (AWS does not state it for the weight column), so it
is a warning.

**Example**: the training channel sets `"SampleWeightAttributeName": "weight"`, the validation
channel does not.

**Fix**: set the same weight column on both channels.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-automate-model-development-create-experiment.html",
             .applies_to = scope::v1},
    .check = check,
};

}  // namespace automl_lint::rules
