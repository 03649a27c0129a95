// The feature specification never lists the target column.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const V1Request& request, Reporter& reporter) {
  const data::FeatureSpec* spec = feature_spec(request);
  if (!spec) return;
  std::vector<std::string> listed = listed_features(*spec);
  std::vector<std::string> reported;
  for (const Channel& channel : request.input_data_config.items) {
    const Text& target = channel.target_attribute_name;
    if (!target.has_value() || !contains(listed, *target) || contains(reported, *target)) continue;
    reported.push_back(*target);
    reporter.report(
        feature_spec_pointer(request),
        concat("The feature specification ", detail::shorten(spec->uri, 200),
               " lists the target column ", quote(*target), "; the target must not be a feature"),
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
             .checked_by = CheckedBy::data},
    .check = check,
};

}  // namespace automl_lint::rules
