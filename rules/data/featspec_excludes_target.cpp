// The feature specification never lists the target column.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const data::FeatureSpec* spec = feature_spec(request);
  if (!spec) return;
  for (const std::string& name : channel_columns_listed(request, *spec, &Request::target_for)) {
    reporter.report(
        feature_spec_pointer(request),
        concat("The feature specification ", detail::shorten(spec->uri, 200),
               " lists the target column ", quote(name), "; the target must not be a feature"),
        "remove the target column from FeatureAttributeNames and FeatureDataTypes");
  }
}

}  // namespace

extern const Rule kFeatspecExcludesTarget{
    .info = {.id = "AML825",
             .name = "featspec-excludes-target",
             .severity = Severity::error,
             .title = "The feature specification lists the target column.",
             .rationale = R"md(
**What it checks**: the `TargetAttributeName` appears neither in `FeatureAttributeNames` nor
among the keys of `FeatureDataTypes`.

**Why it matters**: the `AutoMLCandidateGenerationConfig` reference: the list of features "must
not include the target column".

**Example**: `{"FeatureAttributeNames": ["age", "label"]}` with `"TargetAttributeName": "label"`.

**Fix**: remove the target column from the feature specification.
)md",
             .source_url = kFeatureSpecUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
