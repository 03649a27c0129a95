// Training and validation S3 prefixes must not contain each other.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

bool is_prefix_channel(const Channel& channel) {
  return channel.s3_data_type.is("S3Prefix") && channel.s3_uri.has_value();
}

void check(const V1Request& request, Reporter& reporter) {
  const auto& channels = request.input_data_config.items;
  if (channels.size() != 2 || !is_prefix_channel(channels[0]) || !is_prefix_channel(channels[1])) {
    return;
  }
  const std::string& first = *channels[0].s3_uri;
  const std::string& second = *channels[1].s3_uri;
  if (first == second) {
    reporter.report(channels[1].s3_uri.pointer,
                    "Both input channels read S3Uri '" + second +
                        "'; the validation data would be the training data",
                    "point each channel at its own prefix");
    return;
  }
  bool first_holds_second = second.rfind(first, 0) == 0;
  bool second_holds_first = first.rfind(second, 0) == 0;
  if (!first_holds_second && !second_holds_first) return;
  const std::string& outer = first_holds_second ? first : second;
  const std::string& inner = first_holds_second ? second : first;
  reporter.report(channels[1].s3_uri.pointer,
                  "S3 prefix '" + outer + "' also matches every object under '" + inner +
                      "', so one channel's files are read by the other channel too",
                  "use prefixes that do not contain each other, e.g. end them with '/'");
}

}  // namespace

extern const Rule kChannelUriDistinct{
    .info = {.id = "AML312",
             .name = "channel-uri-distinct",
             .severity = Severity::warning,
             .title = "Training and validation S3 prefixes should not contain each other.",
             .rationale = R"md(
**What it checks**: with two `S3Prefix` channels, neither `S3Uri` equals or is a prefix of the
other.

**Why it matters**: `S3Prefix` selects every object whose key starts with the prefix, so
`s3://bucket/data` also selects `s3://bucket/data-validation/...`: validation rows leak into
training and the scores look better than they are. Inferred from the prefix semantics, so a
warning.

**Example**: training `s3://bucket/churn` and validation `s3://bucket/churn-validation/`.

**Fix**: end prefixes with `/` and keep the two data sets in separate folders.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLS3DataSource.html"},
    .check = check,
};

}  // namespace automl_lint::rules
