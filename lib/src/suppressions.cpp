#include "suppressions.hpp"

#include <yaml.h>

#include <algorithm>
#include <utility>

#include "automl_lint/rules.hpp"
#include "messages.hpp"
#include "rule_ids.hpp"

namespace automl_lint::detail {
namespace {

constexpr std::string_view kMarker = "automl-lint:";
constexpr std::string_view kDisable = "disable";

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

bool is_rule_character(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

/// The character ranges [start, end) of libyaml's tokens: everything that is not white space
/// or a comment. Scanning stops at the first error (the document loaded, so there is none).
std::vector<std::pair<std::size_t, std::size_t>> token_spans(std::string_view body) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(body.data()),
                               body.size());
  for (;;) {
    yaml_token_t token;
    if (!yaml_parser_scan(&parser, &token)) break;
    bool end = token.type == YAML_STREAM_END_TOKEN;
    if (token.end_mark.index > token.start_mark.index) {
      spans.emplace_back(token.start_mark.index, token.end_mark.index);
    }
    yaml_token_delete(&token);
    if (end) break;
  }
  yaml_parser_delete(&parser);
  return spans;
}

/// The character index of a byte offset into UTF-8 text.
std::size_t character_index(std::string_view text, std::size_t offset) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.begin() + offset, [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

/// The rules after `disable=`, separated by commas (spaces allowed after a comma).
void parse_rules(std::string_view text, std::size_t at, Suppression& out) {
  for (;;) {
    std::size_t end = at;
    while (end < text.size() && is_rule_character(text[end])) ++end;
    if (end == at) {
      out.problem = "names no rule after `disable=`";
      return;
    }
    std::string written(text.substr(at, end - at));
    out.rules.push_back({written, normalise_selector(written), at, false});
    if (end >= text.size() || text[end] != ',') return;
    at = end + 1;
    while (at < text.size() && is_blank(text[at])) ++at;
  }
}

/// The line a suppression applies to: its own, or for a comment alone on its line the next line
/// that holds something other than white space and a comment.
int target_line(std::string_view text, std::size_t hash, int comment_line) {
  std::size_t line_start = text.rfind('\n', hash);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  bool alone = std::all_of(text.begin() + line_start, text.begin() + hash, is_blank);
  if (!alone) return comment_line;
  int line = comment_line;
  std::size_t next = text.find('\n', hash);
  while (next != std::string_view::npos) {
    ++line;
    std::size_t start = next + 1;
    std::size_t first = start;
    while (first < text.size() && (is_blank(text[first]) || text[first] == '\r')) ++first;
    if (first < text.size() && text[first] != '\n' && text[first] != '#') return line;
    next = text.find('\n', start);
  }
  return comment_line;  // Nothing follows: it can suppress nothing, and says so.
}

bool is_loader_rule(std::string_view selector) {
  const auto& rules = all_rules();
  return std::any_of(rules.begin(), rules.end(), [&](const RuleInfo* rule) {
    return rule->checked_by == CheckedBy::loader && rule_matches(rule->id, selector);
  });
}

bool enabled_rule_matches(std::string_view selector, const Selection& selection) {
  const auto& rules = all_rules();
  return std::any_of(rules.begin(), rules.end(), [&](const RuleInfo* rule) {
    return rule->checked_by != CheckedBy::loader && rule_matches(rule->id, selector) &&
           selection.enabled(rule->id);
  });
}

Finding unused_finding(std::string message, std::size_t offset, std::string hint) {
  return {
      ids::kUnusedSuppression, Severity::warning, std::move(message), "", std::move(hint), offset};
}

}  // namespace

std::vector<Suppression> find_suppressions(const SourceDocument& document) {
  std::vector<Suppression> found;
  if (document.format() != InputFormat::yaml || document.load_error()) return found;
  std::string_view text = document.text();
  std::size_t bom = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  bool scanned = false;
  for (std::size_t at = text.find(kMarker); at != std::string_view::npos;
       at = text.find(kMarker, at + kMarker.size())) {
    std::size_t hash = at;
    while (hash > 0 && is_blank(text[hash - 1])) --hash;
    if (hash == 0 || text[hash - 1] != '#') continue;
    --hash;
    // YAML starts a comment at a `#` that begins a line or follows white space.
    if (hash > bom && !is_blank(text[hash - 1]) && text[hash - 1] != '\n') continue;
    if (!scanned) {
      spans = token_spans(text.substr(bom));
      scanned = true;
    }
    std::size_t index = character_index(text.substr(bom), hash - bom);
    bool in_token = std::any_of(spans.begin(), spans.end(), [&](const auto& span) {
      return span.first <= index && index < span.second;
    });
    if (in_token) continue;
    Suppression suppression;
    suppression.offset = hash;
    suppression.target_line = target_line(text, hash, document.position_of_offset(hash).line);
    std::size_t directive = at + kMarker.size();
    while (directive < text.size() && is_blank(text[directive])) ++directive;
    std::size_t equals = directive + kDisable.size();
    while (equals < text.size() && is_blank(text[equals])) ++equals;
    if (text.substr(directive, kDisable.size()) == kDisable && equals < text.size() &&
        text[equals] == '=') {
      std::size_t first = equals + 1;
      while (first < text.size() && is_blank(text[first])) ++first;
      parse_rules(text, first, suppression);
    } else {
      suppression.problem = "is not a directive automl-lint knows";
    }
    found.push_back(std::move(suppression));
  }
  return found;
}

void apply_suppressions(std::vector<Finding>& findings, std::vector<Suppression> suppressions,
                        const SourceDocument& document, const Selection& selection) {
  if (suppressions.empty()) return;
  std::erase_if(findings, [&](const Finding& finding) {
    const RuleInfo* rule = rule_with_id(finding.rule);
    if (!rule || rule->checked_by == CheckedBy::loader) return false;
    int line = document.position_of_offset(finding.offset).line;
    bool dropped = false;
    for (Suppression& suppression : suppressions) {
      if (suppression.target_line != line) continue;
      for (Suppression::Entry& entry : suppression.rules) {
        if (!rule_matches(finding.rule, entry.selector) || is_loader_rule(entry.selector)) {
          continue;
        }
        entry.used = true;
        dropped = true;
      }
    }
    return dropped;
  });
  if (!selection.enabled(ids::kUnusedSuppression)) return;
  for (const Suppression& suppression : suppressions) {
    if (!suppression.problem.empty()) {
      findings.push_back(unused_finding(
          "This `# automl-lint:` comment " + suppression.problem, suppression.offset,
          "write `# automl-lint: disable=RULE` (rule ids, id prefixes or names, comma-separated)"));
      continue;
    }
    for (const Suppression::Entry& entry : suppression.rules) {
      std::string quoted = "'" + shorten(entry.written) + "'";
      if (!selects_some_rule(entry.written)) {
        findings.push_back(unused_finding("The suppression names " + quoted + ", which is no rule",
                                          entry.offset,
                                          "`automl-lint rules` lists the rule ids and names"));
      } else if (is_loader_rule(entry.selector)) {
        findings.push_back(unused_finding(
            "The suppression names " + quoted + ", a loader rule, which cannot be suppressed",
            entry.offset, "fix the file instead: a file that is not read is never a pass"));
      } else if (!entry.used && enabled_rule_matches(entry.selector, selection)) {
        findings.push_back(unused_finding("The suppression of " + quoted +
                                              " is unused: no such finding on line " +
                                              std::to_string(suppression.target_line),
                                          entry.offset, "remove it (or the rule from its list)"));
      }
    }
  }
}

}  // namespace automl_lint::detail
