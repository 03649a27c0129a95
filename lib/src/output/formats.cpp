// The one table of output formats, and the helpers the formats share.
#include "output/formats.hpp"

#include <array>
#include <filesystem>
#include <sstream>

#include "messages.hpp"
#include "utf8.hpp"

namespace automl_lint {
namespace {

constexpr std::array<OutputFormat, 5> kFormats = {{
    {"text", "file:line:col: severity: message [rule], then a summary line", output::make_text},
    {"json", "one JSON array of diagnostics", output::make_json},
    {"sarif", "SARIF 2.1.0, for GitHub code scanning", output::make_sarif},
    {"github", "GitHub Actions annotations (workflow commands)", output::make_github},
    {"junit", "JUnit XML, a test case per finding (GitLab, Jenkins)", output::make_junit},
}};

}  // namespace

std::span<const OutputFormat> output_formats() {
  return kFormats;
}

const OutputFormat* find_output_format(std::string_view name) {
  for (const OutputFormat& format : kFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

void RunSummary::count(const LintResult& result) {
  if (result.not_a_request) {
    ++files_skipped;
    return;
  }
  ++files_linted;
  files_failed += result.input_failed ? 1 : 0;
  files_with_findings += result.diagnostics.empty() ? 0 : 1;
  for (const Diagnostic& diagnostic : result.diagnostics) {
    switch (diagnostic.severity) {
      case Severity::error:
        ++errors;
        break;
      case Severity::warning:
        ++warnings;
        break;
      case Severity::info:
        ++infos;
        break;
    }
  }
}

void write_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& diagnostic : diagnostics) out << output::plain_text(diagnostic);
}

void write_json(std::ostream& out, const std::vector<Diagnostic>& diagnostics) {
  auto formatter = output::make_json(out, {});
  formatter->begin({});
  LintResult result;
  result.diagnostics = diagnostics;
  formatter->file(result);
  formatter->end({});
}

namespace output {

std::string valid_utf8(std::string_view text) {
  std::string result;
  while (auto bad = detail::first_invalid_utf8(text)) {
    result.append(text.substr(0, *bad));
    result.append("\xEF\xBF\xBD");  // U+FFFD REPLACEMENT CHARACTER, for one bad byte.
    text.remove_prefix(*bad + 1);
  }
  result.append(text);
  return result;
}

std::string normal_path(std::string_view file) {
  std::string path = std::filesystem::path(file).lexically_normal().generic_string();
  while (path.starts_with("./")) path.erase(0, 2);
  return path.empty() ? std::string(file) : path;
}

std::string plain_text(const Diagnostic& d) {
  std::ostringstream out;
  out << d.file;
  if (d.line > 0) out << ':' << d.line << ':' << d.column;  // File-level problems have none.
  out << ": " << to_string(d.severity) << ": " << d.message;
  if (!d.rule.empty()) out << " [" << d.rule << "]";
  out << '\n';
  if (!d.pointer.empty()) out << "    at " << detail::display_pointer(d.pointer) << '\n';
  if (!d.hint.empty()) out << "    hint: " << d.hint << '\n';
  return out.str();
}

}  // namespace output
}  // namespace automl_lint
