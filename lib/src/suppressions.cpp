#include "suppressions.hpp"

#include <yaml.h>

#include <algorithm>
#include <optional>
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

/// Sorted, with overlapping spans merged, so that one forward pass can look a position up.
void merge_spans(std::vector<std::pair<std::size_t, std::size_t>>& spans) {
  std::sort(spans.begin(), spans.end());
  std::vector<std::pair<std::size_t, std::size_t>> merged;
  for (const auto& span : spans) {
    if (!merged.empty() && span.first < merged.back().second) {
      merged.back().second = std::max(merged.back().second, span.second);
    } else {
      merged.push_back(span);
    }
  }
  spans = std::move(merged);
}

/// Answers "is this byte offset inside a token?" for increasing offsets, in one pass over the
/// text and the spans whatever the number of questions.
class TokenCursor {
 public:
  explicit TokenCursor(std::string_view body) : body_(body), spans_(token_spans(body)) {
    merge_spans(spans_);
  }
  bool inside_token(std::size_t offset) {
    for (; byte_ < offset && byte_ < body_.size(); ++byte_) {
      if ((static_cast<unsigned char>(body_[byte_]) & 0xC0) != 0x80) ++character_;
    }
    while (span_ < spans_.size() && spans_[span_].second <= character_) ++span_;
    return span_ < spans_.size() && spans_[span_].first <= character_;
  }

 private:
  std::string_view body_;
  std::vector<std::pair<std::size_t, std::size_t>> spans_;
  std::size_t byte_ = 0;
  std::size_t character_ = 0;
  std::size_t span_ = 0;
};

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
/// that holds something other than white space and a comment. Asked for increasing offsets, it
/// scans each run of comment lines once.
class TargetLines {
 public:
  TargetLines(std::string_view text, const SourceDocument& document)
      : text_(text), document_(document) {}

  int of(std::size_t hash) {
    int comment_line = document_.position_of_offset(hash).line;
    std::size_t line_start = text_.rfind('\n', hash);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    if (!std::all_of(text_.begin() + line_start, text_.begin() + hash, is_blank)) {
      return comment_line;
    }
    if (hash >= content_) content_ = next_content(hash);
    // Nothing follows: it can suppress nothing, and says so.
    if (content_ >= text_.size()) return comment_line;
    return document_.position_of_offset(content_).line;
  }

 private:
  /// The first byte of the first line after `from`'s that has content, or the text's size.
  std::size_t next_content(std::size_t from) const {
    for (std::size_t next = text_.find('\n', from); next != std::string_view::npos;
         next = text_.find('\n', next + 1)) {
      std::size_t first = next + 1;
      while (first < text_.size() && (is_blank(text_[first]) || text_[first] == '\r')) ++first;
      if (first < text_.size() && text_[first] != '\n' && text_[first] != '#') return first;
    }
    return text_.size();
  }

  std::string_view text_;
  const SourceDocument& document_;
  std::size_t content_ = 0;
};

/// True when every rule the selector designates is a loader rule (AML0, AML001; not AML).
bool only_loader_rules(std::string_view selector) {
  const auto& rules = all_rules();
  return std::none_of(rules.begin(), rules.end(), [&](const RuleInfo* rule) {
    return rule->checked_by != CheckedBy::loader && rule_matches(rule->id, selector);
  });
}

bool enabled_rule_matches(std::string_view selector, const Selection& selection) {
  const auto& rules = all_rules();
  return std::any_of(rules.begin(), rules.end(), [&](const RuleInfo* rule) {
    return rule->checked_by != CheckedBy::loader && rule_matches(rule->id, selector) &&
           selection.enabled(rule->id);
  });
}

struct ByLine {
  bool operator()(const Suppression& suppression, int line) const {
    return suppression.target_line < line;
  }
  bool operator()(int line, const Suppression& suppression) const {
    return line < suppression.target_line;
  }
};

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
  std::optional<TokenCursor> tokens;  // Scanned only when a candidate is found.
  TargetLines targets(text, document);
  for (std::size_t at = text.find(kMarker); at != std::string_view::npos;
       at = text.find(kMarker, at + kMarker.size())) {
    std::size_t hash = at;
    while (hash > 0 && is_blank(text[hash - 1])) --hash;
    if (hash == 0 || text[hash - 1] != '#') continue;
    --hash;
    // YAML starts a comment at a `#` that begins a line or follows white space.
    if (hash > bom && !is_blank(text[hash - 1]) && text[hash - 1] != '\n') continue;
    if (!tokens) tokens.emplace(text.substr(bom));
    if (tokens->inside_token(hash - bom)) continue;
    Suppression suppression;
    suppression.offset = hash;
    suppression.target_line = targets.of(hash);
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

bool claim_suppression(std::vector<Suppression>& suppressions, std::string_view rule_id, int line) {
  bool claimed = false;
  for (Suppression& suppression : suppressions) {
    if (suppression.target_line != line) continue;
    for (Suppression::Entry& entry : suppression.rules) {
      if (rule_matches(rule_id, entry.selector)) entry.used = claimed = true;
    }
  }
  return claimed;
}

void apply_suppressions(std::vector<Finding>& findings, std::vector<Suppression> suppressions,
                        const SourceDocument& document, const Selection& selection) {
  if (suppressions.empty()) return;
  // By line, so that each finding looks up the comments of its line only.
  std::stable_sort(suppressions.begin(), suppressions.end(),
                   [](const auto& a, const auto& b) { return a.target_line < b.target_line; });
  std::erase_if(findings, [&](const Finding& finding) {
    const RuleInfo* rule = rule_with_id(finding.rule);
    if (!rule || rule->checked_by == CheckedBy::loader) return false;
    int line = document.position_of_offset(finding.offset).line;
    bool dropped = false;
    auto [first, last] = std::equal_range(suppressions.begin(), suppressions.end(), line, ByLine{});
    // Iterators, not std::ranges::subrange: clang-14 rejects libstdc++ 12's ranges.
    for (auto suppression = first; suppression != last; ++suppression) {
      for (Suppression::Entry& entry : suppression->rules) {
        if (!rule_matches(finding.rule, entry.selector)) continue;
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
      } else if (only_loader_rules(entry.selector)) {
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
