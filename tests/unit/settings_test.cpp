// The settings a run is given beyond select/ignore: ignores at a JSON pointer, severity
// overrides, suppression comments in YAML requests, and the configuration file that holds them.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <automl_lint/config.hpp>
#include <automl_lint/linter.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using automl_lint::Diagnostic;
using automl_lint::Linter;
using automl_lint::Options;
using automl_lint::Severity;

namespace {

// A YAML request with two findings: AML104 on line 8 (ProblemType), AML103 on line 10.
const std::string kYaml = R"(AutoMLJobName: churn
InputDataConfig:
  - DataSource:
      S3DataSource:
        S3DataType: S3Prefix
        S3Uri: s3://bucket/train/
    TargetAttributeName: churned
ProblemType: binaryclassification
OutputDataConfig:
  S3OutputPath: 17
RoleArn: arn:aws:iam::123456789012:role/r
AutoMLJobObjective:
  MetricName: F1
)";

std::vector<std::string> rules_of(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> rules;
  for (const auto& diagnostic : diagnostics) {
    rules.push_back(diagnostic.rule + "@" + std::to_string(diagnostic.line));
  }
  return rules;
}

std::vector<std::string> lint_yaml(const std::string& text, Options options = {}) {
  return rules_of(Linter(options).lint_buffer(text, "r.yaml").diagnostics);
}

std::string replace_line(std::string text, const std::string& line, const std::string& with) {
  auto at = text.find(line);
  REQUIRE(at != std::string::npos);
  return text.replace(at, line.size(), with);
}

/// A folder of its own under the system's temporary folder, removed at the end.
struct TemporaryFolder {
  fs::path path;
  TemporaryFolder() {
    path = fs::temp_directory_path() / ("automl-lint-settings-" + std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TemporaryFolder() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name) << text;
  }
};

}  // namespace

TEST_CASE("the YAML request has the two findings the other cases suppress") {
  CHECK(lint_yaml(kYaml) == std::vector<std::string>{"AML104@8", "AML103@10"});
}

TEST_CASE("a trailing suppression comment drops its line's findings of that rule only") {
  std::string text =
      replace_line(kYaml, "ProblemType: binaryclassification",
                   "ProblemType: binaryclassification  # automl-lint: disable=AML104");
  CHECK(lint_yaml(text) == std::vector<std::string>{"AML103@10"});
  // Another rule on that line: nothing dropped, and the suppression is reported as unused.
  text = replace_line(kYaml, "ProblemType: binaryclassification",
                      "ProblemType: binaryclassification  # automl-lint: disable=AML103");
  CHECK(lint_yaml(text) == std::vector<std::string>{"AML104@8", "AML007@8", "AML103@10"});
}

TEST_CASE("a suppression comment on a line of its own applies to the next line with content") {
  std::string text = replace_line(kYaml, "OutputDataConfig:\n",
                                  "OutputDataConfig:\n  # automl-lint: disable=wrong-type\n\n");
  CHECK(lint_yaml(text) == std::vector<std::string>{"AML104@8"});
}

TEST_CASE("suppressions: prefixes, lists, and what cannot be suppressed") {
  std::string text =
      replace_line(kYaml, "ProblemType: binaryclassification",
                   "ProblemType: binaryclassification # automl-lint: disable=AML1, AML999,AML001");
  // AML1 covers AML104; AML999 names no rule; AML001 is a loader rule: both reported.
  CHECK(lint_yaml(text) == std::vector<std::string>{"AML007@8", "AML007@8", "AML103@10"});
}

TEST_CASE("a # inside a quoted or block scalar is no comment") {
  std::string text =
      replace_line(kYaml, "RoleArn: arn:aws:iam::123456789012:role/r",
                   "RoleArn: \"x # automl-lint: disable=AML103\"\nTags:\n"
                   "  - Key: k\n    Value: |\n      # automl-lint: disable=AML103\n");
  std::vector<std::string> rules = lint_yaml(text);
  CHECK(std::count(rules.begin(), rules.end(), "AML007@11") == 0);
  CHECK(std::find(rules.begin(), rules.end(), "AML103@10") != rules.end());
}

TEST_CASE("suppression comments are honoured only when enabled, and AML007 can be ignored") {
  std::string text =
      replace_line(kYaml, "ProblemType: binaryclassification",
                   "ProblemType: binaryclassification  # automl-lint: disable=AML103");
  Options off;
  off.suppression_comments = false;
  CHECK(lint_yaml(text, off) == std::vector<std::string>{"AML104@8", "AML103@10"});
  Options quiet;
  quiet.ignore = {"unused-suppression"};
  CHECK(lint_yaml(text, quiet) == std::vector<std::string>{"AML104@8", "AML103@10"});
  // A suppression of a rule that is not enabled is not "unused".
  Options selected;
  selected.select = {"AML104"};
  CHECK(lint_yaml(text, selected) == std::vector<std::string>{"AML104@8"});
}

TEST_CASE("a suppression comment in a CRLF file with a byte order mark") {
  std::string text =
      "\xEF\xBB\xBF" +
      replace_line(kYaml, "ProblemType: binaryclassification",
                   "ProblemType: binaryclassification # automl-lint: disable=AML104");
  std::string crlf;
  for (char c : text) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  CHECK(lint_yaml(crlf) == std::vector<std::string>{"AML103@10"});
}

TEST_CASE("ignore_at drops a rule's findings at a pointer and inside it, nowhere else") {
  Options options;
  options.ignore_at = {{"AML103", "/OutputDataConfig"}};
  CHECK(lint_yaml(kYaml, options) == std::vector<std::string>{"AML104@8"});
  options.ignore_at = {{"AML103", "/Output"}};  // Not a member: a prefix of the text is not one.
  CHECK(lint_yaml(kYaml, options) == std::vector<std::string>{"AML104@8", "AML103@10"});
  options.ignore_at = {{"enum-value", "/ProblemType"}};
  CHECK(lint_yaml(kYaml, options) == std::vector<std::string>{"AML103@10"});
}

TEST_CASE("severity overrides: the last match wins, the loader's rules keep theirs") {
  Options options;
  options.severity = {{"AML1", Severity::info}, {"AML103", Severity::warning}};
  auto diagnostics = Linter(options).lint_buffer(kYaml, "r.yaml").diagnostics;
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].severity == Severity::info);
  CHECK(diagnostics[1].severity == Severity::warning);
  options.severity = {{"AML001", Severity::info}};
  auto broken = Linter(options).lint_buffer("{", "r.json").diagnostics;
  REQUIRE(broken.size() == 1);
  CHECK(broken[0].severity == Severity::error);
}

TEST_CASE("find_config: the closest .automl-lint.yaml in the folder or above it") {
  TemporaryFolder folder;
  folder.write(".automl-lint.yaml", "ignore: [AML104]\n");
  folder.write("a/b/.automl-lint.yaml", "select: [AML3]\n");
  fs::create_directories(folder.path / "a/b/c");
  CHECK(automl_lint::find_config(folder.path / "a") == folder.path / ".automl-lint.yaml");
  CHECK(automl_lint::find_config(folder.path / "a/b/c") == folder.path / "a/b/.automl-lint.yaml");
}

TEST_CASE("load_config: extend, maps merged, other keys replaced, origins kept") {
  TemporaryFolder folder;
  folder.write("base.yaml",
               "select: [AML1]\nseverity: {AML302: info, AML601: error}\n"
               "per-file-ignores: {\"old/*.json\": [AML5]}\nfail-on: warning\n");
  folder.write("team/.automl-lint.yaml",
               "extend: ../base.yaml\nselect: [AML3]\nseverity:\n  AML302: warning\n"
               "exclude: [drafts/**]\n");
  automl_lint::Config config = automl_lint::load_config(folder.path / "team/.automl-lint.yaml");
  CHECK(config.diagnostics.empty());
  REQUIRE(config.files.size() == 2);
  CHECK(config.select.value == std::vector<std::string>{"AML3"});
  CHECK(config.select.origin.line == 2);
  // In the order they apply: the base file's, then the closer file's (replacing AML302's).
  REQUIRE(config.severity.size() == 2);
  CHECK(config.severity[0].first == "AML601");
  CHECK(config.severity[0].second.severity == Severity::error);
  CHECK(config.severity[1].first == "AML302");
  CHECK(config.severity[1].second.severity == Severity::warning);
  CHECK(config.fail_on.value == Severity::warning);
  CHECK(config.fail_on.origin.line == 4);
  // Globs are relative to the folder of the file that wrote them.
  CHECK(automl_lint::config_excludes(config, folder.path / "team/drafts/x.json"));
  CHECK_FALSE(automl_lint::config_excludes(config, folder.path / "drafts/x.json"));
  CHECK(automl_lint::per_file_ignores_for(config, folder.path / "old/a.json").size() == 1);
  CHECK(automl_lint::per_file_ignores_for(config, folder.path / "team/old/a.json").empty());
}

TEST_CASE("exclude and per-file-ignores match the folders above a file too") {
  TemporaryFolder folder;
  folder.write(".automl-lint.yaml",
               "exclude: [drafts, requests/old]\nper-file-ignores: {legacy: [AML5]}\n");
  automl_lint::Config config = automl_lint::load_config(folder.path / ".automl-lint.yaml");
  CHECK(config.diagnostics.empty());
  CHECK(automl_lint::config_excludes(config, folder.path / "requests/drafts/wip.json"));
  CHECK(automl_lint::config_excludes(config, folder.path / "requests/old/a/b.json"));
  CHECK_FALSE(automl_lint::config_excludes(config, folder.path / "requests/older/b.json"));
  CHECK_FALSE(automl_lint::config_excludes(config, folder.path / "requests/drafts.json"));
  CHECK(automl_lint::per_file_ignores_for(config, folder.path / "x/legacy/a.json").size() == 1);
}

TEST_CASE("a .automl-lint.yaml that is not a file is the closest one, and reported") {
  TemporaryFolder folder;
  folder.write(".automl-lint.yaml", "ignore: [AML104]\n");
  fs::create_directories(folder.path / "sub/.automl-lint.yaml");
  auto found = automl_lint::find_config(folder.path / "sub");
  REQUIRE(found);
  CHECK(*found == folder.path / "sub/.automl-lint.yaml");
  CHECK(automl_lint::load_config(*found).diagnostics.size() == 1);
}

TEST_CASE("load_config: keys that are not strings and duplicate keys are diagnostics") {
  TemporaryFolder folder;
  folder.write("c.yaml", "1: x\nfail-on: info\nfail-on: error\n");
  automl_lint::Config config = automl_lint::load_config(folder.path / "c.yaml");
  REQUIRE(config.diagnostics.size() == 2);
  CHECK(config.diagnostics[0].line == 1);
  CHECK(config.diagnostics[1].line == 3);
  CHECK(config.diagnostics[1].message.find("Duplicate key 'fail-on'") == 0);
}

TEST_CASE("an ignore at a pointer never drops a loader finding") {
  Options options;
  options.ignore_at = {{"AML0", "/AutoMLJobName"}, {"AML", "/AutoMLJobName"}};
  auto diagnostics = Linter(options)
                         .lint_buffer(R"({"AutoMLJobName": "a", "AutoMLJobName": "b"})", "d.json")
                         .diagnostics;
  CHECK(std::any_of(diagnostics.begin(), diagnostics.end(),
                    [](const Diagnostic& d) { return d.rule == "AML003"; }));
}

TEST_CASE("load_config: every problem is a diagnostic at its line, never an exception") {
  TemporaryFolder folder;
  folder.write("c.yaml", "ignore: [AML104]\nselct: [AML3]\nseverity: {AML3: loud}\n");
  automl_lint::Config config = automl_lint::load_config(folder.path / "c.yaml");
  REQUIRE(config.diagnostics.size() == 2);
  CHECK(config.diagnostics[0].line == 2);
  CHECK(config.diagnostics[0].hint == "did you mean 'select'?");
  CHECK(config.diagnostics[1].line == 3);
  CHECK(config.ignore.value.size() == 1);  // The valid settings are kept.
  folder.write("c.yaml", "");
  CHECK(automl_lint::load_config(folder.path / "c.yaml").diagnostics.empty());
  for (const char* text : {"- a list\n", "key: [unclosed\n", "\xff\xfe", "extend: c.yaml\n"}) {
    folder.write("c.yaml", text);
    CAPTURE(text);
    CHECK(automl_lint::load_config(folder.path / "c.yaml").diagnostics.size() == 1);
  }
  automl_lint::Config missing = automl_lint::load_config(folder.path / "none.yaml");
  CHECK(missing.diagnostics.size() == 1);
}
