// The TimeSeriesConfig columns are in the header of every object.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const TimeSeriesConfig& config = request.time_series.time_series_config;
  report_column_not_in_header(request, config.target_attribute_name, "TargetAttributeName",
                              reporter);
  report_column_not_in_header(request, config.timestamp_attribute_name, "TimestampAttributeName",
                              reporter);
  report_column_not_in_header(request, config.item_identifier_attribute_name,
                              "ItemIdentifierAttributeName", reporter);
  for (const Text& grouping : config.grouping_attribute_names.items) {
    report_column_not_in_header(request, grouping, "The grouping column", reporter);
  }
}

}  // namespace

extern const Rule kTsColumnsInData{
    .info =
        {.id = "AML830",
         .name = "ts-columns-in-data",
         .severity = Severity::error,
         .title = "A column TimeSeriesConfig names is not in the data's header.",
         .rationale = R"md(
**What it checks**: `TargetAttributeName`, `TimestampAttributeName`,
`ItemIdentifierAttributeName` and every `GroupingAttributeNames` entry of `TimeSeriesConfig`
are columns (matched case-sensitively) of every object of the channel: the CSV header row, or
the top-level fields of a Parquet file. One report per column and channel, naming the first
object without it, with a did-you-mean when a column is close.

**Why it matters**: the `TimeSeriesConfig` reference describes each member as "the name of the
column" of the dataset: a time-series dataset is at least an item identifier, a timestamp and a
target column. A name the data lacks fails the job when it reads the data.

**Example**: `"TimestampAttributeName": "Timestamp"` with the header
`item_id,timestamp,demand`.

**Fix**: use the column names exactly as the header writes them.
)md",
         .source_url =
             "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TimeSeriesConfig.html",
         .checked_by = CheckedBy::data,
         .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
