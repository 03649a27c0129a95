#include "automl_lint/diagnostic.hpp"

#include <algorithm>

namespace automl_lint {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "error";
}

bool has_severity_at_least(const std::vector<Diagnostic>& diagnostics, Severity threshold) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [&](const Diagnostic& d) { return d.severity >= threshold; });
}

}  // namespace automl_lint
