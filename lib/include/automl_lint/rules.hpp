// Rule metadata: what `automl-lint rules` lists and `automl-lint explain` prints.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "automl_lint/diagnostic.hpp"
#include "automl_lint/export.h"

namespace automl_lint {

/// Which part of the linter performs a rule's check. Values are fixed.
enum class CheckedBy : int {
  loader = 0,    ///< Reading and parsing the file (AML0xx).
  schema = 1,    ///< The generated JSON Schema (AML1xx and documented limits inside it).
  rule = 2,      ///< A cross-field rule in rules/.
  run = 3,       ///< Across all files of one run.
  data = 4,      ///< A data rule: reads the S3 objects mirrored under --data-root.
  migrate = 5,   ///< `automl-lint migrate` (converting a V1 request to V2).
  settings = 6,  ///< The run's settings: a configuration file, a suppression comment.
};

/// The problem a request solves: V1 requests are always tabular; a V2 request names its problem
/// by the one member of AutoMLProblemTypeConfig. Values are fixed (they cross the C API).
enum class ProblemKind : int {
  tabular = 0,
  time_series = 1,
  text_generation = 2,
  text_classification = 3,
  image_classification = 4,
  unknown = 5,  ///< A V2 request whose AutoMLProblemTypeConfig sets no member, or several.
};

/// Which requests a rule checks: a set of these bits.
using Scope = std::uint32_t;
namespace scope {
inline constexpr Scope v1 = 1u << 0;  ///< CreateAutoMLJob (tabular).
inline constexpr Scope v2_tabular = 1u << 1;
inline constexpr Scope v2_time_series = 1u << 2;
inline constexpr Scope v2_text_generation = 1u << 3;
inline constexpr Scope v2_text_classification = 1u << 4;
inline constexpr Scope v2_image_classification = 1u << 5;
/// Every V2 request, whatever its problem type (also when it names none or several).
inline constexpr Scope v2 = v2_tabular | v2_time_series | v2_text_generation |
                            v2_text_classification | v2_image_classification;
inline constexpr Scope tabular = v1 | v2_tabular;  ///< Tabular jobs of both APIs.
inline constexpr Scope all = v1 | v2;
}  // namespace scope

/// "V1, V2 tabular, time series", as docs/rules.md and `explain` show a scope. May throw
/// std::bad_alloc only; thread-safe.
AUTOML_LINT_EXPORT std::string describe_scope(Scope scope);

struct RuleInfo {
  std::string_view id;          ///< "AML302": prefix, then area digit, then number.
  std::string_view name;        ///< kebab-case, e.g. "channel-pair-train-val".
  Severity severity;            ///< Default severity (a rule may report less severe cases).
  std::string_view title;       ///< One sentence.
  std::string_view rationale;   ///< Markdown: What it checks / Why / Example / Fix.
  std::string_view source_url;  ///< The AWS documentation that justifies it.
  CheckedBy checked_by = CheckedBy::rule;
  Scope applies_to = scope::all;  ///< The requests the rule checks.
};

/// Every rule, sorted by id: a list built on first use and never changed, whose entries live
/// as long as the program. May throw std::bad_alloc only (on the first call); thread-safe.
AUTOML_LINT_EXPORT const std::vector<const RuleInfo*>& all_rules();

/// The rule with this id or name (case-insensitive), or nullptr. May throw std::bad_alloc only
/// (on the first call); thread-safe.
AUTOML_LINT_EXPORT const RuleInfo* find_rule(std::string_view id_or_name);

}  // namespace automl_lint
