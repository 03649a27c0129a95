// Every column the feature specification names is a column of the data.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const data::FeatureSpec* spec = feature_spec(request);
  const data::DataObject* data = training_columns(request);
  if (!spec || !data) return;
  // With both keys, FeatureDataTypes is checked against FeatureAttributeNames (AML824).
  std::vector<std::string> names = spec->has_names ? spec->names : listed_features(*spec);
  std::vector<std::string> absent;
  for (const std::string& name : names) {
    if (!contains(data->columns(), name) && !contains(absent, name)) absent.push_back(name);
  }
  if (absent.empty()) return;
  auto guess = detail::did_you_mean(absent.front(), data->columns());
  reporter.report(feature_spec_pointer(request),
                  concat("The feature specification ", detail::shorten(spec->uri, 200), " names ",
                         absent.size() == 1 ? "a column" : "columns",
                         " the data does not have: ", name_list(absent), " (",
                         detail::shorten(data->uri, 200), " has ", name_list(data->columns()), ")"),
                  guess ? concat("did you mean ", quote(*guess), "? (names are case-sensitive)")
                        : "list only columns of the input data");
}

}  // namespace

extern const Rule kFeatspecNamesInData{
    .info = {.id = "AML823",
             .name = "featspec-names-in-data",
             .severity = Severity::error,
             .title = "The feature specification names a column the data does not have.",
             .rationale = R"md(
**What it checks**: every name in `FeatureAttributeNames` (or, when only `FeatureDataTypes` is
given, each of its keys) is a column of the training data, matched case-sensitively against
the header of the first training object.

**Why it matters**: the `AutoMLCandidateGenerationConfig` reference: the names are "a subset of
the column names in the input data" (case-sensitive); a name the data lacks selects nothing.

**Example**: `["Age"]` for a header `age,income,label`.

**Fix**: copy the names from the header.
)md",
             .source_url = kFeatureSpecUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular | scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
