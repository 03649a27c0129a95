// The `pattern` keyword, matched with RE2 instead of valijson's std::regex.
//
// std::regex backtracks recursively (a long string overflows the stack) and has no \p{..}
// classes, so the schema loader renames `pattern` to `x-re2-pattern` and valijson calls this
// constraint instead. RE2 runs in time linear in the input and understands \p{L}, \p{Z}, \p{N}.
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>

namespace automl_lint::detail {

inline constexpr const char* kRe2PatternKeyword = "x-re2-pattern";
/// The description this constraint reports; the diagnostic mapper recognises it.
inline constexpr const char* kPatternMismatch = "x-re2-pattern mismatch";

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

class Re2PatternConstraint : public valijson::constraints::PolyConstraint {
 public:
  explicit Re2PatternConstraint(std::shared_ptr<const PatternMatcher> matcher)
      : matcher_(std::move(matcher)) {}

  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override;

 private:
  valijson::constraints::Constraint* cloneInto(void* memory) const override {
    return new (memory) Re2PatternConstraint(*this);
  }
  size_t sizeOf() const override { return sizeof(Re2PatternConstraint); }

  std::shared_ptr<const PatternMatcher> matcher_;
};

class Re2PatternBuilder : public valijson::ConstraintBuilder {
 public:
  /// One matcher per distinct pattern (TagKey and TagValue share theirs).
  valijson::constraints::Constraint* make(const valijson::adapters::Adapter& value) const override;

 private:
  mutable std::map<std::string, std::shared_ptr<const PatternMatcher>> by_pattern_;
};

}  // namespace automl_lint::detail
