// The automl-lint command line: lint CreateAutoMLJob request files.
#include <CLI/CLI.hpp>
#include <automl_lint/linter.hpp>
#include <automl_lint/output.hpp>
#include <automl_lint/version.hpp>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace {

// Exit codes, as ruff and most linters use them.
constexpr int kClean = 0;
constexpr int kFindings = 1;
constexpr int kAbnormal = 2;

struct CommandLine {
  std::vector<std::string> files;
  std::string format = "text";
};

automl_lint::LintResult lint_input(const automl_lint::Linter& linter, const std::string& file) {
  if (file != "-") return linter.lint_file(file);
  // Read one byte past the limit at most: the linter then reports the size, memory stays bounded.
  std::string text;
  std::size_t cap = automl_lint::Limits{}.max_file_bytes + 1;
  char buffer[65536];
  while (text.size() < cap && std::cin.read(buffer, sizeof buffer).gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
  }
  if (text.size() > cap) text.resize(cap);
  return linter.lint_buffer(text, "<stdin>");
}

int run(const CommandLine& command_line) {
  automl_lint::Linter linter;
  std::vector<automl_lint::Diagnostic> all;
  bool input_failed = false;
  for (const std::string& file : command_line.files) {
    auto result = lint_input(linter, file);
    input_failed = input_failed || result.input_failed;
    std::move(result.diagnostics.begin(), result.diagnostics.end(), std::back_inserter(all));
  }
  if (command_line.format == "json") {
    automl_lint::write_json(std::cout, all);
  } else {
    automl_lint::write_text(std::cout, all);
  }
  if (input_failed) return kAbnormal;
  return automl_lint::has_severity_at_least(all, automl_lint::Severity::error) ? kFindings : kClean;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Lint Amazon SageMaker Autopilot CreateAutoMLJob request files (JSON).\n"
      "Exit status: 0 no errors, 1 error-level findings, 2 usage error or unreadable input."};
  app.set_version_flag("--version", std::string("automl-lint ") + automl_lint::version());
  CommandLine command_line;
  app.add_option("files", command_line.files, "Request files to lint; - reads standard input")
      ->required();
  app.add_option("--format", command_line.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int status = app.exit(error);
    return status == 0 ? kClean : kAbnormal;
  }
  try {
    return run(command_line);
  } catch (const std::exception& error) {
    std::cerr << "automl-lint: internal error: " << error.what() << '\n';
    return kAbnormal;
  }
}
