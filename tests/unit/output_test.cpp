// The output formats, each on the same small run: a file with findings, a clean file, a file
// that could not be parsed. The consumers' own checks (the SARIF schema, the JUnit XSD, the
// runner's parsing of workflow commands) are in tests/formats/check_formats.py.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <automl_lint/output.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using automl_lint::Diagnostic;
using automl_lint::LintResult;
using automl_lint::Severity;

Diagnostic finding(std::string file, std::string rule, Severity severity, std::string message,
                   std::string pointer, int line, int column, std::string hint = {}) {
  return Diagnostic{
      std::move(file), std::move(rule), severity, std::move(message), std::move(pointer), line,
      column,          std::move(hint)};
}

LintResult result_of(std::string file, std::vector<Diagnostic> diagnostics, bool failed = false) {
  LintResult result;
  result.file = std::move(file);
  result.diagnostics = std::move(diagnostics);
  result.input_failed = failed;
  return result;
}

/// requests/bad.json with an error, a warning and an info; requests/good.json clean;
/// broken.json unparseable.
std::vector<LintResult> sample_run() {
  return {
      result_of("requests/bad.json",
                {finding("requests/bad.json", "AML104", Severity::error,
                         "Value 'Regresion' at /ProblemType failed to satisfy constraint",
                         "/ProblemType", 3, 18, "did you mean 'Regression'?"),
                 finding("requests/bad.json", "AML202", Severity::warning,
                         "AutoMLJobName 'a' is already used", "/AutoMLJobName", 2, 20),
                 finding("requests/bad.json", "AML303", Severity::info, "An info", "", 0, 0)}),
      result_of("requests/good.json", {}),
      result_of("broken.json",
                {finding("broken.json", "AML001", Severity::error, "Invalid JSON", "", 4, 1)},
                true),
  };
}

std::string render(std::string_view format, const std::vector<LintResult>& results,
                   automl_lint::FormatOptions options = {}, Severity fail_on = Severity::error) {
  std::ostringstream out;
  auto formatter = automl_lint::find_output_format(format)->create(out, options);
  automl_lint::RunInfo run;
  for (const char* id : {"AML001", "AML104", "AML202", "AML303"}) {
    run.rules.push_back(automl_lint::find_rule(id));
  }
  run.fail_on = fail_on;
  formatter->begin(run);
  automl_lint::RunSummary summary;
  for (const LintResult& result : results) {
    summary.count(result);
    if (!result.not_a_request) formatter->file(result);
  }
  formatter->end(summary);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("the table names every format once, and the CLI's names are the table's") {
  std::set<std::string_view> names;
  for (const auto& format : automl_lint::output_formats()) {
    CHECK(names.insert(format.name).second);
    CHECK_FALSE(format.description.empty());
    CHECK(automl_lint::find_output_format(format.name) == &format);
  }
  CHECK(names == std::set<std::string_view>{"text", "json", "sarif", "github", "junit"});
  CHECK(automl_lint::find_output_format("xml") == nullptr);
}

TEST_CASE("rule names and fingerprints") {
  Diagnostic d = finding("./requests/a.json", "AML104", Severity::error, "Value 'x' is bad",
                         "/ProblemType", 3, 18);
  CHECK(automl_lint::rule_name(d) == "enum-value");
  CHECK(automl_lint::rule_name(finding("a", "", Severity::error, "m", "", 0, 0)).empty());
  CHECK(automl_lint::rule_name(finding("a", "AML999", Severity::error, "m", "", 0, 0)).empty());
  std::string print = automl_lint::fingerprint(d);
  // Pinned (computed independently in Python): FNV-1a 64 of
  // "AML104\0requests/a.json\0/ProblemType\0Value 'x' is bad\0". A change here changes every
  // alert's identity in code scanning.
  CHECK(print == "1c023269fd8c5746");
  Diagnostic moved = d;
  moved.line = 30;
  moved.column = 1;
  moved.file = "requests/a.json";
  CHECK(automl_lint::fingerprint(moved) == print);  // Position and "./" do not count.
  Diagnostic other = d;
  other.message = "Value 'y' is bad";
  CHECK(automl_lint::fingerprint(other) != print);
  other = d;
  other.file = "requests/b.json";
  CHECK(automl_lint::fingerprint(other) != print);
}

TEST_CASE("text: the diagnostics, then one summary line") {
  std::string text = render("text", sample_run());
  auto lines = lines_of(text);
  REQUIRE(lines.size() == 8);
  CHECK(lines[0] ==
        "requests/bad.json:3:18: error: Value 'Regresion' at /ProblemType failed to satisfy "
        "constraint [AML104]");
  CHECK(lines[1] == "    at /ProblemType");
  CHECK(lines[2] == "    hint: did you mean 'Regression'?");
  CHECK(lines[5] == "requests/bad.json: info: An info [AML303]");
  CHECK(lines[7] ==
        "Linted 3 files: 2 with findings (2 errors, 1 warning, 1 info). 1 file was not fully "
        "checked (unreadable, unparseable or a failed rule).");
  CHECK(text.find('\x1b') == std::string::npos);

  LintResult skipped;
  skipped.file = "package.json";
  skipped.not_a_request = true;
  CHECK(lines_of(render("text", {result_of("a.json", {}), skipped})).back() ==
        "Linted 1 file: no findings. Skipped 1 file that is not an Autopilot request.");
  CHECK(lines_of(render("text", {skipped, skipped})).back() ==
        "Linted 0 files: no findings. Skipped 2 files that are not Autopilot requests.");
}

TEST_CASE("text: colours only when asked, and file names cannot send escape sequences") {
  automl_lint::FormatOptions colour;
  colour.color = true;
  std::string text = render("text", sample_run(), colour);
  CHECK(text.find("\x1b[1;31merror\x1b[0m") != std::string::npos);
  CHECK(text.find("\x1b[1;33mwarning\x1b[0m") != std::string::npos);
  CHECK(text.find("\x1b[1;36minfo\x1b[0m") != std::string::npos);

  std::string evil = "evil\x1b]0;pwned\x07\n.json";
  for (bool with_colour : {false, true}) {
    automl_lint::FormatOptions options;
    options.color = with_colour;
    std::string out = render(
        "text",
        {result_of(evil, {finding(evil, "AML104", Severity::error, "m", "/ProblemType", 1, 1)})},
        options);
    CHECK(out.find("evil\\x1b]0;pwned\\x07\\x0a.json") != std::string::npos);
    CHECK(out.find("\x1b]") == std::string::npos);
  }
}

TEST_CASE("json: one array for the whole run, with exactly the documented keys") {
  rapidjson::Document parsed;
  std::string json = render("json", sample_run());
  parsed.Parse(json.c_str());
  REQUIRE_FALSE(parsed.HasParseError());
  REQUIRE(parsed.IsArray());
  CHECK(parsed.Size() == 4);
  for (const auto& d : parsed.GetArray()) {
    std::vector<std::string> keys;
    for (const auto& member : d.GetObject()) keys.emplace_back(member.name.GetString());
    CHECK(keys == std::vector<std::string>{"file", "rule", "severity", "message", "pointer", "line",
                                           "column", "hint"});
  }
  CHECK(render("json", {result_of("a.json", {})}) == "[]\n");
  // A file name that is not UTF-8 (any bytes are allowed on Linux) still gives valid JSON.
  std::string latin1 = "caf\xe9.json";
  std::string out = render(
      "json", {result_of(latin1, {finding(latin1, "AML005", Severity::error, "m", "", 0, 0)})});
  parsed.Parse<rapidjson::kParseValidateEncodingFlag>(out.c_str());
  CHECK_FALSE(parsed.HasParseError());
  CHECK(std::string(parsed[0]["file"].GetString()) == "caf\xEF\xBF\xBD.json");
}

TEST_CASE("github: one workflow command per finding, notice for info, no position when none") {
  auto lines = lines_of(render("github", sample_run()));
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] ==
        "::error file=requests/bad.json,line=3,col=18,title=AML104 enum-value::Value 'Regresion' "
        "at /ProblemType failed to satisfy constraint%0Ahint: did you mean 'Regression'?");
  CHECK(lines[1].starts_with("::warning file=requests/bad.json,line=2,col=20,title=AML202 "));
  CHECK(lines[2] == "::notice file=requests/bad.json,title=AML303 " +
                        std::string(automl_lint::find_rule("AML303")->name) + "::An info");
  CHECK(lines[3].starts_with("::error file=broken.json,line=4,col=1,title=AML001 invalid-json::"));
}

TEST_CASE("github: no value can end the command or start another one") {
  std::string file = "a,b:c%d\r\n::error file=x::injected.json";
  std::string message = "first line\n::error file=y::injected too\r\n%0A";
  auto lines = lines_of(
      render("github", {result_of(file, {finding(file, "AML104", Severity::error, message, "/P", 1,
                                                 2, "hint\n::warning::third")})}));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] ==
        "::error file=a%2Cb%3Ac%25d%0D%0A%3A%3Aerror file=x%3A%3Ainjected.json,line=1,col=2,"
        "title=AML104 enum-value::first line%0A::error file=y::injected too%0D%0A%250A%0Ahint: "
        "hint%0A::warning::third");
}

TEST_CASE("junit: a suite per file, a case per finding, failures from --fail-on up") {
  std::string xml = render("junit", sample_run());
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"));
  CHECK(xml.find("<testsuite name=\"requests/bad.json\" tests=\"3\" failures=\"1\" errors=\"0\"") !=
        std::string::npos);
  CHECK(xml.find("<testcase name=\"AML104 enum-value at 3:18 /ProblemType\"") != std::string::npos);
  CHECK(xml.find("<failure type=\"AML104\" message=\"error: Value 'Regresion' at /ProblemType "
                 "failed to satisfy constraint\">") != std::string::npos);
  // Below --fail-on (error), the warning and the info pass, with the finding as output.
  CHECK(xml.find("<system-out>requests/bad.json:2:20: warning:") != std::string::npos);
  // The clean file has one passing case; the unparseable one an <error>.
  CHECK(
      xml.find("<testsuite name=\"requests/good.json\" tests=\"1\" failures=\"0\" errors=\"0\"") !=
      std::string::npos);
  CHECK(xml.find("<testcase name=\"no findings\" classname=\"requests/good.json\"") !=
        std::string::npos);
  CHECK(xml.find("<testsuite name=\"broken.json\" tests=\"1\" failures=\"0\" errors=\"1\"") !=
        std::string::npos);
  CHECK(xml.find("<error type=\"AML001\"") != std::string::npos);
  CHECK(xml.ends_with("</testsuites>\n"));

  std::string strict = render("junit", sample_run(), {}, Severity::info);
  CHECK(strict.find("failures=\"3\"") != std::string::npos);
  CHECK(strict.find("<system-out>") == std::string::npos);
}

TEST_CASE("junit: case names are unique in a suite, and any text is well-formed XML") {
  Diagnostic same =
      finding("a&<b>\".json", "AML104", Severity::error, "x < y & \"z\"\x01\x1b", "/Tags/0", 5, 3);
  std::string xml = render("junit", {result_of(same.file, {same, same, same})});
  CHECK(xml.find("name=\"AML104 enum-value at 5:3 /Tags/0\"") != std::string::npos);
  CHECK(xml.find("name=\"AML104 enum-value at 5:3 /Tags/0 #2\"") != std::string::npos);
  CHECK(xml.find("name=\"AML104 enum-value at 5:3 /Tags/0 #3\"") != std::string::npos);
  CHECK(xml.find("<testsuite name=\"a&amp;&lt;b&gt;&quot;.json\"") != std::string::npos);
  CHECK(xml.find("message=\"error: x &lt; y &amp; &quot;z&quot;\\u0001\\u001b\"") !=
        std::string::npos);
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find('\x1b') == std::string::npos);
}

TEST_CASE("sarif: rules, results that point at them, locations relative to the working folder") {
  automl_lint::FormatOptions options;
  options.working_directory = "/work/repo";
  std::vector<LintResult> run = sample_run();
  run.push_back(result_of(
      "/elsewhere/x y.json",
      {finding("/elsewhere/x y.json", "AML005", Severity::error, "Cannot open file", "", 0, 0)},
      true));
  run.push_back(result_of("/work/repo/inside.json",
                          {finding("/work/repo/inside.json", "AML999", Severity::warning,
                                   "Not a listed rule", "", 0, 0)}));
  std::string sarif = render("sarif", run, options);
  rapidjson::Document log;
  log.Parse(sarif.c_str());
  REQUIRE_FALSE(log.HasParseError());
  CHECK(std::string(log["version"].GetString()) == "2.1.0");
  const auto& only_run = log["runs"][0];
  const auto& rules = only_run["tool"]["driver"]["rules"];
  REQUIRE(rules.Size() == 4);
  CHECK(std::string(rules[1]["id"].GetString()) == "AML104");
  CHECK(std::string(rules[1]["name"].GetString()) == "enum-value");
  CHECK(std::string(rules[3]["defaultConfiguration"]["level"].GetString()) ==
        (automl_lint::find_rule("AML303")->severity == Severity::info
             ? "note"
             : automl_lint::to_string(automl_lint::find_rule("AML303")->severity)));
  CHECK(std::string(only_run["columnKind"].GetString()) == "unicodeCodePoints");
  CHECK(std::string(only_run["originalUriBaseIds"]["%SRCROOT%"]["uri"].GetString()) ==
        "file:///work/repo/");
  const auto& results = only_run["results"];
  REQUIRE(results.Size() == 6);
  CHECK(results[0]["ruleIndex"].GetInt() == 1);
  CHECK(std::string(results[2]["level"].GetString()) == "note");
  const auto& location = results[0]["locations"][0]["physicalLocation"];
  CHECK(std::string(location["artifactLocation"]["uri"].GetString()) == "requests/bad.json");
  CHECK(std::string(location["artifactLocation"]["uriBaseId"].GetString()) == "%SRCROOT%");
  CHECK(location["region"]["startLine"].GetInt() == 3);
  CHECK(location["region"]["startColumn"].GetInt() == 18);
  CHECK(std::string(results[0]["partialFingerprints"]["automlLint/v1"].GetString()) ==
        automl_lint::fingerprint(sample_run()[0].diagnostics[0]));
  CHECK_FALSE(results[0]["partialFingerprints"].HasMember("primaryLocationLineHash"));
  // A finding without a position is put on line 1, without a column (GitHub needs a line).
  const auto& file_level = results[2]["locations"][0]["physicalLocation"]["region"];
  CHECK(file_level["startLine"].GetInt() == 1);
  CHECK_FALSE(file_level.HasMember("startColumn"));
  // Outside the working folder: an absolute file URI, percent-encoded, without a base.
  const auto& outside = results[4]["locations"][0]["physicalLocation"]["artifactLocation"];
  CHECK(std::string(outside["uri"].GetString()) == "file:///elsewhere/x%20y.json");
  CHECK_FALSE(outside.HasMember("uriBaseId"));
  // Inside it, given as an absolute path: relative again. A rule not in rules[] has no index.
  const auto& inside = results[5]["locations"][0]["physicalLocation"]["artifactLocation"];
  CHECK(std::string(inside["uri"].GetString()) == "inside.json");
  CHECK_FALSE(results[5].HasMember("ruleIndex"));
  CHECK(only_run["invocations"][0]["executionSuccessful"].IsFalse());

  std::string clean = render("sarif", {result_of("a.json", {})}, options);
  log.Parse(clean.c_str());
  CHECK(log["runs"][0]["results"].Size() == 0);
  CHECK(log["runs"][0]["invocations"][0]["executionSuccessful"].IsTrue());
}
