#include "rule_engine.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "builtin_rules.hpp"
#include "data/inspect.hpp"
#include "messages.hpp"
#include "rule_ids.hpp"

namespace automl_lint::detail {

namespace {

/// Ids and id prefixes are matched case-insensitively; a rule name is turned into its id.
std::vector<std::string> normalise(std::vector<std::string> patterns) {
  for (std::string& pattern : patterns) pattern = normalise_selector(pattern);
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
  EngineReporter(const rules::Rule& rule, const SourceDocument& document,
                 const Selection& selection, RuleFindings& out)
      : Reporter(rule.info.severity),
        rule_(rule),
        document_(document),
        selection_(selection),
        out_(out) {}

  bool deferred_to(std::string_view rule_id) const override {
    const auto& declared = rule_.defers_to;
    if (std::find(declared.begin(), declared.end(), rule_id) == declared.end()) {
      throw std::logic_error(
          fmt::format("{} defers to {} without declaring it in defers_to", rule_.info.id, rule_id));
    }
    return selection_.enabled(rule_id);
  }

  void add(rules::Report report) override {
    std::size_t offset = report.at_key ? document_.key_offset(report.pointer)
                                       : document_.value_offset(report.pointer);
    if (report.replaces_shape_finding) out_.replaced_shape_pointers.insert(report.pointer);
    if (report.replaces_shape_findings_inside) {
      out_.replaced_shape_members.push_back(report.pointer);
    }
    out_.replaced_shape_pointers.insert(report.also_replaces.begin(), report.also_replaces.end());
    out_.findings.push_back({std::string(rule_.info.id), report.severity, std::move(report.message),
                             std::move(report.pointer), std::move(report.hint), offset});
  }

 private:
  const rules::Rule& rule_;
  const SourceDocument& document_;
  const Selection& selection_;
  RuleFindings& out_;
};

constexpr Scope scope_of(ProblemKind problem) {
  switch (problem) {
    case ProblemKind::tabular:
      return scope::v2_tabular;
    case ProblemKind::time_series:
      return scope::v2_time_series;
    case ProblemKind::text_generation:
      return scope::v2_text_generation;
    case ProblemKind::text_classification:
      return scope::v2_text_classification;
    case ProblemKind::image_classification:
      return scope::v2_image_classification;
    case ProblemKind::unknown:
      break;
  }
  return scope::v2;
}

/// Runs one rule; an exception becomes its own finding, so the file keeps every other one.
void run_rule(const rules::Rule& rule, const rules::Request& request,
              const SourceDocument& document, const Selection& selection, RuleFindings& result) {
  std::size_t kept = result.findings.size();
  try {
    EngineReporter reporter(rule, document, selection, result);
    rule.check(request, reporter);
  } catch (const std::exception& error) {
    result.findings.resize(kept);  // A half-finished check's reports are not trusted.
    result.findings.push_back(
        {detail::ids::kRuleFailed, Severity::error,
         fmt::format("Rule {} ({}) failed on this request: {}", rule.info.id, rule.info.name,
                     error.what()),
         "", "please report this as an automl-lint bug, with the request file", 0});
  }
}

}  // namespace

std::string normalise_selector(std::string_view selector) {
  const RuleInfo* rule = find_rule(selector);
  return rule ? std::string(rule->id) : upper(selector);
}

bool rule_matches(std::string_view rule_id, std::string_view normalised_selector) {
  return rule_id.substr(0, normalised_selector.size()) == normalised_selector;
}

bool selects_some_rule(std::string_view selector) {
  if (selector.empty()) return false;
  std::string normalised = normalise_selector(selector);
  const auto& rules = all_rules();
  return std::any_of(rules.begin(), rules.end(),
                     [&](const RuleInfo* rule) { return rule_matches(rule->id, normalised); });
}

Selection::Selection(std::vector<std::string> select, std::vector<std::string> ignore)
    : select_(normalise(std::move(select))), ignore_(normalise(std::move(ignore))) {}

bool RuleFindings::replaces(const std::string& pointer) const {
  if (replaced_shape_pointers.count(pointer) > 0) return true;
  return std::any_of(
      replaced_shape_members.begin(), replaced_shape_members.end(), [&](const std::string& member) {
        return pointer == member || (pointer.starts_with(member) && pointer[member.size()] == '/');
      });
}

const RuleInfo* rule_with_id(std::string_view id) {
  static const std::unordered_map<std::string_view, const RuleInfo*> kById = [] {
    std::unordered_map<std::string_view, const RuleInfo*> by_id;
    for (const RuleInfo* rule : all_rules()) by_id.emplace(rule->id, rule);
    return by_id;
  }();
  auto found = kById.find(id);
  return found == kById.end() ? nullptr : found->second;
}

bool Selection::enabled(std::string_view rule_id) const {
  // The loader's checks always report: a file that was not read must never pass silently.
  const RuleInfo* rule = rule_with_id(rule_id);
  if (rule && rule->checked_by == CheckedBy::loader) return true;
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

std::vector<const rules::Rule*> enabled_rules(const Selection& selection) {
  std::vector<const rules::Rule*> enabled;
  for (const rules::Rule* rule : cross_field_rules()) {
    if (selection.enabled(rule->info.id)) enabled.push_back(rule);
  }
  return enabled;
}

bool applies(Scope rule_scope, ApiVersion api, ProblemKind problem) {
  if (api == ApiVersion::v1) return (rule_scope & scope::v1) != 0;
  Scope wanted = scope_of(problem);
  return (rule_scope & wanted) == wanted;
}

RuleFindings run_rules(const SourceDocument& document, ApiVersion api, const Selection& selection,
                       const data::DataAccess* data_access,
                       const std::vector<const rules::Rule*>* rules) {
  RuleFindings result;
  if (!document.root().IsObject()) return result;
  rules::Request request = rules::make_request(document, api);
  std::optional<data::DataView> data;
  if (data_access) {
    data = data::inspect_data(request, data_access->root, &data_access->cache);
    request.data = &*data;
  }
  std::vector<const rules::Rule*> selected;
  if (!rules) selected = enabled_rules(selection);
  for (const rules::Rule* rule : rules ? *rules : selected) {
    if (!applies(rule->info.applies_to, api, request.problem)) continue;
    run_rule(*rule, request, document, selection, result);
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
