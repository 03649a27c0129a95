// What a rule file needs: its metadata, the request view and a way to report.
#pragma once

#include <string>
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
};

/// Collects a rule's findings; the engine attaches the rule id and resolves positions.
class Reporter {
 public:
  explicit Reporter(Severity default_severity) : default_severity_(default_severity) {}
  virtual ~Reporter() = default;

  virtual void add(Report report) = 0;

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

/// Joins message parts by appending, without temporaries.
template <typename... Parts>
std::string concat(const Parts&... parts) {
  std::string text;
  (text.append(parts), ...);
  return text;
}

/// A user's value for a message: in single quotes, shortened past 64 characters, control
/// characters escaped.
std::string quote(std::string_view value);

using CheckV1 = void (*)(const V1Request& request, Reporter& reporter);

struct Rule {
  RuleInfo info;
  CheckV1 check = nullptr;  ///< Null for rules checked by the loader, the schema or the run.
  /// A request rule that is more precise when the data is known (V1Request::data): the data is
  /// read for it even when no data rule is enabled.
  bool uses_data = false;
};

}  // namespace automl_lint::rules
