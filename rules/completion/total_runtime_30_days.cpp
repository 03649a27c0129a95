// An Autopilot job runs for at most 30 days.
#include <cstdint>
#include <limits>
#include <string>

#include "rule.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::int64_t kDayInSeconds = 24 * 60 * 60;
constexpr std::int64_t kThirtyDaysInSeconds = 30 * kDayInSeconds;  // 2592000

/// Seconds as days with one decimal, rounded up so that a value over 30 days never shows 30.0.
std::string as_days(std::int64_t seconds) {
  std::int64_t tenths = (seconds * 10 + kDayInSeconds - 1) / kDayInSeconds;
  return concat(std::to_string(tenths / 10), ".", std::to_string(tenths % 10));
}

void check(const Request& request, Reporter& reporter) {
  const Integer& total = request.completion_criteria().max_auto_ml_job_runtime_in_seconds;
  if (!total.has_value()) return;
  if (*total <= kThirtyDaysInSeconds) return;
  // Above the int32 maximum the value fails the shape; the schema reports that.
  if (*total > std::numeric_limits<std::int32_t>::max()) return;
  reporter.report(total.pointer,
                  message("MaxAutoMLJobRuntimeInSeconds {} ({} days) is more than 30 days (2592000 "
                          "seconds), the maximum runtime of an Autopilot job",
                          *total, std::string_view(as_days(*total))),
                  "set MaxAutoMLJobRuntimeInSeconds to 2592000 or less");
}

}  // namespace

extern const Rule kTotalRuntime30Days{
    .info = {.id = "AML602",
             .name = "total-runtime-30-days",
             .severity = Severity::warning,
             .title = "The AutoML job's runtime should not exceed 30 days.",
             .rationale = R"md(
**What it checks**: `AutoMLJobConfig.CompletionCriteria.MaxAutoMLJobRuntimeInSeconds` is at most
2592000 seconds (30 days).

**Why it matters**: the API shape only requires a positive number, but the Autopilot quotas
page lists "Maximum runtime for an Autopilot job: 30 days" among the resource limits per job,
not among the quotas you can ask to increase. A larger value cannot be honoured, and often comes from a unit mistake (milliseconds or
minutes written as seconds). Whether the service rejects it or caps it is not documented, hence
a warning.

**Example**: `"MaxAutoMLJobRuntimeInSeconds": 3600000` (about 41.7 days).

**Fix**: give a runtime of at most 2592000 seconds.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/autopilot-quotas.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
