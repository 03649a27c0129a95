// Each V2 problem type reads only some S3DataType values.
#include <string>

#include "input_formats.hpp"
#include "problem_names.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// "'S3Prefix'", "'S3Prefix' and 'ManifestFile'", "'S3Prefix', 'ManifestFile' and ...".
std::string quoted_list(std::span<const std::string_view> names) {
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) list += i + 1 == names.size() ? " and " : ", ";
    list += concat("'", names[i], "'");
  }
  return list;
}

std::string fix(const ProblemInputs& inputs, std::string_view s3_data_type) {
  if (inputs.s3_data_types.size() == 1) {
    return "point S3Uri at the S3 prefix that holds the data files and set S3DataType to "
           "'S3Prefix'";
  }
  if (s3_data_type == "AugmentedManifestFile") {
    return "list the objects in a ManifestFile, or use an S3Prefix; augmented manifests are for "
           "image classification";
  }
  return message("use {}", std::string_view(quoted_list(inputs.s3_data_types)));
}

void check(const Request& request, Reporter& reporter) {
  const ProblemInputs* inputs = inputs_of(request.problem);
  if (!inputs) return;
  for (const Channel& channel : request.channels.items) {
    const Text& type = channel.s3_data_type;
    // A value off the enum is the schema's.
    if (!type.has_value() || !lists_input(kS3DataTypes, *type)) continue;
    if (lists_input(inputs->s3_data_types, *type)) continue;
    std::string_view verb = inputs->s3_data_types.size() == 1 ? "reads only" : "reads";
    reporter.report(type.pointer,
                    message("S3DataType {} is not supported for {} jobs, which {} {} input", type,
                            problem_name(request.problem), verb,
                            std::string_view(quoted_list(inputs->s3_data_types))),
                    fix(*inputs, *type));
  }
}

}  // namespace

extern const Rule kS3DataTypePerProblem{
    .info = {.id = "AML314",
             .name = "s3-data-type-per-problem",
             .severity = Severity::error,
             .title = "The S3DataType must be one the problem type supports.",
             .rationale = R"md(
**What it checks**: in a `CreateAutoMLJobV2` request, each channel's
`DataSource.S3DataSource.S3DataType` is one the API reference lists for the problem type:

* tabular: `S3Prefix`, `ManifestFile`;
* image classification: `S3Prefix`, `ManifestFile`, `AugmentedManifestFile`;
* text classification, time-series forecasting, text generation: `S3Prefix` only.

In `CreateAutoMLJob` requests, `AugmentedManifestFile` is AML311's; values outside the enum are
the schema's (AML104).

**Why it matters**: every problem type shares one `S3DataType` enum, so the schema accepts
`ManifestFile` for a text generation job, but `AutoMLJobInputDataConfig` says "the supported
formats depend on the problem type" and lists the values above.

**Example**: a text classification job with `"S3DataType": "ManifestFile"`.

**Fix**: give the data as an S3 prefix (or, where allowed, a manifest); for `S3Prefix`, `S3Uri`
names the key prefix of the data files.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_CreateAutoMLJobV2.html",
             .applies_to = scope::v2},
    .check = check,
};

}  // namespace automl_lint::rules
