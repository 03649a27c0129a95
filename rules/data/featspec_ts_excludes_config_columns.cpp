// The feature specification of a time-series job lists no column TimeSeriesConfig sets.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

struct ConfigColumn {
  const Text* name;
  std::string_view member;
};

std::vector<ConfigColumn> config_columns(const TimeSeriesConfig& config) {
  std::vector<ConfigColumn> columns = {
      {&config.target_attribute_name, "TargetAttributeName"},
      {&config.timestamp_attribute_name, "TimestampAttributeName"},
      {&config.item_identifier_attribute_name, "ItemIdentifierAttributeName"}};
  for (const Text& grouping : config.grouping_attribute_names.items) {
    columns.push_back({&grouping, "GroupingAttributeNames"});
  }
  return columns;
}

void check(const Request& request, Reporter& reporter) {
  const data::FeatureSpec* spec = feature_spec(request);
  if (!spec) return;
  std::vector<std::string> listed = listed_features(*spec);
  std::vector<std::string> reported;
  for (const ConfigColumn& column : config_columns(request.time_series.time_series_config)) {
    if (!column.name->has_value()) continue;
    const std::string& name = **column.name;
    if (!contains(listed, name) || contains(reported, name)) continue;
    reported.push_back(name);
    reporter.report(feature_spec_pointer(request),
                    concat("The feature specification ", detail::shorten(spec->uri, 200), " lists ",
                           quote(name), ", the ", column.member,
                           " of TimeSeriesConfig; columns set in TimeSeriesConfig must not be "
                           "features"),
                    "remove it from FeatureAttributeNames and FeatureDataTypes");
  }
}

}  // namespace

extern const Rule kFeatspecTsExcludesConfigColumns{
    .info = {.id = "AML834",
             .name = "featspec-ts-excludes-config-columns",
             .severity = Severity::error,
             .title = "The time-series feature specification lists a TimeSeriesConfig column.",
             .rationale = R"md(
**What it checks**: neither `FeatureAttributeNames` nor the keys of `FeatureDataTypes` in the
feature specification file of a time-series job name the target, timestamp, item identifier or
a grouping column of `TimeSeriesConfig`. One report per column.

**Why it matters**: the `TimeSeriesForecastingJobConfig` reference: the file holds "additional
selected features that complement the target, itemID, timestamp, and grouped columns set in
TimeSeriesConfig ... These column keys must not include any column set in TimeSeriesConfig."

**Example**: `{"FeatureAttributeNames": ["price", "timestamp"]}` with
`"TimestampAttributeName": "timestamp"`.

**Fix**: list only the other columns; the configured ones are used as what they are.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_TimeSeriesForecastingJobConfig.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
