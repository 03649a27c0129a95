// Diagnostics: the plain data every check produces and every output format prints.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "automl_lint/export.h"

namespace automl_lint {

/// How serious a finding is. Values are fixed (they cross the C API and its bindings) and ordered:
/// a more severe finding has a greater value.
enum class Severity : int {
  info = 0,
  warning = 1,
  error = 2,
};

/// "error", "warning" or "info". Never throws; thread-safe.
AUTOML_LINT_EXPORT std::string_view to_string(Severity severity);

/// One finding about one place in one input file.
struct Diagnostic {
  std::string file;  ///< Display name of the input ("-" or "<stdin>" for standard input).
  std::string rule;  ///< Rule id, e.g. "AML105".
  Severity severity = Severity::error;
  std::string message;  ///< One sentence in the service's vocabulary, quoting the value.
  std::string pointer;  ///< RFC 6901 JSON pointer of the offending member ("" is the root).
  int line = 0;         ///< 1-based line; 0 when the input has no usable position.
  int column = 0;       ///< 1-based column, counted in Unicode code points.
  std::string hint;     ///< How to fix it; may be empty.

  friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

/// True when any diagnostic is at least as severe as `threshold`. Never throws; thread-safe.
AUTOML_LINT_EXPORT bool has_severity_at_least(const std::vector<Diagnostic>& diagnostics,
                                              Severity threshold);

}  // namespace automl_lint
