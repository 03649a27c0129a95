// AlgorithmsConfig chooses algorithms for ENSEMBLING or HYPERPARAMETER_TUNING, never for AUTO.
#include "algorithms.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const TabularJobConfig& config = request.tabular;
  const auto& algorithms = config.algorithms_config;
  if (!algorithms.well_formed) return;  // Absent, or of a kind the schema reports.
  if (!auto_or_absent_mode(config)) return;
  if (config.mode.present) {
    reporter.report(algorithms.pointer,
                    "AlgorithmsConfig must not be set when Mode is 'AUTO'; algorithms can be "
                    "chosen only for 'ENSEMBLING' or 'HYPERPARAMETER_TUNING'",
                    "remove AlgorithmsConfig, or set \"Mode\" to \"ENSEMBLING\" or "
                    "\"HYPERPARAMETER_TUNING\"");
    return;
  }
  reporter.report(Severity::warning, algorithms.pointer,
                  "AlgorithmsConfig is set but Mode is absent, which behaves like 'AUTO' "
                  "(Autopilot picks the mode from the dataset size); AlgorithmsConfig must not "
                  "be set in AUTO mode",
                  "set \"Mode\" to the mode the algorithms belong to, \"ENSEMBLING\" or "
                  "\"HYPERPARAMETER_TUNING\"");
}

}  // namespace

extern const Rule kAlgosNotWithAuto{
    .info = {.id = "AML501",
             .name = "algos-not-with-auto",
             .severity = Severity::error,
             .title = "AlgorithmsConfig must not be set when the training mode is AUTO.",
             .rationale = R"md(
**What it checks**: `AutoMLJobConfig/CandidateGenerationConfig/AlgorithmsConfig` is present while
`AutoMLJobConfig/Mode` is `AUTO` (error) or absent (warning: an absent mode behaves like `AUTO`,
but AWS does not say whether the service rejects it then).

**Why it matters**: the algorithms to choose from depend on the training mode, and in `AUTO`
mode Autopilot only picks that mode from the dataset size when the job runs. The API reference
says "AlgorithmsConfig should not be set if the training mode is set on AUTO".

**Example**: `"Mode": "AUTO"` with `"AlgorithmsConfig": [{"AutoMLAlgorithms": ["xgboost"]}]`.

**Fix**: set `Mode` to `ENSEMBLING` or `HYPERPARAMETER_TUNING` (the mode whose list the
algorithms come from), or remove `AlgorithmsConfig` to let `AUTO` train its default set.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLCandidateGenerationConfig.html",
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
