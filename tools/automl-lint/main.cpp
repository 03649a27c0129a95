// The automl-lint command line: lint CreateAutoMLJob(V2) request files, list and explain rules,
// migrate a CreateAutoMLJob request to CreateAutoMLJobV2.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <automl_lint/linter.hpp>
#include <automl_lint/migrate.hpp>
#include <automl_lint/output.hpp>
#include <automl_lint/rules.hpp>
#include <automl_lint/version.hpp>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
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
  std::string stdin_format = "auto";
  unsigned jobs = 0;
  std::size_t max_file_bytes = automl_lint::Limits{}.max_file_bytes;
  std::string explain_id;
  std::string migrate_input;
  std::string migrate_output;
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
  if (command_line.stdin_format != "auto") {
    options.stdin_format = command_line.stdin_format == "yaml" ? automl_lint::InputFormat::yaml
                                                               : automl_lint::InputFormat::json;
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

/// Standard input, one byte past the limit at most (the loader then reports the size).
std::string read_standard_input(std::size_t max_bytes) {
  std::string text;
  char buffer[65536];
  while (text.size() <= max_bytes && std::cin.read(buffer, sizeof buffer).gcount() > 0) {
    text.append(buffer, static_cast<std::size_t>(std::cin.gcount()));
  }
  if (text.size() > max_bytes + 1) text.resize(max_bytes + 1);
  return text;
}

/// Why `output` may not be written, or empty: it must not exist yet (not even as a dangling
/// symlink), and in particular must not be the input under another name.
std::string refuse_output(const std::string& input, const std::string& output) {
  struct stat out_info {};
  if (::lstat(output.c_str(), &out_info) != 0) return {};
  struct stat target {};
  struct stat in_info {};
  bool resolves = ::stat(output.c_str(), &target) == 0;
  bool input_known = input == "-" ? ::fstat(STDIN_FILENO, &in_info) == 0 && S_ISREG(in_info.st_mode)
                                  : ::stat(input.c_str(), &in_info) == 0;
  if (resolves && input_known && target.st_dev == in_info.st_dev &&
      target.st_ino == in_info.st_ino) {
    return output + " is the input file; migrate never writes over its input";
  }
  return output +
         " already exists; migrate writes a new file only (remove it or pick another name)";
}

/// Writes `text` to the new file `output` atomically: a temporary file in the same folder, then
/// a rename that refuses to replace an existing file. Returns why it failed, or empty.
std::string write_new_file(const std::string& output, const std::string& text) {
  namespace fs = std::filesystem;
  fs::path target(output);
  if (target.filename().empty() || target.filename() == "." || target.filename() == "..") {
    return output + " does not name a file";
  }
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  auto failure = [&](const std::string& what) { return what + ": " + std::strerror(errno); };
  std::string temporary;
  int fd = -1;
  for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
    temporary = (folder / ("." + target.filename().string() + "." + std::to_string(::getpid()) +
                           "." + std::to_string(attempt) + ".tmp"))
                    .string();
    fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) return failure("cannot create a file in " + folder.string());
  }
  if (fd < 0) return failure("cannot create a temporary file in " + folder.string());
  std::size_t written = 0;
  while (written < text.size()) {
    ssize_t count = ::write(fd, text.data() + written, text.size() - written);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) {
      std::string why = failure("cannot write " + temporary);
      ::close(fd);
      ::unlink(temporary.c_str());
      return why;
    }
    written += static_cast<std::size_t>(count);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    std::string why = failure("cannot write " + temporary);
    ::unlink(temporary.c_str());
    return why;
  }
  // Never replace: renameat2(RENAME_NOREPLACE), or link() where the file system lacks it.
  int renamed =
      ::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, output.c_str(), RENAME_NOREPLACE);
  if (renamed != 0 && (errno == EINVAL || errno == ENOSYS)) {
    renamed = ::link(temporary.c_str(), output.c_str());
    int saved = errno;
    ::unlink(temporary.c_str());
    errno = saved;
  }
  if (renamed != 0) {
    std::string why = errno == EEXIST ? output + " already exists; migrate writes a new file only"
                                      : failure("cannot create " + output);
    ::unlink(temporary.c_str());
    return why;
  }
  return {};
}

int migrate(const CommandLine& command_line) {
  const std::string& input = command_line.migrate_input;
  const std::string& output = command_line.migrate_output;
  if (!output.empty()) {
    if (std::string why = refuse_output(input, output); !why.empty()) {
      std::cerr << "automl-lint: " << why << '\n';
      return kAbnormal;
    }
  }
  automl_lint::Limits limits;
  limits.max_file_bytes = command_line.max_file_bytes;
  automl_lint::MigrationResult result =
      input == "-" ? automl_lint::migrate_to_v2(read_standard_input(limits.max_file_bytes),
                                                "<stdin>", limits)
                   : automl_lint::migrate_file(input, limits);
  automl_lint::write_text(std::cerr, result.diagnostics);  // Why not, or what it changed.
  if (!result.ok()) return result.input_failed ? kAbnormal : kFindings;
  if (output.empty()) {
    std::cout << *result.text << std::flush;
    return std::cout ? kClean : kAbnormal;
  }
  if (std::string why = write_new_file(output, *result.text); !why.empty()) {
    std::cerr << "automl-lint: " << why << '\n';
    return kAbnormal;
  }
  return kClean;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Lint Amazon SageMaker Autopilot CreateAutoMLJob and CreateAutoMLJobV2 request files\n"
      "(JSON or YAML). Exit status: 0 no findings at the --fail-on level, 1 findings, 2 usage "
      "error, or\n"
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
                 "With it, the data rules (AML8xx but AML820) read the objects each request "
                 "points at; without it they are skipped. Nothing outside DIR is read")
      ->check(CLI::ExistingDirectory);
  app.add_option("--api", command_line.api,
                 "The API to check requests as: v1 (CreateAutoMLJob), v2 (CreateAutoMLJobV2), or "
                 "auto (each file's top-level keys decide)")
      ->check(CLI::IsMember({"auto", "v1", "v2"}))
      ->capture_default_str();
  app.add_option("--stdin-format", command_line.stdin_format,
                 "The format of standard input (-): json, yaml, or auto (a first character { or "
                 "[ is JSON, anything else YAML). Files are told by their name: .json, .yaml, "
                 ".yml")
      ->check(CLI::IsMember({"auto", "json", "yaml"}))
      ->capture_default_str();
  app.add_option("--fail-on", command_line.fail_on, "Lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "info"}))
      ->capture_default_str();

  auto* rules = app.add_subcommand("rules", "List every rule: id, name, severity, title");
  rules->add_option("--format", command_line.rules_format, "text, or markdown (docs/rules.md)")
      ->check(CLI::IsMember({"text", "markdown"}));
  auto* explain_command = app.add_subcommand("explain", "Print a rule's rationale");
  explain_command->add_option("rule", command_line.explain_id, "Rule id or name")->required();
  auto* migrate_command = app.add_subcommand(
      "migrate", "Print the CreateAutoMLJobV2 request equivalent to a CreateAutoMLJob request");
  migrate_command
      ->add_option("file", command_line.migrate_input,
                   "The CreateAutoMLJob request file; - reads standard input")
      ->required();
  migrate_command->add_option("-o,--output", command_line.migrate_output,
                              "Write the V2 request to this new file instead of standard output "
                              "(created atomically; an existing file, the input above all, is "
                              "never overwritten)");
  migrate_command->footer(
      "Every member moves to its CreateAutoMLJobV2 place (AWS's migration guide) with its value\n"
      "as written, so linting the result reports the same mistakes at their V2 places.\n"
      "Exit status: 0 migrated; 1 not migrated: the channels name different target or weight\n"
      "columns, or the request is already CreateAutoMLJobV2 (the diagnostics on standard error\n"
      "say why); 2 usage error, an input that cannot be read or parsed, or an output file that\n"
      "exists or cannot be written.");

  try {
    app.parse(argc, argv);
    if (!*rules && !*explain_command && !*migrate_command && command_line.files.empty() &&
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
    if (*migrate_command) return migrate(command_line);
    return lint(command_line);
  } catch (const std::exception& error) {
    std::cerr << "automl-lint: internal error: " << error.what() << '\n';
    return kAbnormal;
  }
}
