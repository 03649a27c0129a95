// A ValidationFraction of 0.5 or more leaves less data for training than for validation.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const Number& fraction = request.data_split_config.validation_fraction;
  // At 1 or more the documented bound is broken (AML301); with a validation channel the
  // fraction must go altogether (AML307).
  if (!fraction.has_value() || *fraction < 0.5 || *fraction >= 1) return;
  if (!request.channels_of_type("validation").empty()) return;
  // A forecasting job must not set DataSplitConfig at all.
  if (request.problem == ProblemKind::time_series && reporter.deferred_to("AML913")) return;
  reporter.report(fraction.pointer,
                  message("ValidationFraction {} keeps half or more of the data for validation; "
                          "AWS recommends less than 0.5",
                          *fraction),
                  "use a fraction such as 0.2 (the default)");
}

}  // namespace

extern const Rule kSplitFractionRecommended{
    .info = {.id = "AML308",
             .name = "split-fraction-recommended",
             .severity = Severity::warning,
             .title = "ValidationFraction should be less than 0.5.",
             .rationale = R"md(
**What it checks**: `AutoMLJobConfig.DataSplitConfig.ValidationFraction` is below 0.5. In a
time-series forecasting job, where `DataSplitConfig` must not be set, AML913 reports it instead
(while enabled).

**Why it matters**: the API reference of `AutoMLDataSplitConfig` recommends a value "less than
0.5": the model trains on the rest, and starving training to grow validation rarely helps.

**Example**: `"ValidationFraction": 0.7`.

**Fix**: use a smaller fraction; the default is 0.2.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLDataSplitConfig.html",
             .applies_to = scope::all},
    .check = check,
    .defers_to = {"AML913"},
};

}  // namespace automl_lint::rules
