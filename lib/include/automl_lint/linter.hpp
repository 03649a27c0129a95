// The library entry point: lint CreateAutoMLJob and CreateAutoMLJobV2 request files or buffers.
//
// Exceptions: the calls below never throw for any input (a file that cannot be read, is too
// large or is not JSON or YAML gives an AML0xx diagnostic, a rule that fails gives AML006). What
// they may still throw is std::bad_alloc, and std::exception for a failure of the linter itself
// (an embedded schema or pattern that does not compile: a bug, never the input's fault). The C
// API (automl_lint.h) and the Python module catch both.
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
#include "automl_lint/rules.hpp"

namespace automl_lint {

/// Limits that keep one hostile file from stalling a run.
struct Limits {
  std::size_t max_file_bytes = 16 * 1024 * 1024;  ///< Larger inputs are refused with AML004.
  std::size_t max_depth = 256;                    ///< Deeper nesting is refused with AML004.
  std::size_t max_diagnostics_per_file = 1000;    ///< The rest are counted in one AML004 warning.
  /// Nodes that YAML aliases may add to one document in all (each `*name` adds a copy of the
  /// node it names); more is refused with AML004, so a "billion laughs" file costs nothing.
  std::size_t max_alias_nodes = 100000;
};

/// How a request file is written. Values are fixed (they cross the C API).
enum class InputFormat : int {
  automatic = 0,  ///< By the name (.json; .yaml, .yml), else by the first character: { or [ JSON.
  json = 1,       ///< JSON (RFC 8259), as `--cli-input-json` and boto3 take it.
  yaml = 2,       ///< YAML, read as the AWS CLI reads `--cli-input-yaml` (ruamel.yaml's safe
                  ///< loader: YAML 1.2 unless the file says %YAML 1.1).
};

/// The API a request is written for. Values are fixed (they cross the C API).
enum class ApiVersion : int {
  v1 = 1,  ///< CreateAutoMLJob.
  v2 = 2,  ///< CreateAutoMLJobV2.
};

/// What checks a request's shape. Both give the same findings (the tests hold them equal).
enum class ShapeEngine : int {
  compiled = 0,   ///< Checks compiled from the schema at build time: the fast path.
  reference = 1,  ///< valijson interpreting the schema: the reference, several times slower.
};

/// "CreateAutoMLJob" or "CreateAutoMLJobV2". Never throws; thread-safe.
AUTOML_LINT_EXPORT std::string_view operation_name(ApiVersion api);

/// Findings of one rule at one place that are not to be reported.
struct ScopedIgnore {
  std::string rule;     ///< A rule id, id prefix or rule name.
  std::string pointer;  ///< A JSON pointer: findings at it or inside it are dropped.
};

/// The severity findings of some rules are reported with, instead of their rule's own.
struct SeverityOverride {
  std::string rule;  ///< A rule id, id prefix or rule name; the last override that matches wins.
  Severity severity = Severity::error;
};

struct Options {
  Limits limits;
  /// The API every request is checked as; unset, each request's top-level keys decide.
  std::optional<ApiVersion> api;
  /// Rule ids, id prefixes ("AML3") or rule names to report; empty means all.
  std::vector<std::string> select;
  /// Rule ids, id prefixes or rule names never to report. Loader rules (AML0xx) always report.
  std::vector<std::string> ignore;
  /// Findings dropped after the checks ran: unlike `ignore`, the rule stays enabled, so rules
  /// that leave a case to it still do (their deferral is honoured).
  std::vector<ScopedIgnore> ignore_at;
  /// Severities that replace the rules' own (the loader's AML0xx keep theirs).
  std::vector<SeverityOverride> severity;
  /// Honour `# automl-lint: disable=RULE[,RULE...]` comments in YAML requests: a comment at the
  /// end of a line drops that line's findings of those rules, a comment on a line of its own
  /// those of the next line that is not blank or a comment. A suppression that drops nothing
  /// gets AML007 (when the rule it names is enabled).
  bool suppression_comments = true;
  /// A directory that mirrors S3 as DIR/<bucket>/<key>. With it, the data rules read the objects
  /// the request points at (nothing outside DIR is opened); without it they are skipped.
  std::optional<std::filesystem::path> data_root;
  /// Skip inputs that are not Autopilot requests (LintResult::not_a_request) instead of linting
  /// them: a JSON file of another tool (package.json, a CI configuration) gets no diagnostic.
  /// An input is a request when its root is an object with at least one top-level key that
  /// names a member of CreateAutoMLJob or CreateAutoMLJobV2 (compared ignoring case), or, when
  /// it cannot be parsed, when its text contains "AutoML" (every request has AutoMLJobName).
  /// Inputs that are not UTF-8, too large or unreadable are reported, never skipped.
  bool skip_non_requests = false;
  /// The shape checks to run; the reference engine is there for tests and benchmarks.
  ShapeEngine shape_engine = ShapeEngine::compiled;
};

/// Where a request names its job.
struct JobName {
  std::string value;
  std::string file;
  int line = 0;
  int column = 0;
  /// A `# automl-lint: disable=` comment on its line names AML202: a later file that reuses
  /// the name still gets AML202, this one never does.
  bool suppressed = false;
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
  /// With Options::skip_non_requests: the input is not an Autopilot request, so it was not
  /// checked and has no diagnostics.
  bool not_a_request = false;
};

class Linter;

/// One input of a run: a file to read, or bytes the caller has read already (standard input,
/// an editor's buffer).
struct Input {
  /// The file to read, and the name diagnostics carry (for `text`, only the name).
  std::string name;
  /// The bytes of the request; unset, the file `name` is read.
  std::optional<std::string> text;
  /// The format of `text`: automatic judges by the name's extension, then the first character.
  InputFormat format = InputFormat::automatic;
  /// The linter for this input, when it is not the one lint_files() is called on (inputs with
  /// other settings, e.g. another configuration file); it must outlive the call.
  const Linter* linter = nullptr;
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

  /// Lints the file at `path`; diagnostics carry `path` as their file name. Its format is told
  /// by its name, else by its first character (see InputFormat::automatic). It never reads standard
  /// input: "-" is a file named
  /// "-". The result carries `path` as its file and the API it was checked as. See the top of
  /// this file for exceptions. Thread-safe (const).
  LintResult lint_file(const std::filesystem::path& path) const;

  /// Lints `text` (the bytes of a request file); diagnostics carry `display_name`. An automatic
  /// `format` is told by the display name's extension, else by the text's first character. The
  /// result carries `display_name` and the API it was checked as. Exceptions as lint_file.
  /// Thread-safe (const).
  LintResult lint_buffer(std::string_view text, std::string_view display_name,
                         InputFormat format = InputFormat::automatic) const;

  /// Lints many inputs on `jobs` threads (0: one per core) and calls `on_result` once per
  /// input, on the calling thread, in the order of `inputs`, with the checks across files
  /// applied (AML202). Memory stays bounded whatever the number of files: only a small window of
  /// results is held, plus one entry per distinct job name. The library never reads standard
  /// input: a caller that lints it reads it and passes its bytes as an Input's `text`. A
  /// failure of the linter itself on one input becomes a diagnostic of that input; `on_result`
  /// must not throw. Thread-safe (const); `on_result` is never called concurrently.
  void lint_files(const std::vector<Input>& inputs, unsigned jobs,
                  const std::function<void(LintResult&)>& on_result) const;

  /// The same for inputs handed out by `next` as they are needed (nullopt: no more), so that
  /// the caller never holds the list of inputs: `next` is called from the worker threads, one
  /// call at a time, and not again once it returned nullopt. Uses `jobs` threads (0: one per
  /// core), or the calling thread alone when `next` has only one input.
  void lint_stream(const std::function<std::optional<Input>()>& next, unsigned jobs,
                   const std::function<void(LintResult&)>& on_result) const;

  /// The same for files only: each path is read as a file ("-" is a file named "-").
  /// Exceptions and thread safety as above.
  void lint_files(const std::vector<std::string>& paths, unsigned jobs,
                  const std::function<void(LintResult&)>& on_result) const;

  /// The rules this linter reports, sorted by id: those the selection enables (the loader's
  /// AML0xx always), without the data rules when there is no data root, and without
  /// `automl-lint migrate`'s own. Output formats that list rules (SARIF) list these. May
  /// throw std::bad_alloc only; thread-safe (const).
  std::vector<const RuleInfo*> enabled_rules() const;

 private:
  struct State;
  std::unique_ptr<const State> state_;
};

}  // namespace automl_lint
