// A time-series job has at most 13 numeric and 10 categorical features.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

struct Limit {
  std::string_view type;
  std::size_t max;
  std::string_view noun;  ///< As the limits page names them.
};

constexpr Limit kLimits[] = {{"numeric", 13, "numerical"}, {"categorical", 10, "categorical"}};

/// The columns TimeSeriesConfig sets: AML834 reports them; they are not counted as features.
std::vector<std::string> config_columns(const TimeSeriesConfig& config) {
  std::vector<std::string> names;
  for (const Text* name : {&config.target_attribute_name, &config.timestamp_attribute_name,
                           &config.item_identifier_attribute_name}) {
    if (name->has_value()) names.push_back(**name);
  }
  for (const Text& grouping : config.grouping_attribute_names.items) {
    if (grouping.has_value()) names.push_back(*grouping);
  }
  return names;
}

void check(const Request& request, Reporter& reporter) {
  const data::FeatureSpec* spec = feature_spec(request);
  if (!spec) return;
  std::vector<std::string> excluded = config_columns(request.time_series.time_series_config);
  for (const Limit& limit : kLimits) {
    std::vector<std::string> seen;  // A repeated key counts once (AML822 reports it).
    std::vector<std::string> typed;
    for (const auto& [name, type] : spec->types) {
      if (contains(seen, name)) continue;
      seen.push_back(name);
      if (type == limit.type && !contains(excluded, name)) typed.push_back(name);
    }
    if (typed.size() <= limit.max) continue;
    reporter.report(feature_spec_pointer(request),
                    concat("The feature specification ", detail::shorten(spec->uri, 200), " types ",
                           std::to_string(typed.size()), " columns as ", quote(limit.type), " (",
                           name_list(typed, 4), "); time-series forecasting accepts at most ",
                           std::to_string(limit.max), " ", limit.noun, " features"),
                    concat("keep at most ", std::to_string(limit.max), " ", limit.type,
                           " features (the limit cannot be raised)"));
  }
}

}  // namespace

extern const Rule kFeatspecTsFeatureCounts{
    .info =
        {.id = "AML835",
         .name = "featspec-ts-feature-counts",
         .severity = Severity::error,
         .title = "A time-series job has more than 13 numeric or 10 categorical features.",
         .rationale = R"md(
**What it checks**: the `FeatureDataTypes` of a time-series job's feature specification file
type at most 13 columns `numeric` and at most 10 `categorical`. Columns set in
`TimeSeriesConfig` are not counted (AML834 reports them), and a repeated key counts once.

Not checked: columns whose type is not declared. Without a `FeatureDataTypes` entry Autopilot
infers a column's type from its values, which the linter does not read, so a dataset of 20
undeclared numeric columns passes here.

**Why it matters**: the time-series resource limits page: "Maximum number of numerical
features: 13" and "Maximum number of categorical features: 10", both not adjustable.

**Example**: `FeatureDataTypes` with 14 columns typed `numeric`.

**Fix**: keep the features that matter most; drop or combine the others.
)md",
         .source_url =
             "https://docs.aws.amazon.com/sagemaker/latest/dg/timeseries-forecasting-limits.html",
         .checked_by = CheckedBy::data,
         .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
