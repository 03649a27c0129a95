// Linting many files: the checks across files, and the ordered parallel run.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "automl_lint/linter.hpp"
#include "rule_engine.hpp"

namespace automl_lint::detail {

/// Sorts a file's diagnostics by line, column, rule id, pointer, message.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

/// Remembers the first file that used each AutoMLJobName (compared case-insensitively) and adds
/// AML202 to later files that reuse it. Files must be checked in their input order.
class JobNameRegistry {
 public:
  explicit JobNameRegistry(Selection selection) : selection_(std::move(selection)) {}
  void check(LintResult& result);

 private:
  Selection selection_;
  std::unordered_map<std::string, JobName> first_by_name_;
};

}  // namespace automl_lint::detail
