// Objects that cannot be read to the end: I/O errors, corrupt gzip, broken Parquet footers.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  report_problems_as_found(request, data::ProblemKind::unreadable, reporter,
                           "repair or replace the object");
  report_problems(request, data::ProblemKind::too_many_objects, reporter,
                  [&](const std::string& pointer, const data::Problem& problem) {
                    reporter.report(Severity::warning, pointer,
                                    concat(detail::shorten(problem.uri, 200), ": ", problem.detail,
                                           "; the data checks are incomplete"));
                  });
}

}  // namespace

extern const Rule kDataUnreadable{
    .info = {.id = "AML803",
             .name = "data-unreadable",
             .severity = Severity::error,
             .title = "An object cannot be read to the end.",
             .rationale = R"md(
**What it checks**: each object of a channel is read to its end: no I/O error, no corrupt or
truncated gzip stream, a Parquet footer that decodes, and a CSV file that does not end inside
a quoted field (an unbalanced `"` swallows every record after it). A prefix with more than
100,000 objects is listed only that far (warning).

**Why it matters**: Autopilot fails on data it cannot parse, minutes into the job. The other
data checks skip what could not be read, so this is where that is said.

**Example**: a `.csv.gz` object whose upload was cut short.

**Fix**: upload the object again; for a CSV file, balance the quotes.
)md",
             .source_url = kAutopilotDataUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
