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

/// The kebab-case name of the diagnostic's rule ("enum-value" for AML104), as `automl-lint
/// rules` lists it; empty for a diagnostic whose rule id is not a known rule. May throw
/// std::bad_alloc only (on the first call); thread-safe.
AUTOML_LINT_EXPORT std::string_view rule_name(const Diagnostic& diagnostic);

/// A fingerprint that identifies the finding across runs: 16 lowercase hexadecimal digits of
/// the 64-bit FNV-1a hash of the rule id, the file name (lexically normalised, `/`-separated,
/// without a leading `./`), the pointer and the message, each followed by a NUL byte. It does
/// not depend on the line or column, so editing other parts of the file keeps it; it is the
/// same on every platform and in every release that words the message the same way. SARIF
/// output carries it in `partialFingerprints`. May throw std::bad_alloc only; thread-safe.
AUTOML_LINT_EXPORT std::string fingerprint(const Diagnostic& diagnostic);

/// True when any diagnostic is at least as severe as `threshold`. Never throws; thread-safe.
AUTOML_LINT_EXPORT bool has_severity_at_least(const std::vector<Diagnostic>& diagnostics,
                                              Severity threshold);

}  // namespace automl_lint
