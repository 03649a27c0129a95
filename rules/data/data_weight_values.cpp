// Sample weights are numbers >= 0; rows with other values are dropped by Autopilot.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

struct WeightTally {
  std::uint64_t rows = 0;
  std::uint64_t missing = 0;
  std::uint64_t not_numeric = 0;
  std::uint64_t negative = 0;
  const data::DataObject* first_bad = nullptr;
  std::uint64_t bad() const { return missing + not_numeric + negative; }
};

WeightTally tally(const data::ChannelData& data) {
  WeightTally tally;
  for (const data::DataObject& object : data.objects) {
    if (!object.values.column_found) continue;
    tally.rows += object.rows;
    tally.missing += object.values.missing;
    tally.not_numeric += object.values.not_numeric;
    tally.negative += object.values.negative;
    if (!tally.first_bad && object.values.first_bad_record) tally.first_bad = &object;
  }
  return tally;
}

std::string breakdown(const WeightTally& tally) {
  std::vector<std::string> parts;
  if (tally.negative) parts.push_back(concat(std::to_string(tally.negative), " negative"));
  if (tally.not_numeric) parts.push_back(concat(std::to_string(tally.not_numeric), " not numeric"));
  if (tally.missing) parts.push_back(concat(std::to_string(tally.missing), " missing"));
  return detail::join(parts);
}

void check_channel(const InspectedChannel& inspected, Reporter& reporter) {
  const Text& weight = inspected.weight;
  // The inspection tallied this column's values (ChannelData::value_column; CSV only).
  if (!weight.has_value() || inspected.data.value_column != *weight) return;
  WeightTally counts = tally(inspected.data);
  if (!counts.first_bad) return;
  const data::ColumnValueStats& first = counts.first_bad->values;
  std::string example = concat("first: ", quote(first.first_bad_value), " in record ",
                               std::to_string(first.first_bad_record.value_or(0)), " of ",
                               detail::shorten(counts.first_bad->uri, 200));
  std::uint64_t kept = counts.rows - std::min(counts.rows, counts.bad());
  std::string message =
      concat(std::to_string(counts.bad()), " of ", count_of(counts.rows, "row"),
             " have no valid value in the sample weight column ", quote(*weight), " (",
             breakdown(counts), "; ", example, "); Autopilot excludes those rows");
  bool training = inspected.channel.effective_channel_type() == "training";
  if (training && inspected.data.complete() && kept < kMinTrainingRows) {
    reporter.report(Severity::error, weight.pointer,
                    concat(message, ", which leaves ", std::to_string(kept),
                           " training rows, fewer than the 500 required"),
                    "give every row a numeric, non-negative weight");
    return;
  }
  reporter.report(weight.pointer, message, "give every row a numeric, non-negative weight");
}

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    check_channel(inspected, reporter);
  }
}

}  // namespace

extern const Rule kDataWeightValues{
    .info = {.id = "AML815",
             .name = "data-weight-values",
             .severity = Severity::warning,
             .title = "Sample weights are missing, not numeric or negative.",
             .rationale = R"md(
**What it checks**: in CSV objects, every value of the `SampleWeightAttributeName` column is a
finite decimal number (`1`, `0.5`, `1e-3`; surrounding spaces allowed) and not negative. The
report counts the missing, non-numeric and negative values and shows the first. It is an error
when the rows left in the training channel number fewer than 500. Parquet values are not read
(that needs the data pages, not only the footer).

**Why it matters**: the `AutoMLChannel` reference: "Sample weights should be numeric,
non-negative ... Data points that have invalid or no weight value are excluded." Rows are
dropped silently, which can change the model, or leave too few rows to train.

**Example**: a weight column with `-1` or `n/a` in some rows.

**Fix**: give every row a numeric, non-negative weight (0 keeps the row but gives it no weight).
)md",
             .source_url = kAutopilotDataUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
