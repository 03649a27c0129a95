// `# automl-lint: disable=RULE[,RULE...]` comments in YAML requests (the AWS CLI ignores
// comments, so they can live in the request file itself).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "finding.hpp"
#include "rule_engine.hpp"
#include "source_document.hpp"

namespace automl_lint::detail {

/// One comment and the rules it names.
struct Suppression {
  struct Entry {
    std::string written;   ///< As the comment spells it.
    std::string selector;  ///< normalise_selector(written).
    std::size_t offset = 0;
    bool used = false;
  };
  std::size_t offset = 0;  ///< Of the `#`, in the document's text.
  int target_line = 0;     ///< The line whose findings it drops.
  std::vector<Entry> rules;
  std::string problem;  ///< Why the comment is not a directive automl-lint understands.
};

/// The suppression comments of a YAML document that loaded; none for JSON. A `#` counts only
/// where YAML reads a comment (never inside a quoted or block scalar).
std::vector<Suppression> find_suppressions(const SourceDocument& document);

/// Marks the entries of the comments on `line` that name `rule_id` as used; true when there is
/// one (for a finding made later, across files: AML202).
bool claim_suppression(std::vector<Suppression>& suppressions, std::string_view rule_id, int line);

/// Drops the findings the comments suppress and adds an AML007 finding for each rule a comment
/// names that is no rule, cannot be suppressed, or (enabled) had nothing to suppress.
void apply_suppressions(std::vector<Finding>& findings, std::vector<Suppression> suppressions,
                        const SourceDocument& document, const Selection& selection);

}  // namespace automl_lint::detail
