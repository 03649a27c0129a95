// The junit format: JUnit XML as Jenkins and GitLab read it. One <testsuite> per linted file;
// one <testcase> per finding, failing when the finding is at or above --fail-on (a loader
// finding, AML0xx, is an <error>: the file could not be checked), passing with the finding in
// <system-out> below it; one passing <testcase> for a file without findings.
#include <set>
#include <string>

#include "output/formats.hpp"

namespace automl_lint::output {
namespace {

/// Escapes text for XML content or a double-quoted attribute. Characters XML 1.0 cannot hold
/// at all (control characters other than tab, CR and LF) are written as `\uXXXX` text; in an
/// attribute, tab, CR and LF are written as character references so they survive attribute
/// normalisation.
std::string xml(std::string_view raw, bool attribute) {
  std::string text = valid_utf8(raw);
  std::string result;
  result.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    switch (c) {
      case '&':
        result += "&amp;";
        continue;
      case '<':
        result += "&lt;";
        continue;
      case '>':
        result += "&gt;";
        continue;
      case '"':
        result += attribute ? "&quot;" : "\"";
        continue;
      case '\t':
      case '\n':
      case '\r':
        if (attribute) {
          result += "&#" + std::to_string(byte) + ";";
        } else {
          result += c;
        }
        continue;
      default:
        break;
    }
    if (byte < 0x20 || byte == 0x7f) {
      static constexpr char kDigits[] = "0123456789abcdef";
      result += "\\u00";
      result += kDigits[byte >> 4];
      result += kDigits[byte & 15];
      continue;
    }
    result += c;
  }
  return result;
}

std::string attribute(std::string_view name, std::string_view value) {
  return " " + std::string(name) + "=\"" + xml(value, true) + "\"";
}

/// `AML104 enum-value at 17:18 /ProblemType`: what the finding is and where.
std::string case_name(const Diagnostic& d) {
  std::string name = d.rule.empty() ? std::string("finding") : d.rule;
  if (std::string_view rule = rule_name(d); !rule.empty()) name += " " + std::string(rule);
  if (d.line > 0) name += " at " + std::to_string(d.line) + ":" + std::to_string(d.column);
  if (!d.pointer.empty()) name += " " + d.pointer;
  return name;
}

class JunitFormatter final : public Formatter {
 public:
  explicit JunitFormatter(std::ostream& out) : out_(out) {}

  void begin(const RunInfo& run) override {
    fail_on_ = run.fail_on;
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"automl-lint\">\n";
  }

  void file(const LintResult& result) override {
    std::size_t failures = 0;
    std::size_t errors = 0;
    for (const Diagnostic& d : result.diagnostics) {
      if (d.severity < fail_on_) continue;
      (is_loader(d) ? errors : failures) += 1;
    }
    std::size_t tests = result.diagnostics.empty() ? 1 : result.diagnostics.size();
    out_ << "  <testsuite" << attribute("name", result.file)
         << attribute("tests", std::to_string(tests))
         << attribute("failures", std::to_string(failures))
         << attribute("errors", std::to_string(errors)) << attribute("skipped", "0")
         << attribute("file", result.file) << ">\n";
    if (result.diagnostics.empty()) {
      out_ << "    <testcase" << attribute("name", "no findings")
           << attribute("classname", result.file) << attribute("file", result.file) << "/>\n";
    }
    std::set<std::string> names;
    for (const Diagnostic& d : result.diagnostics) {
      std::string name = case_name(d);
      for (int n = 2; !names.insert(name).second; ++n)
        name = case_name(d) + " #" + std::to_string(n);
      out_ << "    <testcase" << attribute("name", name) << attribute("classname", result.file)
           << attribute("file", result.file);
      if (d.line > 0) out_ << attribute("line", std::to_string(d.line));
      out_ << ">\n";
      std::string text = xml(plain_text(d), false);
      if (d.severity < fail_on_) {
        out_ << "      <system-out>" << text << "</system-out>\n";
      } else {
        std::string_view element = is_loader(d) ? "error" : "failure";
        out_ << "      <" << element << attribute("type", d.rule)
             << attribute("message", std::string(to_string(d.severity)) + ": " + d.message) << ">"
             << text << "</" << element << ">\n";
      }
      out_ << "    </testcase>\n";
    }
    out_ << "  </testsuite>\n";
  }

  void end(const RunSummary&) override { out_ << "</testsuites>\n"; }

 private:
  /// A loader finding (AML0xx): the file could not be read, parsed or fully checked.
  static bool is_loader(const Diagnostic& d) {
    const RuleInfo* rule = find_rule(d.rule);
    return rule && rule->checked_by == CheckedBy::loader;
  }

  std::ostream& out_;
  Severity fail_on_ = Severity::error;
};

}  // namespace

std::unique_ptr<Formatter> make_junit(std::ostream& out, const FormatOptions&) {
  return std::make_unique<JunitFormatter>(out);
}

}  // namespace automl_lint::output
