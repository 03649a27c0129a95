// Rule metadata: what `automl-lint rules` lists and `automl-lint explain` prints.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "automl_lint/diagnostic.hpp"

namespace automl_lint {

/// Which part of the linter performs a rule's check.
enum class CheckedBy {
  loader,  ///< Reading and parsing the file (AML0xx).
  schema,  ///< The generated JSON Schema (AML1xx and documented limits inside it).
  rule,    ///< A cross-field rule in rules/.
  run,     ///< Across all files of one run.
  data,    ///< A data rule: reads the S3 objects mirrored under --data-root.
};

struct RuleInfo {
  std::string_view id;          ///< "AML302": prefix, then area digit, then number.
  std::string_view name;        ///< kebab-case, e.g. "channel-pair-train-val".
  Severity severity;            ///< Default severity (a rule may report less severe cases).
  std::string_view title;       ///< One sentence.
  std::string_view rationale;   ///< Markdown: What it checks / Why / Example / Fix.
  std::string_view source_url;  ///< The AWS documentation that justifies it.
  CheckedBy checked_by = CheckedBy::rule;
};

/// Every rule, sorted by id.
const std::vector<const RuleInfo*>& all_rules();

/// The rule with this id or name (case-insensitive), or nullptr.
const RuleInfo* find_rule(std::string_view id_or_name);

/// docs/rules.md: a table of all rules, then each rule's rationale.
void write_rules_markdown(std::ostream& out);

}  // namespace automl_lint
