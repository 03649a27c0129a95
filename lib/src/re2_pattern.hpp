// The `pattern` keyword, matched with RE2 instead of valijson's std::regex.
//
// std::regex backtracks recursively (a long string overflows the stack) and has no \p{..}
// classes, so the schema loader renames `pattern` to `x-re2-pattern` and valijson calls this
// constraint instead. RE2 runs in time linear in the input and understands \p{L}, \p{Z}, \p{N}.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>

#include "pattern_matcher.hpp"

namespace automl_lint::detail {

inline constexpr const char* kRe2PatternKeyword = "x-re2-pattern";
/// The description this constraint reports; the diagnostic mapper recognises it.
inline constexpr const char* kPatternMismatch = "x-re2-pattern mismatch";

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
