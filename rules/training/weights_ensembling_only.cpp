// Sample weights are supported in ENSEMBLING mode only.
#include <algorithm>
#include <string>

#include "algorithms.hpp"
#include "data/data_view.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// The job's weight column: V2's, or the first V1 channel's that names one.
const Text* first_weight(const Request& request) {
  if (!request.is_v1()) {
    const Text& weight = request.tabular.sample_weight_attribute_name;
    return weight.has_value() ? &weight : nullptr;
  }
  for (const Channel& channel : request.channels.items) {
    if (channel.sample_weight_attribute_name.has_value()) {
      return &channel.sample_weight_attribute_name;
    }
  }
  return nullptr;
}

bool reads_manifest_file(const Request& request) {
  const auto& channels = request.channels.items;
  return std::any_of(channels.begin(), channels.end(), [](const Channel& channel) {
    return channel.s3_data_type.is("ManifestFile");
  });
}

void check(const Request& request, Reporter& reporter) {
  const TabularJobConfig& config = request.tabular;
  // The mode is one for the whole job: one report, at the first channel's weight column.
  const Text* weight = first_weight(request);
  if (!weight) return;
  const std::string named = message("SampleWeightAttributeName {}", *weight);
  if (config.mode.is("HYPERPARAMETER_TUNING")) {
    reporter.report(weight->pointer,
                    concat(named,
                           " is set, but sample weights are supported in ENSEMBLING mode only and "
                           "Mode is 'HYPERPARAMETER_TUNING'"),
                    "set \"Mode\" to \"ENSEMBLING\", or remove SampleWeightAttributeName");
    return;
  }
  // ENSEMBLING supports weights; a Mode off the enum or of the wrong type is the schema's.
  if (!auto_or_absent_mode(config)) return;
  const std::string_view mode =
      config.mode.present ? "Mode 'AUTO'" : "an absent Mode (which behaves like 'AUTO')";
  if (reads_manifest_file(request)) {
    reporter.report(weight->pointer,
                    concat(named, " needs ENSEMBLING mode, but with ", mode,
                           " and a ManifestFile input Autopilot cannot read the dataset size and "
                           "always uses HYPERPARAMETER_TUNING"),
                    "set \"Mode\" to \"ENSEMBLING\"");
    return;
  }
  // With --data-root the data tells which mode AUTO picks.
  if (request.data && request.data->auto_mode.known) {
    const data::ResolvedMode& resolved = request.data->auto_mode;
    if (resolved.mode == "ENSEMBLING") {
      if (resolved.certain) return;
      reporter.report(Severity::warning, weight->pointer,
                      concat(named, " needs ENSEMBLING mode; ", mode,
                             " resolves to it here: ", resolved.reason),
                      "set \"Mode\": \"ENSEMBLING\" to keep the sample weights");
      return;
    }
    reporter.report(weight->pointer,
                    concat(named, " needs ENSEMBLING mode, but ", mode,
                           " resolves to HYPERPARAMETER_TUNING here: ", resolved.reason),
                    "set \"Mode\": \"ENSEMBLING\" to keep the sample weights");
    return;
  }
  reporter.report(Severity::warning, weight->pointer,
                  concat(named, " is supported in ENSEMBLING mode only, and ", mode,
                         " uses HYPERPARAMETER_TUNING for datasets of 100 MB or more"),
                  "set \"Mode\" to \"ENSEMBLING\" to keep the sample weights");
}

}  // namespace

extern const Rule kWeightsEnsemblingOnly{
    .info = {.id = "AML506",
             .name = "weights-ensembling-only",
             .severity = Severity::error,
             .title = "Sample weights are supported in ENSEMBLING mode only.",
             .rationale = R"md(
**What it checks**: a channel sets `SampleWeightAttributeName` while the training mode is not
`ENSEMBLING`:

* `Mode` `HYPERPARAMETER_TUNING`: error.
* `Mode` `AUTO` or absent (which behaves like `AUTO`): warning, since `AUTO` chooses
  `ENSEMBLING` for datasets smaller than 100 MB and `HYPERPARAMETER_TUNING` for larger ones.
* `Mode` `AUTO` or absent with a channel whose `S3DataType` is `ManifestFile`: error, since
  Autopilot cannot read the dataset size of a manifest and then uses `HYPERPARAMETER_TUNING`.
* With `--data-root`, `AUTO` is resolved from the data (see AML816): no report when it resolves
  to `ENSEMBLING` (a warning when a `VpcConfig` may hide the size from Autopilot), an error
  saying why when it resolves to `HYPERPARAMETER_TUNING`.

One report per request, at the first channel's weight column: the mode is the job's.

**Why it matters**: the `AutoMLChannel` reference says "Support for sample weights is available
in Ensembling mode only".

**Example**: `"Mode": "HYPERPARAMETER_TUNING"` with `"SampleWeightAttributeName": "weight"` on
the training channel.

**Fix**: set `"Mode": "ENSEMBLING"`, or remove `SampleWeightAttributeName`.
)md",
             .source_url =
                 "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLChannel.html",
             .applies_to = scope::tabular},
    .check = check,
    .uses_data = true,
};

}  // namespace automl_lint::rules
