// Each forecast quantile is listed once.
#include <map>
#include <string>

#include "forecast_quantile.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  std::map<std::string, std::size_t> seen;
  for (const Text& item : request.time_series.forecast_quantiles.items) {
    // Items that are not valid quantiles are AML904's (and the schema's).
    if (!item.has_value() || quantile::read_quantile(*item).problem != quantile::Problem::none) {
      continue;
    }
    if (++seen[*item] != 2) continue;  // One report per repeated quantile.
    reporter.report(item.pointer, message("ForecastQuantiles lists {} more than once", item),
                    message("list {} once; up to five different quantiles can be given", item));
  }
}

}  // namespace

extern const Rule kTsQuantilesUnique{
    .info = {.id = "AML903",
             .name = "ts-quantiles-unique",
             .severity = Severity::warning,
             .title = "Each forecast quantile should be listed once.",
             .rationale = R"md(
**What it checks**: no valid item of `TimeSeriesForecastingJobConfig.ForecastQuantiles` appears
twice (items that are no valid quantile are AML904's).

**Why it matters**: the list names "the quantiles used to train the model", up to five: a
repeated one trains nothing more, takes one of the five places, and often stands for a quantile
that was meant (`p90` twice where `p10` was meant). AWS does not say whether the service
rejects repeats, so this is a warning.

**Example**: `"ForecastQuantiles": ["p10", "p50", "p50"]`.

**Fix**: list each quantile once, and check whether the repeat stands for a missing one.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_TimeSeriesForecastingJobConfig.html",
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
