// An empty AutoMLAlgorithms list: the docs disagree on what it means.
#include "algorithms.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check_entry(const AlgorithmConfig& entry, Reporter& reporter) {
  const List<Text>& algorithms = entry.auto_ml_algorithms;
  // Absent, or not a list: the schema reports it.
  if (!algorithms.well_formed) return;
  if (!algorithms.items.empty()) return;
  reporter.report(algorithms.pointer,
                  "AutoMLAlgorithms is an empty list; the API reference says an empty list "
                  "trains the full set of algorithms of the mode, but also asks you to choose a "
                  "minimum of 1 algorithm",
                  "list the algorithms to train, or remove AlgorithmsConfig to train the full "
                  "set");
}

void check(const Request& request, Reporter& reporter) {
  // In AUTO mode AML501 asks to remove AlgorithmsConfig altogether.
  if (tabular_auto_mode(request) && reporter.deferred_to("AML501")) return;
  for (const AlgorithmConfig& entry : algorithms_config_of(request).items) {
    check_entry(entry, reporter);
  }
}

}  // namespace

extern const Rule kAlgosEmptyList{
    .info = {.id = "AML504",
             .name = "algos-empty-list",
             .severity = Severity::warning,
             .title = "An empty AutoMLAlgorithms list has no agreed meaning; list the algorithms.",
             .rationale = R"md(
**What it checks**: `AlgorithmsConfig/0/AutoMLAlgorithms` is an empty list.

**Why it matters**: the documentation contradicts itself. `AutoMLCandidateGenerationConfig`
says "If the list of algorithms provided as values for AutoMLAlgorithms is empty,
CandidateGenerationConfig uses the full set of algorithms for the given training mode", while
`AutoMLAlgorithmConfig` says "Choose a minimum of 1 algorithm". The shape allows 0 items. A
request that relies on either reading may be rejected or train something unexpected, so this is
a warning.

**Example**: `"Mode": "ENSEMBLING"` with `"AlgorithmsConfig": [{"AutoMLAlgorithms": []}]`.

**Fix**: list the algorithms to train, or remove `AlgorithmsConfig`, which the documentation
agrees trains the full set of the mode.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLCandidateGenerationConfig.html",
             .applies_to = scope::tabular | scope::v2_time_series},
    .check = check,
    .defers_to = {"AML501"},
};

}  // namespace automl_lint::rules
