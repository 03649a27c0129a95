// What a rule file needs: its metadata, the request view and a way to report.
#pragma once

#include <fmt/format.h>

#include <array>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "automl_lint/rules.hpp"
#include "request_view.hpp"

namespace automl_lint::rules {

/// One finding of a rule, before positions are resolved.
struct Report {
  Severity severity;
  std::string pointer;
  std::string message;
  std::string hint;
  bool at_key = false;  ///< Point at the member's key rather than its value.
  /// The rule explains a schema finding at the same pointer better; drop that finding.
  bool replaces_shape_finding = false;
  /// Further pointers whose schema findings this report explains (e.g. the missing V1 member
  /// that a misnamed V2 member stands for).
  std::vector<std::string> also_replaces = {};
  /// The member must go altogether: the schema findings inside it (below this pointer) say
  /// nothing more, and are dropped too.
  bool replaces_shape_findings_inside = false;
};

/// Collects a rule's findings; the engine attaches the rule id and resolves positions.
class Reporter {
 public:
  explicit Reporter(Severity default_severity) : default_severity_(default_severity) {}
  virtual ~Reporter() = default;

  virtual void add(Report report) = 0;

  /// True when the rule should leave this case to `rule_id` because that rule is enabled and
  /// reports it. Only ids the rule declares in `Rule::defers_to` may be asked (else
  /// std::logic_error): deferral is explicit, and a disabled rule never silences another.
  virtual bool deferred_to(std::string_view rule_id) const = 0;

  /// Reports at the rule's default severity, at the value of `pointer` (or its nearest
  /// existing ancestor when the member is absent).
  void report(const std::string& pointer, std::string message, std::string hint = {}) {
    add({default_severity_, pointer, std::move(message), std::move(hint)});
  }
  void report(Severity severity, const std::string& pointer, std::string message,
              std::string hint = {}) {
    add({severity, pointer, std::move(message), std::move(hint)});
  }

 private:
  Severity default_severity_;
};

/// A value the user wrote, for a message: in single quotes, shortened past 64 characters,
/// control characters escaped.
struct UserText {
  std::string_view text;
};
inline UserText user_text(std::string_view text) {
  return {text};
}

/// The same, as a string.
std::string quote(std::string_view value);

/// The one way to build a message or a hint: fmt syntax, where a Text field (or `user_text(x)`)
/// prints as the user's value quoted and shortened. A std::string argument does not compile:
/// pass a field, `user_text(...)` for a value the user wrote, or a std::string_view for the
/// linter's own words (names, documented values).
template <typename... Args>
std::string message(fmt::format_string<Args...> text, Args&&... args) {
  static_assert((!std::is_same_v<std::remove_cvref_t<Args>, std::string> && ...),
                "quote user values with user_text() or pass the Text field");
  return fmt::format(text, std::forward<Args>(args)...);
}

/// Joins message parts by appending, without temporaries (the linter's own words only).
template <typename... Parts>
std::string concat(const Parts&... parts) {
  std::string text;
  (text.append(parts), ...);
  return text;
}

using Check = void (*)(const Request& request, Reporter& reporter);

struct Rule {
  RuleInfo info;
  Check check = nullptr;  ///< Null for rules checked by the loader, the schema or the run.
  /// A request rule that is more precise when the data is known (Request::data): the data is
  /// read for it even when no data rule is enabled.
  bool uses_data = false;
  /// Rules that report some of this rule's cases better: the check leaves those cases to them
  /// (Reporter::deferred_to) while they are enabled.
  std::array<std::string_view, 3> defers_to = {};
};

}  // namespace automl_lint::rules

template <>
struct fmt::formatter<automl_lint::rules::UserText> : fmt::formatter<std::string_view> {
  template <typename Context>
  auto format(const automl_lint::rules::UserText& value, Context& context) const {
    return fmt::formatter<std::string_view>::format(automl_lint::rules::quote(value.text), context);
  }
};

template <>
struct fmt::formatter<automl_lint::rules::Text> : fmt::formatter<std::string_view> {
  template <typename Context>
  auto format(const automl_lint::rules::Text& field, Context& context) const {
    std::string text = field.has_value() ? automl_lint::rules::quote(*field) : "(absent)";
    return fmt::formatter<std::string_view>::format(text, context);
  }
};
