#include "re2_pattern.hpp"

#include <valijson/validation_results.hpp>

namespace automl_lint::detail {

bool Re2PatternConstraint::validate(const valijson::adapters::Adapter& target,
                                    const std::vector<std::string>& context,
                                    valijson::ValidationResults* results) const {
  if (!target.isString()) return true;  // The `type` keyword reports non-strings.
  std::string text;
  target.getString(text);
  // The schema's patterns are anchored, but full matching keeps that true for any schema.
  if (matcher_->full_match(text)) return true;
  if (results) results->pushError(context, kPatternMismatch);
  return false;
}

valijson::constraints::Constraint* Re2PatternBuilder::make(
    const valijson::adapters::Adapter& value) const {
  std::string pattern = value.asString();
  auto& matcher = by_pattern_[pattern];
  if (!matcher) matcher = std::make_shared<const PatternMatcher>(pattern);
  return new Re2PatternConstraint(matcher);
}

}  // namespace automl_lint::detail
