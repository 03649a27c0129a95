// Training and validation S3 prefixes must not contain each other.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

bool is_prefix_channel(const Channel& channel) {
  return channel.s3_data_type.is("S3Prefix") && channel.s3_uri.has_value();
}

void check(const Request& request, Reporter& reporter) {
  const auto& channels = request.channels.items;
  if (channels.size() != 2 || !is_prefix_channel(channels[0]) || !is_prefix_channel(channels[1])) {
    return;
  }
  const Text& first = channels[0].s3_uri;
  const Text& second = channels[1].s3_uri;
  if (*first == *second) {
    reporter.report(second.pointer,
                    message("Both input channels read S3Uri {}; the validation data would be the "
                            "training data",
                            second),
                    "point each channel at its own prefix");
    return;
  }
  bool first_holds_second = second->starts_with(*first);
  bool second_holds_first = first->starts_with(*second);
  if (!first_holds_second && !second_holds_first) return;
  const Text& outer = first_holds_second ? first : second;
  const Text& inner = first_holds_second ? second : first;
  reporter.report(second.pointer,
                  message("S3 prefix {} also matches every object under {}, so one channel's "
                          "files are read by the other channel too",
                          outer, inner),
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
                           "API_AutoMLS3DataSource.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
