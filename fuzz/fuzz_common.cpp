#include "fuzz_common.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "automl_lint/output.hpp"
#include "automl_lint/rules.hpp"

namespace automl_lint_fuzz {

using automl_lint::Diagnostic;
using automl_lint::LintResult;
using automl_lint::Severity;

void require(bool condition, const char* what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
  std::fflush(stderr);
  __builtin_trap();
}

const automl_lint::Linter& linter() {
  static const automl_lint::Linter instance;
  return instance;
}

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool valid_rule_id(std::string_view rule) {
  return rule.size() == 6 && rule.substr(0, 3) == "AML" && is_digit(rule[3]) && is_digit(rule[4]) &&
         is_digit(rule[5]) && automl_lint::find_rule(rule) != nullptr;
}

bool is_loader_rule(std::string_view rule) {
  return rule.substr(0, 4) == "AML0";
}

/// Byte offset where each line starts; lines end at '\n' only, as the linter counts them.
std::vector<std::size_t> line_starts(std::string_view input) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < input.size(); ++i) {
    if (input[i] == '\n') starts.push_back(i + 1);
  }
  return starts;
}

void check_diagnostic(const Diagnostic& d, std::string_view display_name,
                      const std::vector<std::size_t>& starts, std::size_t input_size) {
  require(valid_rule_id(d.rule), "rule id is AMLddd and names a known rule");
  int severity = static_cast<int>(d.severity);
  require(
      severity >= static_cast<int>(Severity::info) && severity <= static_cast<int>(Severity::error),
      "severity is info, warning or error");
  require(d.line >= 0, "line >= 0");
  require(d.column >= 0, "column >= 0");
  require(d.file == display_name, "diagnostic names the linted buffer");
  require(!d.message.empty(), "message is not empty");
  require(d.pointer.empty() || d.pointer[0] == '/', "pointer is empty or starts with '/'");
  if (d.line == 0) {
    require(d.column == 0, "no column without a line");
    return;
  }
  require(static_cast<std::size_t>(d.line) <= starts.size(), "line is within the input");
  require(d.column >= 1, "column >= 1 on a line");
  // Columns count code points, so a line of n bytes has at most n + 1 columns (one past the end
  // of the last line, for an error at end of input).
  std::size_t begin = starts[static_cast<std::size_t>(d.line) - 1];
  std::size_t end = static_cast<std::size_t>(d.line) < starts.size()
                        ? starts[static_cast<std::size_t>(d.line)] - 1
                        : input_size;
  require(static_cast<std::size_t>(d.column) <= end - begin + 1, "column is within the line");
}

/// What holds for any result, whatever its text: ids, sort order, loader failures.
void check_result_structure(const LintResult& result) {
  for (const Diagnostic& d : result.diagnostics) {
    require(valid_rule_id(d.rule), "rule id is AMLddd and names a known rule");
    require(d.line >= 0 && d.column >= 0, "line >= 0 and column >= 0");
  }
  for (std::size_t i = 1; i < result.diagnostics.size(); ++i) {
    const Diagnostic& a = result.diagnostics[i - 1];
    const Diagnostic& b = result.diagnostics[i];
    require(std::tie(a.line, a.column, a.rule) <= std::tie(b.line, b.column, b.rule),
            "diagnostics are sorted by line, column, rule");
  }
  if (result.input_failed) {
    require(result.diagnostics.size() == 1 && is_loader_rule(result.diagnostics[0].rule),
            "an input that failed has exactly one loader diagnostic");
    require(!result.job_name, "an input that failed has no job name");
  }
  for (const Diagnostic& d : result.diagnostics) {
    bool fatal = d.rule == "AML001" || d.rule == "AML002" || d.rule == "AML004";
    require(!fatal || result.input_failed, "a parse, encoding or limit error fails the input");
  }
  if (result.job_name) {
    require(result.job_name->line >= 1 && result.job_name->column >= 1,
            "the job name has a position");
  }
}

/// Both writers must accept every result; the JSON must parse back (as valid UTF-8) into one
/// object per diagnostic with the same rule, position and message.
void render(const std::vector<Diagnostic>& diagnostics) {
  std::ostringstream text;
  automl_lint::write_text(text, diagnostics);
  require(diagnostics.empty() == text.str().empty(), "write_text prints one entry per diagnostic");

  std::ostringstream json;
  automl_lint::write_json(json, diagnostics);
  std::string out = json.str();
  rapidjson::Document parsed;
  parsed.Parse<rapidjson::kParseValidateEncodingFlag>(out.data(), out.size());
  if (parsed.HasParseError()) {
    std::fprintf(stderr, "write_json output does not parse: %s at offset %zu\n",
                 rapidjson::GetParseError_En(parsed.GetParseError()), parsed.GetErrorOffset());
  }
  require(!parsed.HasParseError(), "write_json prints valid UTF-8 JSON");
  require(parsed.IsArray() && parsed.Size() == diagnostics.size(),
          "write_json prints an array of one object per diagnostic");
  for (rapidjson::SizeType i = 0; i < parsed.Size(); ++i) {
    const rapidjson::Value& object = parsed[i];
    const Diagnostic& d = diagnostics[i];
    require(object.IsObject() && object.HasMember("rule") && object["rule"].IsString() &&
                std::string_view(object["rule"].GetString(), object["rule"].GetStringLength()) ==
                    d.rule,
            "write_json keeps the rule id");
    require(object.HasMember("line") && object["line"].IsInt() &&
                object["line"].GetInt() == d.line && object.HasMember("column") &&
                object["column"].IsInt() && object["column"].GetInt() == d.column,
            "write_json keeps the position");
    require(object.HasMember("message") && object["message"].IsString() &&
                std::string_view(object["message"].GetString(),
                                 object["message"].GetStringLength()) == d.message,
            "write_json keeps the message");
  }
}

LintResult renamed(const LintResult& result, const std::string& file) {
  LintResult copy = result;
  for (Diagnostic& d : copy.diagnostics) d.file = file;
  if (copy.job_name) copy.job_name->file = file;
  return copy;
}

std::size_t count_rule(const LintResult& result, std::string_view rule) {
  std::size_t n = 0;
  for (const Diagnostic& d : result.diagnostics) n += d.rule == rule;
  return n;
}

/// check_across_files on two results: the same request under two names gives the later one
/// AML202; the same file named twice gives nothing.
void across_files(const LintResult& result) {
  std::vector<LintResult> two{renamed(result, "a.json"), renamed(result, "b.json")};
  automl_lint::check_across_files(two);
  require(count_rule(two[0], "AML202") == count_rule(result, "AML202"),
          "check_across_files leaves the first file alone");
  std::size_t expected = count_rule(result, "AML202") + (result.job_name ? 1 : 0);
  require(count_rule(two[1], "AML202") == expected,
          "check_across_files reports a job name used twice on the later file");
  for (const LintResult& r : two) check_result_structure(r);
  render(two[1].diagnostics);

  std::vector<LintResult> same{renamed(result, "a.json"), renamed(result, "a.json")};
  automl_lint::check_across_files(same);
  require(count_rule(same[1], "AML202") == count_rule(result, "AML202"),
          "check_across_files ignores the same file named twice");
}

}  // namespace

void check_result(std::string_view input, std::string_view display_name, const LintResult& result) {
  std::vector<std::size_t> starts = line_starts(input);
  for (const Diagnostic& d : result.diagnostics) {
    check_diagnostic(d, display_name, starts, input.size());
  }
  check_result_structure(result);
}

LintResult lint_and_check(std::string_view input) {
  static constexpr std::string_view kName = "fuzz.json";
  LintResult result = linter().lint_buffer(input, kName);
  check_result(input, kName, result);
  if (result.job_name) {
    require(result.job_name->file == kName, "the job name names the linted buffer");
    require(static_cast<std::size_t>(result.job_name->line) <= line_starts(input).size(),
            "the job name's line is within the input");
  }
  render(result.diagnostics);
  across_files(result);
  return result;
}

}  // namespace automl_lint_fuzz
