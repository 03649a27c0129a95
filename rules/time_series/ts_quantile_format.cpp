// Each forecast quantile is written p1 to p99.
#include "forecast_quantile.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

using quantile::Problem;

void check_item(const Text& item, Reporter& reporter) {
  if (!item.has_value()) return;  // Not a string: the schema's.
  quantile::Reading reading = quantile::read_quantile(*item);
  if (reading.problem == Problem::none) return;
  std::string text;
  std::string hint;
  switch (reading.problem) {
    case Problem::none:
      return;
    case Problem::notation:
      text = message(
          "ForecastQuantiles item {} is not written as the service writes quantiles: "
          "a lower-case 'p' and the percentile without a leading zero, from p1 (0.01) "
          "to p99 (0.99)",
          item);
      hint = message("write '{}'", std::string_view(*reading.canonical));
      break;
    case Problem::out_of_range:
      text = message(
          "ForecastQuantiles item {} is outside the range of quantiles, p1 (0.01) to "
          "p99 (0.99)",
          item);
      hint = "use a quantile from p1 to p99, e.g. 'p1' or 'p99' for the extremes";
      break;
    case Problem::not_whole:
      text = message(
          "ForecastQuantiles item {} is not a whole percentile: quantiles go from "
          "0.01 (p1) to 0.99 (p99) by increments of 0.01",
          item);
      hint = "round to the nearest whole percentile, written like 'p12'";
      break;
    case Problem::unknown:
      text = message(
          "ForecastQuantiles item {} is not a quantile: quantiles are written p1 "
          "(0.01) to p99 (0.99)",
          item);
      hint = "write the percentile after a lower-case 'p', e.g. 'p50' for the median";
      break;
  }
  reporter.add(Report{.severity = Severity::error,
                      .pointer = item.pointer,
                      .message = std::move(text),
                      .hint = std::move(hint),
                      .replaces_shape_finding = true});
}

void check(const Request& request, Reporter& reporter) {
  for (const Text& item : request.time_series.forecast_quantiles.items) {
    check_item(item, reporter);
  }
}

}  // namespace

extern const Rule kTsQuantileFormat{
    .info = {.id = "AML904",
             .name = "ts-quantile-format",
             .severity = Severity::error,
             .title = "Each forecast quantile must be written p1 to p99.",
             .rationale = R"md(
**What it checks**: each item of `TimeSeriesForecastingJobConfig.ForecastQuantiles` is `p1` to
`p99`: a lower-case `p` and a whole percentile without a leading zero. This diagnostic replaces
the schema's pattern or length finding (AML106, AML105) at the same place, and suggests the
spelling when the item names a valid quantile in another way: `0.5`, `P50`, `p05`, `50%`.
`p0`, `p100` and `1.0` are outside the range; `0.125` is between two percentiles.

**Why it matters**: the documentation describes quantiles "from 0.01 (p1) to 0.99 (p99), by
increments of 0.01 or higher", so decimals and upper-case `P` are common; but the API's pattern
`(^p[1-9]\d?$)` accepts only the `p` form, and the service rejects the others.

**Example**: `"ForecastQuantiles": ["0.1", "P50", "p90"]`.

**Fix**: write `["p10", "p50", "p90"]` (the default when `ForecastQuantiles` is absent).
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_TimeSeriesForecastingJobConfig.html",
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
