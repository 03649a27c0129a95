// A time-series dataset is at most 30 GB and 3 billion rows.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::uint64_t kMaxBytes = 30 * data::kGigabyte;
constexpr std::uint64_t kMaxRows = 3'000'000'000;

void check(const Request& request, Reporter& reporter) {
  const std::string* pointer = dataset_pointer(request);
  if (!pointer) return;
  std::uint64_t bytes = 0;
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    bytes += inspected.data.total_bytes();
  }
  RowTotal total = rows_of_all_channels(request);
  std::string where =
      concat(count_of(total.objects, "object"), total.channels > 1 ? " of both channels" : "");
  const std::string hint = "reduce the dataset, or ask AWS for a higher limit (it is adjustable)";
  // Sizes come from the listing, so they are known even for objects that could not be read.
  if (bytes > kMaxBytes) {
    reporter.report(*pointer,
                    concat("The time-series dataset is ", data::format_bytes(bytes), " in ", where,
                           "; Autopilot's limit for the input dataset is 30 GB"),
                    hint);
  }
  // An incomplete count is a lower bound: over the limit is still over it.
  if (total.rows > kMaxRows) {
    reporter.report(*pointer,
                    concat("The time-series dataset has ", total.exact ? "" : "at least ",
                           std::to_string(total.rows), " rows in ", where,
                           "; Autopilot's limit is 3 billion rows"),
                    hint);
  }
}

}  // namespace

extern const Rule kTsDatasetLimits{
    .info =
        {.id = "AML832",
         .name = "ts-dataset-limits",
         .severity = Severity::error,
         .title = "The time-series dataset is larger than 30 GB or 3 billion rows.",
         .rationale = R"md(
**What it checks**: the objects of all channels of a time-series job add up to at most 30 GB
(stored bytes, decimal units) and at most 3,000,000,000 rows (CSV records after the header,
Parquet `num_rows`). When some object could not be read (AML803), its rows are unknown and the
count is a lower bound: a lower bound over the limit is still reported.

Not checked: the limit of 5,000,000 time series (distinct combinations of the item identifier
and grouping columns), which needs the values of those columns, not only the row count; the
2 GB limit for a single Parquet file is AML810's; the 13 numerical and 10 categorical features
are AML835's.

**Why it matters**: the time-series resource limits page lists "Size of input dataset: 30 GB"
and "Maximum number of rows in a dataset: 3 billion" as default limits. Both are adjustable,
but a job over the default fails unless AWS raised it for the account.

**Example**: 16 Parquet files of 2 GB (32 GB).

**Fix**: sample or aggregate the data (a coarser `ForecastFrequency` needs fewer rows), or ask
AWS for a higher limit. For datasets over 30 GB the API also recommends EMR Serverless
(`AutoMLComputeConfig`).
)md",
         .source_url =
             "https://docs.aws.amazon.com/sagemaker/latest/dg/timeseries-forecasting-limits.html",
         .checked_by = CheckedBy::data,
         .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
