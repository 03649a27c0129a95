// Matching a value against a schema pattern with RE2, compiled on first use.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace automl_lint::detail {

/// A pattern compiled on first use, once, whatever the number of threads: a run over one file
/// compiles only the patterns of the members that file has.
class LazyRegex {
 public:
  explicit LazyRegex(std::string pattern) : pattern_(std::move(pattern)) {}
  const re2::RE2& get() const;

 private:
  std::string pattern_;
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<re2::RE2> regex_;
};

/// Matches a value against a pattern. Unicode classes (\p{L}) take milliseconds to compile, and
/// most values are ASCII: those are matched against the pattern's ASCII equivalent, which
/// accepts exactly the same ASCII strings, and the Unicode pattern is compiled only when a
/// non-ASCII value needs it.
class PatternMatcher {
 public:
  explicit PatternMatcher(const std::string& pattern);
  bool full_match(std::string_view value) const;

 private:
  LazyRegex unicode_;
  std::optional<LazyRegex> ascii_;
};

/// The pattern with \p{L}, \p{Z}, \p{N} inside character classes replaced by their ASCII
/// members (a-zA-Z, space, 0-9); nullopt when the pattern has no such class, or one outside a
/// character class.
std::optional<std::string> ascii_equivalent(const std::string& pattern);

/// Compiles a pattern as the linter does; throws std::invalid_argument when RE2 rejects it.
std::unique_ptr<re2::RE2> compile_pattern(const std::string& pattern);

}  // namespace automl_lint::detail
