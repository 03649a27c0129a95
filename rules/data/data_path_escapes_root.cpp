// Nothing outside --data-root is read: a `..` key or a symlink out is reported, not followed.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  report_problems_as_found(request, data::ProblemKind::escapes_root, reporter,
                           "keep the data inside the --data-root mirror of S3");
}

}  // namespace

extern const Rule kDataPathEscapesRoot{
    .info = {.id = "AML801",
             .name = "data-path-escapes-root",
             .severity = Severity::error,
             .title = "An object's path leads outside the data root.",
             .rationale = R"md(
**What it checks**: with `--data-root DIR`, every S3 URI of the request (channel prefixes,
manifest entries, the feature specification) is read as `DIR/<bucket>/<key>`. A key with a `.`
or `..` segment, or a symlink whose target is outside `DIR`, is reported and never opened.

**Why it matters**: a manifest is data, and data may come from anywhere; the linter must not
read files it was not pointed at. S3 itself has no directories, so a key like `a/../b` names
an object that `aws s3 sync` cannot mirror either.

**Example**: a manifest entry `"../../secrets.csv"`.

**Fix**: list keys relative to the manifest's prefix without `..`; replace symlinks that leave
the mirror by copies.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLS3DataSource.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
