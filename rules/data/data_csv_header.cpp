// Each object starts with a usable header: not empty, no blank or repeated column names.
#include <set>

#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

struct HeaderProblem {
  std::string what;  ///< Empty when the header is fine.
  std::string hint;
};

const char* const kNameColumns = "give every column a unique, non-empty name in the first row";

/// What is wrong with an object's header.
HeaderProblem header_problem(const data::DataObject& object) {
  if (!object.read) return {};  // AML803 reports it.
  if (!object.has_header) return {"is empty: it has no header row", "remove the empty object"};
  if (!object.header_complete) {
    return {
        "has a header row longer than 1 MiB (or no line break at all); its column names "
        "were not all read, so the column checks skip this object",
        "check that the object is CSV with LF or CRLF line ends"};
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < object.columns().size(); ++i) {
    const std::string& name = object.columns()[i];
    if (name.find_first_not_of(" \t\r") == std::string::npos) {
      return {concat("has a blank column name (column ", std::to_string(i + 1), " of the header)"),
              kNameColumns};
    }
    if (!seen.insert(name).second) {
      return {concat("names the column ", quote(name), " twice in its header"), kNameColumns};
    }
  }
  return {};
}

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    for (const data::DataObject& object : inspected.data.objects) {
      HeaderProblem problem = header_problem(object);
      if (problem.what.empty()) continue;
      reporter.report(uri_pointer(inspected.channel),
                      concat(detail::shorten(object.uri, 200), " ", problem.what), problem.hint);
      break;  // One per channel: a generated prefix repeats the same mistake in every file.
    }
  }
}

}  // namespace

extern const Rule kDataCsvHeader{
    .info = {.id = "AML811",
             .name = "data-csv-header",
             .severity = Severity::warning,
             .title = "An object's header is empty, or has blank or repeated column names.",
             .rationale = R"md(
**What it checks**: every object has a first row (the header, as `text/csv;header=present`
says; for Parquet, the schema), its column names are not blank and none is repeated. One report
per channel, for the first such object. A header row longer than 1 MiB (the most the linter
keeps; a file without line breaks is one long row) is reported too, and that object is left out
of every column check (target, weights, headers, feature specification) rather than judged on a
partial header. A header that "looks like data" is not flagged: real headers can be numbers.

**Why it matters**: Autopilot supports only CSV with a header row. Columns are addressed by name
(target, sample weights, feature specification); a blank or repeated name is ambiguous, and
pandas-based tooling renames repeated names silently (`x`, `x.1`). Inferred from the
`ContentType` documentation, hence a warning.

**Example**: a header `id,amount,amount,label`.

**Fix**: give each column a unique name in the first row.
)md",
             .source_url = kAutopilotDataUrl,
             .checked_by = CheckedBy::data,
             .applies_to = kTableData},
    .check = check,
};

}  // namespace automl_lint::rules
