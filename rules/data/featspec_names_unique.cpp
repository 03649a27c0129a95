// The feature specification names each column once.
#include <set>

#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

std::vector<std::string> repeated(const std::vector<std::string>& names) {
  std::set<std::string> seen;
  std::set<std::string> reported;
  std::vector<std::string> result;
  for (const std::string& name : names) {
    if (!seen.insert(name).second && reported.insert(name).second) result.push_back(name);
  }
  return result;
}

void report_repeated(const Request& request, const data::FeatureSpec& spec, std::string_view key,
                     const std::vector<std::string>& names, Reporter& reporter) {
  std::vector<std::string> twice = repeated(names);
  if (twice.empty()) return;
  reporter.report(feature_spec_pointer(request),
                  concat("The feature specification ", detail::shorten(spec.uri, 200), " lists ",
                         name_list(twice), " more than once in ", key),
                  "list each column once");
}

void check(const Request& request, Reporter& reporter) {
  const data::FeatureSpec* spec = feature_spec(request);
  if (!spec) return;
  std::vector<std::string> type_names;
  for (const auto& [name, type] : spec->types) type_names.push_back(name);
  report_repeated(request, *spec, "FeatureAttributeNames", spec->names, reporter);
  report_repeated(request, *spec, "FeatureDataTypes", type_names, reporter);
}

}  // namespace

extern const Rule kFeatspecNamesUnique{
    .info = {.id = "AML822",
             .name = "featspec-names-unique",
             .severity = Severity::error,
             .title = "The feature specification lists a column twice.",
             .rationale = R"md(
**What it checks**: `FeatureAttributeNames` holds each name once (case-sensitive), and
`FeatureDataTypes` has no repeated key (JSON allows repeated keys; which one wins is up to the
reader).

**Why it matters**: the `AutoMLCandidateGenerationConfig` reference: "a list of strings
containing unique values".

**Example**: `{"FeatureAttributeNames": ["age", "age"]}`.

**Fix**: list each column once.
)md",
             .source_url = kFeatureSpecUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular | scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
