// The settings each linted file gets: the command line's flags, then its configuration file's.
#pragma once

#include <automl_lint/config.hpp>
#include <automl_lint/linter.hpp>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

namespace cli {

/// What the command line says; an unset optional is a flag not given, which the configuration
/// file may then set.
struct Flags {
  std::optional<std::vector<std::string>> select;
  std::optional<std::vector<std::string>> ignore;
  std::optional<std::filesystem::path> data_root;
  std::optional<std::string> api;  ///< auto, v1, v2
  std::optional<automl_lint::Severity> fail_on;
  automl_lint::Limits limits;
  automl_lint::ShapeEngine shape_engine = automl_lint::ShapeEngine::compiled;
  std::string config_file;  ///< --config; empty: found beside or above each file.
  bool no_config = false;
};

/// The effective settings of one file.
struct FileSettings {
  automl_lint::Options options;
  automl_lint::Severity fail_on = automl_lint::Severity::error;
  const automl_lint::Config* config = nullptr;  ///< Nullptr: no configuration file.
};

/// Configuration files found and read once each, and one Linter per distinct set of options.
class Settings {
 public:
  explicit Settings(Flags flags) : flags_(std::move(flags)) {}

  /// The settings of the file `name` (standard input: its --stdin-filename, relative to the
  /// working directory).
  FileSettings for_file(const std::string& name);
  /// The linter for these settings, built on first use.
  const automl_lint::Linter& linter(const automl_lint::Options& options);
  /// The configuration files read so far, in the order they were first needed.
  const std::vector<std::unique_ptr<automl_lint::Config>>& configs() const { return configs_; }

  /// Prints the effective settings of `file` and where each came from (--show-config).
  void show(const std::string& file, std::ostream& out);

 private:
  const automl_lint::Config* config_for(const std::filesystem::path& file);
  /// The configuration file at `path`, read on first use.
  const automl_lint::Config* loaded(const std::filesystem::path& path);

  Flags flags_;
  std::vector<std::unique_ptr<automl_lint::Config>> configs_;
  std::map<std::filesystem::path, const automl_lint::Config*> by_path_;
  std::map<std::filesystem::path, const automl_lint::Config*> by_folder_;
  std::unordered_map<std::string, const automl_lint::Config*> by_folder_as_named_;
  std::map<std::string, std::unique_ptr<automl_lint::Linter>> linters_;
};

}  // namespace cli
