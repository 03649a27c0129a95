// The target column is in the header of every training and validation object.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check_channel(const InspectedChannel& inspected, Reporter& reporter) {
  const Text& name = inspected.target;
  if (!name.has_value()) return;
  ObjectsLacking lacking = objects_lacking(inspected.data, *name);
  if (!lacking.first) return;
  reporter.report(
      name.pointer,
      concat("Target attribute name ", detail::shorten(*name), " does not exist in header. ",
             detail::shorten(lacking.first->uri, 200), " has the columns ",
             name_list(lacking.first->columns()), lacking.others()),
      column_hint(*name, lacking.first->columns(),
                  "name a column of the header; names are case-sensitive"));
}

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    check_channel(inspected, reporter);
  }
}

}  // namespace

extern const Rule kDataTargetInHeader{
    .info = {.id = "AML812",
             .name = "data-target-in-header",
             .severity = Severity::error,
             .title = "The target column is not in the data's header.",
             .rationale = R"md(
**What it checks**: the channel's `TargetAttributeName` is one of the columns (matched
case-sensitively) of every object of the channel: the CSV header row, or the top-level fields
of a Parquet file. One report per channel, naming the first object without it.

**Why it matters**: `CreateAutoMLJob` rejects such a request with "Target attribute name X does
not exist in header." (the message starts with the service's own words).

**Example**: `"TargetAttributeName": "Label"` with the header `age,income,label`.

**Fix**: use the column name exactly as the header writes it.
)md",
             .source_url =
                 "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLChannel.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
