// Linting many files: the checks across files, and the ordered parallel run.
#pragma once

#include <cstdint>
#include <deque>
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
/// AML202 to later files that reuse it. Files must be checked in their input order. It keeps
/// the first file's name of each job name and a few bytes: a run over 100,000 files keeps a few
/// megabytes, not the list of files.
class JobNameRegistry {
 public:
  explicit JobNameRegistry(Selection selection) : selection_(std::move(selection)) {}
  /// With the run's selection, or the file's own (a file with its own settings).
  void check(LintResult& result) { check(result, selection_); }
  void check(LintResult& result, const Selection& selection);

 private:
  struct FirstUse {  // Where the name was first used: its file (in names_), line and column.
    std::uint32_t file_offset;
    std::uint32_t file_length;
    std::int32_t line;
    std::int32_t column;
  };
  Selection selection_;
  /// The file names of the first uses, one after the other, in blocks (no copy on growth).
  std::deque<char> names_;
  /// Keyed by a 64-bit hash of the lower-cased name: a false match needs a collision, about
  /// one chance in 10^9 for 100,000 distinct names.
  std::unordered_map<std::uint64_t, FirstUse> first_use_;
  /// The first spelling of names that are not all lower case (rare), for the message.
  std::unordered_map<std::uint64_t, std::string> spelling_;
};

}  // namespace automl_lint::detail
