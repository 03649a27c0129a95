// frontfill may be configured for the target column only.
#include "filling.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

using namespace filling;

void check(const Request& request, Reporter& reporter) {
  const std::string* target = target_column(request);
  if (!target) return;  // Absent (AML102) or not a string (AML103): which column is unknown.
  for_each_column(request, [&](const auto& column) {
    if (column.key == *target) return;
    const auto* frontfill = column.value.find(kFrontfill);
    if (!frontfill) return;
    reporter.add(Report{
        .severity = Severity::error,
        .pointer = frontfill->value.pointer,
        .message = message("frontfill is supported only for the target column {}, not for "
                           "column {}",
                           user_text(*target), user_text(column.key)),
        .hint = message("remove frontfill from column {}", user_text(column.key)),
        .at_key = true,
    });
  });
}

}  // namespace

extern const Rule kTsFrontfillTargetOnly{
    .info = {.id = "AML907",
             .name = "ts-frontfill-target-only",
             .severity = Severity::error,
             .title = "frontfill may be configured for the target column only.",
             .rationale = R"md(
**What it checks**: a `frontfill` key in `Transformations.Filling` appears only under the
column named by `TimeSeriesConfig.TargetAttributeName`.

**Why it matters**: the API reference lists "`frontfill`: `none` (Supported only for target
column)". Front filling fills the gap between the start of the earliest item and the start of
each item; for any other column the service does not support it.

**Example**: `"TargetAttributeName": "demand"` with
`"Filling": {"price": {"frontfill": "none"}}`.

**Fix**: remove `frontfill` from the other column; configure it under the target column if
needed.
)md",
             .source_url = kTransformationsUrl,
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
