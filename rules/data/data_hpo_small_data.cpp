// HYPERPARAMETER_TUNING chosen for a dataset under 100 MB, where ENSEMBLING is recommended.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const Text& mode = request.tabular.mode;
  if (!request.data || !mode.is("HYPERPARAMETER_TUNING")) return;
  std::optional<std::uint64_t> bytes = request.data->input_bytes();
  if (!bytes || *bytes >= data::kAutoModeThreshold) return;
  reporter.report(
      mode.pointer,
      concat("Mode is 'HYPERPARAMETER_TUNING' for input data of ", data::format_bytes(*bytes),
             "; for datasets under 100 MB the documentation recommends ENSEMBLING"),
      "consider \"Mode\": \"ENSEMBLING\" (or AUTO, which chooses it here)");
}

}  // namespace

extern const Rule kDataHpoSmallData{
    .info = {.id = "AML817",
             .name = "data-hpo-small-data",
             .severity = Severity::info,
             .title = "HYPERPARAMETER_TUNING is set for a dataset under 100 MB.",
             .rationale = R"md(
**What it checks**: `Mode` is `HYPERPARAMETER_TUNING` while all input data (stored bytes) is
under 100 MB.

**Why it matters**: the training-modes page has `AUTO` choose `ENSEMBLING` below 100 MB, the
mode it finds better suited to small data; a note, not a mistake.

**Example**: `"Mode": "HYPERPARAMETER_TUNING"` with a 5 MB CSV file.

**Fix**: none needed; consider `ENSEMBLING`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-model-support-validation.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
