#include "pattern_matcher.hpp"

#include <algorithm>
#include <stdexcept>

namespace automl_lint::detail {

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

}  // namespace automl_lint::detail
