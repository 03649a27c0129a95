// FeatureDataTypes of a time-series job are numeric, categorical, text or datetime.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

const std::vector<std::string> kTypes = {"numeric", "categorical", "text", "datetime"};

void check(const Request& request, Reporter& reporter) {
  const data::FeatureSpec* spec = feature_spec(request);
  if (!spec) return;
  for (const auto& [name, type] : spec->types) {
    if (contains(kTypes, type)) continue;
    auto guess = detail::did_you_mean(type, kTypes);
    reporter.report(
        feature_spec_pointer(request),
        concat("The feature specification ", detail::shorten(spec->uri, 200), " gives column ",
               quote(name), " the type ", quote(type),
               type == "sequence" ? " (a tabular type)" : "",
               "; time-series forecasting supports numeric, categorical, text and datetime"),
        guess && type != "sequence" ? concat("did you mean '", *guess, "'?")
                                    : std::string("use one of the four types"));
  }
}

}  // namespace

extern const Rule kFeatspecTsTypes{
    .info = {.id = "AML833",
             .name = "featspec-ts-types",
             .severity = Severity::error,
             .title = "A time-series feature type is not numeric, categorical, text or datetime.",
             .rationale = R"md(
**What it checks**: every value of `FeatureDataTypes` in the feature specification file of a
time-series job is `numeric`, `categorical`, `text` or `datetime` (case-sensitive). `sequence`,
which tabular jobs accept in HYPERPARAMETER_TUNING mode, is not among them.

**Why it matters**: the `TimeSeriesForecastingJobConfig` reference on
`FeatureSpecificationS3Uri`: "Autopilot supports the following data types: numeric,
categorical, text, and datetime."

**Example**: `{"FeatureDataTypes": {"price": "Numeric", "promo": "boolean"}}`.

**Fix**: use one of the four types, in lower case.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_TimeSeriesForecastingJobConfig.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
