// The feature specification file holds only FeatureAttributeNames and FeatureDataTypes.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  if (!request.data || !request.data->feature_spec.requested) return;
  const data::FeatureSpec& spec = request.data->feature_spec;
  if (spec.shape_errors.empty()) return;
  std::string more =
      spec.shape_errors.size() > 1
          ? concat(" (and ", count_of(spec.shape_errors.size() - 1, "more problem"), ")")
          : "";
  reporter.report(
      feature_spec_pointer(request),
      concat("The feature specification ", detail::shorten(spec.uri, 200), ": ",
             spec.shape_errors.front(), more),
      R"(write {"FeatureAttributeNames": ["col", ...], "FeatureDataTypes": {"col": "numeric"}})");
}

}  // namespace

extern const Rule kFeatspecJsonShape{
    .info = {.id = "AML821",
             .name = "featspec-json-shape",
             .severity = Severity::error,
             .title = "The feature specification file does not have the documented shape.",
             .rationale = R"md(
**What it checks**: the object `FeatureSpecificationS3Uri` names is JSON: an object whose only
keys are `FeatureAttributeNames` (an array of strings) and `FeatureDataTypes` (an object of
column name to type string), at least one of them. Key names are case-sensitive.

**Why it matters**: the `AutoMLCandidateGenerationConfig` reference fixes these key names
("The key name FeatureAttributeNames is fixed"); a file Autopilot cannot read fails the job.

**Example**: `{"featureAttributeNames": ["age"]}`.

**Fix**: `{"FeatureAttributeNames": ["age", "income"], "FeatureDataTypes": {"age": "numeric"}}`.
)md",
             .source_url = kFeatureSpecUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular | scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
