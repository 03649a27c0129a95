// With both keys, FeatureDataTypes only types columns that FeatureAttributeNames lists.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const data::FeatureSpec* spec = feature_spec(request);
  if (!spec || !spec->has_names || !spec->has_types) return;
  std::vector<std::string> unlisted;
  for (const auto& [name, type] : spec->types) {
    if (!contains(spec->names, name) && !contains(unlisted, name)) unlisted.push_back(name);
  }
  if (unlisted.empty()) return;
  reporter.report(feature_spec_pointer(request),
                  concat("The feature specification ", detail::shorten(spec->uri, 200),
                         " gives FeatureDataTypes for ", name_list(unlisted),
                         ", which FeatureAttributeNames does not list"),
                  "add them to FeatureAttributeNames, or remove their types");
}

}  // namespace

extern const Rule kFeatspecTypesKeysSubset{
    .info = {.id = "AML824",
             .name = "featspec-types-keys-subset",
             .severity = Severity::error,
             .title = "FeatureDataTypes types a column FeatureAttributeNames does not list.",
             .rationale = R"md(
**What it checks**: when the feature specification has both keys, every key of
`FeatureDataTypes` is in `FeatureAttributeNames`. (With only `FeatureDataTypes`, its keys must
be columns of the data: AML823.)

**Why it matters**: the `AutoMLCandidateGenerationConfig` reference: with both, the column
names in `FeatureDataTypes` must be a subset of those in `FeatureAttributeNames`.

**Example**: `{"FeatureAttributeNames": ["age"], "FeatureDataTypes": {"city": "categorical"}}`.

**Fix**: list the typed column in `FeatureAttributeNames`, or drop its type.
)md",
             .source_url = kFeatureSpecUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular | scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
