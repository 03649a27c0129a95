// The sample weight column is in the header of every object of its channel.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  auto weight = [](const InspectedChannel& inspected) -> const Text& { return inspected.weight; };
  for (const MemberLacking& found : lacking_per_member(request, weight)) {
    const Text& name = *found.member;
    const data::DataObject& object = *found.lacking.first;
    reporter.report(
        name.pointer,
        concat("Sample weight column ", quote(*name), " does not exist in header. ",
               detail::shorten(object.uri, 200), " has the columns ", name_list(object.columns()),
               found.lacking.others()),
        column_hint(*name, object.columns(),
                    "name a column of the header, or remove SampleWeightAttributeName"));
  }
}

}  // namespace

extern const Rule kDataWeightColumnExists{
    .info = {.id = "AML814",
             .name = "data-weight-column-exists",
             .severity = Severity::error,
             .title = "The sample weight column is not in the data's header.",
             .rationale = R"md(
**What it checks**: a channel's `SampleWeightAttributeName` is a column (case-sensitive) of
every object of that channel.

**Why it matters**: the `AutoMLChannel` reference says the name "indicates which column of the
dataset should be treated as sample weights"; a name that is no column leaves the job with no
weights to use (or fails it), and the request does not say which.

**Example**: `"SampleWeightAttributeName": "weights"` with the header `age,label,weight`.

**Fix**: use the column name exactly as the header writes it.
)md",
             .source_url = kAutopilotDataUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
