// The training data has at least 500 rows.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request, "training")) {
    const data::ChannelData& data = inspected.data;
    // Rows of objects that could not be read are unknown; AML803 reports those.
    if (!data.complete()) continue;
    std::uint64_t rows = data.total_rows();
    if (rows >= kMinTrainingRows) continue;
    reporter.report(
        uri_pointer(inspected.channel),
        concat("The training data has ", count_of(rows, "row"), " (records after the header) in ",
               count_of(data.objects.size(), "object"), "; Autopilot requires at least 500"),
        "add training rows; the validation channel has no minimum");
  }
}

}  // namespace

extern const Rule kDataTrainMinRows{
    .info =
        {.id = "AML807",
         .name = "data-train-min-rows",
         .severity = Severity::error,
         .title = "The training data has fewer than 500 rows.",
         .rationale = R"md(
**What it checks**: the rows of all objects of the training channel add up to at least 500.
CSV rows are records: the header row is not one, a quoted field may hold line breaks (one
record over several lines), CRLF line ends count like LF, and blank lines are skipped. Parquet
rows come from each file's footer. Skipped when an object could not be read (AML803).

**Why it matters**: the `CreateAutoMLJob` reference: "A minimum of 500 rows is required for the
training dataset. There is not a minimum number of rows required for the validation dataset."
Whether the minimum applies before or after the `ValidationFraction` split is not documented;
this rule counts before it.

**Example**: a training file of 499 data rows below its header.

**Fix**: add rows, or move rows from the validation channel to the training channel.
)md",
         .source_url =
             "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAutoMLJob.html",
         .checked_by = CheckedBy::data,
         .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
