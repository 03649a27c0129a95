// All objects of a channel share one header, and validation data has the training header.
#include <set>

#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

/// "lacks 'a'; has the extra column 'b'", or empty when both hold the same names.
std::string difference(const std::vector<std::string>& expected,
                       const std::vector<std::string>& actual) {
  std::vector<std::string> lacking;
  std::vector<std::string> extra;
  for (const std::string& name : expected) {
    if (!contains(actual, name)) lacking.push_back(name);
  }
  for (const std::string& name : actual) {
    if (!contains(expected, name)) extra.push_back(name);
  }
  std::string text;
  if (!lacking.empty()) text = concat("lacks ", name_list(lacking));
  if (!extra.empty()) {
    text += concat(text.empty() ? "" : " and ", "has the extra ",
                   extra.size() == 1 ? "column " : "columns ", name_list(extra));
  }
  return text;
}

/// Reports `object` against the `reference` header; true when it reported.
bool compare(const data::DataObject& reference, const data::DataObject& object,
             const std::string& pointer, std::string_view what, Reporter& reporter) {
  if (object.columns() == reference.columns()) return false;
  std::string differs = difference(reference.columns(), object.columns());
  std::string subject = concat(detail::shorten(object.uri, 200), " (", what, ")");
  std::string against = concat(detail::shorten(reference.uri, 200));
  if (differs.empty()) {
    reporter.report(Severity::warning, pointer,
                    concat(subject, " has the columns of ", against,
                           " in another order: ", name_list(object.columns())),
                    "write the columns in the same order in every file");
  } else {
    reporter.report(pointer, concat(subject, " ", differs, " compared with ", against),
                    "give every file the same header");
  }
  return true;
}

void check_within(const InspectedChannel& inspected, Reporter& reporter) {
  const data::DataObject* reference = first_with_columns(inspected.data);
  if (!reference) return;
  for (const data::DataObject& object : inspected.data.objects) {
    if (!object.has_header || !object.header_complete || &object == reference) continue;
    // One report per channel: the first file that differs says enough.
    if (compare(*reference, object, uri_pointer(inspected.channel), "same channel", reporter))
      return;
  }
}

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    check_within(inspected, reporter);
  }
  auto training = inspected_channels(request, "training");
  auto validation = inspected_channels(request, "validation");
  if (training.size() != 1 || validation.size() != 1) return;
  const data::DataObject* train_header = first_with_columns(training[0].data);
  const data::DataObject* validation_header = first_with_columns(validation[0].data);
  if (!train_header || !validation_header) return;
  compare(*train_header, *validation_header, uri_pointer(validation[0].channel), "validation data",
          reporter);
}

}  // namespace

extern const Rule kDataHeadersEqual{
    .info = {.id = "AML813",
             .name = "data-headers-equal",
             .severity = Severity::error,
             .title = "Objects of one dataset do not share one header.",
             .rationale = R"md(
**What it checks**: every object of a channel has the header (CSV) or top-level fields
(Parquet) of the channel's first object, and the validation channel's header equals the
training channel's. The same names in another order give a warning; a missing or extra
column an error.

**Why it matters**: the `AutoMLChannel` reference: "A validation dataset must contain the same
headers as the training dataset." Files of one prefix are read as one table, so they need one
header too.

**Example**: a validation file with a `region` column the training data does not have.

**Fix**: write the same header, in the same order, in every file.
)md",
             .source_url = kAutopilotDataUrl,
             .checked_by = CheckedBy::data,
             .applies_to = kTableData},
    .check = check,
};

}  // namespace automl_lint::rules
