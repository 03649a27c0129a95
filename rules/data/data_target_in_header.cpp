// The target column is in the header of every training and validation object.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check_channel(const InspectedChannel& inspected, Reporter& reporter) {
  const Text& target = inspected.channel.target_attribute_name;
  if (!target.has_value()) return;
  std::size_t lacking = 0;
  const data::DataObject* first = nullptr;
  for (const data::DataObject& object : inspected.data.objects) {
    if (!object.has_header || contains(object.columns, *target)) continue;
    if (lacking++ == 0) first = &object;
  }
  if (!first) return;
  auto guess = detail::did_you_mean(*target, first->columns);
  std::string others =
      lacking > 1 ? concat(" (", count_of(lacking - 1, "more object"), " lack it too)") : "";
  reporter.report(target.pointer,
                  concat("Target attribute name ", detail::shorten(*target),
                         " does not exist in header. ", detail::shorten(first->uri, 200),
                         " has the columns ", name_list(first->columns), others),
                  guess ? concat("did you mean '", *guess, "'? (column names are case-sensitive)")
                        : "name a column of the header; names are case-sensitive");
}

void check(const V1Request& request, Reporter& reporter) {
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
             .checked_by = CheckedBy::data},
    .check = check,
};

}  // namespace automl_lint::rules
