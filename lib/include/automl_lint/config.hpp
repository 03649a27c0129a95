// The configuration file, .automl-lint.yaml: settings kept in the repository beside the requests.
//
// Every function here is safe to call from several threads at once (none keeps state). They
// throw only std::bad_alloc; a file that cannot be read or is not valid becomes a diagnostic.
// The command line's use of a Config (which settings win, one Linter per set of options) is
// described in docs/design/config.md.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "automl_lint/diagnostic.hpp"
#include "automl_lint/export.h"
#include "automl_lint/linter.hpp"

namespace automl_lint {

/// The name looked for beside and above each linted file.
inline constexpr std::string_view kConfigFileName = ".automl-lint.yaml";

/// Where a setting was written: a configuration file and line, or nowhere (its default).
struct ConfigOrigin {
  std::string file;  ///< Empty: the setting was not written anywhere.
  int line = 0;
  int column = 0;
};

template <class T>
struct ConfigSetting {
  T value{};
  ConfigOrigin origin;
  bool written() const { return !origin.file.empty(); }
};

/// A rule to ignore, everywhere or at one JSON pointer and inside it.
struct ConfigIgnore {
  std::string rule;     ///< Rule id, id prefix or name.
  std::string pointer;  ///< Empty: the whole file.
  ConfigOrigin origin;
};

/// `per-file-ignores`: a glob, relative to the folder of the file that wrote it.
struct ConfigPerFileIgnore {
  std::string glob;
  std::filesystem::path base;
  std::vector<ConfigIgnore> rules;
  ConfigOrigin origin;
};

/// `severity`: a rule's severity, or off.
struct ConfigSeverity {
  std::optional<Severity> severity;  ///< Unset: off (the rule is not run).
  ConfigOrigin origin;
};

/// The settings of one configuration file, with what it extends merged in: maps (`severity`,
/// `per-file-ignores`) entry by entry, every other key replaced by the closer file's value.
struct Config {
  /// The files read: the one found or named first, then those it extends, in order.
  std::vector<std::filesystem::path> files;
  ConfigSetting<std::vector<std::string>> select;
  ConfigSetting<std::vector<ConfigIgnore>> ignore;
  /// By rule (normalised), in the order they apply, the last match winning: the entries of the
  /// files extended first, then the closer file's, each in written order (an entry for a rule
  /// already there replaces it).
  std::vector<std::pair<std::string, ConfigSeverity>> severity;
  std::map<std::string, ConfigPerFileIgnore> per_file_ignores;  ///< By glob and base.
  /// Globs relative to `exclude_base`: matching files are not linted, even when named.
  ConfigSetting<std::vector<std::string>> exclude;
  std::filesystem::path exclude_base;
  ConfigSetting<std::filesystem::path> data_root;  ///< Resolved against its file's folder.
  ConfigSetting<std::optional<ApiVersion>> api;    ///< Unset value: auto.
  ConfigSetting<Severity> fail_on;
  /// Problems in the files (AML008), at their lines; the settings above are the valid ones.
  std::vector<Diagnostic> diagnostics;
};

/// The configuration file that applies to a file in `folder`: the closest `.automl-lint.yaml`
/// in it or above it, or nullopt. `folder` is made absolute first. Whatever bears the name counts
/// (a folder of that name is returned, and load_config() reports it).
AUTOML_LINT_EXPORT std::optional<std::filesystem::path> find_config(
    const std::filesystem::path& folder);

/// Reads a configuration file and what it extends (`extend: PATH`, relative to the file).
/// Never throws for a bad file: problems are Config::diagnostics.
AUTOML_LINT_EXPORT Config load_config(const std::filesystem::path& file);

/// True when `file` (as named in the run) is left out by the configuration's `exclude`.
AUTOML_LINT_EXPORT bool config_excludes(const Config& config, const std::filesystem::path& file);

/// True when a `per-file-ignores` entry's glob matches `file` (as named in the run).
AUTOML_LINT_EXPORT bool per_file_ignore_applies(const ConfigPerFileIgnore& entry,
                                                const std::filesystem::path& file);

/// The rules `per-file-ignores` ignores for `file` (as named in the run).
AUTOML_LINT_EXPORT std::vector<ConfigIgnore> per_file_ignores_for(
    const Config& config, const std::filesystem::path& file);

/// The JSON Schema (draft-07) of the configuration file, for editors.
AUTOML_LINT_EXPORT std::string_view config_schema();

}  // namespace automl_lint
