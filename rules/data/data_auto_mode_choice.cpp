// Says which mode AUTO (or an absent Mode) will choose for this data, and why.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  if (!request.data || !request.data->auto_mode.known) return;
  const TabularJobConfig& config = request.tabular;
  const data::ResolvedMode& resolved = request.data->auto_mode;
  std::string mode = config.mode.present ? "Mode 'AUTO'" : "Mode (absent, so AUTO)";
  reporter.report(config.mode.pointer,
                  concat(mode, " resolves to ", resolved.mode, ": ", resolved.reason),
                  concat("set \"Mode\": \"", resolved.mode, "\" to make the choice explicit"));
}

}  // namespace

extern const Rule kDataAutoModeChoice{
    .info = {.id = "AML816",
             .name = "data-auto-mode-choice",
             .severity = Severity::info,
             .title = "Which training mode AUTO chooses for this data.",
             .rationale = R"md(
**What it checks**: with `Mode` `AUTO` or absent, and the data read, this note says which mode
Autopilot will use: `ENSEMBLING` when the input data (all objects of all channels, stored bytes)
is under 100 MB, `HYPERPARAMETER_TUNING` otherwise, and `HYPERPARAMETER_TUNING` when Autopilot
cannot read the dataset size: a `ManifestFile` input, or more than 1000 objects under an S3
URI. (A bucket that only allows access from the job's VPC also hides the size; the linter
cannot know that.) Rules that depend on the mode (sample weights, feature types) use the
resolved mode and say so.

**Why it matters**: the two modes support different algorithms and features; knowing the
choice before the job starts avoids a surprise.

**Example**: no `Mode` and a 12 MB training file: ENSEMBLING.

**Fix**: nothing to fix; set `Mode` explicitly to pin the choice.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-model-support-validation.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
