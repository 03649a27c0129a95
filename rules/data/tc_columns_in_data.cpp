// ContentColumn and TargetLabelColumn are in the header of every object.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const TextClassificationJobConfig& config = request.text_classification;
  report_column_not_in_header(request, config.content_column, "ContentColumn", reporter);
  report_column_not_in_header(request, config.target_label_column, "TargetLabelColumn", reporter);
}

}  // namespace

extern const Rule kTcColumnsInData{
    .info = {.id = "AML850",
             .name = "tc-columns-in-data",
             .severity = Severity::error,
             .title = "ContentColumn or TargetLabelColumn is not in the data's header.",
             .rationale = R"md(
**What it checks**: the `ContentColumn` and `TargetLabelColumn` of a text classification job
are columns (matched case-sensitively) of every object of the channel: the CSV header row, or
the top-level fields of a Parquet file. One report per column and channel, naming the first
object without it, with a did-you-mean when a column is close.

**Why it matters**: the `TextClassificationJobConfig` reference: `ContentColumn` is "the name
of the column used to provide the sentences to be classified", `TargetLabelColumn` "the name
of the column used to provide the class labels". A name the data lacks fails the job, like a
tabular target missing from the header (AML812).

**Example**: `"ContentColumn": "Review"` with the header `review,sentiment`.

**Fix**: use the column names exactly as the header writes them.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_TextClassificationJobConfig.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::v2_text_classification},
    .check = check,
};

}  // namespace automl_lint::rules
