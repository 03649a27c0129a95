// Parquet files compress themselves; an outer Gzip is not documented.
#include "content_types.hpp"
#include "gzip_scope.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  for (const Channel& channel : request.channels.items) {
    if (!channel.compression_type.is("Gzip")) continue;
    if (channel.effective_content_type() != kParquetContentType) continue;
    // Where Gzip is not documented at all, AML315 says so (and mentions Parquet).
    if (gzip_outside_scope(request, channel) && reporter.deferred_to("AML315")) continue;
    reporter.report(channel.compression_type.pointer,
                    "CompressionType 'Gzip' with Parquet input: Parquet files are compressed "
                    "internally, and gzipped Parquet is not a documented input",
                    "store plain .parquet files and remove CompressionType");
  }
}

}  // namespace

extern const Rule kCompressionGzipParquet{
    .info = {.id = "AML310",
             .name = "compression-gzip-parquet",
             .severity = Severity::warning,
             .title = "Gzip compression with Parquet input is not documented.",
             .rationale = R"md(
**What it checks**: a channel with `"CompressionType": "Gzip"` does not declare Parquet input.

**Why it matters**: Parquet compresses its column chunks itself (Snappy, Gzip, ...); the
documentation describes gzip for CSV input and never an outer gzip around Parquet files. AWS does
not state the outcome, so this is a warning.

**Example**: `"ContentType": "x-application/vnd.amazon+parquet"` with
`"CompressionType": "Gzip"`.

In `CreateAutoMLJobV2` requests where Gzip is outside its documented scope (not tabular
`S3Prefix` input), AML315 reports the channel instead.

**Fix**: store plain `.parquet` files and drop `CompressionType`.
)md",
             .source_url =
                 "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLChannel.html",
             .applies_to = scope::all},
    .check = check,
    .defers_to = {"AML315"},
};

}  // namespace automl_lint::rules
