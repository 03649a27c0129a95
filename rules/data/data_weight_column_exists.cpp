// The sample weight column is in the header of every object of its channel.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check_channel(const InspectedChannel& inspected, Reporter& reporter) {
  const Text& name = inspected.weight;
  if (!name.has_value()) return;
  ObjectsLacking lacking = objects_lacking(inspected.data, *name);
  if (!lacking.first) return;
  reporter.report(name.pointer,
                  concat("Sample weight column ", quote(*name), " does not exist in header. ",
                         detail::shorten(lacking.first->uri, 200), " has the columns ",
                         name_list(lacking.first->columns()), lacking.others()),
                  column_hint(*name, lacking.first->columns(),
                              "name a column of the header, or remove SampleWeightAttributeName"));
}

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    check_channel(inspected, reporter);
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
