// The rows of both channels together are within the base model's row limit.
#include "../text_generation/base_models.hpp"
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const Text& name = request.text_generation.base_model_name;
  auto model_name = request.text_generation.effective_base_model_name();
  // An unknown model is the base-model rule's.
  const BaseModel* model = model_name ? find_base_model(*model_name) : nullptr;
  const std::string* pointer = dataset_pointer(request);
  if (!model || !pointer) return;
  RowTotal total = rows_of_all_channels(request);
  // An incomplete count is a lower bound: over the limit is still over it.
  if (total.rows <= model->row_limit) return;
  std::string which = name.present ? concat("the base model ", model->name)
                                   : concat(model->name,
                                            " (the default base model, as "
                                            "BaseModelName is absent)");
  reporter.report(
      *pointer,
      concat("The text generation data has ", total.exact ? "" : "at least ",
             count_of(total.rows, "row"), " in ", count_of(total.objects, "object"),
             total.channels > 1 ? " (training and validation together)" : "", "; ", which,
             " accepts at most ", std::to_string(model->row_limit), " rows, and the job fails"),
      concat("keep at most ", std::to_string(model->row_limit),
             " rows, or choose a base model "
             "with a higher limit (most accept 10000)"));
}

}  // namespace

extern const Rule kTgDataRowLimit{
    .info = {.id = "AML841",
             .name = "tg-data-row-limit",
             .severity = Severity::error,
             .title = "Text generation data has more rows than the base model accepts.",
             .rationale = R"md(
**What it checks**: the rows of every object of both channels (training and validation)
together are at most the row limit of the `BaseModelName`: 1,000 for `Falcon7B` and
`Falcon7BInstruct`, 7,000 for `Llama2-13B` and `Llama2-13BChat`, 10,000 for the others (the
table is rules/text_generation/base_models.def). Without `BaseModelName` the default model,
`Falcon7BInstruct`, applies, and the message says so. Rows are CSV records after the header
(a quoted field may span lines) and Parquet `num_rows`. When an object could not be read the
count is a lower bound, still reported when it is over the limit. An unknown model name is
left to the base-model rule.

**Why it matters**: the fine-tuning data format page: "The limits on the number of rows in a
dataset apply to the cumulative count of rows across all files within the dataset ... the
limit applies to the total number of rows across all datasets within both channels. When the
number of rows exceeds the threshold, the job fails with a validation error."

**Example**: 1,200 rows without `BaseModelName` (Falcon7BInstruct: at most 1,000).

**Fix**: sample the data down to the limit, or choose a model with a higher one.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-llms-finetuning-data-format.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::v2_text_generation},
    .check = check,
};

}  // namespace automl_lint::rules
