// The text format: one block per diagnostic, as compilers print them, then a summary line.
#include <string>

#include "messages.hpp"
#include "output/formats.hpp"

namespace automl_lint::output {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kDim = "\x1b[2m";

std::string_view colour_of(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "\x1b[1;31m";  // Bold red.
    case Severity::warning:
      return "\x1b[1;33m";  // Bold yellow.
    case Severity::info:
      return "\x1b[1;36m";  // Bold cyan.
  }
  return kBold;
}

/// A file name with its control characters escaped: a name from the file system must not move
/// the cursor or change the terminal's colours.
std::string printable(std::string_view name) {
  std::string result;
  for (char c : name) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7f) {
      result += c;
      continue;
    }
    static constexpr char kDigits[] = "0123456789abcdef";
    result += "\\x";
    result += kDigits[byte >> 4];
    result += kDigits[byte & 15];
  }
  return result;
}

std::string counted(std::size_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

class TextFormatter final : public Formatter {
 public:
  TextFormatter(std::ostream& out, bool color) : out_(out), color_(color) {}

  void begin(const RunInfo&) override {}

  void file(const LintResult& result) override {
    for (const Diagnostic& d : result.diagnostics) {
      if (!color_) {
        Diagnostic shown = d;
        shown.file = printable(d.file);
        out_ << plain_text(shown);
        continue;
      }
      out_ << kBold << printable(d.file);
      if (d.line > 0) out_ << ':' << d.line << ':' << d.column;
      out_ << kReset << ": " << colour_of(d.severity) << to_string(d.severity) << kReset << ": "
           << d.message;
      if (!d.rule.empty()) out_ << ' ' << kDim << '[' << d.rule << ']' << kReset;
      out_ << '\n';
      if (!d.pointer.empty()) {
        out_ << "    " << kDim << "at" << kReset << ' ' << detail::display_pointer(d.pointer)
             << '\n';
      }
      if (!d.hint.empty()) out_ << "    " << kDim << "hint:" << kReset << ' ' << d.hint << '\n';
    }
  }

  void end(const RunSummary& summary) override {
    std::string line = "Linted " + counted(summary.files_linted, "file", "files");
    if (summary.files_with_findings == 0) {
      line += ": no findings.";
    } else {
      line += ": " + std::to_string(summary.files_with_findings) + " with findings (" +
              counted(summary.errors, "error", "errors") + ", " +
              counted(summary.warnings, "warning", "warnings") + ", " +
              std::to_string(summary.infos) + " info).";
    }
    if (summary.files_failed > 0) {
      line += " " + counted(summary.files_failed, "file", "files") +
              (summary.files_failed == 1 ? " was" : " were") +
              " not fully checked (unreadable, unparseable or a failed rule).";
    }
    if (summary.files_skipped > 0) {
      line += " Skipped " + counted(summary.files_skipped, "file", "files") +
              (summary.files_skipped == 1 ? " that is not an Autopilot request."
                                          : " that are not Autopilot requests.");
    }
    if (color_) {
      out_ << kBold << line << kReset << '\n';
    } else {
      out_ << line << '\n';
    }
  }

 private:
  std::ostream& out_;
  bool color_;
};

}  // namespace

std::unique_ptr<Formatter> make_text(std::ostream& out, const FormatOptions& options) {
  return std::make_unique<TextFormatter>(out, options.color);
}

}  // namespace automl_lint::output
