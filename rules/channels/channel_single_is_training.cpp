// A request with one input channel must use it for training.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const auto& channels = request.channels.items;
  if (channels.size() != 1) return;
  const Channel& channel = channels.front();
  if (!channel.channel_type.has_value() || *channel.channel_type == "training") return;
  reporter.report(channel.channel_type.pointer,
                  message("The only input channel has ChannelType {}; a single data source must "
                          "be the training channel",
                          channel.channel_type),
                  "remove ChannelType (it defaults to training) or add a training channel");
}

}  // namespace

extern const Rule kChannelSingleIsTraining{
    .info = {.id = "AML302",
             .name = "channel-single-is-training",
             .severity = Severity::error,
             .title = "A request with one input channel must use it for training.",
             .rationale = R"md(
**What it checks**: when `InputDataConfig` has one channel, its `ChannelType` is absent or
`training`.

**Why it matters**: the developer guide requires the single data source to be the training
data; Autopilot then splits off its own validation data (`ValidationFraction`). A lone
validation channel leaves nothing to train on.

**Example**: one channel with `"ChannelType": "validation"`.

**Fix**: remove `ChannelType`, or add the training channel next to the validation channel.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-automate-model-development-create-experiment.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
