#include "re2_pattern.hpp"

#include <algorithm>
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
  if (matcher_->full_match(text)) return true;
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

std::optional<std::string> ascii_equivalent(const std::string& pattern) {
  static const std::pair<std::string_view, std::string_view> kClasses[] = {
      {"\\p{L}", "a-zA-Z"}, {"\\p{Z}", " "}, {"\\p{N}", "0-9"}};
  std::string result;
  bool in_class = false;
  bool replaced = false;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    std::string_view rest = std::string_view(pattern).substr(i);
    if (rest.substr(0, 2) == "\\p" || rest.substr(0, 2) == "\\P") {
      auto known = std::find_if(std::begin(kClasses), std::end(kClasses),
                                [&](const auto& entry) { return rest.starts_with(entry.first); });
      if (!in_class || known == std::end(kClasses)) return std::nullopt;
      result += known->second;
      i += known->first.size() - 1;
      replaced = true;
      continue;
    }
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {  // Keep escapes such as \- or \].
      result += pattern.substr(i, 2);
      ++i;
      continue;
    }
    if (pattern[i] == '[') in_class = true;
    if (pattern[i] == ']') in_class = false;
    result += pattern[i];
  }
  return replaced ? std::optional(result) : std::nullopt;
}

PatternMatcher::PatternMatcher(const std::string& pattern) : unicode_(pattern) {
  if (auto ascii = ascii_equivalent(pattern)) ascii_.emplace(*ascii);
}

bool PatternMatcher::full_match(std::string_view value) const {
  bool is_ascii = std::all_of(value.begin(), value.end(),
                              [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const LazyRegex& regex = is_ascii && ascii_ ? *ascii_ : unicode_;
  return re2::RE2::FullMatch(re2::StringPiece(value.data(), value.size()), regex.get());
}

valijson::constraints::Constraint* Re2PatternBuilder::make(
    const valijson::adapters::Adapter& value) const {
  std::string pattern = value.asString();
  auto& matcher = by_pattern_[pattern];
  if (!matcher) matcher = std::make_shared<const PatternMatcher>(pattern);
  return new Re2PatternConstraint(matcher);
}

}  // namespace automl_lint::detail
