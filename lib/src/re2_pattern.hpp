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
#include <string>
#include <valijson/constraint_builder.hpp>
#include <valijson/constraints/concrete_constraints.hpp>

namespace automl_lint::detail {

inline constexpr const char* kRe2PatternKeyword = "x-re2-pattern";
/// The description this constraint reports; the diagnostic mapper recognises it.
inline constexpr const char* kPatternMismatch = "x-re2-pattern mismatch";

/// A pattern compiled on first use, once, whatever the number of threads: a run over one file
/// compiles only the patterns of the members that file has (\p{L} classes are costly to build).
class LazyRegex {
 public:
  explicit LazyRegex(std::string pattern) : pattern_(std::move(pattern)) {}
  const re2::RE2& get() const;
  const std::string& pattern() const { return pattern_; }

 private:
  std::string pattern_;
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<re2::RE2> regex_;
};

/// Compiles a pattern as the linter does; throws std::invalid_argument when RE2 rejects it.
std::unique_ptr<re2::RE2> compile_pattern(const std::string& pattern);

class Re2PatternConstraint : public valijson::constraints::PolyConstraint {
 public:
  explicit Re2PatternConstraint(std::shared_ptr<const LazyRegex> regex)
      : regex_(std::move(regex)) {}

  bool validate(const valijson::adapters::Adapter& target, const std::vector<std::string>& context,
                valijson::ValidationResults* results) const override;

 private:
  valijson::constraints::Constraint* cloneInto(void* memory) const override {
    return new (memory) Re2PatternConstraint(*this);
  }
  size_t sizeOf() const override { return sizeof(Re2PatternConstraint); }

  std::shared_ptr<const LazyRegex> regex_;
};

class Re2PatternBuilder : public valijson::ConstraintBuilder {
 public:
  /// One LazyRegex per distinct pattern (TagKey and TagValue share theirs).
  valijson::constraints::Constraint* make(const valijson::adapters::Adapter& value) const override;

 private:
  mutable std::map<std::string, std::shared_ptr<const LazyRegex>> by_pattern_;
};

}  // namespace automl_lint::detail
