#include "re2_pattern.hpp"

#include <stdexcept>
#include <valijson/validation_results.hpp>

namespace automl_lint::detail {

bool Re2PatternConstraint::validate(const valijson::adapters::Adapter& target,
                                    const std::vector<std::string>& context,
                                    valijson::ValidationResults* results) const {
  if (!target.isString()) return true;  // The `type` keyword reports non-strings.
  std::string text;
  target.getString(text);
  // The schema's patterns are anchored, but full matching keeps that true for any schema.
  if (re2::RE2::FullMatch(text, *regex_)) return true;
  if (results) results->pushError(context, kPatternMismatch);
  return false;
}

valijson::constraints::Constraint* Re2PatternBuilder::make(
    const valijson::adapters::Adapter& value) const {
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(re2::RE2::Options::EncodingUTF8);
  auto regex = std::make_shared<const re2::RE2>(value.asString(), options);
  if (!regex->ok()) {
    throw std::invalid_argument("pattern '" + value.asString() +
                                "' is not valid RE2: " + regex->error());
  }
  return new Re2PatternConstraint(std::move(regex));
}

}  // namespace automl_lint::detail
