// The automl-lint command line: lint CreateAutoMLJob request files, list and explain rules.
#include <CLI/CLI.hpp>
#include <automl_lint/linter.hpp>
#include <automl_lint/output.hpp>
#include <automl_lint/rules.hpp>
#include <automl_lint/version.hpp>
#include <iostream>
#include <iterator>
#include <map>
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
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string fail_on = "error";
  std::string rules_format = "text";
  std::string explain_id;
};

automl_lint::LintResult lint_input(const automl_lint::Linter& linter, const std::string& file,
                                   std::size_t max_bytes) {
  if (file != "-") return linter.lint_file(file);
  // Read one byte past the limit at most: the linter then reports the size, memory stays bounded.
  std::string text;
  char buffer[65536];
  while (text.size() <= max_bytes && std::cin.read(buffer, sizeof buffer).gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
  }
  if (text.size() > max_bytes + 1) text.resize(max_bytes + 1);
  return linter.lint_buffer(text, "<stdin>");
}

automl_lint::Severity severity_named(const std::string& name) {
  static const std::map<std::string, automl_lint::Severity> kByName = {
      {"error", automl_lint::Severity::error},
      {"warning", automl_lint::Severity::warning},
      {"info", automl_lint::Severity::info}};
  return kByName.at(name);
}

int lint(const CommandLine& command_line) {
  automl_lint::Options options;
  options.select = command_line.select;
  options.ignore = command_line.ignore;
  automl_lint::Linter linter(options);
  std::vector<automl_lint::LintResult> results;
  bool input_failed = false;
  for (const std::string& file : command_line.files) {
    results.push_back(lint_input(linter, file, options.limits.max_file_bytes));
    input_failed = input_failed || results.back().input_failed;
  }
  automl_lint::check_across_files(results, options);
  std::vector<automl_lint::Diagnostic> all;
  for (auto& result : results) {
    std::move(result.diagnostics.begin(), result.diagnostics.end(), std::back_inserter(all));
  }
  if (command_line.format == "json") {
    automl_lint::write_json(std::cout, all);
  } else {
    automl_lint::write_text(std::cout, all);
  }
  if (input_failed) return kAbnormal;
  return automl_lint::has_severity_at_least(all, severity_named(command_line.fail_on)) ? kFindings
                                                                                       : kClean;
}

int list_rules(const CommandLine& command_line) {
  if (command_line.rules_format == "markdown") {
    automl_lint::write_rules_markdown(std::cout);
    return kClean;
  }
  for (const automl_lint::RuleInfo* rule : automl_lint::all_rules()) {
    std::cout << rule->id << "  " << rule->name << "  " << automl_lint::to_string(rule->severity)
              << "  " << rule->title << '\n';
  }
  return kClean;
}

int explain(const CommandLine& command_line) {
  const automl_lint::RuleInfo* rule = automl_lint::find_rule(command_line.explain_id);
  if (!rule) {
    std::cerr << "automl-lint: no rule '" << command_line.explain_id
              << "'; `automl-lint rules` lists them\n";
    return kAbnormal;
  }
  std::cout << rule->id << " " << rule->name << " (" << automl_lint::to_string(rule->severity)
            << ")\n"
            << rule->title << '\n'
            << rule->rationale << "\nSource: " << rule->source_url << '\n';
  return kClean;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Lint Amazon SageMaker Autopilot CreateAutoMLJob request files (JSON).\n"
      "Exit status: 0 no findings at the --fail-on level, 1 findings, 2 usage error or an\n"
      "input that could not be read or parsed (the other files are still linted)."};
  app.set_version_flag("--version", std::string("automl-lint ") + automl_lint::version());
  app.require_subcommand(0, 1);
  CommandLine command_line;
  app.add_option("files", command_line.files, "Request files to lint; - reads standard input");
  app.add_option("--format", command_line.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  app.add_option("--select", command_line.select,
                 "Report only these rule ids, id prefixes or names (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--ignore", command_line.ignore,
                 "Never report these rule ids, id prefixes or names (comma-separated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--fail-on", command_line.fail_on, "Lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();

  auto* rules = app.add_subcommand("rules", "List every rule: id, name, severity, title");
  rules->add_option("--format", command_line.rules_format, "text, or markdown (docs/rules.md)")
      ->check(CLI::IsMember({"text", "markdown"}));
  auto* explain_command = app.add_subcommand("explain", "Print a rule's rationale");
  explain_command->add_option("rule", command_line.explain_id, "Rule id or name")->required();

  try {
    app.parse(argc, argv);
    if (!*rules && !*explain_command && command_line.files.empty()) {
      throw CLI::RequiredError("files");
    }
  } catch (const CLI::ParseError& error) {
    int status = app.exit(error);
    return status == 0 ? kClean : kAbnormal;
  }
  try {
    if (*rules) return list_rules(command_line);
    if (*explain_command) return explain(command_line);
    return lint(command_line);
  } catch (const std::exception& error) {
    std::cerr << "automl-lint: internal error: " << error.what() << '\n';
    return kAbnormal;
  }
}
