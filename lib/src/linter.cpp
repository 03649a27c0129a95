#include "automl_lint/linter.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include "embedded_schemas.hpp"
#include "finding.hpp"
#include "messages.hpp"
#include "schema_validator.hpp"
#include "source_document.hpp"

namespace automl_lint {

struct Linter::State {
  explicit State(Options options_in) : options(options_in) {}
  Options options;
  detail::SchemaValidator v1_schema{detail::kCreateAutoMLJobSchema};
};

Linter::Linter(Options options) : state_(std::make_unique<const State>(options)) {}
Linter::~Linter() = default;

namespace {

std::vector<detail::Finding> duplicate_key_findings(const detail::SourceDocument& document) {
  std::vector<detail::Finding> findings;
  for (const auto& duplicate : detail::find_duplicate_keys(document.root())) {
    auto first = document.position_of_offset(document.offset_of(duplicate.first_key));
    std::string name(duplicate.key->GetString(), duplicate.key->GetStringLength());
    findings.push_back(
        {"AML003", Severity::error,
         "Duplicate key '" + detail::shorten(name) + "' (first defined at line " +
             std::to_string(first.line) + ", column " + std::to_string(first.column) +
             "); the service silently keeps only one of the values",
         duplicate.pointer, "remove one of the two keys", document.offset_of(duplicate.key)});
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

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
    return std::tie(a.line, a.column, a.rule, a.pointer, a.message) <
           std::tie(b.line, b.column, b.rule, b.pointer, b.message);
  });
}

}  // namespace

LintResult Linter::lint_buffer(std::string_view text, std::string_view display_name) const {
  detail::SourceDocument document(text, state_->options.limits);
  LintResult result;
  std::vector<detail::Finding> findings;
  if (const auto& error = document.load_error()) {
    result.input_failed = true;
    findings.push_back(
        {error->rule, Severity::error, error->message, "", error->hint, error->offset});
  } else {
    findings = duplicate_key_findings(document);
    auto shape = state_->v1_schema.validate(document);
    std::move(shape.begin(), shape.end(), std::back_inserter(findings));
  }
  for (auto& finding : findings) {
    result.diagnostics.push_back(to_diagnostic(document, display_name, std::move(finding)));
  }
  sort_diagnostics(result.diagnostics);
  return result;
}

LintResult Linter::lint_file(const std::filesystem::path& path) const {
  std::string name = path.string();
  auto failure = [&](std::string message) {
    LintResult result;
    result.input_failed = true;
    result.diagnostics.push_back(
        Diagnostic{name, "AML005", Severity::error, std::move(message), "", 0, 0, ""});
    return result;
  };
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) return failure("Is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return failure("Cannot open file: " + std::generic_category().message(errno));
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return failure("Cannot read file");
  return lint_buffer(content.str(), name);
}

}  // namespace automl_lint
