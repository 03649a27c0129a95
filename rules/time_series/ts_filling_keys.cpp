// Filling names value columns, not the timestamp, item identifier or grouping columns.
#include <string_view>

#include "filling.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

using namespace filling;

/// The TimeSeriesConfig member that names `column` as a key column, or an empty view.
std::string_view key_role(const TimeSeriesConfig& config, std::string_view column) {
  if (config.timestamp_attribute_name.is(column)) return "TimestampAttributeName";
  if (config.item_identifier_attribute_name.is(column)) return "ItemIdentifierAttributeName";
  for (const Text& grouping : config.grouping_attribute_names.items) {
    if (grouping.is(column)) return "GroupingAttributeNames";
  }
  return {};
}

void check(const Request& request, Reporter& reporter) {
  const TimeSeriesConfig& config = request.time_series.time_series_config;
  for_each_column(request, [&](const auto& column) {
    // The target is filled by design, even when it doubles as a key column (AML905).
    if (config.target_attribute_name.is(column.key)) return;
    std::string_view role = key_role(config, column.key);
    if (role.empty()) return;
    reporter.add(Report{
        .severity = Severity::warning,
        .pointer = column.value.pointer,
        .message = message("Filling names column {}, which TimeSeriesConfig uses as {}; filling "
                           "applies to the target and other numeric columns",
                           user_text(column.key), role),
        .hint = message("remove the Filling entry for {}", user_text(column.key)),
        .at_key = true,
    });
  });
}

}  // namespace

extern const Rule kTsFillingKeys{
    .info = {.id = "AML915",
             .name = "ts-filling-keys",
             .severity = Severity::warning,
             .title = "Filling should not name the timestamp, item identifier or grouping "
                      "columns.",
             .rationale = R"md(
**What it checks**: no key of `Transformations.Filling` is the column named by
`TimeSeriesConfig.TimestampAttributeName`, `ItemIdentifierAttributeName` or one of
`GroupingAttributeNames`. (Whether each key is a column of the dataset needs the data, and is
not checked here.)

**Why it matters**: each key of `Filling` is "the column name" whose missing values are filled.
The developer guide: "You can perform filling on the target column and other numeric columns in
your datasets". The timestamp, the item identifier and the grouping columns identify a data
point; they are not values to fill, so such an entry is almost certainly a mistake. AWS does not
say how the service treats it, so this is a warning.

**Example**: `"TimestampAttributeName": "timestamp"` with
`"Filling": {"timestamp": {"middlefill": "zero"}}`.

**Fix**: remove the entry, or write the name of the numeric column that was meant.
)md",
             .source_url = kTransformationsUrl,
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
