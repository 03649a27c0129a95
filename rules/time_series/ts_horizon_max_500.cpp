// ForecastHorizon is at most 500 time steps.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// The largest forecast horizon (API reference; a default limit, adjustable on request).
constexpr std::int64_t kMaxForecastHorizon = 500;

void check(const Request& request, Reporter& reporter) {
  const Integer& horizon = request.time_series.forecast_horizon;
  if (!horizon.has_value() || *horizon <= kMaxForecastHorizon) return;
  reporter.report(horizon.pointer,
                  message("ForecastHorizon {} is above the maximum of {} time steps (the lesser "
                          "of 500 and a quarter of the time steps in the dataset)",
                          *horizon, kMaxForecastHorizon),
                  message("forecast at most {} steps ahead, or use a coarser ForecastFrequency; "
                          "the limit of 500 is adjustable through a quota increase",
                          kMaxForecastHorizon));
}

}  // namespace

extern const Rule kTsHorizonMax500{
    .info = {.id = "AML902",
             .name = "ts-horizon-max-500",
             .severity = Severity::error,
             .title = "ForecastHorizon must be at most 500 time steps.",
             .rationale = R"md(
**What it checks**: `TimeSeriesForecastingJobConfig.ForecastHorizon` is at most 500. (The shape
only sets a minimum of 1; the other bound, a quarter of the time steps in the dataset, needs the
data.)

**Why it matters**: the API reference: "The maximum forecast horizon is the lesser of 500
time-steps or 1/4 of the time-steps in the dataset." The resource limits page lists 500 as the
default limit, adjustable on request: without a raised quota the service rejects a longer
horizon.

**Example**: `"ForecastFrequency": "1H", "ForecastHorizon": 720` (30 days of hourly steps).

**Fix**: shorten the horizon, or forecast at a coarser frequency (`"1D"` with a horizon of 30);
ask for a quota increase if the long horizon is needed.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_TimeSeriesForecastingJobConfig.html",
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
