// Every input channel needs a DataSource.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  // V2's AutoMLJobChannel documents DataSource as required; for V1 the rule is inferred.
  Severity severity = request.is_v1() ? Severity::warning : Severity::error;
  for (const Channel& channel : request.channels.items) {
    if (channel.data_source.present) continue;
    reporter.report(severity, channel.pointer,
                    message("Value null at {} failed to satisfy constraint: the channel has no "
                            "DataSource, so there is no data to read",
                            std::string_view(channel.data_source.pointer)),
                    "add \"DataSource\": {\"S3DataSource\": {\"S3DataType\": \"S3Prefix\", "
                    "\"S3Uri\": \"s3://bucket/prefix/\"}}");
  }
}

}  // namespace

extern const Rule kChannelDataSourceRequired{
    .info = {.id = "AML313",
             .name = "channel-datasource-required",
             .severity = Severity::error,
             .title = "Every input channel needs a DataSource.",
             .rationale = R"md(
**What it checks**: each channel (`InputDataConfig` in V1, `AutoMLJobInputDataConfig` in V2)
has a `DataSource`: an error in V2, a warning in V1.

**Why it matters**: neither model marks `DataSource` as required, so botocore and the shape
accept a channel without data; the V2 channel documents `DataSource` as "(Required)", and a
channel without a data source has nothing to train on. Whether the V1 service rejects it is
not documented, so for V1 this is a warning.

**Example**: `{"TargetAttributeName": "y", "ContentType": "text/csv;header=present"}`.

**Fix**: add `DataSource.S3DataSource` with `S3DataType` and `S3Uri`.
)md",
             .source_url =
                 "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLChannel.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
