// ValidationFraction must not be set when a validation channel is given.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const Number& fraction = request.data_split_config.validation_fraction;
  if (!fraction.present) return;
  auto validation = request.channels_of_type("validation");
  if (validation.empty()) return;
  // A forecasting job must not set DataSplitConfig at all.
  if (request.problem == ProblemKind::time_series && reporter.deferred_to("AML913")) return;
  reporter.report(fraction.pointer,
                  message("ValidationFraction must not be set when a validation channel is given "
                          "({}); setting it causes an error",
                          std::string_view(validation.front()->pointer)),
                  "remove DataSplitConfig.ValidationFraction, or the validation channel");
}

}  // namespace

extern const Rule kSplitFractionWithValidationChannel{
    .info = {.id = "AML307",
             .name = "split-fraction-with-validation-channel",
             .severity = Severity::error,
             .title = "ValidationFraction must not be set together with a validation channel.",
             .rationale = R"md(
**What it checks**: `AutoMLJobConfig.DataSplitConfig.ValidationFraction` is absent when
`InputDataConfig` has a channel of type `validation`. In a time-series forecasting job, where
`DataSplitConfig` must not be set, AML913 reports it instead (while enabled).

**Why it matters**: the developer guide: with a separate validation data source "you must not
set" `ValidationFraction`; "setting this value causes an error".

**Example**: a training and a validation channel, and `"ValidationFraction": 0.2`.

**Fix**: keep either the validation channel or the fraction, not both.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-automate-model-development-create-experiment.html",
             .applies_to = scope::all},
    .check = check,
    .defers_to = {"AML913"},
};

}  // namespace automl_lint::rules
