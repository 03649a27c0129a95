// Gzip compression is documented for tabular S3Prefix input only.
#include "content_types.hpp"
#include "gzip_scope.hpp"
#include "problem_names.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  for (const Channel& channel : request.channels.items) {
    std::optional<Severity> severity = gzip_outside_scope(request, channel);
    if (!severity) continue;
    std::string_view parquet = channel.effective_content_type() == kParquetContentType
                                   ? "; Parquet files are compressed internally anyway"
                                   : "";
    if (request.problem == ProblemKind::tabular) {
      reporter.report(*severity, channel.compression_type.pointer,
                      message("CompressionType 'Gzip' is allowed for S3Prefix input only, and "
                              "this channel's S3DataType is {}",
                              channel.s3_data_type),
                      message("store the objects uncompressed and remove CompressionType, or "
                              "give the data as an S3Prefix{}",
                              parquet));
      continue;
    }
    std::string_view doubt = *severity == Severity::warning
                                 ? "; the API reference allows Gzip for tabular data only (its "
                                   "developer guide is less clear)"
                                 : "; the API reference allows Gzip for tabular data only";
    reporter.report(
        *severity, channel.compression_type.pointer,
        message("CompressionType 'Gzip' is not documented for {} input{}",
                problem_name(request.problem), doubt),
        message("store the objects uncompressed and remove CompressionType{}", parquet));
  }
}

}  // namespace

extern const Rule kCompressionGzipScope{
    .info = {.id = "AML315",
             .name = "compression-gzip-scope",
             .severity = Severity::error,
             .title = "Gzip compression is allowed only for tabular S3Prefix input.",
             .rationale = R"md(
**What it checks**: in a `CreateAutoMLJobV2` request, a channel with
`"CompressionType": "Gzip"` belongs to a tabular job and has `"S3DataType": "S3Prefix"`.

* tabular with `ManifestFile` or `AugmentedManifestFile`: error;
* image classification and text generation: error;
* time-series forecasting and text classification: warning, because the documentation
  disagrees with itself (below).

**Why it matters**: the API reference of `AutoMLJobChannel` says: "We allow the compression type
`Gzip` for `S3Prefix` inputs on tabular data only. For all other inputs, the compression type
should be `None`." Two developer-guide pages blur this: the time-series guide says "optionally,
you can specify the content (CSV or Parquet files) and compression (GZip) types", and the text
classification guide calls its CSV and Parquet input "tabular data". For those two problem types
the request may well be accepted, hence only a warning; images and the text generation data have
no such statement.

**Example**: a text generation channel with `"CompressionType": "Gzip"`.

**Fix**: store the objects uncompressed and remove `CompressionType` (`None` is the default).
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLJobChannel.html",
             .applies_to = scope::v2},
    .check = check,
};

}  // namespace automl_lint::rules
