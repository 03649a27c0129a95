// Tag keys starting with the reserved prefix aws:.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "rule.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::string_view kReservedPrefix = "aws:";

bool has_reserved_prefix(std::string_view key) {
  if (key.size() < kReservedPrefix.size()) return false;
  return std::equal(
      kReservedPrefix.begin(), kReservedPrefix.end(), key.begin(),
      [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); });
}

void check(const Request& request, Reporter& reporter) {
  for (const Tag& tag : request.tags.items) {
    if (!tag.key.has_value() || !has_reserved_prefix(*tag.key)) continue;
    std::string_view key = *tag.key;
    std::string_view prefix = key.substr(0, kReservedPrefix.size());
    std::string_view rest = key.substr(kReservedPrefix.size());
    reporter.report(
        tag.key.pointer,
        message("Tag key {} starts with '{}', a prefix reserved for tags that AWS creates", tag.key,
                prefix),
        rest.empty() ? message("choose a key without the '{}' prefix", prefix)
                     : message("drop the prefix, e.g. {}", user_text(rest)));
  }
}

}  // namespace

extern const Rule kTagsAwsPrefix{
    .info = {.id = "AML205",
             .name = "tags-aws-prefix",
             .severity = Severity::warning,
             .title = "A tag key starts with the reserved prefix aws:.",
             .rationale = R"md(
**What it checks**: no `Tags/*/Key` starts with `aws:`, in any case (`AWS:` too).

**Why it matters**: AWS tagging rules reserve the prefix: "The `aws:` prefix is prohibited for
tags; it's reserved for AWS use. You can't edit or delete tag keys or values with this
prefix." Such a tag is refused or, once set, cannot be changed. The SageMaker `Tag` shape does
not restate the rule, so this is a warning.

**Example**: `{"Key": "aws:project", "Value": "churn"}`.

**Fix**: use a key of your own, e.g. `project` or `acme:project`.
)md",
             .source_url = "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
