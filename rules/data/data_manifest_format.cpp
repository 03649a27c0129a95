// A ManifestFile is [{"prefix": "s3://bucket/path/"}, "relative/key", ...].
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  report_problems(request, data::ProblemKind::manifest_format, reporter,
                  [&](const std::string& pointer, const data::Problem& problem) {
                    reporter.report(
                        pointer,
                        concat("The manifest ", detail::shorten(problem.uri, 200),
                               " is malformed: ", problem.detail),
                        R"(write it as [{"prefix": "s3://bucket/path/"}, "key-1", ...])");
                  });
}

}  // namespace

extern const Rule kDataManifestFormat{
    .info = {.id = "AML804",
             .name = "data-manifest-format",
             .severity = Severity::error,
             .title = "A ManifestFile does not have the documented format.",
             .rationale = R"md(
**What it checks**: the object a `ManifestFile` channel names is a JSON array whose first
element is `{"prefix": "s3://bucket/path/"}` and whose other elements are strings (keys
relative to the prefix), each listed once (a repeated entry is reported
and read once; the other problems stop the channel's data checks).

**Why it matters**: this is the format the `AutoMLS3DataSource` reference documents; anything
else fails when the job starts reading its data.

**Example**: `["s3://bucket/data/a.csv", "s3://bucket/data/b.csv"]` (no prefix element).

**Fix**: `[{"prefix": "s3://bucket/data/"}, "a.csv", "b.csv"]`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLS3DataSource.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
