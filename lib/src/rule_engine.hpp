// Runs the cross-field rules and decides which rules a run enables.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "data/inspect.hpp"
#include "finding.hpp"
#include "rule.hpp"
#include "source_document.hpp"
#include "strings.hpp"

namespace automl_lint::detail {

/// --select and --ignore: rule ids, id prefixes (AML3, AML30) or rule names. Loader rules
/// (AML0xx) are always enabled: a file that was not read must never pass silently.
class Selection {
 public:
  Selection() = default;
  Selection(std::vector<std::string> select, std::vector<std::string> ignore);
  bool enabled(std::string_view rule_id) const;

 private:
  std::vector<std::string> select_;
  std::vector<std::string> ignore_;
};

/// A rule id, id prefix or rule name as Options take them, in the form rule_matches() compares:
/// ids and prefixes upper-cased, a name turned into its id.
std::string normalise_selector(std::string_view selector);
/// True when the rule `rule_id` is one a normalised selector designates.
bool rule_matches(std::string_view rule_id, std::string_view normalised_selector);
/// True when a selector (normalised or not) designates at least one rule.
bool selects_some_rule(std::string_view selector);

/// The cross-field rules of rules/, in id order.
const std::vector<const rules::Rule*>& cross_field_rules();

struct RuleFindings {
  std::vector<Finding> findings;
  /// Pointers whose schema findings a rule has explained better.
  std::set<std::string> replaced_shape_pointers;
  /// Members whose schema findings, at them and inside them, a rule has explained better.
  std::vector<std::string> replaced_shape_members;

  /// True when a schema finding at `pointer` is explained better by a rule's finding.
  bool replaces(const std::string& pointer) const;
};

/// The metadata of the rule with exactly this id (a hash lookup), or nullptr.
const RuleInfo* rule_with_id(std::string_view id);

/// True when an enabled rule reads the data (a data rule, or one that uses it when known).
bool any_data_rule_enabled(const Selection& selection);

/// The cross-field rules `selection` enables, in id order (decided once per Linter, not per file).
std::vector<const rules::Rule*> enabled_rules(const Selection& selection);

/// True when a rule of this scope checks requests of this API and problem type. A V2 request of
/// unknown problem type gets only the rules that check every V2 request.
bool applies(Scope scope, ApiVersion api, ProblemKind problem);

/// Runs `rules` (the enabled ones; default: every cross-field rule `selection` enables) that
/// apply to the request, as `api`. With data access, the data the request points at is read first
/// for the data rules (pass it only when any_data_rule_enabled). A rule that throws gives one
/// AML006 finding; the other rules' findings are kept.
RuleFindings run_rules(const SourceDocument& document, ApiVersion api, const Selection& selection,
                       const data::DataAccess* data = nullptr,
                       const std::vector<const rules::Rule*>* rules = nullptr);

}  // namespace automl_lint::detail
