// S3 locations written as https:// URLs instead of s3:// URIs.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rule.hpp"
#include "strings.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::string_view kHttps = "https://";

/// True when `uri` is an https:// URL that the S3Uri pattern `(https|s3)://([^/]+)/?(.*)`
/// accepts as a whole; anything else is the schema's (AML106).
bool is_https_s3_uri(std::string_view uri) {
  if (!uri.starts_with(kHttps)) return false;
  std::string_view rest = uri.substr(kHttps.size());
  if (rest.empty() || rest.front() == '/') return false;
  std::size_t slash = rest.find('/');
  // `.` does not match a line break: the path after the host must have none.
  return slash == std::string_view::npos || rest.find('\n', slash) == std::string_view::npos;
}

using detail::lower;

bool strip_suffix(std::string& text, std::string_view suffix) {
  if (!std::string_view(text).ends_with(suffix)) return false;
  text.resize(text.size() - suffix.size());
  return true;
}

/// The s3:// form of an Amazon S3 https URL, virtual-hosted (bucket.s3.region.amazonaws.com/key)
/// or path-style (s3.region.amazonaws.com/bucket/key); nullopt for any other host.
std::optional<std::string> s3_form(std::string_view uri) {
  std::string_view rest = uri.substr(kHttps.size());
  std::size_t slash = rest.find('/');
  std::string host = lower(rest.substr(0, slash));
  std::string_view path = slash == std::string_view::npos ? "" : rest.substr(slash + 1);
  // Percent-encoded or query parts have no literal s3:// equivalent.
  if (path.find_first_of("%?#") != std::string_view::npos) return std::nullopt;
  if (!strip_suffix(host, ".amazonaws.com") && !strip_suffix(host, ".amazonaws.com.cn")) {
    return std::nullopt;
  }
  // The last ".s3" label ends the bucket: bucket names may contain dots, regions never ".s3".
  for (std::size_t at = host.rfind(".s3"); at != std::string::npos && at > 0;
       at = host.rfind(".s3", at - 1)) {
    std::size_t after = at + 3;
    if (after != host.size() && host[after] != '.' && host[after] != '-') continue;
    std::string bucket = host.substr(0, at);
    return slash == std::string_view::npos ? fmt::format("s3://{}", bucket)
                                           : fmt::format("s3://{}/{}", bucket, path);
  }
  // Path-style: the bucket is the first segment of the path.
  if (host == "s3" || host.starts_with("s3.") || host.starts_with("s3-")) {
    std::size_t end = path.find('/');
    std::string_view bucket = path.substr(0, end);
    if (bucket.empty()) return std::nullopt;
    return fmt::format("s3://{}", path);
  }
  return std::nullopt;
}

void check_uri(const Text& uri, std::string_view member, Reporter& reporter) {
  if (!uri.has_value() || !is_https_s3_uri(*uri)) return;
  std::optional<std::string> s3 = s3_form(*uri);
  reporter.report(uri.pointer,
                  message("{} {} is an https:// URL; Autopilot documents S3 locations as s3:// "
                          "URIs",
                          member, uri),
                  s3 ? message("write it as {}", user_text(*s3))
                     : std::string("write the location as s3://<bucket>/<key>"));
}

void check(const Request& request, Reporter& reporter) {
  for (const Channel& channel : request.channels.items) {
    check_uri(channel.s3_uri, "S3Uri", reporter);
  }
  check_uri(request.output_data_config.s3_output_path, "S3OutputPath", reporter);
  // Absent unless the problem type has one (tabular, time series).
  check_uri(request.tabular.feature_specification_s3_uri, "FeatureSpecificationS3Uri", reporter);
  check_uri(request.time_series.feature_specification_s3_uri, "FeatureSpecificationS3Uri",
            reporter);
}

}  // namespace

extern const Rule kS3UriScheme{
    .info = {.id = "AML206",
             .name = "s3-uri-scheme",
             .severity = Severity::warning,
             .title = "An S3 location is written as an https:// URL instead of an s3:// URI.",
             .rationale = R"md(
**What it checks**: the channels' `S3Uri`, `OutputDataConfig.S3OutputPath` and
`CandidateGenerationConfig.FeatureSpecificationS3Uri` start with `s3://`. Values that fail the
`S3Uri` pattern altogether are reported by AML106 instead.

**Why it matters**: the `S3Uri` shape's pattern `(https|s3)://([^/]+)/?(.*)` lets `https://`
through, but the Autopilot documentation describes every location as `s3://` (the
`AutoMLS3DataSource` format is `s3://DOC-EXAMPLE-BUCKET/DOC-EXAMPLE-FOLDER-OR-FILE`, and the
developer guide says the data location "must be an s3:// formatted URL"). An object URL
copied from the S3 console such as `https://bucket.s3.amazonaws.com/train/` is not a
documented form.

**Example**: `"S3OutputPath": "https://acme-ml.s3.eu-west-1.amazonaws.com/autopilot/"`.

**Fix**: write `s3://acme-ml/autopilot/`: the bucket name, then the key prefix.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLS3DataSource.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
