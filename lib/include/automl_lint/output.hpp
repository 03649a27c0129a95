// Output formats for diagnostics; one function per format.
#pragma once

#include <ostream>
#include <vector>

#include "automl_lint/diagnostic.hpp"
#include "automl_lint/export.h"

namespace automl_lint {

/// `file:line:col: severity: message [rule]` (`file: severity: ...` when there is no position),
/// then the pointer and the hint on indented lines. A diagnostic without a rule id (migrate's
/// "already a CreateAutoMLJobV2 request") has no ` [rule]`. Throws what `out` throws (nothing
/// unless its exceptions() are set) and std::bad_alloc. Thread-safe for distinct streams.
AUTOML_LINT_EXPORT void write_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics);

/// A JSON array of objects with the keys file, rule, severity, message, pointer, line, column,
/// hint. Exceptions and thread safety as write_text.
AUTOML_LINT_EXPORT void write_json(std::ostream& out, const std::vector<Diagnostic>& diagnostics);

/// The same JSON array, written one diagnostic at a time (for runs over many files). Exceptions
/// as write_text. One instance is not thread-safe.
class AUTOML_LINT_EXPORT JsonArrayWriter {
 public:
  explicit JsonArrayWriter(std::ostream& out);
  ~JsonArrayWriter();  ///< Closes the array if finish() was not called.
  JsonArrayWriter(const JsonArrayWriter&) = delete;
  JsonArrayWriter& operator=(const JsonArrayWriter&) = delete;

  void write(const Diagnostic& diagnostic);
  void finish();

 private:
  std::ostream& out_;
  bool first_ = true;
  bool finished_ = false;
};

}  // namespace automl_lint
