// .automl-lint.yaml: read with the request loader's YAML reader, so that every setting and every
// problem has its line and column.
#include "automl_lint/config.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <system_error>
#include <tuple>

#include "automl_lint/files.hpp"
#include "automl_lint/rules.hpp"
#include "messages.hpp"
#include "rule_engine.hpp"
#include "rule_ids.hpp"
#include "source_document.hpp"

namespace automl_lint {
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxConfigBytes = 1024 * 1024;
constexpr int kMaxExtendDepth = 16;

const std::vector<std::string>& known_keys() {
  static const std::vector<std::string> kKeys = {
      "extend",  "select",    "ignore", "severity", "per-file-ignores",
      "exclude", "data-root", "api",    "fail-on"};
  return kKeys;
}

/// A path as a run shows it: relative to the working directory when inside it.
std::string display_path(const fs::path& absolute) {
  std::error_code error;
  fs::path here = fs::current_path(error);
  if (!error) {
    fs::path relative = absolute.lexically_relative(here);
    if (!relative.empty() && *relative.begin() != "..") return relative.generic_string();
  }
  return absolute.generic_string();
}

fs::path absolute_normal(const fs::path& path) {
  std::error_code error;
  fs::path absolute = fs::absolute(path, error);
  return (error ? path : absolute).lexically_normal();
}

/// `path` relative to `base`, `/`-separated, or empty when it is not inside `base`.
std::string relative_inside(const fs::path& path, const fs::path& base) {
  fs::path relative = absolute_normal(path).lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") return {};
  return relative.generic_string();
}

std::vector<std::string> rule_candidates() {
  std::vector<std::string> candidates;
  for (const RuleInfo* rule : all_rules()) {
    candidates.emplace_back(rule->id);
    candidates.emplace_back(rule->name);
  }
  return candidates;
}

/// Reads one file into a Config, after what it extends.
class ConfigReader {
 public:
  ConfigReader(Config& config, std::vector<fs::path>& chain) : config_(config), chain_(chain) {}

  void read(const fs::path& absolute) {
    file_ = absolute;
    shown_ = display_path(absolute);
    std::string text;
    if (!read_text(text)) return;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return;  // Sets nothing.
    document_.emplace(text, limits(), InputFormat::yaml);
    if (const auto& error = document_->load_error()) {
      auto position = document_->position_of_offset(error->offset);
      report_at(position, "The configuration file cannot be read: " + error->message, error->hint);
      return;
    }
    for (const auto& finding : document_->load_findings()) {  // A key that is not a string.
      report_at(document_->position_of_offset(finding.offset), finding.message, finding.hint);
    }
    for (const auto& duplicate : detail::find_duplicate_keys(document_->root())) {
      report_at(document_->position_of_offset(document_->offset_of(duplicate.key)),
                "Duplicate key '" + detail::shorten(duplicate.pointer.substr(1)) +
                    "'; the later one would win",
                "remove one of them");
    }
    const rapidjson::Value& root = document_->root();
    if (root.IsNull()) return;  // An empty file sets nothing.
    if (!root.IsObject()) {
      report_value("", "The configuration file must be a mapping of settings",
                   "write `key: value` lines, e.g. `ignore: [AML720]`");
      return;
    }
    if (const rapidjson::Value* extend = document_->find("/extend")) read_extend(*extend);
    for (const auto& member : root.GetObject()) {
      std::string key(member.name.GetString(), member.name.GetStringLength());
      read_key(key, member.value);
    }
  }

 private:
  static Limits limits() {
    Limits limits;
    limits.max_file_bytes = kMaxConfigBytes;
    return limits;
  }

  bool read_text(std::string& text) {
    auto content = detail::read_request_file(file_, limits());
    if (auto* error = std::get_if<detail::LoadError>(&content)) {
      report_at({0, 0}, "The configuration file cannot be read: " + error->message,
                "--config names the file to use; --no-config uses none");
      return false;
    }
    text = std::move(std::get<std::string>(content));
    return true;
  }

  ConfigOrigin origin_of(const std::string& pointer) const {
    auto position = document_->key_position(pointer);
    return {shown_, position.line, position.column};
  }

  void report_at(detail::Position position, std::string message, std::string hint) {
    config_.diagnostics.push_back(Diagnostic{shown_, detail::ids::kInvalidConfig, Severity::error,
                                             std::move(message), "", position.line, position.column,
                                             std::move(hint)});
  }
  void report_value(const std::string& pointer, std::string message, std::string hint = {}) {
    report_at(document_->value_position(pointer), std::move(message), std::move(hint));
    config_.diagnostics.back().pointer = pointer;
  }
  void report_key(const std::string& pointer, std::string message, std::string hint = {}) {
    report_at(document_->key_position(pointer), std::move(message), std::move(hint));
    config_.diagnostics.back().pointer = pointer;
  }

  static std::string member_pointer(const std::string& parent, std::string_view key) {
    return parent + "/" + detail::escape_pointer_token(key);
  }

  void read_extend(const rapidjson::Value& value) {
    if (!value.IsString()) {
      report_value("/extend", "`extend` must be the path of another configuration file");
      return;
    }
    fs::path target = absolute_normal(file_.parent_path() / value.GetString());
    std::error_code error;
    if (!fs::is_regular_file(target, error)) {
      report_value("/extend", "`extend` names " + display_path(target) + ", which is not a file",
                   "give a path relative to this file's folder");
      return;
    }
    if (std::find(chain_.begin(), chain_.end(), target) != chain_.end()) {
      report_value("/extend",
                   "`extend` makes a cycle: " + display_path(target) + " is already being read");
      return;
    }
    if (chain_.size() >= kMaxExtendDepth) {
      report_value("/extend",
                   fmt::format("`extend` goes more than {} files deep", kMaxExtendDepth));
      return;
    }
    chain_.push_back(target);
    config_.files.push_back(target);
    ConfigReader parent(config_, chain_);
    parent.read(target);
    chain_.pop_back();
  }

  void read_key(const std::string& key, const rapidjson::Value& value) {
    std::string pointer = member_pointer("", key);
    if (key == "extend") return;  // Read first.
    if (key == "select") {
      if (auto rules = rule_list(pointer, value)) config_.select = {*rules, origin_of(pointer)};
    } else if (key == "ignore") {
      if (auto rules = ignore_list(pointer, value)) config_.ignore = {*rules, origin_of(pointer)};
    } else if (key == "severity") {
      read_severity(pointer, value);
    } else if (key == "per-file-ignores") {
      read_per_file_ignores(pointer, value);
    } else if (key == "exclude") {
      if (auto globs = glob_list(pointer, value)) {
        config_.exclude = {*globs, origin_of(pointer)};
        config_.exclude_base = file_.parent_path();
      }
    } else if (key == "data-root") {
      read_data_root(pointer, value);
    } else if (key == "api") {
      read_api(pointer, value);
    } else if (key == "fail-on") {
      read_fail_on(pointer, value);
    } else {
      auto close = detail::did_you_mean(key, known_keys());
      report_key(pointer, "Unknown setting '" + detail::shorten(key) + "'",
                 close ? "did you mean '" + *close + "'?"
                       : "the settings are " + detail::join(known_keys()));
    }
  }

  /// Strings of a list, or one string as a list of one.
  std::optional<std::vector<std::pair<std::string, std::string>>> strings(
      const std::string& pointer, const rapidjson::Value& value, std::string_view what) {
    std::vector<std::pair<std::string, std::string>> items;  // value, pointer
    if (value.IsString()) {
      items.emplace_back(value.GetString(), pointer);
      return items;
    }
    if (!value.IsArray()) {
      report_value(pointer, fmt::format("`{}` must be a list of {}", pointer.substr(1), what));
      return std::nullopt;
    }
    for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
      std::string item_pointer = pointer + "/" + std::to_string(i);
      if (!value[i].IsString()) {
        report_value(item_pointer,
                     fmt::format("Each item of `{}` must be {}", pointer.substr(1), what));
        continue;
      }
      items.emplace_back(value[i].GetString(), item_pointer);
    }
    return items;
  }

  /// True when `rule` designates a rule; else reports it at the value (or the key) `pointer`.
  bool check_rule(const std::string& pointer, const std::string& rule, bool at_key = false) {
    if (detail::selects_some_rule(rule)) return true;
    auto close = detail::did_you_mean(rule, rule_candidates());
    std::string message = "'" + detail::shorten(rule) + "' names no rule";
    std::string hint = close ? "did you mean '" + *close + "'?"
                             : "`automl-lint rules` lists the rule ids and names";
    if (at_key) {
      report_key(pointer, std::move(message), std::move(hint));
    } else {
      report_value(pointer, std::move(message), std::move(hint));
    }
    return false;
  }

  std::optional<std::vector<std::string>> rule_list(const std::string& pointer,
                                                    const rapidjson::Value& value) {
    auto items = strings(pointer, value, "rule ids, id prefixes or names");
    if (!items) return std::nullopt;
    std::vector<std::string> rules;
    for (const auto& [rule, item_pointer] : *items) {
      if (check_rule(item_pointer, rule)) rules.push_back(rule);
    }
    return rules;
  }

  /// `ignore` and the lists of `per-file-ignores`: rules, or {rule, pointer} mappings.
  std::optional<std::vector<ConfigIgnore>> ignore_list(const std::string& pointer,
                                                       const rapidjson::Value& value) {
    if (!value.IsArray() && !value.IsString()) {
      report_value(pointer,
                   "Expected a list of rules (ids, id prefixes or names) or of "
                   "{rule, pointer} mappings");
      return std::nullopt;
    }
    std::vector<ConfigIgnore> ignores;
    auto add = [&](const rapidjson::Value& item, const std::string& item_pointer) {
      if (item.IsString()) {
        std::string rule = item.GetString();
        if (check_rule(item_pointer, rule)) ignores.push_back({rule, "", origin_of(item_pointer)});
      } else if (item.IsObject()) {
        if (auto scoped = scoped_ignore(item_pointer, item)) ignores.push_back(*scoped);
      } else {
        report_value(item_pointer, "Expected a rule, or a mapping with `rule` and `pointer`");
      }
    };
    if (value.IsString()) {
      add(value, pointer);
    } else {
      for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
        add(value[i], pointer + "/" + std::to_string(i));
      }
    }
    return ignores;
  }

  std::optional<ConfigIgnore> scoped_ignore(const std::string& pointer,
                                            const rapidjson::Value& item) {
    bool valid = true;
    for (const auto& member : item.GetObject()) {
      std::string key = member.name.GetString();
      if (key != "rule" && key != "pointer") {
        report_key(member_pointer(pointer, key),
                   "Unknown key '" + detail::shorten(key) + "' in an ignore",
                   "an ignore at one place has `rule` and `pointer`");
        valid = false;
      }
    }
    const rapidjson::Value* rule = document_->find(pointer + "/rule");
    const rapidjson::Value* at = document_->find(pointer + "/pointer");
    if (!rule || !rule->IsString() || !at || !at->IsString()) {
      report_value(pointer, "An ignore at one place needs `rule` and `pointer`, both strings",
                   "e.g. {rule: AML302, pointer: /InputDataConfig/0/TargetAttributeName}");
      return std::nullopt;
    }
    std::string where = at->GetString();
    if (!where.starts_with("/")) {
      report_value(pointer + "/pointer", "'" + detail::shorten(where) + "' is not a JSON pointer",
                   "a JSON pointer starts with `/`, as the diagnostics show them");
      valid = false;
    }
    if (!check_rule(pointer + "/rule", rule->GetString()) || !valid) return std::nullopt;
    if (only_loader_rules(rule->GetString())) {
      report_value(
          pointer + "/rule",
          "'" + detail::shorten(rule->GetString()) + "' is a loader rule: it always reports",
          "a file that was not read is never a pass");
      return std::nullopt;
    }
    return ConfigIgnore{rule->GetString(), where, origin_of(pointer)};
  }

  std::optional<std::vector<std::string>> glob_list(const std::string& pointer,
                                                    const rapidjson::Value& value) {
    auto items = strings(pointer, value, "globs");
    if (!items) return std::nullopt;
    std::vector<std::string> globs;
    for (const auto& [glob, item_pointer] : *items) {
      if (auto error = glob_error(glob)) {
        report_value(item_pointer,
                     "'" + detail::shorten(glob) + "' is not a valid glob: " + *error);
      } else {
        globs.push_back(glob);
      }
    }
    return globs;
  }

  void read_severity(const std::string& pointer, const rapidjson::Value& value) {
    if (!value.IsObject()) {
      report_value(pointer, "`severity` must map rules to error, warning, info or off",
                   "e.g. severity: {AML302: warning}");
      return;
    }
    static const std::vector<std::string> kLevels = {"error", "warning", "info", "off"};
    for (const auto& member : value.GetObject()) {
      std::string rule = member.name.GetString();
      std::string entry = member_pointer(pointer, rule);
      if (!check_rule(entry, rule, /*at_key=*/true)) continue;
      std::string level = member.value.IsString() ? member.value.GetString() : "";
      if (std::find(kLevels.begin(), kLevels.end(), level) == kLevels.end()) {
        auto close = detail::did_you_mean(level, kLevels);
        bool prefix = !level.empty() &&
                      std::any_of(kLevels.begin(), kLevels.end(), [&](const std::string& known) {
                        return known.starts_with(level);
                      });
        if (prefix)
          close = *std::find_if(kLevels.begin(), kLevels.end(),
                                [&](const auto& known) { return known.starts_with(level); });
        report_value(entry, "The severity of a rule is error, warning, info or off",
                     close && !level.empty() ? "did you mean '" + *close + "'?"
                                             : "write error, warning, info or off");
        continue;
      }
      if (only_loader_rules(rule)) {
        report_key(entry,
                   "'" + detail::shorten(rule) +
                       "' is a loader rule: it always reports, "
                       "as an error",
                   "a file that was not read is never a pass");
        continue;
      }
      ConfigSeverity severity{std::nullopt, origin_of(entry)};
      if (level == "error") severity.severity = Severity::error;
      if (level == "warning") severity.severity = Severity::warning;
      if (level == "info") severity.severity = Severity::info;
      std::string selector = detail::normalise_selector(rule);
      std::erase_if(config_.severity, [&](const auto& entry) { return entry.first == selector; });
      config_.severity.emplace_back(selector, severity);
    }
  }

  /// True when every rule `rule` designates is a loader rule (AML0, AML001; not AML).
  static bool only_loader_rules(const std::string& rule) {
    std::string selector = detail::normalise_selector(rule);
    const auto& rules = all_rules();
    return std::none_of(rules.begin(), rules.end(), [&](const RuleInfo* info) {
      return info->checked_by != CheckedBy::loader && detail::rule_matches(info->id, selector);
    });
  }

  void read_per_file_ignores(const std::string& pointer, const rapidjson::Value& value) {
    if (!value.IsObject()) {
      report_value(pointer, "`per-file-ignores` must map globs to lists of rules",
                   "e.g. per-file-ignores: {\"legacy/**\": [AML5]}");
      return;
    }
    for (const auto& member : value.GetObject()) {
      std::string glob = member.name.GetString();
      std::string entry = member_pointer(pointer, glob);
      if (auto error = glob_error(glob)) {
        report_key(entry, "'" + detail::shorten(glob) + "' is not a valid glob: " + *error);
        continue;
      }
      auto rules = ignore_list(entry, member.value);
      if (!rules) continue;
      fs::path base = file_.parent_path();
      config_.per_file_ignores[base.generic_string() + "\n" + glob] =
          ConfigPerFileIgnore{glob, base, *rules, origin_of(entry)};
    }
  }

  void read_data_root(const std::string& pointer, const rapidjson::Value& value) {
    if (!value.IsString()) {
      report_value(pointer, "`data-root` must be the path of a folder");
      return;
    }
    fs::path folder = absolute_normal(file_.parent_path() / value.GetString());
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
      report_value(pointer, "`data-root` names " + display_path(folder) + ", which is not a folder",
                   "give a path relative to this file's folder");
      return;
    }
    config_.data_root = {folder, origin_of(pointer)};
  }

  void read_api(const std::string& pointer, const rapidjson::Value& value) {
    std::string api = value.IsString() ? value.GetString() : "";
    if (api != "auto" && api != "v1" && api != "v2") {
      report_value(pointer, "`api` is auto, v1 (CreateAutoMLJob) or v2 (CreateAutoMLJobV2)");
      return;
    }
    std::optional<ApiVersion> version;
    if (api != "auto") version = api == "v2" ? ApiVersion::v2 : ApiVersion::v1;
    config_.api = {version, origin_of(pointer)};
  }

  void read_fail_on(const std::string& pointer, const rapidjson::Value& value) {
    std::string level = value.IsString() ? value.GetString() : "";
    static const std::map<std::string, Severity> kLevels = {
        {"error", Severity::error}, {"warning", Severity::warning}, {"info", Severity::info}};
    auto found = kLevels.find(level);
    if (found == kLevels.end()) {
      report_value(pointer, "`fail-on` is error, warning or info");
      return;
    }
    config_.fail_on = {found->second, origin_of(pointer)};
  }

  Config& config_;
  std::vector<fs::path>& chain_;
  fs::path file_;
  std::string shown_;
  std::optional<detail::SourceDocument> document_;
};

bool matches_inside(const std::vector<std::string>& globs, const fs::path& base,
                    const fs::path& file) {
  std::string relative = relative_inside(file, base);
  if (relative.empty()) return false;
  // The file and each folder above it, as the folder walk matches them: `drafts` and
  // `requests/drafts` leave out what requests/drafts/ holds.
  for (std::size_t end = relative.find('/');; end = relative.find('/', end + 1)) {
    std::string_view part = std::string_view(relative).substr(0, end);
    if (std::any_of(globs.begin(), globs.end(),
                    [&](const std::string& glob) { return glob_matches(glob, part); })) {
      return true;
    }
    if (end == std::string::npos) return false;
  }
}

}  // namespace

std::optional<fs::path> find_config(const fs::path& folder) {
  fs::path directory = absolute_normal(folder);
  for (;;) {
    std::error_code error;
    fs::path candidate = directory / kConfigFileName;
    // Whatever has the name is the closest configuration (a folder or a dangling link is then
    // reported as unreadable, never passed over for the one above).
    if (fs::symlink_status(candidate, error).type() != fs::file_type::not_found && !error) {
      return candidate;
    }
    fs::path parent = directory.parent_path();
    if (parent == directory || parent.empty()) return std::nullopt;
    directory = parent;
  }
}

Config load_config(const fs::path& file) {
  Config config;
  fs::path absolute = absolute_normal(file);
  std::vector<fs::path> chain{absolute};
  config.files.push_back(absolute);
  ConfigReader(config, chain).read(absolute);
  // Each file's diagnostics come out after those of the files it extends: put them in file
  // order, the closest first.
  std::stable_sort(config.diagnostics.begin(), config.diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     auto rank = [&](const Diagnostic& d) {
                       for (std::size_t i = 0; i < config.files.size(); ++i) {
                         if (display_path(config.files[i]) == d.file) return i;
                       }
                       return config.files.size();
                     };
                     return std::tuple(rank(a), a.line, a.column) <
                            std::tuple(rank(b), b.line, b.column);
                   });
  return config;
}

bool config_excludes(const Config& config, const fs::path& file) {
  return config.exclude.written() &&
         matches_inside(config.exclude.value, config.exclude_base, file);
}

bool per_file_ignore_applies(const ConfigPerFileIgnore& entry, const fs::path& file) {
  return matches_inside({entry.glob}, entry.base, file);
}

std::vector<ConfigIgnore> per_file_ignores_for(const Config& config, const fs::path& file) {
  std::vector<ConfigIgnore> ignores;
  for (const auto& [key, entry] : config.per_file_ignores) {
    if (!per_file_ignore_applies(entry, file)) continue;
    ignores.insert(ignores.end(), entry.rules.begin(), entry.rules.end());
  }
  return ignores;
}

}  // namespace automl_lint
