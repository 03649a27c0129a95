#include "rule_engine.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "builtin_rules.hpp"
#include "data/inspect.hpp"
#include "messages.hpp"

namespace automl_lint::detail {

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return result;
}

namespace {

/// Ids and id prefixes are matched case-insensitively; a rule name is turned into its id.
std::vector<std::string> normalise(std::vector<std::string> patterns) {
  for (std::string& pattern : patterns) {
    const RuleInfo* rule = find_rule(pattern);
    pattern = rule ? std::string(rule->id) : upper(pattern);
  }
  return patterns;
}

bool matches_any(std::string_view id, const std::vector<std::string>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& prefix) {
    return id.substr(0, prefix.size()) == prefix;
  });
}

/// Resolves a rule's reports into findings carrying the rule id and a byte offset.
class EngineReporter : public rules::Reporter {
 public:
  EngineReporter(const rules::Rule& rule, const SourceDocument& document, RuleFindings& out)
      : Reporter(rule.info.severity), rule_(rule), document_(document), out_(out) {}

  void add(rules::Report report) override {
    std::size_t offset = report.at_key ? document_.key_offset(report.pointer)
                                       : document_.value_offset(report.pointer);
    if (report.replaces_shape_finding) out_.replaced_shape_pointers.insert(report.pointer);
    out_.replaced_shape_pointers.insert(report.also_replaces.begin(), report.also_replaces.end());
    out_.findings.push_back({std::string(rule_.info.id), report.severity, std::move(report.message),
                             std::move(report.pointer), std::move(report.hint), offset});
  }

 private:
  const rules::Rule& rule_;
  const SourceDocument& document_;
  RuleFindings& out_;
};

}  // namespace

Selection::Selection(std::vector<std::string> select, std::vector<std::string> ignore)
    : select_(normalise(std::move(select))), ignore_(normalise(std::move(ignore))) {}

bool Selection::enabled(std::string_view rule_id) const {
  if (rule_id.substr(0, 4) == "AML0") return true;
  if (!select_.empty() && !matches_any(rule_id, select_)) return false;
  return !matches_any(rule_id, ignore_);
}

bool any_data_rule_enabled(const Selection& selection) {
  const auto& rules = cross_field_rules();
  return std::any_of(rules.begin(), rules.end(), [&](const rules::Rule* rule) {
    bool reads_data = rule->info.checked_by == CheckedBy::data || rule->uses_data;
    return reads_data && selection.enabled(rule->info.id);
  });
}

RuleFindings run_v1_rules(const SourceDocument& document, const Selection& selection,
                          const data::DataAccess* data_access) {
  RuleFindings result;
  if (!document.root().IsObject()) return result;
  rules::V1Request request = rules::make_v1_request(document);
  std::optional<data::DataView> data;
  if (data_access) {
    data = data::inspect_data(request, data_access->root, &data_access->cache);
    request.data = &*data;
  }
  for (const rules::Rule* rule : cross_field_rules()) {
    if (!selection.enabled(rule->info.id)) continue;
    EngineReporter reporter(*rule, document, result);
    rule->check(request, reporter);
  }
  return result;
}

}  // namespace automl_lint::detail

namespace automl_lint::rules {

std::string quote(std::string_view value) {
  return fmt::format("'{}'", detail::shorten(value));
}

}  // namespace automl_lint::rules

namespace automl_lint {

const std::vector<const RuleInfo*>& all_rules() {
  static const std::vector<const RuleInfo*> kAll = [] {
    std::vector<const RuleInfo*> rules;
    for (const RuleInfo& info : rules::builtin_rules()) rules.push_back(&info);
    for (const rules::Rule* rule : detail::cross_field_rules()) rules.push_back(&rule->info);
    std::sort(rules.begin(), rules.end(), [](auto* a, auto* b) { return a->id < b->id; });
    return rules;
  }();
  return kAll;
}

const RuleInfo* find_rule(std::string_view id_or_name) {
  for (const RuleInfo* rule : all_rules()) {
    if (detail::upper(rule->id) == detail::upper(id_or_name) ||
        detail::upper(rule->name) == detail::upper(id_or_name)) {
      return rule;
    }
  }
  return nullptr;
}

}  // namespace automl_lint
