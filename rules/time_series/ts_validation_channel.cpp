// A validation channel is unusual for time-series forecasting.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  for (const Channel* channel : request.channels_of_type("validation")) {
    reporter.report(channel->channel_type.pointer,
                    "A validation channel is unusual for time-series forecasting: ChannelType "
                    "defaults to training for this problem type, and Autopilot splits the "
                    "input dataset into training and validation sets itself",
                    "give the whole dataset in one training channel, unless you know the "
                    "service accepts a validation channel for forecasting");
  }
}

}  // namespace

extern const Rule kTsValidationChannel{
    .info = {.id = "AML914",
             .name = "ts-validation-channel",
             .severity = Severity::warning,
             .title = "A validation channel is unusual for time-series forecasting.",
             .rationale = R"md(
**What it checks**: no channel of a time-series forecasting request has
`"ChannelType": "validation"`.

**Why it matters**: the API reference of `AutoMLJobChannel`: "The type of channel defaults to
`training` for the time-series forecasting problem type", and `CreateAutoMLJobV2` says that
Autopilot "automatically splits the input dataset into training and validation sets" for this
problem type (which is why `DataSplitConfig` must not be set). AWS documents no use of a
separate validation channel for forecasting, nor that it is rejected, so this is a warning:
the data in it is probably not used as intended.

**Example**: two channels, the second with `"ChannelType": "validation"`, in a request with
`TimeSeriesForecastingJobConfig`.

**Fix**: put the whole history in one `training` channel and let Autopilot hold out the
validation data.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLJobChannel.html",
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
