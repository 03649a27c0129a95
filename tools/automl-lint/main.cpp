// The automl-lint command line: lint CreateAutoMLJob(V2) request files, list and explain rules,
// migrate a CreateAutoMLJob request to CreateAutoMLJobV2.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <automl_lint/config.hpp>
#include <automl_lint/files.hpp>
#include <automl_lint/linter.hpp>
#include <automl_lint/migrate.hpp>
#include <automl_lint/output.hpp>
#include <automl_lint/rules.hpp>
#include <automl_lint/schema.hpp>
#include <automl_lint/version.hpp>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <streambuf>
#include <string>
#include <utility>
#include <vector>

#include "rules_markdown.hpp"  // the library's own (not installed): docs/rules.md
#include "settings.hpp"

namespace {

// Exit codes, as ruff and most linters use them.
constexpr int kClean = 0;
constexpr int kFindings = 1;
constexpr int kAbnormal = 2;

struct CommandLine {
  std::vector<std::string> files;
  std::string format = "text";
  std::vector<std::string> outputs;  ///< FORMAT:FILE
  std::string color = "auto";
  std::vector<std::string> exclude;
  std::string stdin_filename = "<stdin>";
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  std::string fail_on = "error";
  std::string shape_engine = "compiled";
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
  std::string schema_api = "v2";
  bool schema_config = false;
  std::string config_file;
  bool no_config = false;
  std::string show_config;
};

automl_lint::Severity severity_named(const std::string& name) {
  static const std::map<std::string, automl_lint::Severity> kByName = {
      {"error", automl_lint::Severity::error},
      {"warning", automl_lint::Severity::warning},
      {"info", automl_lint::Severity::info}};
  return kByName.at(name);
}

/// Newline-separated paths from a file ("-": standard input); blank lines are skipped.
/// The paths --files-from lists, one per line, read as they are needed (a list of 100,000 files
/// is never held); blank lines are skipped.
class FileList {
 public:
  explicit FileList(const std::string& list_path) {
    if (list_path.empty()) return;
    if (list_path == "-") {
      in_ = &std::cin;
      return;
    }
    file_.open(list_path);
    if (!file_) throw CLI::ValidationError("--files-from", "cannot read " + list_path);
    in_ = &file_;
  }

  std::optional<std::string> next() {
    for (std::string line; in_ && std::getline(*in_, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) return line;
    }
    in_ = nullptr;
    return std::nullopt;
  }

 private:
  std::ifstream file_;
  std::istream* in_ = nullptr;
};

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

/// Creates a new temporary file beside `target` (same folder, so a rename can replace the target
/// atomically). Returns its descriptor, or -1 with `why` set.
int create_temporary_beside(const std::filesystem::path& target, std::string& temporary,
                            std::string& why) {
  std::filesystem::path folder =
      target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
  for (int attempt = 0; attempt < 100; ++attempt) {
    temporary = (folder / ("." + target.filename().string() + "." + std::to_string(::getpid()) +
                           "." + std::to_string(attempt) + ".tmp"))
                    .string();
    int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return fd;
    if (errno != EEXIST) break;
  }
  why = "cannot create a file in " + folder.string() + ": " + std::strerror(errno);
  temporary.clear();  // Not ours: never to be removed.
  return -1;
}

/// An output file (--output FORMAT:FILE), written to a temporary file beside it and renamed
/// over it only when the run has finished: a reader never sees half a report, and a run that
/// fails leaves the previous report in place.
class OutputFile {
 public:
  /// Opens the temporary file; `why` says why it could not be.
  OutputFile(std::string path, std::string& why) : path_(std::move(path)), buffer_(*this) {
    std::filesystem::path target(path_);
    if (target.filename().empty() || target.filename() == "." || target.filename() == "..") {
      why = path_ + " does not name a file";
      return;
    }
    fd_ = create_temporary_beside(target, temporary_, why);
  }
  ~OutputFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!temporary_.empty() && !committed_) ::unlink(temporary_.c_str());
  }
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  bool is_open() const { return fd_ >= 0; }
  std::ostream& stream() { return stream_; }
  const std::string& path() const { return path_; }

  /// Flushes, syncs and renames the file into place. Returns why it failed, or empty.
  std::string commit() {
    stream_.flush();
    if (failed_ || !stream_) return "cannot write " + temporary_ + ": " + std::strerror(errno_);
    if (::fsync(fd_) != 0 || ::close(fd_) != 0) {
      fd_ = -1;
      return "cannot write " + temporary_ + ": " + std::strerror(errno);
    }
    fd_ = -1;
    if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
      return "cannot create " + path_ + ": " + std::strerror(errno);
    }
    committed_ = true;
    return {};
  }

 private:
  /// A buffered stream over the file descriptor.
  class Buffer : public std::streambuf {
   public:
    explicit Buffer(OutputFile& file) : file_(file) { setp(data_, data_ + sizeof data_); }

   protected:
    int overflow(int c) override {
      if (sync() != 0) return traits_type::eof();
      if (c != traits_type::eof()) {
        *pptr() = static_cast<char>(c);
        pbump(1);
      }
      return traits_type::not_eof(c);
    }
    int sync() override {
      const char* start = pbase();
      while (start < pptr()) {
        ssize_t count = ::write(file_.fd_, start, static_cast<std::size_t>(pptr() - start));
        if (count < 0 && errno == EINTR) continue;
        if (count < 0) {
          file_.failed_ = true;
          file_.errno_ = errno;
          return -1;
        }
        start += count;
      }
      setp(data_, data_ + sizeof data_);
      return 0;
    }

   private:
    OutputFile& file_;
    char data_[65536];
  };

  std::string path_;
  std::string temporary_;
  int fd_ = -1;
  bool committed_ = false;
  bool failed_ = false;
  int errno_ = 0;
  Buffer buffer_;
  std::ostream stream_{&buffer_};
};

/// Colour for the text on standard output: --color always or never, or (auto) when standard
/// output is a terminal and NO_COLOR is unset or empty (https://no-color.org) and TERM is not
/// "dumb".
bool use_color(const std::string& mode) {
  if (mode != "auto") return mode == "always";
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(STDOUT_FILENO) == 1;
}

/// One input of a run, with whether it was named (on the command line or in --files-from)
/// rather than found in a folder.
struct FoundInput {
  automl_lint::Input input;
  bool named = false;
};

/// The inputs of a run, one at a time: the arguments, then the paths --files-from lists; a
/// folder gives its request files (the listing of one folder is held while it is handed out).
class InputSource {
 public:
  InputSource(std::vector<std::string> arguments, const CommandLine& command_line)
      : arguments_(std::move(arguments)),
        list_(command_line.files_from),
        command_line_(command_line) {}

  std::optional<FoundInput> next() {
    while (true) {
      if (next_found_ < found_.size()) return found_input();
      std::optional<std::string> argument = next_argument();
      if (!argument) return std::nullopt;
      if (*argument == "-") return standard_input();
      std::error_code error;
      if (!std::filesystem::is_directory(*argument, error)) {
        return FoundInput{{*argument, std::nullopt}, true};  // A missing file gives AML005.
      }
      open_folder(*argument);
    }
  }
  bool walk_failed() const { return walk_failed_; }

 private:
  std::optional<std::string> next_argument() {
    // Each argument is let go once handed out: a run over 100,000 named files gives the memory
    // of their names back as it goes.
    if (next_argument_ < arguments_.size()) return std::move(arguments_[next_argument_++]);
    std::vector<std::string>().swap(arguments_);
    next_argument_ = 0;
    return list_.next();
  }

  FoundInput standard_input() const {
    automl_lint::InputFormat format = automl_lint::InputFormat::automatic;
    if (command_line_.stdin_format != "auto") {
      format = command_line_.stdin_format == "yaml" ? automl_lint::InputFormat::yaml
                                                    : automl_lint::InputFormat::json;
    }
    return FoundInput{
        {command_line_.stdin_filename, read_standard_input(command_line_.max_file_bytes), format},
        true};
  }

  void open_folder(const std::string& folder) {
    automl_lint::FoundFiles found = automl_lint::find_request_files(folder, command_line_.exclude);
    for (const std::string& error_text : found.errors) {
      std::cerr << "automl-lint: cannot read folder " << error_text << '\n';
      walk_failed_ = true;
    }
    folder_ = folder;
    found_ = std::move(found.files);
    next_found_ = 0;
  }

  FoundInput found_input() {
    const std::string& relative = found_[next_found_++];
    std::string name =
        folder_ == "." ? relative : (std::filesystem::path(folder_) / relative).string();
    return FoundInput{{std::move(name), std::nullopt}, false};
  }

  std::vector<std::string> arguments_;
  std::size_t next_argument_ = 0;
  FileList list_;
  const CommandLine& command_line_;
  std::string folder_;
  std::vector<std::string> found_;
  std::size_t next_found_ = 0;
  bool walk_failed_ = false;
};

/// --output FORMAT:FILE, split; nullopt for a spelling that is not one.
std::optional<std::pair<const automl_lint::OutputFormat*, std::string>> parse_output(
    const std::string& value) {
  std::size_t colon = value.find(':');
  if (colon == std::string::npos || colon + 1 == value.size()) return std::nullopt;
  const automl_lint::OutputFormat* format = automl_lint::find_output_format(value.substr(0, colon));
  if (!format) return std::nullopt;
  return std::make_pair(format, value.substr(colon + 1));
}

/// The device and inode of each --output file that exists already, to tell whether an input is
/// one of them.
using FileIds = std::vector<std::pair<dev_t, ino_t>>;

FileIds existing_outputs(const std::vector<std::string>& outputs) {
  FileIds ids;
  for (const std::string& value : outputs) {
    auto parsed = parse_output(value);
    struct stat info {};
    if (parsed && ::stat(parsed->second.c_str(), &info) == 0) {
      ids.emplace_back(info.st_dev, info.st_ino);
    }
  }
  return ids;
}

/// True when the named input file is one of the --output files.
bool is_an_output(const FoundInput& found, const FileIds& outputs) {
  if (outputs.empty() || !found.named || found.input.text) return false;
  struct stat info {};
  if (::stat(found.input.name.c_str(), &info) != 0) return false;
  return std::find(outputs.begin(), outputs.end(), std::pair{info.st_dev, info.st_ino}) !=
         outputs.end();
}

/// The configuration files' problems, one result per file (AML008): they fail the run. From the
/// configuration `from` on, in the order they were read.
std::vector<automl_lint::LintResult> config_results(const cli::Settings& settings,
                                                    std::size_t from = 0) {
  std::vector<automl_lint::LintResult> results;
  const auto& configs = settings.configs();
  for (std::size_t i = from; i < configs.size(); ++i) {
    const auto& config = configs[i];
    for (const automl_lint::Diagnostic& diagnostic : config->diagnostics) {
      if (results.empty() || results.back().file != diagnostic.file) {
        automl_lint::LintResult result;
        result.file = diagnostic.file;
        result.input_failed = true;
        results.push_back(std::move(result));
      }
      results.back().diagnostics.push_back(diagnostic);
    }
  }
  return results;
}

/// The inputs of a run with their settings, handed out one at a time to the worker threads
/// (never all held): each gets the linter of its settings, what its configuration excludes is
/// skipped, and a named input that is an --output file stops the run.
class SettledInputs {
 public:
  /// What the output of one input needs, in the order the inputs were handed out.
  struct Pending {
    bool named = false;
    automl_lint::Severity fail_on = automl_lint::Severity::error;
  };

  SettledInputs(InputSource& source, cli::Settings& settings, FileIds outputs)
      : source_(source), settings_(settings), outputs_(std::move(outputs)) {
    first_ = take();  // Peeked: the run's own settings are the first input's.
  }

  const automl_lint::Input* first() const { return first_ ? &*first_ : nullptr; }

  /// For Linter::lint_stream: called on the worker threads, one call at a time.
  std::optional<automl_lint::Input> next() {
    std::lock_guard lock(mutex_);
    if (first_) return std::exchange(first_, std::nullopt);
    return take();
  }

  /// The output needs of the next result, in order.
  Pending pop() {
    std::lock_guard lock(mutex_);
    Pending pending = pending_.front();
    pending_.pop_front();
    return pending;
  }

  /// The configuration files' problems not reported yet (configurations are read as inputs are
  /// handed out, ahead of their results).
  std::vector<automl_lint::LintResult> new_config_problems() {
    std::lock_guard lock(mutex_);
    std::vector<automl_lint::LintResult> results = config_results(settings_, configs_reported_);
    configs_reported_ = settings_.configs().size();
    return results;
  }

  /// A named input that is also an --output file; empty when none was met.
  const std::string& clash() const { return clash_; }
  /// True when handing out inputs failed (the run then stopped early).
  bool failed() const { return failed_; }

 private:
  std::optional<automl_lint::Input> take() {
    try {
      while (std::optional<FoundInput> found = source_.next()) {
        if (is_an_output(*found, outputs_)) {
          clash_ = found->input.name;
          return std::nullopt;
        }
        cli::FileSettings file = settings_.for_file(found->input.name);
        // Standard input too, by its --stdin-filename: an editor piping an excluded file gets
        // none.
        if (file.config && automl_lint::config_excludes(*file.config, found->input.name)) {
          continue;
        }
        found->input.linter = &settings_.linter(file.options);
        pending_.push_back({found->named, file.fail_on});
        return std::move(found->input);
      }
    } catch (const std::exception& error) {
      std::cerr << "automl-lint: internal error: " << error.what() << '\n';
      failed_ = true;
    }
    return std::nullopt;
  }

  InputSource& source_;
  cli::Settings& settings_;
  FileIds outputs_;
  std::optional<automl_lint::Input> first_;
  std::deque<Pending> pending_;
  std::size_t configs_reported_ = 0;
  std::string clash_;
  bool failed_ = false;
  std::mutex mutex_;
};

/// Refuses an --output file that is one of the files named on the command line, before anything
/// is written (one listed by --files-from stops the run when it is met).
bool output_is_a_named_input(const CommandLine& command_line) {
  for (const std::string& value : command_line.outputs) {
    FileIds output = existing_outputs({value});
    for (const std::string& file : command_line.files) {
      if (file == "-" || !is_an_output({{file, std::nullopt}, true}, output)) continue;
      std::cerr << "automl-lint: --output " << value << ": " << parse_output(value)->second
                << " is an input file; a report never replaces its input\n";
      return true;
    }
  }
  return false;
}

int lint(CommandLine& command_line, cli::Settings& settings) {
  if (output_is_a_named_input(command_line)) return kAbnormal;
  InputSource source(std::move(command_line.files), command_line);
  SettledInputs inputs(source, settings, existing_outputs(command_line.outputs));

  std::vector<std::unique_ptr<OutputFile>> files;
  std::vector<std::unique_ptr<automl_lint::Formatter>> formatters;
  automl_lint::FormatOptions terminal;
  terminal.color = use_color(command_line.color);
  formatters.push_back(
      automl_lint::find_output_format(command_line.format)->create(std::cout, terminal));
  for (const std::string& value : command_line.outputs) {
    auto [format, path] = *parse_output(value);
    std::string why;
    auto file = std::make_unique<OutputFile>(path, why);
    if (!file->is_open()) {
      std::cerr << "automl-lint: --output " << value << ": " << why << '\n';
      return kAbnormal;
    }
    formatters.push_back(format->create(file->stream(), {}));
    files.push_back(std::move(file));
  }

  // The settings of the run as a whole (SARIF's rule list, the formats' threshold): those of
  // the first input, so that no configuration file is read that no input uses.
  cli::FileSettings run_settings =
      inputs.first() ? settings.for_file(inputs.first()->name) : settings.for_file("./-");
  const automl_lint::Linter& linter = settings.linter(run_settings.options);
  automl_lint::RunInfo run{linter.enabled_rules(), run_settings.fail_on};
  for (auto& formatter : formatters) formatter->begin(run);
  automl_lint::RunSummary summary;
  auto report_config_problems = [&] {
    for (automl_lint::LintResult& result : inputs.new_config_problems()) {
      summary.count(result);
      for (auto& formatter : formatters) formatter->file(result);
    }
  };
  bool findings = false;
  linter.lint_stream([&] { return inputs.next(); }, command_line.jobs,
                     [&](automl_lint::LintResult& result) {
                       report_config_problems();  // Before the files they apply to.
                       SettledInputs::Pending pending = inputs.pop();
                       summary.count(result);
                       if (result.not_a_request) {
                         if (pending.named) {
                           std::cerr
                               << "automl-lint: " << result.file
                               << ": skipped: not an Autopilot request (no top-level member of "
                                  "CreateAutoMLJob or CreateAutoMLJobV2)\n";
                         }
                         return;
                       }
                       findings = findings || automl_lint::has_severity_at_least(result.diagnostics,
                                                                                 pending.fail_on);
                       for (auto& formatter : formatters) formatter->file(result);
                     });
  report_config_problems();  // Those of configurations that only excluded files had.
  if (!inputs.clash().empty()) {
    // A report never replaces its input: nothing is committed.
    std::cerr << "automl-lint: --output: " << inputs.clash()
              << " is an input file; a report never replaces its input\n";
    return kAbnormal;
  }
  for (auto& formatter : formatters) formatter->end(summary);
  std::cout.flush();
  bool output_failed = false;
  for (auto& file : files) {
    if (std::string why = file->commit(); !why.empty()) {
      std::cerr << "automl-lint: " << why << '\n';
      output_failed = true;
    }
  }
  if (summary.files_failed > 0 || source.walk_failed() || inputs.failed() || output_failed) {
    return kAbnormal;
  }
  return findings ? kFindings : kClean;
}

/// --show-config FILE: the effective settings and where each came from; the configuration's
/// problems on standard error.
int show_config(const CommandLine& command_line, cli::Settings& settings) {
  settings.show(command_line.show_config, std::cout);
  std::cout.flush();
  std::vector<automl_lint::LintResult> problems = config_results(settings);
  for (const auto& result : problems) automl_lint::write_text(std::cerr, result.diagnostics);
  if (!problems.empty()) return kAbnormal;
  return std::cout ? kClean : kAbnormal;
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
  auto failure = [&](const std::string& what) { return what + ": " + std::strerror(errno); };
  std::string temporary;
  std::string why;
  int fd = create_temporary_beside(target, temporary, why);
  if (fd < 0) return why;
  std::size_t written = 0;
  while (written < text.size()) {
    ssize_t count = ::write(fd, text.data() + written, text.size() - written);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) {
      why = failure("cannot write " + temporary);
      ::close(fd);
      ::unlink(temporary.c_str());
      return why;
    }
    written += static_cast<std::size_t>(count);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    why = failure("cannot write " + temporary);
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
    why = errno == EEXIST ? output + " already exists; migrate writes a new file only"
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
      "(JSON or YAML). Exit status: 0 no findings at the --fail-on level, 1 findings, 2 usage\n"
      "error, or an input that could not be read, parsed or fully checked (the other files are\n"
      "still linted).",
      "automl-lint"};
  app.set_version_flag("--version", std::string("automl-lint ") + automl_lint::version());
  app.require_subcommand(0, 1);
  CommandLine command_line;
  std::vector<std::string> format_names;
  std::string format_list;
  for (const automl_lint::OutputFormat& format : automl_lint::output_formats()) {
    format_names.emplace_back(format.name);
    format_list += "\n  " + std::string(format.name) + ": " + std::string(format.description);
  }
  app.add_option("files", command_line.files,
                 "Request files, and folders to search for *.json, *.yaml, *.yml (hidden ones\n"
                 "skipped); - reads standard input. Files that are not Autopilot requests by\n"
                 "their top-level keys (package.json, CI configurations) are skipped");
  app.add_option("--format", command_line.format, "Format of standard output:" + format_list)
      ->check(CLI::IsMember(format_names))
      ->capture_default_str();
  app.add_option("--output", command_line.outputs,
                 "Also write the report in FORMAT to FILE (repeatable), e.g. --output\n"
                 "sarif:results.sarif; FILE is replaced atomically when the run ends")
      ->type_name("FORMAT:FILE")
      ->allow_extra_args(false);
  app.add_option("--color", command_line.color,
                 "Colour the text on standard output: auto (on a terminal, unless NO_COLOR\n"
                 "is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  app.add_option("--exclude", command_line.exclude,
                 "Leave out what a folder holds whose path relative to it matches GLOB\n"
                 "(repeatable): * ? [..], ** for any folders; a GLOB without / matches a\n"
                 "name at any depth. Files named on the command line are always linted")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  app.add_option("--stdin-filename", command_line.stdin_filename,
                 "The name standard input has in diagnostics")
      ->capture_default_str();
  auto* select_option =
      app.add_option("--select", command_line.select,
                     "Report only these rule ids, id prefixes or names (comma-separated)")
          ->delimiter(',')
          ->allow_extra_args(false);
  auto* ignore_option =
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
  auto* data_root_option =
      app.add_option(
             "--data-root", command_line.data_root,
             "Directory that mirrors S3 as DIR/<bucket>/<key> (as `aws s3 sync` leaves it). "
             "With it, the data rules (AML8xx but AML820) read the objects each request "
             "points at; without it they are skipped. Nothing outside DIR is read")
          ->check(CLI::ExistingDirectory);
  auto* api_option =
      app.add_option(
             "--api", command_line.api,
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
  auto* fail_on_option = app.add_option("--fail-on", command_line.fail_on,
                                        "Lowest severity that makes the exit status 1")
                             ->check(CLI::IsMember({"error", "warning", "info"}))
                             ->capture_default_str();
  auto* config_option =
      app.add_option("--config", command_line.config_file,
                     "Use this configuration file for every file (and what it extends) instead "
                     "of the .automl-lint.yaml found beside or above each file")
          ->check(CLI::ExistingFile);
  app.add_flag("--no-config", command_line.no_config, "Read no configuration file")
      ->excludes(config_option);
  app.add_option("--shape-engine", command_line.shape_engine,
                 "What checks the shape: compiled (the checks generated from the schema) or "
                 "reference (valijson reading the schema: slower, the same findings; for tests "
                 "and benchmarks)")
      ->check(CLI::IsMember({"compiled", "reference"}))
      ->capture_default_str();
  app.add_option("--show-config", command_line.show_config,
                 "Print the settings FILE would be linted with, and where each comes from "
                 "(command line, a configuration file's line, default); lint nothing")
      ->type_name("FILE");

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
  auto* schema_command =
      app.add_subcommand("schema", "Print the JSON Schema (draft-07) of a request, for editors");
  schema_command
      ->add_option("--api", command_line.schema_api,
                   "v1 (CreateAutoMLJob) or v2 (CreateAutoMLJobV2)")
      ->check(CLI::IsMember({"v1", "v2"}))
      ->capture_default_str();
  schema_command->add_flag(
      "--config", command_line.schema_config,
      "Print the schema of the configuration file (.automl-lint.yaml) instead");
  schema_command->footer(
      "For VS Code: automl-lint schema > .vscode/autopilot-v2.schema.json, then in\n"
      ".vscode/settings.json:\n"
      "  \"json.schemas\": [{\"fileMatch\": [\"requests/*.json\"],\n"
      "                    \"url\": \"./.vscode/autopilot-v2.schema.json\"}],\n"
      "  \"yaml.schemas\": {\"./.vscode/autopilot-v2.schema.json\": [\"requests/*.yaml\"]}\n"
      "(yaml.schemas is yaml-language-server's setting, which the YAML extension runs).");
  migrate_command->footer(
      "Every member moves to its CreateAutoMLJobV2 place (AWS's migration guide) with its value\n"
      "as written, so linting the result reports the same mistakes at their V2 places.\n"
      "Exit status: 0 migrated; 1 not migrated: the channels name different target or weight\n"
      "columns, or the request is already CreateAutoMLJobV2 (the diagnostics on standard error\n"
      "say why); 2 usage error, an input that cannot be read or parsed, or an output file that\n"
      "exists or cannot be written.");

  try {
    app.parse(argc, argv);
    bool subcommand = *rules || *explain_command || *migrate_command || *schema_command;
    if (!subcommand && command_line.files.empty() && command_line.files_from.empty() &&
        command_line.show_config.empty()) {
      throw CLI::RequiredError("files");
    }
    std::size_t stdin_readers = static_cast<std::size_t>(command_line.files_from == "-") +
                                static_cast<std::size_t>(std::count(command_line.files.begin(),
                                                                    command_line.files.end(), "-"));
    if (stdin_readers > 1) {
      throw CLI::ValidationError("files", "standard input (-) can be read only once");
    }
    for (const std::string& value : command_line.outputs) {
      if (!parse_output(value)) {
        throw CLI::ValidationError(
            "--output", value + ": expected FORMAT:FILE, FORMAT one of " + [&] {
              std::string names;
              for (const auto& name : format_names) {
                names += (names.empty() ? "" : ", ") + name;
              }
              return names;
            }());
      }
    }
    for (const std::string& glob : command_line.exclude) {
      if (auto error = automl_lint::glob_error(glob)) {
        throw CLI::ValidationError("--exclude", glob + ": " + *error);
      }
    }
  } catch (const CLI::ParseError& error) {
    int status = app.exit(error);
    return status == 0 ? kClean : kAbnormal;
  }
  try {
    if (*rules) return list_rules(command_line);
    if (*explain_command) return explain(command_line);
    if (*migrate_command) return migrate(command_line);
    if (*schema_command) {
      if (command_line.schema_config) {
        std::cout << automl_lint::config_schema() << std::flush;
      } else {
        std::cout << automl_lint::request_schema(command_line.schema_api == "v1"
                                                     ? automl_lint::ApiVersion::v1
                                                     : automl_lint::ApiVersion::v2)
                  << std::flush;
      }
      return std::cout ? kClean : kAbnormal;
    }
    cli::Flags flags;
    if (select_option->count() > 0) flags.select = command_line.select;
    if (ignore_option->count() > 0) flags.ignore = command_line.ignore;
    if (data_root_option->count() > 0) flags.data_root = command_line.data_root;
    if (api_option->count() > 0) flags.api = command_line.api;
    if (fail_on_option->count() > 0) flags.fail_on = severity_named(command_line.fail_on);
    flags.limits.max_file_bytes = command_line.max_file_bytes;
    flags.config_file = command_line.config_file;
    flags.no_config = command_line.no_config;
    if (command_line.shape_engine == "reference") {
      flags.shape_engine = automl_lint::ShapeEngine::reference;
    }
    // Everything is read out of the parser: its own copy of the arguments goes (a run over
    // 100,000 named files would hold their names twice).
    app.clear();
    cli::Settings settings(std::move(flags));
    if (!command_line.show_config.empty()) return show_config(command_line, settings);
    return lint(command_line, settings);
  } catch (const std::exception& error) {
    std::cerr << "automl-lint: internal error: " << error.what() << '\n';
    return kAbnormal;
  }
}
