// The library entry point: lint CreateAutoMLJob and CreateAutoMLJobV2 request files or buffers.
//
// Exceptions: the calls below never throw for any input (a file that cannot be read, is too
// large or is not JSON gives an AML0xx diagnostic, a rule that fails gives AML006). What they may
// still throw is std::bad_alloc, and std::exception for a failure of the linter itself (an
// embedded schema or pattern that does not compile: a bug, never the input's fault). The C API
// (automl_lint.h) and the Python module catch both.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "automl_lint/diagnostic.hpp"
#include "automl_lint/export.h"

namespace automl_lint {

/// Limits that keep one hostile file from stalling a run.
struct Limits {
  std::size_t max_file_bytes = 16 * 1024 * 1024;  ///< Larger inputs are refused with AML004.
  std::size_t max_depth = 256;                    ///< Deeper nesting is refused with AML004.
  std::size_t max_diagnostics_per_file = 1000;    ///< The rest are counted in one AML004 warning.
};

/// The API a request is written for. Values are fixed (they cross the C API).
enum class ApiVersion : int {
  v1 = 1,  ///< CreateAutoMLJob.
  v2 = 2,  ///< CreateAutoMLJobV2.
};

/// "CreateAutoMLJob" or "CreateAutoMLJobV2". Never throws; thread-safe.
AUTOML_LINT_EXPORT std::string_view operation_name(ApiVersion api);

struct Options {
  Limits limits;
  /// The API every request is checked as; unset, each request's top-level keys decide.
  std::optional<ApiVersion> api;
  /// Rule ids, id prefixes ("AML3") or rule names to report; empty means all.
  std::vector<std::string> select;
  /// Rule ids, id prefixes or rule names never to report. Loader rules (AML0xx) always report.
  std::vector<std::string> ignore;
  /// A directory that mirrors S3 as DIR/<bucket>/<key>. With it, the data rules read the objects
  /// the request points at (nothing outside DIR is opened); without it they are skipped.
  std::optional<std::filesystem::path> data_root;
};

/// Where a request names its job.
struct JobName {
  std::string value;
  std::string file;
  int line = 0;
  int column = 0;
};

/// Result of linting one input.
struct LintResult {
  std::string file;  ///< The input's display name (as its diagnostics carry it), clean or not.
  std::vector<Diagnostic> diagnostics;  ///< Sorted by line, column, then rule id.
  /// True when the input could not be read or parsed (or broke a limit), so it was not checked,
  /// or when a rule failed on it (AML006), so it was not checked fully.
  bool input_failed = false;
  /// The request's AutoMLJobName and where it is, when it has one (for checks across files).
  std::optional<JobName> job_name;
  /// The API the request was checked as (V1 when it could not be parsed).
  ApiVersion api = ApiVersion::v1;
};

/// Adds to `results` the diagnostics that need all files of a run: two requests with the same
/// AutoMLJobName (compared case-insensitively) give AML202 on the later one. Honours the
/// options' selection. May throw std::bad_alloc only. Thread-safe for distinct `results`.
AUTOML_LINT_EXPORT void check_across_files(std::vector<LintResult>& results,
                                           const Options& options = {});

/// Lints request files. Construction compiles the schema and patterns once; after that a Linter
/// is immutable, so one instance may be shared by any number of threads.
class AUTOML_LINT_EXPORT Linter {
 public:
  /// Keeps a copy of `options`. Cheap: each API's schema is compiled on first use. May throw
  /// std::bad_alloc, and std::filesystem::filesystem_error when a relative data_root cannot be made
  /// absolute (the current directory is gone). A data_root that does not exist is not checked here
  /// (the C API and the Python module refuse it).
  explicit Linter(Options options = {});
  ~Linter();
  Linter(const Linter&) = delete;
  Linter& operator=(const Linter&) = delete;

  /// Lints the file at `path` (a regular file within Limits::max_file_bytes; it never reads
  /// standard input: "-" is a file named "-"); diagnostics and the result carry `path` as their
  /// file name. See the top of this file for exceptions. Thread-safe (const).
  LintResult lint_file(const std::filesystem::path& path) const;

  /// Lints `text` (the bytes of a request file); diagnostics and the result carry
  /// `display_name`. See the top of this file for exceptions. Thread-safe (const).
  LintResult lint_buffer(std::string_view text, std::string_view display_name) const;

  /// Lints many files on `jobs` threads (0: one per core) and calls `on_result` once per file,
  /// on the calling thread, in the order of `paths`, with the checks across files applied
  /// (AML202). "-" reads standard input. Memory stays bounded whatever the number of files:
  /// only a small window of results is held, plus one entry per distinct job name. A failure
  /// of the linter itself on one file becomes a diagnostic of that file; `on_result` must not
  /// throw. Thread-safe (const); `on_result` is never called concurrently.
  void lint_files(const std::vector<std::string>& paths, unsigned jobs,
                  const std::function<void(LintResult&)>& on_result) const;

 private:
  struct State;
  std::unique_ptr<const State> state_;
};

}  // namespace automl_lint
