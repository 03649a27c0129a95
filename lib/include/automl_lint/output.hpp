// Output formats: one formatter per format (lib/src/output/<format>.cpp), behind one table that
// the command line reads for --format and --output.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <ostream>
#include <span>
#include <string_view>
#include <vector>

#include "automl_lint/diagnostic.hpp"
#include "automl_lint/export.h"
#include "automl_lint/linter.hpp"
#include "automl_lint/rules.hpp"

namespace automl_lint {

/// What a format knows before the first file.
struct RunInfo {
  /// The rules the run reports, sorted by id (Linter::enabled_rules()).
  std::vector<const RuleInfo*> rules;
  /// The lowest severity that fails the run (--fail-on); JUnit makes those findings failures.
  Severity fail_on = Severity::error;
};

/// The counts of one run, for a format's closing lines.
struct RunSummary {
  std::size_t files_linted = 0;         ///< Files checked (the skipped ones not included).
  std::size_t files_with_findings = 0;  ///< Linted files with at least one diagnostic.
  std::size_t files_failed = 0;         ///< Linted files that could not be read or fully checked.
  std::size_t files_skipped = 0;        ///< Files that are not Autopilot requests.
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;

  /// Counts one result: a skipped file when `result.not_a_request`, else a linted one. Never
  /// throws; one instance is not thread-safe.
  AUTOML_LINT_EXPORT void count(const LintResult& result);
};

/// One output format. A run calls begin() once, file() once per linted file in input order
/// (clean files too; files skipped as not requests never), then end() once. The library's
/// formatters throw what their stream throws (nothing unless its exceptions() are set) and
/// std::bad_alloc; one instance is not thread-safe.
class AUTOML_LINT_EXPORT Formatter {
 public:
  virtual ~Formatter() = default;
  virtual void begin(const RunInfo& run) = 0;
  virtual void file(const LintResult& result) = 0;
  virtual void end(const RunSummary& summary) = 0;
};

struct FormatOptions {
  /// text: ANSI colours (the command line decides: a terminal, no NO_COLOR, --color).
  bool color = false;
  /// sarif: artifact URIs are relative to this folder (`%SRCROOT%`); empty: the current one.
  std::filesystem::path working_directory;
};

/// One entry of the table of formats.
struct OutputFormat {
  std::string_view name;         ///< As --format and --output spell it.
  std::string_view description;  ///< One line, for --help.
  std::unique_ptr<Formatter> (*create)(std::ostream& out, const FormatOptions& options);
};

/// Every output format: text, json, sarif, github, junit. A static table; never throws;
/// thread-safe.
AUTOML_LINT_EXPORT std::span<const OutputFormat> output_formats();

/// The format of this name, or nullptr. Never throws; thread-safe.
AUTOML_LINT_EXPORT const OutputFormat* find_output_format(std::string_view name);

/// The text format's lines for these diagnostics, without colours or the closing summary:
/// `file:line:col: severity: message [rule]` (`file: severity: ...` when there is no position),
/// then the pointer and the hint on indented lines. A diagnostic without a rule id (migrate's
/// "already a CreateAutoMLJobV2 request") has no ` [rule]`. Throws what `out` throws (nothing
/// unless its exceptions() are set) and std::bad_alloc. Thread-safe for distinct streams.
AUTOML_LINT_EXPORT void write_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics);

/// The json format for these diagnostics: a JSON array of objects with exactly the keys file,
/// rule, severity, message, pointer, line, column, hint. Exceptions and thread safety as
/// write_text.
AUTOML_LINT_EXPORT void write_json(std::ostream& out, const std::vector<Diagnostic>& diagnostics);

}  // namespace automl_lint
