// Training and validation channels share one ContentType.
#include "content_types.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const auto& channels = request.channels.items;
  if (channels.size() != 2) return;
  std::string first = channels[0].effective_content_type();
  std::string second = channels[1].effective_content_type();
  if (first == second) return;
  // An undocumented ContentType is content-type-allowed's; one finding is enough.
  if (reporter.deferred_to("AML309") && (!is_documented_content_type(request.problem, first) ||
                                         !is_documented_content_type(request.problem, second))) {
    return;
  }
  const Channel& validation = channels[1];
  reporter.report(
      validation.content_type.present ? validation.content_type.pointer : validation.pointer,
      message("The input channels have different ContentType values ({} and {}, defaults "
              "applied); both must use the same format",
              user_text(first), user_text(second)),
      "use the same ContentType (and file format) for both channels");
}

}  // namespace

extern const Rule kChannelContentTypeMatch{
    .info = {.id = "AML304",
             .name = "channel-content-type-match",
             .severity = Severity::error,
             .title = "Training and validation channels must have the same ContentType.",
             .rationale = R"md(
**What it checks**: with two input channels, their effective `ContentType` values are equal.
An absent `ContentType` means `text/csv;header=present` (`image/*` for image classification).

**Why it matters**: the API reference says the training and validation channels "must share the
same ContentType"; the developer guide asks for the same format, CSV or Parquet, in both.

**Example**: Parquet training data with a validation channel that has no `ContentType` (and so
means CSV).

**Fix**: store both data sets in one format and declare it on both channels.
)md",
             .source_url =
                 "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLChannel.html",
             .applies_to = scope::all},
    .check = check,
    .defers_to = {"AML309"},
};

}  // namespace automl_lint::rules
