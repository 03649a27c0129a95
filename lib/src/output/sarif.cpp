// The sarif format: SARIF 2.1.0 as GitHub code scanning reads it (docs/design/outputs.md).
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <cctype>
#include <map>
#include <string>

#include "automl_lint/version.hpp"
#include "output/formats.hpp"

#ifndef AUTOML_LINT_DOCS_URL
#define AUTOML_LINT_DOCS_URL ""
#endif

namespace automl_lint::output {
namespace {

namespace fs = std::filesystem;

/// Where docs/rules.md is published (the build option docs_url); empty: rules link to their
/// AWS source instead.
constexpr std::string_view kDocsUrl = AUTOML_LINT_DOCS_URL;

/// The key of our fingerprint in partialFingerprints (primaryLocationLineHash is the upload
/// action's own).
constexpr const char* kFingerprintKey = "automlLint/v1";

std::string_view level_of(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "error";
}

/// Percent-encodes all but unreserved characters and `/` (RFC 3986), so that any file name is a
/// valid URI reference: a space, `%`, `#`, `?`, `:` and non-ASCII bytes are encoded.
std::string uri_path(std::string_view path) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  std::string result;
  for (char c : path) {
    auto byte = static_cast<unsigned char>(c);
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      result += c;
    } else {
      result += '%';
      result += kDigits[byte >> 4];
      result += kDigits[byte & 15];
    }
  }
  return result;
}

std::string file_uri(const fs::path& absolute) {
  std::string path = absolute.generic_string();
  return "file://" + uri_path(path);
}

/// The text after `**What it checks**:` up to the next blank line, on one line; else `fallback`.
std::string what_it_checks(std::string_view rationale, std::string_view fallback) {
  constexpr std::string_view kHeading = "**What it checks**:";
  std::size_t start = rationale.find(kHeading);
  if (start == std::string_view::npos) return std::string(fallback);
  std::string_view rest = rationale.substr(start + kHeading.size());
  rest = rest.substr(0, rest.find("\n\n"));
  std::string text;
  for (char c : rest) text += c == '\n' ? ' ' : c;
  while (!text.empty() && text.front() == ' ') text.erase(0, 1);
  while (!text.empty() && (text.back() == ' ')) text.pop_back();
  if (text.empty()) return std::string(fallback);
  text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == '\n' || text.front() == ' ')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
  return std::string(text);
}

/// The rationale as plain text: Markdown's bold markers removed.
std::string plain(std::string_view markdown) {
  std::string text;
  for (std::size_t i = 0; i < markdown.size(); ++i) {
    if (markdown.compare(i, 2, "**") == 0) {
      ++i;
      continue;
    }
    text += markdown[i];
  }
  return trimmed(text);
}

std::string anchor_of(std::string_view id) {
  std::string anchor;
  for (char c : id) anchor += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return anchor;
}

class SarifFormatter final : public Formatter {
 public:
  SarifFormatter(std::ostream& out, const FormatOptions& options)
      : out_(out), stream_(out), writer_(stream_) {
    writer_.SetIndent(' ', 2);
    root_ = (options.working_directory.empty() ? fs::current_path() : options.working_directory)
                .lexically_normal();
  }

  void begin(const RunInfo& run) override {
    writer_.StartObject();
    text("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    text("version", "2.1.0");
    writer_.Key("runs");
    writer_.StartArray();
    writer_.StartObject();
    writer_.Key("tool");
    writer_.StartObject();
    writer_.Key("driver");
    writer_.StartObject();
    text("name", "automl-lint");
    text("version", automl_lint::version());
    text("semanticVersion", automl_lint::version());
    if (!kDocsUrl.empty()) text("informationUri", kDocsUrl);
    writer_.Key("rules");
    writer_.StartArray();
    for (const RuleInfo* rule : run.rules) {
      rule_index_.emplace(std::string(rule->id), rule_index_.size());
      write_rule(*rule);
    }
    writer_.EndArray();
    writer_.EndObject();  // driver
    writer_.EndObject();  // tool
    writer_.Key("originalUriBaseIds");
    writer_.StartObject();
    writer_.Key("%SRCROOT%");
    writer_.StartObject();
    std::string root = file_uri(root_);
    if (!root.ends_with('/')) root += '/';
    text("uri", root);
    writer_.EndObject();
    writer_.EndObject();
    text("columnKind", "unicodeCodePoints");
    writer_.Key("results");
    writer_.StartArray();
  }

  void file(const LintResult& result) override {
    for (const Diagnostic& d : result.diagnostics) write_result(d);
  }

  void end(const RunSummary& summary) override {
    writer_.EndArray();  // results
    writer_.Key("invocations");
    writer_.StartArray();
    writer_.StartObject();
    // False when a file could not be read, parsed or fully checked (exit status 2).
    writer_.Key("executionSuccessful");
    writer_.Bool(summary.files_failed == 0);
    writer_.EndObject();
    writer_.EndArray();
    writer_.EndObject();  // run
    writer_.EndArray();   // runs
    writer_.EndObject();
    stream_.Flush();
    out_ << '\n';
  }

 private:
  void text(const char* key, std::string_view value) {
    writer_.Key(key);
    std::string valid = valid_utf8(value);
    writer_.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  }

  void message_object(const char* key, std::string_view value) {
    writer_.Key(key);
    writer_.StartObject();
    text("text", value);
    writer_.EndObject();
  }

  void write_rule(const RuleInfo& rule) {
    writer_.StartObject();
    text("id", rule.id);
    text("name", rule.name);
    message_object("shortDescription", rule.title);
    message_object("fullDescription", what_it_checks(rule.rationale, rule.title));
    writer_.Key("help");
    writer_.StartObject();
    text("text", plain(rule.rationale) + "\n\nSource: " + std::string(rule.source_url));
    text("markdown",
         trimmed(rule.rationale) + "\n\nSource: <" + std::string(rule.source_url) + ">");
    writer_.EndObject();
    text("helpUri", kDocsUrl.empty() ? std::string(rule.source_url)
                                     : std::string(kDocsUrl) + "#" + anchor_of(rule.id));
    writer_.Key("defaultConfiguration");
    writer_.StartObject();
    text("level", level_of(rule.severity));
    writer_.EndObject();
    writer_.EndObject();
  }

  /// The artifact location: relative to the working directory with uriBaseId %SRCROOT% when
  /// the file is inside it, an absolute file URI otherwise.
  void artifact_location(std::string_view file) {
    fs::path path(file);
    fs::path absolute = (path.is_absolute() ? path : root_ / path).lexically_normal();
    fs::path relative = absolute.lexically_relative(root_);
    bool inside = !relative.empty() && *relative.begin() != "..";
    writer_.Key("artifactLocation");
    writer_.StartObject();
    if (inside) {
      text("uri", uri_path(relative.generic_string()));
      text("uriBaseId", "%SRCROOT%");
    } else {
      text("uri", file_uri(absolute));
    }
    writer_.EndObject();
  }

  void write_result(const Diagnostic& d) {
    writer_.StartObject();
    text("ruleId", d.rule.empty() ? std::string_view("automl-lint") : std::string_view(d.rule));
    if (auto index = rule_index_.find(d.rule); index != rule_index_.end()) {
      writer_.Key("ruleIndex");
      writer_.Uint64(index->second);
    }
    text("level", level_of(d.severity));
    message_object("message", d.hint.empty() ? d.message : d.message + " (hint: " + d.hint + ")");
    writer_.Key("locations");
    writer_.StartArray();
    writer_.StartObject();
    writer_.Key("physicalLocation");
    writer_.StartObject();
    artifact_location(d.file);
    // GitHub needs a line; a finding about the whole file (a limit, a read error) is on line 1.
    writer_.Key("region");
    writer_.StartObject();
    writer_.Key("startLine");
    writer_.Int(d.line > 0 ? d.line : 1);
    if (d.line > 0 && d.column > 0) {
      writer_.Key("startColumn");
      writer_.Int(d.column);
    }
    writer_.EndObject();
    writer_.EndObject();  // physicalLocation
    if (!d.pointer.empty()) {
      writer_.Key("logicalLocations");
      writer_.StartArray();
      writer_.StartObject();
      text("fullyQualifiedName", d.pointer);
      text("kind", "member");
      writer_.EndObject();
      writer_.EndArray();
    }
    writer_.EndObject();
    writer_.EndArray();  // locations
    writer_.Key("partialFingerprints");
    writer_.StartObject();
    text(kFingerprintKey, fingerprint(d));
    writer_.EndObject();
    if (!d.pointer.empty() || !d.hint.empty()) {
      writer_.Key("properties");
      writer_.StartObject();
      if (!d.pointer.empty()) text("pointer", d.pointer);
      if (!d.hint.empty()) text("hint", d.hint);
      writer_.EndObject();
    }
    writer_.EndObject();
  }

  std::ostream& out_;
  rapidjson::OStreamWrapper stream_;
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> writer_;
  fs::path root_;
  std::map<std::string, std::size_t, std::less<>> rule_index_;
};

}  // namespace

std::unique_ptr<Formatter> make_sarif(std::ostream& out, const FormatOptions& options) {
  return std::make_unique<SarifFormatter>(out, options);
}

}  // namespace automl_lint::output
