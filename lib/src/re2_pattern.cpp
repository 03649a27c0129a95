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
  if (re2::RE2::FullMatch(text, regex_->get())) return true;
  if (results) results->pushError(context, kPatternMismatch);
  return false;
}

std::unique_ptr<re2::RE2> compile_pattern(const std::string& pattern) {
  re2::RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(re2::RE2::Options::EncodingUTF8);
  auto regex = std::make_unique<re2::RE2>(pattern, options);
  if (!regex->ok()) {
    throw std::invalid_argument("pattern '" + pattern + "' is not valid RE2: " + regex->error());
  }
  return regex;
}

const re2::RE2& LazyRegex::get() const {
  std::call_once(compiled_, [this] { regex_ = compile_pattern(pattern_); });
  return *regex_;
}

valijson::constraints::Constraint* Re2PatternBuilder::make(
    const valijson::adapters::Adapter& value) const {
  std::string pattern = value.asString();
  auto& regex = by_pattern_[pattern];
  if (!regex) regex = std::make_shared<const LazyRegex>(pattern);
  return new Re2PatternConstraint(regex);
}

}  // namespace automl_lint::detail
