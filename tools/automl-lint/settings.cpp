#include "settings.hpp"

#include <algorithm>
#include <automl_lint/rules.hpp>
#include <system_error>

namespace cli {
namespace fs = std::filesystem;

namespace {

/// A path as the run shows it: relative to the working folder when inside it.
std::string shown(const fs::path& path) {
  std::error_code error;
  fs::path relative = path.lexically_relative(fs::current_path(error));
  if (error || relative.empty() || *relative.begin() == "..") return path.generic_string();
  return relative.generic_string();
}

std::string origin_text(const automl_lint::ConfigOrigin& origin) {
  return origin.file + ":" + std::to_string(origin.line);
}

std::string api_text(const std::optional<automl_lint::ApiVersion>& api) {
  if (!api) return "auto";
  return *api == automl_lint::ApiVersion::v2 ? "v2" : "v1";
}

std::optional<automl_lint::ApiVersion> api_named(const std::string& name) {
  if (name == "auto") return std::nullopt;
  return name == "v2" ? automl_lint::ApiVersion::v2 : automl_lint::ApiVersion::v1;
}

std::string join(const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) joined += (joined.empty() ? "" : ", ") + item;
  return joined;
}

std::string ignore_text(const automl_lint::ConfigIgnore& ignore) {
  return ignore.pointer.empty() ? ignore.rule : ignore.rule + " at " + ignore.pointer;
}

/// The rules of a list of ignores: whole-file ones into `ignore`, the others into `ignore_at`.
void add_ignores(const std::vector<automl_lint::ConfigIgnore>& ignores,
                 automl_lint::Options& options) {
  for (const auto& ignore : ignores) {
    if (ignore.pointer.empty()) {
      options.ignore.push_back(ignore.rule);
    } else {
      options.ignore_at.push_back({ignore.rule, ignore.pointer});
    }
  }
}

/// `severity`: the last entry that matches a rule decides, so `off` ignores exactly the rules
/// whose last match is off (`{AML3: off, AML305: warning}` keeps AML305, as a warning).
void add_severities(const std::vector<std::pair<std::string, automl_lint::ConfigSeverity>>& entries,
                    automl_lint::Options& options) {
  for (const auto& [rule, severity] : entries) {
    if (severity.severity) options.severity.push_back({rule, *severity.severity});
  }
  for (const automl_lint::RuleInfo* rule : automl_lint::all_rules()) {
    const automl_lint::ConfigSeverity* last = nullptr;
    for (const auto& [selector, severity] : entries) {
      if (rule->id.starts_with(selector)) last = &severity;
    }
    if (last && !last->severity) options.ignore.emplace_back(rule->id);
  }
}

/// A key that tells two sets of options apart, for sharing one Linter between files.
std::string options_key(const automl_lint::Options& options) {
  std::string key;
  auto add = [&](const std::string& part) { key += part + '\x1f'; };
  for (const auto& rule : options.select) add("s" + rule);
  for (const auto& rule : options.ignore) add("i" + rule);
  for (const auto& ignore : options.ignore_at) add("p" + ignore.rule + '\x1e' + ignore.pointer);
  for (const auto& severity : options.severity) {
    add("v" + severity.rule + std::string(automl_lint::to_string(severity.severity)));
  }
  add("d" + (options.data_root ? options.data_root->string() : std::string("-")));
  add("a" + api_text(options.api));
  add(options.shape_engine == automl_lint::ShapeEngine::reference ? "e1" : "e0");
  return key;
}

/// --show-config's lines for the settings only a configuration file has.
template <class Line>
void show_file_rules(const automl_lint::Config& config, const std::string& file, Line line) {
  for (const auto& [rule, severity] : config.severity) {
    std::string level =
        severity.severity ? std::string(automl_lint::to_string(*severity.severity)) : "off";
    line("severity " + rule, level, origin_text(severity.origin));
  }
  for (const auto& [key, entry] : config.per_file_ignores) {
    std::vector<std::string> rules;
    for (const auto& ignore : entry.rules) rules.push_back(ignore_text(ignore));
    bool applies = automl_lint::per_file_ignore_applies(entry, file);
    line("per-file-ignores " + entry.glob, join(rules) + (applies ? "" : " [not this file]"),
         origin_text(entry.origin));
  }
  if (config.exclude.written()) {
    bool excluded = automl_lint::config_excludes(config, file);
    line("exclude", join(config.exclude.value) + (excluded ? " [excludes this file]" : ""),
         origin_text(config.exclude.origin));
  }
}

}  // namespace

const automl_lint::Config* Settings::config_for(const fs::path& file) {
  if (flags_.no_config) return nullptr;
  std::optional<fs::path> path;
  if (!flags_.config_file.empty()) {
    path = flags_.config_file;
  } else {
    fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    // A run over a folder asks for the same few folders thousands of times: answer those
    // without a getcwd() and a path normalisation each.
    auto seen = by_folder_as_named_.find(folder.native());
    if (seen != by_folder_as_named_.end()) return seen->second;
    std::error_code error;
    fs::path absolute = fs::absolute(folder, error).lexically_normal();
    auto known = by_folder_.find(absolute);
    if (known != by_folder_.end()) return by_folder_as_named_[folder.native()] = known->second;
    path = automl_lint::find_config(absolute);
    const automl_lint::Config* config = path ? loaded(*path) : nullptr;
    return by_folder_as_named_[folder.native()] = by_folder_[absolute] = config;
  }
  return loaded(*path);
}

const automl_lint::Config* Settings::loaded(const fs::path& path) {
  const automl_lint::Config*& config = by_path_[path];
  if (!config) {
    configs_.push_back(std::make_unique<automl_lint::Config>(automl_lint::load_config(path)));
    config = configs_.back().get();
  }
  return config;
}

FileSettings Settings::for_file(const std::string& name) {
  FileSettings settings;
  settings.config = config_for(name);
  const automl_lint::Config* config = settings.config;
  automl_lint::Options& options = settings.options;
  options.limits = flags_.limits;
  options.shape_engine = flags_.shape_engine;
  options.skip_non_requests = true;
  if (flags_.select) {
    options.select = *flags_.select;
  } else if (config && config->select.written()) {
    options.select = config->select.value;
  }
  if (flags_.ignore) {
    options.ignore = *flags_.ignore;
  } else if (config && config->ignore.written()) {
    add_ignores(config->ignore.value, options);
  }
  if (config) {
    add_severities(config->severity, options);
    add_ignores(automl_lint::per_file_ignores_for(*config, name), options);
  }
  if (flags_.data_root) {
    options.data_root = flags_.data_root;
  } else if (config && config->data_root.written()) {
    options.data_root = config->data_root.value;
  }
  if (flags_.api) {
    options.api = api_named(*flags_.api);
  } else if (config && config->api.written()) {
    options.api = config->api.value;
  }
  if (flags_.fail_on) {
    settings.fail_on = *flags_.fail_on;
  } else if (config && config->fail_on.written()) {
    settings.fail_on = config->fail_on.value;
  }
  return settings;
}

const automl_lint::Linter& Settings::linter(const automl_lint::Options& options) {
  std::unique_ptr<automl_lint::Linter>& linter = linters_[options_key(options)];
  if (!linter) linter = std::make_unique<automl_lint::Linter>(options);
  return *linter;
}

void Settings::show(const std::string& file, std::ostream& out) {
  FileSettings settings = for_file(file);
  const automl_lint::Config* config = settings.config;
  out << "file: " << file << '\n';
  if (flags_.no_config) {
    out << "configuration: none (--no-config)\n";
  } else if (!config) {
    out << "configuration: none (no " << automl_lint::kConfigFileName
        << " in the file's folder or above it)\n";
  } else {
    out << "configuration: " << shown(config->files.front());
    for (std::size_t i = 1; i < config->files.size(); ++i) {
      out << ", extending " << shown(config->files[i]);
    }
    out << '\n';
  }
  auto line = [&](const std::string& key, const std::string& value, const std::string& source) {
    out << "  " << key << ": " << value << "  (" << source << ")\n";
  };
  // Where a setting came from: the command line, a configuration file's line, or nowhere.
  auto source = [&](bool flag, auto automl_lint::Config::*member) {
    if (flag) return std::string("command line");
    if (config && (config->*member).written()) return origin_text((config->*member).origin);
    return std::string("default");
  };
  line("select", settings.options.select.empty() ? "all rules" : join(settings.options.select),
       source(flags_.select.has_value(), &automl_lint::Config::select));
  std::vector<std::string> ignored;
  if (flags_.ignore) {
    ignored = *flags_.ignore;
  } else if (config && config->ignore.written()) {
    for (const auto& ignore : config->ignore.value) ignored.push_back(ignore_text(ignore));
  }
  line("ignore", ignored.empty() ? "none" : join(ignored),
       source(flags_.ignore.has_value(), &automl_lint::Config::ignore));
  if (config) show_file_rules(*config, file, line);
  line("data-root",
       settings.options.data_root ? settings.options.data_root->generic_string() : "none",
       source(flags_.data_root.has_value(), &automl_lint::Config::data_root));
  line("api", api_text(settings.options.api),
       source(flags_.api.has_value(), &automl_lint::Config::api));
  line("fail-on", std::string(automl_lint::to_string(settings.fail_on)),
       source(flags_.fail_on.has_value(), &automl_lint::Config::fail_on));
}

}  // namespace cli
