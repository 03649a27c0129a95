// Hostile and malformed input: each case must give a clear diagnostic, never a crash or a hang.
#include <doctest/doctest.h>

#include <algorithm>
#include <automl_lint/linter.hpp>
#include <chrono>
#include <string>
#include <vector>

using automl_lint::Linter;
using automl_lint::LintResult;

namespace {

const std::string kValid =
    R"({"AutoMLJobName": "churn-1",
 "InputDataConfig": [{"DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
   "S3Uri": "s3://bucket/train/"}}, "TargetAttributeName": "y"}],
 "OutputDataConfig": {"S3OutputPath": "s3://bucket/out/"},
 "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole"})";

LintResult lint(const std::string& text) {
  static const Linter linter;
  return linter.lint_buffer(text, "hostile.json");
}

/// The input was refused as a whole with exactly one diagnostic of `rule`.
void check_refused(const std::string& text, const std::string& rule) {
  LintResult result = lint(text);
  CHECK(result.input_failed);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == rule);
  CHECK_FALSE(result.diagnostics[0].message.empty());
}

std::vector<std::string> rules_of(const LintResult& result) {
  std::vector<std::string> rules;
  for (const auto& diagnostic : result.diagnostics) rules.push_back(diagnostic.rule);
  return rules;
}

}  // namespace

TEST_CASE("the valid base request is clean") {
  CHECK(lint(kValid).diagnostics.empty());
}

TEST_CASE("empty and blank files") {
  check_refused("", "AML001");
  check_refused("   \n\t ", "AML001");
  check_refused("\xEF\xBB\xBF", "AML001");
}

TEST_CASE("a UTF-8 BOM is accepted") {
  CHECK(lint("\xEF\xBB\xBF" + kValid).diagnostics.empty());
}

TEST_CASE("other encodings and broken UTF-8 are named") {
  check_refused(std::string("\xFF\xFE{\0\"\0", 6), "AML002");
  check_refused(std::string("\xFE\xFF\0{", 4), "AML002");
  check_refused(std::string("{\0\"\0A\0", 6), "AML002");        // UTF-16 without a BOM.
  check_refused("{\"AutoMLJobName\": \"caf\xE9\"}", "AML002");  // Latin-1 byte.
  check_refused("{\"A\": \"\xED\xA0\x80\"}", "AML002");         // Encoded lone surrogate.
  check_refused(std::string("{\"A\": \"a\0b\"}", 12), "AML002");
}

TEST_CASE("a lone surrogate escape is a parse error") {
  check_refused(R"({"AutoMLJobName": "\ud800"})", "AML001");
}

TEST_CASE("syntax errors: trailing garbage, trailing comma, NaN, comments") {
  check_refused(kValid + " x", "AML001");
  check_refused(kValid + "{}", "AML001");
  check_refused(R"({"AutoMLJobName": "a",})", "AML001");
  check_refused(R"({"X": NaN})", "AML001");
  check_refused(R"({"X": Infinity})", "AML001");
  check_refused("// comment\n{}", "AML001");
  check_refused(R"({"X": 1e400})", "AML001");  // Beyond double.
}

TEST_CASE("the root must be an object") {
  for (const char* text : {"[]", "\"text\"", "42", "null", "true"}) {
    CAPTURE(text);
    LintResult result = lint(text);
    CHECK_FALSE(result.input_failed);
    CHECK(rules_of(result) == std::vector<std::string>{"AML103"});
    CHECK(result.diagnostics[0].pointer.empty());
  }
}

TEST_CASE("integers beyond 32 and 64 bits are range errors") {
  for (const char* value :
       {"2147483648", "9223372036854775808", "18446744073709551616", "99999999999999999999999"}) {
    CAPTURE(value);
    std::string text = kValid;
    text.insert(text.size() - 1, std::string(", \"AutoMLJobConfig\": {\"CompletionCriteria\": "
                                             "{\"MaxCandidates\": ") +
                                     value + "}}");
    LintResult result = lint(text);
    REQUIRE(rules_of(result) == std::vector<std::string>{"AML107"});
    CHECK(result.diagnostics[0].pointer == "/AutoMLJobConfig/CompletionCriteria/MaxCandidates");
  }
}

TEST_CASE("a 1 MB string gets one length diagnostic, quickly") {
  std::string text = kValid;
  auto at = text.find("churn-1");
  text.replace(at, 7, std::string(1 << 20, 'a'));
  auto start = std::chrono::steady_clock::now();
  LintResult result = lint(text);
  auto elapsed = std::chrono::steady_clock::now() - start;
  REQUIRE(rules_of(result) == std::vector<std::string>{"AML105"});
  CHECK(result.diagnostics[0].message.find("(1048576 characters)") != std::string::npos);
  CHECK(result.diagnostics[0].message.size() < 400);  // The value is quoted shortened.
  // A loose bound that only a pathological regex engine would break.
  CHECK(elapsed < std::chrono::seconds(2));
}

TEST_CASE("a 1 MB value in a pattern-only field is matched in linear time") {
  std::string text = kValid;
  text.insert(text.size() - 1,
              ", \"Tags\": [{\"Key\": \"k\", \"Value\": \"" + std::string(1 << 20, 'v') + "#\"}]");
  LintResult result = lint(text);
  // TagValue is limited to 256 characters, so the length is what gets reported.
  CHECK(rules_of(result) == std::vector<std::string>{"AML105"});
}

TEST_CASE("100,000 nested arrays are refused without a stack overflow") {
  check_refused(std::string(100000, '[') + std::string(100000, ']'), "AML004");
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  objects += "1" + std::string(100000, '}');
  check_refused(objects, "AML004");
}

TEST_CASE("nesting within the limit under an unknown key is reported once") {
  std::string text = kValid;
  text.insert(text.size() - 1, ", \"Deep\": " + std::string(200, '[') + std::string(200, ']'));
  CHECK(rules_of(lint(text)) == std::vector<std::string>{"AML101"});
}

TEST_CASE("duplicate keys are reported at the later key") {
  std::string text = R"({"AutoMLJobName": "a", "AutoMLJobName": "b",)" + kValid.substr(1);
  LintResult result = lint(text);
  std::vector<std::string> rules = rules_of(result);
  CHECK(std::count(rules.begin(), rules.end(), "AML003") == 2);
}

TEST_CASE("oversized input is refused before parsing") {
  automl_lint::Options options;
  options.limits.max_file_bytes = 100;
  Linter small(options);
  auto result = small.lint_buffer(kValid, "big.json");
  CHECK(result.input_failed);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == "AML004");
}
