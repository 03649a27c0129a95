// Every input channel needs a DataSource.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const V1Request& request, Reporter& reporter) {
  for (const Channel& channel : request.input_data_config.items) {
    if (channel.data_source.present) continue;
    reporter.report(channel.pointer,
                    "Value null at " + channel.data_source.pointer +
                        " failed to satisfy constraint: the channel has no DataSource, so there "
                        "is no data to read",
                    "add \"DataSource\": {\"S3DataSource\": {\"S3DataType\": \"S3Prefix\", "
                    "\"S3Uri\": \"s3://bucket/prefix/\"}}");
  }
}

}  // namespace

extern const Rule kChannelDataSourceRequired{
    .info =
        {.id = "AML313",
         .name = "channel-datasource-required",
         .severity = Severity::warning,
         .title = "Every input channel needs a DataSource.",
         .rationale = R"md(
**What it checks**: each `InputDataConfig` channel has a `DataSource`.

**Why it matters**: the V1 model marks only `TargetAttributeName` as required, so botocore and
the shape accept a channel without data; the V2 channel documents `DataSource` as "(Required)",
and a channel without a data source has nothing to train on. Whether the V1 service rejects
it is not documented, so this is a warning.

**Example**: `{"TargetAttributeName": "y", "ContentType": "text/csv;header=present"}`.

**Fix**: add `DataSource.S3DataSource` with `S3DataType` and `S3Uri`.
)md",
         .source_url =
             "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLChannel.html"},
    .check = check,
};

}  // namespace automl_lint::rules
