// futurefill on the target column fills the values the model is to forecast.
#include "filling.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

using namespace filling;

void check(const Request& request, Reporter& reporter) {
  const std::string* target = target_column(request);
  if (!target) return;
  const auto& filling = request.time_series.filling;
  const auto* column = filling.well_formed ? filling.find(*target) : nullptr;
  if (!column || !column->value.well_formed) return;
  const auto* futurefill = column->value.find(kFuturefill);
  if (!futurefill) return;
  reporter.add(Report{
      .severity = Severity::warning,
      .pointer = futurefill->value.pointer,
      .message = message("futurefill is set for the target column {}: future filling covers "
                         "the forecast horizon, whose target values are what the model predicts",
                         user_text(*target)),
      .hint = "remove futurefill from the target column; future filling is meant for related "
              "numeric columns (known future values such as prices or promotions)",
      .at_key = true,
  });
}

}  // namespace

extern const Rule kTsFuturefillNotTarget{
    .info = {.id = "AML910",
             .name = "ts-futurefill-not-target",
             .severity = Severity::warning,
             .title = "futurefill should not be set for the target column.",
             .rationale = R"md(
**What it checks**: the target column's entry in `Transformations.Filling` (the column named
by `TimeSeriesConfig.TargetAttributeName`) has no `futurefill`.

**Why it matters**: future filling "fills any missing values between the last recorded data
point among all items and the end of the forecast horizon": for the target these are the values
to forecast. The developer guide's filling guidelines list middle and back filling for the
target column, and future filling only for the other numeric columns; the API reference does
not restrict `futurefill` to a column, so this is a warning, inferred from those guidelines.

**Example**: `"Filling": {"demand": {"futurefill": "zero"}}` where `demand` is the target.

**Fix**: remove `futurefill` from the target column; keep it for related columns whose future
values are known, such as a price or a promotion flag.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "timeseries-forecasting-data-format.html",
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
