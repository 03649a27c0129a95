// The training data is under 100 GB.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::uint64_t kMaxTrainingBytes = 100 * data::kGigabyte;

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request, "training")) {
    std::uint64_t bytes = inspected.data.total_bytes();
    if (bytes < kMaxTrainingBytes) continue;
    reporter.report(uri_pointer(inspected.channel),
                    concat("The training data is ", data::format_bytes(bytes), " in ",
                           count_of(inspected.data.objects.size(), "object"),
                           "; Autopilot requires less than 100 GB"),
                    "sample the training data below 100 GB");
  }
}

}  // namespace

extern const Rule kDataTrainSize{
    .info = {.id = "AML808",
             .name = "data-train-size",
             .severity = Severity::error,
             .title = "The training data is 100 GB or more.",
             .rationale = R"md(
**What it checks**: the objects of the training channel add up to less than 100 GB (stored
bytes, as S3 lists them; decimal units: 100,000,000,000 bytes).

**Why it matters**: the `AutoMLChannel` reference: "the training dataset size must be less than
100 GB". The limit appears among the service quotas, so an account may have a raised one.

**Example**: a prefix holding 120 GB of CSV files.

**Fix**: sample the data, or ask for a raised quota.
)md",
             .source_url = kAutopilotDataUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
