// The github format: GitHub Actions workflow commands, which the runner turns into annotations
// on the pull request (`::error file=F,line=L,col=C,title=T::message`).
#include <string>

#include "output/formats.hpp"

namespace automl_lint::output {
namespace {

/// The runner's escaping of a command's message: `%`, CR and LF; so no value can end the line
/// and start a command of its own.
std::string escape_data(std::string_view text) {
  std::string result;
  for (char c : text) {
    switch (c) {
      case '%':
        result += "%25";
        break;
      case '\r':
        result += "%0D";
        break;
      case '\n':
        result += "%0A";
        break;
      default:
        result += c;
    }
  }
  return result;
}

/// A property value also escapes `:` and `,`, which end a value.
std::string escape_property(std::string_view text) {
  std::string result;
  for (char c : escape_data(text)) {
    switch (c) {
      case ':':
        result += "%3A";
        break;
      case ',':
        result += "%2C";
        break;
      default:
        result += c;
    }
  }
  return result;
}

std::string_view command_of(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "notice";
  }
  return "error";
}

class GithubFormatter final : public Formatter {
 public:
  explicit GithubFormatter(std::ostream& out) : out_(out) {}

  void begin(const RunInfo&) override {}

  void file(const LintResult& result) override {
    for (const Diagnostic& d : result.diagnostics) {
      out_ << "::" << command_of(d.severity) << " file=" << escape_property(normal_path(d.file));
      if (d.line > 0) {
        out_ << ",line=" << d.line;
        if (d.column > 0) out_ << ",col=" << d.column;
      }
      std::string title = d.rule;
      if (std::string_view name = rule_name(d); !name.empty()) title += " " + std::string(name);
      if (!title.empty()) out_ << ",title=" << escape_property(title);
      std::string message = d.message;
      if (!d.hint.empty()) message += "\nhint: " + d.hint;
      out_ << "::" << escape_data(message) << '\n';
    }
  }

  void end(const RunSummary&) override {}

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Formatter> make_github(std::ostream& out, const FormatOptions&) {
  return std::make_unique<GithubFormatter>(out);
}

}  // namespace automl_lint::output
