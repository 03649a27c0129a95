// Each Parquet file is at most 2 GB.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::uint64_t kMaxParquetBytes = 2 * data::kGigabyte;

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    for (const data::DataObject& object : inspected.data.objects) {
      if (object.format != data::Format::parquet || object.size <= kMaxParquetBytes) continue;
      reporter.report(
          uri_pointer(inspected.channel),
          concat("The Parquet file ", detail::shorten(object.uri, 200), " is ",
                 data::format_bytes(object.size), "; each Parquet file may be at most 2 GB"),
          "split it into several files under the same prefix");
    }
  }
}

}  // namespace

extern const Rule kDataParquetFileMax{
    .info = {.id = "AML810",
             .name = "data-parquet-file-max",
             .severity = Severity::error,
             .title = "A Parquet file is larger than 2 GB.",
             .rationale = R"md(
**What it checks**: every Parquet object is at most 2 GB (stored, compressed bytes; decimal
units). Several files under one prefix are fine.

**Why it matters**: the Autopilot quotas page: 2 GB is the limit for a single compressed
Parquet file; the time-series limits page says it cannot be raised.

**Example**: one 3 GB `train.parquet`.

**Fix**: write the data as several Parquet files (e.g. `part-0000.parquet`, ...).
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/autopilot-quotas.html",
             .checked_by = CheckedBy::data,
             .applies_to = kTableData},
    .check = check,
};

}  // namespace automl_lint::rules
