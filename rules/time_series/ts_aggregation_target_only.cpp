// Aggregation is configured for the target column only.
#include "filling.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const std::string* target = filling::target_column(request);
  if (!target) return;  // Absent (AML102) or not a string (AML103).
  const auto& aggregation = request.time_series.aggregation;
  if (!aggregation.well_formed) return;
  for (const auto& entry : aggregation.entries) {
    if (entry.key == *target) continue;
    std::string hint =
        filling::same_ignoring_case(entry.key, *target)
            ? message("column names are case-sensitive: write {}", user_text(*target))
            : message("remove the entry for {}, or aggregate the target column {}",
                      user_text(entry.key), user_text(*target));
    reporter.add(Report{
        .severity = Severity::error,
        .pointer = entry.value.pointer,
        .message = message("Aggregation names column {}, but aggregation is supported only for "
                           "the target column {}",
                           user_text(entry.key), user_text(*target)),
        .hint = std::move(hint),
        .at_key = true,
    });
  }
}

}  // namespace

extern const Rule kTsAggregationTargetOnly{
    .info = {.id = "AML911",
             .name = "ts-aggregation-target-only",
             .severity = Severity::error,
             .title = "Aggregation may be configured for the target column only.",
             .rationale = R"md(
**What it checks**: every key of `Transformations.Aggregation` is the column named by
`TimeSeriesConfig.TargetAttributeName` (compared exactly; a name that differs only in case gets
a hint).

**Why it matters**: the API reference and the developer guide both say "Aggregation is only
supported for the target column". (The developer guide's own example aggregates a column named
`promo`, in a job whose target is `demand`; the rule follows the stated restriction.)

**Example**: `"TargetAttributeName": "demand"` with `"Aggregation": {"price": "avg"}`.

**Fix**: remove the entry, or key it by the target column: `"Aggregation": {"demand": "avg"}`.
)md",
             .source_url = filling::kTransformationsUrl,
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
