// Text generation data has exactly the two columns `input` and `output`.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

const std::vector<std::string> kColumns = {"input", "output"};

bool has_exactly_the_columns(const data::DataObject& object) {
  const auto& columns = object.columns();
  return columns.size() == 2 && contains(columns, "input") && contains(columns, "output");
}

/// "lacks 'output' and has the extra column 'id'".
std::string difference(const std::vector<std::string>& columns) {
  std::vector<std::string> lacking;
  std::vector<std::string> extra;
  for (const std::string& name : kColumns) {
    if (!contains(columns, name)) lacking.push_back(name);
  }
  for (const std::string& name : columns) {
    if (!contains(kColumns, name) && !contains(extra, name)) extra.push_back(name);
  }
  std::string text;
  if (!lacking.empty()) text = concat("lacks ", name_list(lacking));
  if (!extra.empty()) {
    text += concat(text.empty() ? "" : " and ", "has the extra ",
                   extra.size() == 1 ? "column " : "columns ", name_list(extra));
  }
  return text.empty() ? concat("repeats a column (", name_list(columns), ")") : text;
}

std::string hint_for(const std::vector<std::string>& columns) {
  for (const std::string& name : kColumns) {
    if (contains(columns, name)) continue;
    if (auto guess = detail::did_you_mean(name, columns)) {
      return concat("rename ", quote(*guess), " to '", name, "' (column names are case-sensitive)");
    }
  }
  return "write the prompts in a column 'input' and the answers in a column 'output', and "
         "remove every other column";
}

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    const data::DataObject* first = nullptr;
    std::size_t count = 0;
    for (const data::DataObject& object : inspected.data.objects) {
      // Objects without a header, or with one cut at 1 MiB, are AML811's.
      if (!object.has_header || !object.header_complete || has_exactly_the_columns(object)) {
        continue;
      }
      if (count++ == 0) first = &object;
    }
    if (!first) continue;
    std::string others = count > 1 ? concat(" (", count_of(count - 1, "more object"), " too)") : "";
    reporter.report(uri_pointer(inspected.channel),
                    concat(detail::shorten(first->uri, 200), " ", difference(first->columns()),
                           "; text generation data has exactly the two columns 'input' and "
                           "'output'",
                           others),
                    hint_for(first->columns()));
  }
}

}  // namespace

extern const Rule kTgDataColumns{
    .info = {.id = "AML840",
             .name = "tg-data-columns",
             .severity = Severity::error,
             .title = "Text generation data does not have exactly the columns input and output.",
             .rationale = R"md(
**What it checks**: every object of a text generation (LLM fine-tuning) job has exactly two
columns, named `input` and `output` (case-sensitive, in either order): the CSV header row, or
the top-level fields of a Parquet file. One report per channel, naming the first object that
differs and how many more do.

**Why it matters**: the fine-tuning data format page: "The dataset must contain exactly two
comma-separated and named columns, input and output. Autopilot does not allow any additional
columns."

**Example**: a header `prompt,completion`, or `id,input,output`.

**Fix**: name the prompt column `input` and the answer column `output`, and drop the others.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-llms-finetuning-data-format.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::v2_text_generation},
    .check = check,
};

}  // namespace automl_lint::rules
