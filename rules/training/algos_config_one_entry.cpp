// A provided AlgorithmsConfig holds exactly one AutoMLAlgorithms entry.
#include "algorithms.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const auto& algorithms = algorithms_config_of(request);
  if (!algorithms.well_formed) return;  // Absent, or of a kind the schema reports.
  // More than one entry breaks the shape (AML108).
  if (!algorithms.items.empty()) return;
  // In AUTO mode AML501 asks to remove AlgorithmsConfig altogether.
  if (tabular_auto_mode(request) && reporter.deferred_to("AML501")) return;
  reporter.report(algorithms.pointer,
                  "AlgorithmsConfig is an empty list; when it is provided, exactly one entry "
                  "with AutoMLAlgorithms must be set",
                  "add one {\"AutoMLAlgorithms\": [...]} entry, or remove AlgorithmsConfig to "
                  "train every algorithm of the mode");
}

}  // namespace

extern const Rule kAlgosConfigOneEntry{
    .info = {.id = "AML502",
             .name = "algos-config-one-entry",
             .severity = Severity::error,
             .title = "A provided AlgorithmsConfig must hold exactly one AutoMLAlgorithms entry.",
             .rationale = R"md(
**What it checks**: `AutoMLJobConfig/CandidateGenerationConfig/AlgorithmsConfig` is not an
empty list. (Two or more entries break the list size limit of the shape, AML108.)

**Why it matters**: the API reference says "When AlgorithmsConfig is provided, one
AutoMLAlgorithms attribute must be set and one only". The shape allows 0 to 1 entries, so the
schema alone accepts `[]`.

**Example**: `"Mode": "ENSEMBLING"` with `"AlgorithmsConfig": []`.

**Fix**: add one entry, `[{"AutoMLAlgorithms": ["xgboost", "lightgbm"]}]`, or remove
`AlgorithmsConfig` to train every algorithm of the mode.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLCandidateGenerationConfig.html",
             .applies_to = scope::tabular | scope::v2_time_series},
    .check = check,
    .defers_to = {"AML501"},
};

}  // namespace automl_lint::rules
