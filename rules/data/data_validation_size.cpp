// The validation data of a CreateAutoMLJob (V1) request is under 2 GB.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::uint64_t kMaxValidationBytes = 2 * data::kGigabyte;

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request, "validation")) {
    std::uint64_t bytes = inspected.data.total_bytes();
    if (bytes < kMaxValidationBytes) continue;
    if (request.is_v1()) {
      reporter.report(uri_pointer(inspected.channel),
                      concat("The validation data is ", data::format_bytes(bytes),
                             "; for CreateAutoMLJob it must be less than 2 GB"),
                      "sample the validation data below 2 GB, or move rows to training");
      continue;
    }
    // The documentation states the limit for CreateAutoMLJob only.
    reporter.report(Severity::warning, uri_pointer(inspected.channel),
                    concat("The validation data is ", data::format_bytes(bytes),
                           "; CreateAutoMLJob requires less than 2 GB, and CreateAutoMLJobV2 may "
                           "too (its documentation does not say)"),
                    "sample the validation data below 2 GB, or move rows to training");
  }
}

}  // namespace

extern const Rule kDataValidationSize{
    .info = {.id = "AML809",
             .name = "data-validation-size",
             .severity = Severity::error,
             .title = "The validation data is 2 GB or more.",
             .rationale = R"md(
**What it checks**: the objects of the validation channel add up to less than 2 GB (stored
bytes; decimal units).

**Why it matters**: the `AutoMLChannel` and `AutoMLDataSplitConfig` references: "For jobs
created by calling CreateAutoMLJob, the validation dataset must be less than 2 GB."

**Example**: a validation prefix of 2.5 GB.

**Fix**: sample the validation data, or let Autopilot split the training data
(`ValidationFraction`).
)md",
             .source_url = kAutopilotDataUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
