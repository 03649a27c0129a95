// The automl-lint command line: lint CreateAutoMLJob(V2) request files, list and explain rules.
#include <CLI/CLI.hpp>
#include <automl_lint/linter.hpp>
#include <automl_lint/output.hpp>
#include <automl_lint/rules.hpp>
#include <automl_lint/version.hpp>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
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
  std::string files_from;
  std::string data_root;
  std::string api = "auto";
  unsigned jobs = 0;
  std::size_t max_file_bytes = automl_lint::Limits{}.max_file_bytes;
  std::string explain_id;
};

automl_lint::Severity severity_named(const std::string& name) {
  static const std::map<std::string, automl_lint::Severity> kByName = {
      {"error", automl_lint::Severity::error},
      {"warning", automl_lint::Severity::warning},
      {"info", automl_lint::Severity::info}};
  return kByName.at(name);
}

/// Newline-separated paths from a file ("-": standard input); blank lines are skipped.
std::vector<std::string> read_file_list(const std::string& list_path) {
  std::ifstream file;
  if (list_path != "-") {
    file.open(list_path);
    if (!file) throw CLI::ValidationError("--files-from", "cannot read " + list_path);
  }
  std::istream& in = list_path == "-" ? std::cin : file;
  std::vector<std::string> paths;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) paths.push_back(line);
  }
  return paths;
}

/// Prints each file's diagnostics as soon as it is its turn, so memory does not grow with the
/// number of files; the JSON array is written incrementally.
class Printer {
 public:
  explicit Printer(const std::string& format) {
    if (format == "json") json_.emplace(std::cout);
  }
  void print(const std::vector<automl_lint::Diagnostic>& diagnostics) {
    if (!json_) return automl_lint::write_text(std::cout, diagnostics);
    for (const auto& diagnostic : diagnostics) json_->write(diagnostic);
  }
  void finish() {
    if (json_) json_->finish();
    std::cout.flush();
  }

 private:
  std::optional<automl_lint::JsonArrayWriter> json_;
};

int lint(CommandLine& command_line) {
  automl_lint::Options options;
  options.select = command_line.select;
  options.ignore = command_line.ignore;
  options.limits.max_file_bytes = command_line.max_file_bytes;
  if (!command_line.data_root.empty()) options.data_root = command_line.data_root;
  if (command_line.api != "auto") {
    options.api =
        command_line.api == "v2" ? automl_lint::ApiVersion::v2 : automl_lint::ApiVersion::v1;
  }
  std::vector<std::string> files = std::move(command_line.files);
  if (!command_line.files_from.empty()) {
    auto listed = read_file_list(command_line.files_from);
    files.insert(files.end(), listed.begin(), listed.end());
  }
  automl_lint::Linter linter(options);
  Printer printer(command_line.format);
  automl_lint::Severity threshold = severity_named(command_line.fail_on);
  bool input_failed = false;
  bool findings = false;
  linter.lint_files(files, command_line.jobs, [&](automl_lint::LintResult& result) {
    input_failed = input_failed || result.input_failed;
    findings = findings || automl_lint::has_severity_at_least(result.diagnostics, threshold);
    printer.print(result.diagnostics);
  });
  printer.finish();
  if (input_failed) return kAbnormal;
  return findings ? kFindings : kClean;
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
            << "Applies to: " << automl_lint::describe_scope(rule->applies_to) << '\n'
            << rule->rationale << "\nSource: " << rule->source_url << '\n';
  return kClean;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Lint Amazon SageMaker Autopilot CreateAutoMLJob and CreateAutoMLJobV2 request files\n"
      "(JSON). Exit status: 0 no findings at the --fail-on level, 1 findings, 2 usage error, or\n"
      "an input that could not be read, parsed or fully checked (the other files are still\n"
      "linted).",
      "automl-lint"};
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
  app.add_option("-j,--jobs", command_line.jobs,
                 "Threads to lint with; 0 means one per core. Output order never depends on it")
      ->capture_default_str();
  app.add_option("--files-from", command_line.files_from,
                 "Also lint the files listed in this file, one path per line (- reads stdin)");
  app.add_option("--max-file-size", command_line.max_file_bytes,
                 "Refuse larger files with AML004 (bytes)")
      ->capture_default_str();
  app.add_option("--data-root", command_line.data_root,
                 "Directory that mirrors S3 as DIR/<bucket>/<key> (as `aws s3 sync` leaves it). "
                 "With it, the data rules (AML801-AML827 but AML820) read the objects each request "
                 "points at; without it they are skipped. Nothing outside DIR is read")
      ->check(CLI::ExistingDirectory);
  app.add_option("--api", command_line.api,
                 "The API to check requests as: v1 (CreateAutoMLJob), v2 (CreateAutoMLJobV2), or "
                 "auto (each file's top-level keys decide)")
      ->check(CLI::IsMember({"auto", "v1", "v2"}))
      ->capture_default_str();
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
    if (!*rules && !*explain_command && command_line.files.empty() &&
        command_line.files_from.empty()) {
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
