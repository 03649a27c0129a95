// No two tags share a key.
#include <fmt/format.h>

#include <map>
#include <string>

#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  std::map<std::string, const Tag*> first_by_key;
  for (const Tag& tag : request.tags.items) {
    // A missing or non-string key is the schema's.
    if (!tag.key.has_value()) continue;
    auto [first, inserted] = first_by_key.emplace(*tag.key, &tag);
    if (inserted) continue;
    reporter.report(tag.key.pointer,
                    message("Tag key {} is already used by the tag at {}; tag keys must be "
                            "unique per resource",
                            tag.key, std::string_view(first->second->pointer)),
                    "merge the two tags into one, or give this one another key");
  }
}

}  // namespace

extern const Rule kTagsUniqueKeys{
    .info = {.id = "AML204",
             .name = "tags-unique-keys",
             .severity = Severity::error,
             .title = "Two tags have the same key.",
             .rationale = R"md(
**What it checks**: no two items of `Tags` have the same `Key`. Keys are compared exactly, as
AWS does: tag keys are case-sensitive, so `team` and `Team` are two keys.

**Why it matters**: the `Tag` documentation says "Tag keys must be unique per resource"; a
resource holds one value per key, so the request is rejected rather than one value silently
kept.

**Example**: `[{"Key": "team", "Value": "pricing"}, {"Key": "team", "Value": "ml"}]`.

**Fix**: keep one tag per key, e.g. merge the values into one, or rename one key.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_Tag.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
