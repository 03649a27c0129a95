// The sample weight column is not a feature.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const data::FeatureSpec* spec = feature_spec(request);
  if (!spec) return;
  for (const std::string& name : channel_columns_listed(request, *spec, &Request::weight_for)) {
    reporter.report(feature_spec_pointer(request),
                    concat("The feature specification ", detail::shorten(spec->uri, 200),
                           " lists the sample weight column ", quote(name),
                           ", which is not a predictive feature"),
                    "remove the weight column from the feature specification");
  }
}

}  // namespace

extern const Rule kFeatspecExcludesWeight{
    .info = {.id = "AML826",
             .name = "featspec-excludes-weight",
             .severity = Severity::warning,
             .title = "The feature specification lists the sample weight column.",
             .rationale = R"md(
**What it checks**: the `SampleWeightAttributeName` appears neither in `FeatureAttributeNames`
nor among the keys of `FeatureDataTypes`.

**Why it matters**: the `AutoMLChannel` reference: the weight column "is not considered as a
predictive feature"; listing it as one contradicts that (what the service does then is not
documented, hence a warning).

**Example**: `{"FeatureAttributeNames": ["age", "weight"]}` with
`"SampleWeightAttributeName": "weight"`.

**Fix**: remove the weight column from the feature specification.
)md",
             .source_url = kAutopilotDataUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
