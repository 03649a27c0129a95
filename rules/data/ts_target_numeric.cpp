// The time-series target column holds numbers (empty values allowed).
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

struct TargetTally {
  std::uint64_t rows = 0;         ///< Rows of the objects that have the column.
  std::uint64_t not_numeric = 0;  ///< Text that is not a number, NA markers excluded.
  std::uint64_t na_markers = 0;   ///< `NaN`, `NA`, `null`, ...
  const data::DataObject* first_not_numeric = nullptr;
  const data::DataObject* first_na_marker = nullptr;
};

TargetTally tally(const data::ChannelData& data) {
  TargetTally tally;
  for (const data::DataObject& object : data.objects) {
    const data::ColumnValueStats& values = object.values;
    if (!values.column_found) continue;
    tally.rows += object.rows;
    tally.not_numeric += values.not_numeric - values.na_markers;
    tally.na_markers += values.na_markers;
    if (!tally.first_not_numeric && values.first_not_numeric.found()) {
      tally.first_not_numeric = &object;
    }
    if (!tally.first_na_marker && values.first_na_marker.found()) tally.first_na_marker = &object;
  }
  return tally;
}

std::string example(const data::DataObject& object, const data::ValueExample& value) {
  return concat("first: ", quote(value.value), " in record ", std::to_string(value.record), " of ",
                detail::shorten(object.uri, 200));
}

void check_channel(const InspectedChannel& inspected, const Text& target, Reporter& reporter) {
  // The inspection tallied this column's values (CSV only; Parquet values are not read).
  if (inspected.data.value_column != *target) return;
  TargetTally counts = tally(inspected.data);
  if (counts.first_not_numeric) {
    reporter.report(
        target.pointer,
        concat(
            std::to_string(counts.not_numeric), " of ", count_of(counts.rows, "row"),
            " have a value in the target column ", quote(*target), " that is not a number (",
            example(*counts.first_not_numeric, counts.first_not_numeric->values.first_not_numeric),
            "); the target of a time-series forecast must be numeric"),
        "write numbers in the target column, and leave it empty where the value is unknown");
    return;
  }
  if (!counts.first_na_marker) return;
  reporter.report(
      Severity::warning, target.pointer,
      concat(std::to_string(counts.na_markers), " of ", count_of(counts.rows, "row"),
             " write a missing target value as a marker such as 'NaN' or 'NA' (",
             example(*counts.first_na_marker, counts.first_na_marker->values.first_na_marker),
             "); the documentation requires a numeric target and does not say such markers are "
             "read as missing"),
      "leave the value empty where the target is unknown");
}

void check(const Request& request, Reporter& reporter) {
  const Text& target = request.time_series.time_series_config.target_attribute_name;
  if (!target.has_value()) return;
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    check_channel(inspected, target, reporter);
  }
}

}  // namespace

extern const Rule kTsTargetNumeric{
    .info =
        {.id = "AML831",
         .name = "ts-target-numeric",
         .severity = Severity::error,
         .title = "The time-series target column holds values that are not numbers.",
         .rationale = R"md(
**What it checks**: in CSV objects, every value of the `TimeSeriesConfig` target column is a
finite decimal number (`12`, `-3.5`, `1e3`; spaces around it allowed) or empty. Empty values
are allowed wherever they are: rows dated after the last observation (for known future
covariates) have no target, and gaps in the history are filled (the target is middle- and
back-filled with 0 by default); the linter does not compare timestamps to tell the two apart.
A value that is not a number is an error, reported with how many there are and the
first one. Values that pandas reads as missing (`NaN`, `NA`, `N/A`, `null`, `None`, ...) give a
warning instead: the documentation does not say whether Autopilot reads them as missing. The
scan reads the column in the same pass that counts the rows. Parquet values are not read (that
needs the data pages, not only the footer); objects without the column are AML830's.

**Why it matters**: the `TimeSeriesConfig` reference: "The data type of the target variable
must be numerical." The time-series format page: "The data type of the target column must be
numeric."

**Example**: a `demand` column with `12 units` or `?` in some rows.

**Fix**: write plain numbers; leave the value empty where it is unknown.
)md",
         .source_url =
             "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TimeSeriesConfig.html",
         .checked_by = CheckedBy::data,
         .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
