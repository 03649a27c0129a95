// The columns TimeSeriesConfig names have one role each, and grouping columns are not repeated.
#include <string_view>
#include <vector>

#include "rule.hpp"

namespace automl_lint::rules {
namespace {

struct Named {
  std::string_view member;
  std::string_view holds;  ///< What the column holds, for the hint.
  const Text& column;
  bool grouping = false;
};

void report_repeat(const Named& later, const Named& earlier, Reporter& reporter) {
  const Text& column = later.column;
  if (later.grouping && earlier.grouping) {
    return reporter.report(Severity::warning, column.pointer,
                           message("GroupingAttributeNames lists {} more than once", column),
                           message("list {} once", column));
  }
  if (later.grouping && earlier.member == "ItemIdentifierAttributeName") {
    return reporter.report(
        Severity::warning, column.pointer,
        message("GroupingAttributeNames lists {}, the ItemIdentifierAttributeName, which is "
                "already part of the key of each time series",
                column),
        message("remove {} from GroupingAttributeNames", column));
  }
  reporter.report(column.pointer,
                  message("{} {} is also the {}; the target, timestamp, item identifier and "
                          "grouping columns should be different columns",
                          later.member, column, earlier.member),
                  later.grouping ? message("remove {} from GroupingAttributeNames", column)
                                 : message("set {} to the column that holds the {}", later.member,
                                           later.holds));
}

void check(const Request& request, Reporter& reporter) {
  const TimeSeriesConfig& config = request.time_series.time_series_config;
  if (!config.well_formed) return;
  std::vector<Named> named = {
      {"TargetAttributeName", "values to forecast", config.target_attribute_name},
      {"TimestampAttributeName", "timestamps", config.timestamp_attribute_name},
      {"ItemIdentifierAttributeName", "item identifiers", config.item_identifier_attribute_name},
  };
  for (const Text& grouping : config.grouping_attribute_names.items) {
    named.push_back({"GroupingAttributeNames", "grouping values", grouping, true});
  }
  for (std::size_t i = 1; i < named.size(); ++i) {
    const Text& column = named[i].column;
    // Not a string, or empty (AML105): no column to compare.
    if (!column.has_value() || column->empty()) continue;
    for (std::size_t j = 0; j < i; ++j) {
      if (named[j].column.is(*column)) {
        report_repeat(named[i], named[j], reporter);
        break;
      }
    }
  }
}

}  // namespace

extern const Rule kTsConfigColumnsDistinct{
    .info = {.id = "AML905",
             .name = "ts-config-columns-distinct",
             .severity = Severity::warning,
             .title = "The target, timestamp, item identifier and grouping columns should be "
                      "different columns.",
             .rationale = R"md(
**What it checks**: in `TimeSeriesConfig`, `TargetAttributeName`, `TimestampAttributeName`,
`ItemIdentifierAttributeName` and each of `GroupingAttributeNames` name different columns
(compared exactly); a grouping column listed twice, or one that is the item identifier, adds
nothing to the key of a time series.

**Why it matters**: each member gives a column a role the others exclude: the target "must be
numerical" and is what the model predicts, the timestamp is "a point in time", and the item
identifier and grouping columns form "a composite key for which a target value is predicted". A
column cannot be predicted and be part of its own key. AWS does not spell out that the names
must differ; this follows from those roles, so the rule warns (the catalog row is inferred).

**Example**: `"TargetAttributeName": "sales", "ItemIdentifierAttributeName": "sales"`, or
`"GroupingAttributeNames": ["store", "store"]`.

**Fix**: name the column that holds each role; list each grouping column once, without the
item identifier.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_TimeSeriesConfig.html",
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
