// With two input channels, exactly one is for training and one for validation.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const auto& channels = request.channels.items;
  if (channels.size() != 2) return;
  auto training = request.channels_of_type("training");
  if (training.size() == 1) return;
  const Channel& second = channels[1];
  if (training.size() == 2) {
    reporter.report(second.channel_type.present ? second.channel_type.pointer : second.pointer,
                    "Both input channels are training channels (ChannelType absent means "
                    "training); with two channels one must be 'validation'",
                    "set \"ChannelType\": \"validation\" on the validation channel");
    return;
  }
  reporter.report(channels[0].channel_type.pointer,
                  "Both input channels are validation channels; one must be 'training'",
                  "set \"ChannelType\": \"training\" on the training channel");
}

}  // namespace

extern const Rule kChannelPairTrainVal{
    .info = {.id = "AML303",
             .name = "channel-pair-train-val",
             .severity = Severity::error,
             .title = "Two input channels must be one training and one validation channel.",
             .rationale = R"md(
**What it checks**: when `InputDataConfig` has two channels, exactly one has the effective
`ChannelType` `training` and the other `validation`. An absent `ChannelType` means `training`.

**Why it matters**: Autopilot takes one training data source and, optionally, one validation
data source; two channels of one type are rejected.

**Example**: two channels, neither with a `ChannelType`: both are training channels.

**Fix**: mark the validation data with `"ChannelType": "validation"`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-automate-model-development-create-experiment.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
