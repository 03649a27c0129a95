// Text generation data of fewer than 1,000 rows is below the recommended minimum.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::uint64_t kRecommendedRows = 1000;

void check(const Request& request, Reporter& reporter) {
  const std::string* pointer = dataset_pointer(request);
  if (!pointer) return;
  RowTotal total = rows_of_all_channels(request);
  // Rows of objects that could not be read are unknown; AML803 reports those.
  if (!total.exact || total.rows >= kRecommendedRows) return;
  reporter.report(
      *pointer,
      concat("The text generation data has ", count_of(total.rows, "row"), " in ",
             count_of(total.objects, "object"),
             total.channels > 1 ? " (training and validation together)" : "",
             "; the documentation recommends at least 1000 for fine-tuning to learn well"),
      "add prompt and answer pairs, up to the base model's row limit");
}

}  // namespace

extern const Rule kTgDataMinRows{
    .info = {.id = "AML842",
             .name = "tg-data-min-rows",
             .severity = Severity::warning,
             .title = "Text generation data has fewer than 1,000 rows.",
             .rationale = R"md(
**What it checks**: the rows of all objects of both channels of a text generation job add up
to at least 1,000 (CSV records after the header, Parquet `num_rows`). Skipped when an object
could not be read (AML803).

**Why it matters**: the fine-tuning data format page: "We recommend using datasets with a
minimum of 1000 rows to ensure optimal learning and performance of the model." A
recommendation, hence a warning. With the default model, `Falcon7BInstruct`, whose limit is
1,000 rows (AML841), exactly 1,000 rows is the only count that meets both.

**Example**: 400 prompt and answer pairs.

**Fix**: add rows, up to the base model's row limit.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-llms-finetuning-data-format.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::v2_text_generation},
    .check = check,
};

}  // namespace automl_lint::rules
