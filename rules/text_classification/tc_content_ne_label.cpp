// The text to classify and its label are different columns.
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const Text& content = request.text_classification.content_column;
  const Text& label = request.text_classification.target_label_column;
  // Two empty names are the schema's (minimum length 1).
  if (!content.has_value() || !label.has_value() || content->empty()) return;
  if (*content != *label) return;
  reporter.report(label.pointer,
                  message("ContentColumn and TargetLabelColumn both name the column {}; the "
                          "text to classify cannot be its own label",
                          label),
                  "set TargetLabelColumn to the column that holds the class labels");
}

}  // namespace

extern const Rule kTcContentNeLabel{
    .info = {.id = "AML961",
             .name = "tc-content-ne-label",
             .severity = Severity::error,
             .title = "ContentColumn and TargetLabelColumn must name different columns.",
             .rationale = R"md(
**What it checks**: in `TextClassificationJobConfig`, `ContentColumn` and `TargetLabelColumn`
differ (compared exactly, as column names are).

**Why it matters**: the API reference of `TextClassificationJobConfig` says of each that it
"should not be the same" as the other: one column holds the sentences to classify, the other
their class labels. A model cannot learn to predict a column from itself.

**Example**: `"ContentColumn": "text", "TargetLabelColumn": "text"`.

**Fix**: point `TargetLabelColumn` at the label column (and `ContentColumn` at the text).
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_TextClassificationJobConfig.html",
             .applies_to = scope::v2_text_classification},
    .check = check,
};

}  // namespace automl_lint::rules
