// The target column is in the header of every training and validation object.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  auto target = [](const InspectedChannel& inspected) -> const Text& { return inspected.target; };
  for (const MemberLacking& found : lacking_per_member(request, target)) {
    const Text& name = *found.member;
    const data::DataObject& object = *found.lacking.first;
    reporter.report(
        name.pointer,
        concat("Target attribute name ", detail::shorten(*name), " does not exist in header. ",
               detail::shorten(object.uri, 200), " has the columns ", name_list(object.columns()),
               found.lacking.others()),
        column_hint(*name, object.columns(),
                    "name a column of the header; names are case-sensitive"));
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
