#include "automl_lint/linter.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <set>
#include <variant>

#include "batch.hpp"
#include "embedded_schemas.hpp"
#include "finding.hpp"
#include "linter_state.hpp"
#include "messages.hpp"
#include "rule_engine.hpp"
#include "rule_ids.hpp"
#include "schema_validator.hpp"
#include "source_document.hpp"
#include "suppressions.hpp"

namespace automl_lint {

std::string_view operation_name(ApiVersion api) {
  return api == ApiVersion::v2 ? "CreateAutoMLJobV2" : "CreateAutoMLJob";
}

Linter::Linter(Options options) : state_(std::make_unique<const State>(options)) {}
Linter::~Linter() = default;

namespace {

std::vector<detail::Finding> duplicate_key_findings(const detail::SourceDocument& document) {
  std::vector<detail::Finding> findings;
  std::string_view consequence = document.format() == InputFormat::yaml
                                     ? "the AWS CLI refuses a YAML request with a duplicate key"
                                     : "the service silently keeps only one of the values";
  for (const auto& duplicate : detail::find_duplicate_keys(document.root())) {
    auto first = document.position_of_offset(document.offset_of(duplicate.first_key));
    std::string name(duplicate.key->GetString(), duplicate.key->GetStringLength());
    findings.push_back({detail::ids::kDuplicateKey, Severity::error,
                        "Duplicate key '" + detail::shorten(name) + "' (first defined at line " +
                            std::to_string(first.line) + ", column " +
                            std::to_string(first.column) + "); " + std::string(consequence),
                        duplicate.pointer, "remove one of the two keys",
                        document.offset_of(duplicate.key)});
  }
  return findings;
}

Diagnostic to_diagnostic(const detail::SourceDocument& document, std::string_view file,
                         detail::Finding finding) {
  auto position = document.position_of_offset(finding.offset);
  return Diagnostic{std::string(file),
                    std::move(finding.rule),
                    finding.severity,
                    std::move(finding.message),
                    std::move(finding.pointer),
                    position.line,
                    position.column,
                    std::move(finding.hint)};
}

}  // namespace

bool detail::ignored_at(const std::vector<ScopedIgnore>& ignore_at, std::string_view rule,
                        std::string_view pointer) {
  return std::any_of(ignore_at.begin(), ignore_at.end(), [&](const ScopedIgnore& ignore) {
    std::string_view at = ignore.pointer;
    bool inside =
        at.empty() || pointer == at ||
        (pointer.starts_with(at) && pointer.size() > at.size() && pointer[at.size()] == '/');
    return inside && detail::rule_matches(rule, ignore.rule);
  });
}

std::optional<Severity> detail::overridden_severity(const std::vector<SeverityOverride>& overrides,
                                                    std::string_view rule) {
  std::optional<Severity> severity;
  for (const SeverityOverride& override : overrides) {
    if (detail::rule_matches(rule, override.rule)) severity = override.severity;
  }
  return severity;
}

void detail::sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
    return std::tie(a.line, a.column, a.rule, a.pointer, a.message) <
           std::tie(b.line, b.column, b.rule, b.pointer, b.message);
  });
}

namespace {

/// Schema findings that a rule explained better, and findings of rules not selected, go.
void filter_findings(std::vector<detail::Finding>& findings, const detail::Selection& selection,
                     const detail::RuleFindings& rules) {
  std::erase_if(findings, [&](const detail::Finding& finding) {
    const RuleInfo* rule = detail::rule_with_id(finding.rule);
    bool shape = rule && rule->checked_by == CheckedBy::schema;
    return !selection.enabled(finding.rule) || (shape && rules.replaces(finding.pointer));
  });
}

bool is_loader_finding(std::string_view rule_id) {
  const RuleInfo* rule = detail::rule_with_id(rule_id);
  return rule && rule->checked_by == CheckedBy::loader;
}

/// Options::ignore_at: findings of those rules at those pointers or inside them go; the
/// loader's findings stay.
void drop_ignored_at(std::vector<detail::Finding>& findings,
                     const std::vector<ScopedIgnore>& ignore_at) {
  if (ignore_at.empty()) return;
  std::erase_if(findings, [&](const detail::Finding& finding) {
    return !is_loader_finding(finding.rule) &&
           detail::ignored_at(ignore_at, finding.rule, finding.pointer);
  });
}

/// Options::severity: the last override that matches a finding's rule sets its severity; the
/// loader's findings keep theirs.
void override_severities(std::vector<detail::Finding>& findings,
                         const std::vector<SeverityOverride>& overrides) {
  if (overrides.empty()) return;
  for (detail::Finding& finding : findings) {
    if (is_loader_finding(finding.rule)) continue;
    if (auto severity = detail::overridden_severity(overrides, finding.rule)) {
      finding.severity = *severity;
    }
  }
}

/// Keeps the first `limit` findings and says how many more there were: one hostile file must not
/// flood the output of a run over many.
void limit_findings(std::vector<detail::Finding>& findings, std::size_t limit) {
  if (findings.size() <= limit) return;
  std::size_t dropped = findings.size() - limit;
  std::size_t offset = findings[limit].offset;
  findings.resize(limit);
  findings.push_back({detail::ids::kInputLimit, Severity::warning,
                      std::to_string(dropped) + " more diagnostics in this file are not shown", "",
                      "fix the ones shown first, or raise the limit", offset});
}

std::optional<JobName> job_name_of(const detail::SourceDocument& document, std::string_view file) {
  const rapidjson::Value* name = document.find("/AutoMLJobName");
  if (!name || !name->IsString()) return std::nullopt;
  auto position = document.value_position("/AutoMLJobName");
  return JobName{std::string(name->GetString(), name->GetStringLength()), std::string(file),
                 position.line, position.column};
}

}  // namespace

LintResult Linter::lint_buffer(std::string_view text, std::string_view display_name,
                               InputFormat format) const {
  detail::SourceDocument document(text, state_->options.limits,
                                  detail::resolve_format(format, display_name, text));
  LintResult result;
  result.file = display_name;
  if (state_->options.skip_non_requests) {
    const auto& error = document.load_error();
    // Only a syntax error leaves the question open; bad encodings and limits are reported.
    bool skip =
        error ? error->rule == detail::ids::kInvalidJson && !rules::text_looks_like_request(text)
              : !rules::looks_like_request(document);
    if (skip) {
      result.not_a_request = true;
      return result;
    }
  }
  std::vector<detail::Finding> findings;
  if (const auto& error = document.load_error()) {
    result.input_failed = true;
    findings.push_back(
        {error->rule, Severity::error, error->message, error->pointer, error->hint, error->offset});
  } else {
    result.api = state_->options.api.value_or(rules::detect_api(document));
    findings = document.load_findings();
    auto duplicates = duplicate_key_findings(document);
    std::move(duplicates.begin(), duplicates.end(), std::back_inserter(findings));
    auto shape = state_->schema(result.api).validate(document);
    std::move(shape.begin(), shape.end(), std::back_inserter(findings));
    auto rules = detail::run_rules(document, result.api, state_->selection,
                                   state_->data ? &*state_->data : nullptr, &state_->enabled_rules);
    std::move(rules.findings.begin(), rules.findings.end(), std::back_inserter(findings));
    filter_findings(findings, state_->selection, rules);
    drop_ignored_at(findings, state_->ignore_at);
    result.job_name = job_name_of(document, display_name);
    if (state_->options.suppression_comments) {
      auto suppressions = detail::find_suppressions(document);
      if (result.job_name) {
        result.job_name->suppressed = detail::claim_suppression(
            suppressions, detail::ids::kJobNameUniqueInRun, result.job_name->line);
      }
      detail::apply_suppressions(findings, std::move(suppressions), document, state_->selection);
    }
    override_severities(findings, state_->severity);
    // A rule that failed did not check the request: like an unread file, never a pass.
    result.input_failed = std::any_of(findings.begin(), findings.end(), [](const auto& finding) {
      return finding.rule == detail::ids::kRuleFailed;
    });
  }
  // In file order, so that positions are computed in one pass over each line.
  std::stable_sort(findings.begin(), findings.end(),
                   [](const auto& a, const auto& b) { return a.offset < b.offset; });
  limit_findings(findings, state_->options.limits.max_diagnostics_per_file);
  for (auto& finding : findings) {
    result.diagnostics.push_back(to_diagnostic(document, display_name, std::move(finding)));
  }
  detail::sort_diagnostics(result.diagnostics);
  return result;
}

void check_across_files(std::vector<LintResult>& results, const Options& options) {
  detail::JobNameRegistry names(detail::Selection(options.select, options.ignore));
  for (LintResult& result : results) names.check(result);
}

std::variant<std::string, detail::LoadError> detail::read_request_file(
    const std::filesystem::path& path, const Limits& limits) {
  auto failure = [](std::string rule, std::string message) {
    return detail::LoadError{std::move(rule), std::move(message), {}, 0, {}};
  };
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0)
    return failure(detail::ids::kUnreadableFile,
                   "Cannot open file: " + std::string(std::strerror(errno)));
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    return failure(detail::ids::kUnreadableFile,
                   "Cannot read file: " + std::string(std::strerror(errno)));
  }
  if (S_ISDIR(info.st_mode))
    return failure(detail::ids::kUnreadableFile, "Is a directory, not a request file");
  if (!S_ISREG(info.st_mode)) {
    return failure(detail::ids::kUnreadableFile,
                   "Not a regular file (a FIFO, socket or device); not read");
  }
  if (static_cast<std::uintmax_t>(info.st_size) > limits.max_file_bytes) {
    return failure(detail::ids::kInputLimit, "File is " + std::to_string(info.st_size) +
                                                 " bytes, over the limit of " +
                                                 std::to_string(limits.max_file_bytes) + " bytes");
  }
  std::string content(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t filled = 0;
  while (filled < content.size()) {
    ssize_t count = ::read(fd, content.data() + filled, content.size() - filled);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0)
      return failure(detail::ids::kUnreadableFile,
                     "Cannot read file: " + std::string(std::strerror(errno)));
    if (count == 0) break;  // The file shrank while we read it.
    filled += static_cast<std::size_t>(count);
  }
  content.resize(filled);
  return content;
}

LintResult Linter::lint_file(const std::filesystem::path& path) const {
  auto content = detail::read_request_file(path, state_->options.limits);
  if (auto* text = std::get_if<std::string>(&content)) return lint_buffer(*text, path.string());
  auto& error = std::get<detail::LoadError>(content);
  LintResult result;
  result.file = path.string();
  result.input_failed = true;
  result.diagnostics.push_back(
      Diagnostic{path.string(), error.rule, Severity::error, error.message, "", 0, 0, error.hint});
  return result;
}

}  // namespace automl_lint
