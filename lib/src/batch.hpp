// Linting many files: the checks across files, and the ordered parallel run.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "automl_lint/linter.hpp"
#include "rule_engine.hpp"

namespace automl_lint::detail {

/// Sorts a file's diagnostics by line, column, rule id, pointer, message.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

/// Remembers the first file that used each AutoMLJobName (compared case-insensitively) and adds
/// AML202 to later files that reuse it. Files must be checked in their input order, numbered
/// from 0; `file_name` gives the display name of an earlier file by its number, so that the
/// registry keeps a few bytes per name, not the names of all files.
class JobNameRegistry {
 public:
  JobNameRegistry(Selection selection, std::function<std::string(std::size_t)> file_name)
      : selection_(std::move(selection)), file_name_(std::move(file_name)) {}
  /// With the run's selection, or the file's own (a file with its own settings).
  void check(std::size_t file_number, LintResult& result) {
    check(file_number, result, selection_);
  }
  void check(std::size_t file_number, LintResult& result, const Selection& selection);

 private:
  struct FirstUse {  // 12 bytes: a run over 100,000 files keeps 100,000 of them.
    std::uint32_t file_number;
    std::int32_t line;
    std::int32_t column;
  };
  Selection selection_;
  std::function<std::string(std::size_t)> file_name_;
  /// Keyed by a 64-bit hash of the lower-cased name: a false match needs a collision, about
  /// one chance in 10^9 for 100,000 distinct names.
  std::unordered_map<std::uint64_t, FirstUse> first_use_;
  /// The first spelling of names that are not all lower case (rare), for the message.
  std::unordered_map<std::uint64_t, std::string> spelling_;
};

}  // namespace automl_lint::detail
