// Hostile and malformed input: each case must give a clear diagnostic, never a crash or a hang.
// No case measures time (the machines are noisy, and the suite also runs under ASan); a hang
// or quadratic blow-up would hit meson's test timeout instead. Speed is measured in bench/.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <automl_lint/linter.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "requests.hpp"

using automl_lint::Linter;
using automl_lint::LintResult;

using test_requests::kValid;

namespace {

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

TEST_CASE("a lone surrogate escape refuses the file at its member") {
  check_refused(R"({"AutoMLJobName": "\ud800"})", "AML002");
  CHECK(lint(R"({"AutoMLJobName": "\ud800"})").diagnostics[0].pointer == "/AutoMLJobName");
}

TEST_CASE("syntax errors: trailing garbage, trailing comma, NaN, comments") {
  check_refused(kValid + " x", "AML001");
  check_refused(kValid + "{}", "AML001");
  check_refused(R"({"AutoMLJobName": "a",})", "AML001");
  check_refused(R"({"X": NaN})", "AML001");
  check_refused(R"({"X": Infinity})", "AML001");
  check_refused("// comment\n{}", "AML001");
}

TEST_CASE("a number beyond double range is valid JSON, reported at its member") {
  struct Case {
    std::string member;
    std::string rule;
    std::string pointer;
    std::string words;
  };
  for (const Case& c : {
           Case{R"("AutoMLJobConfig": {"CompletionCriteria": {"MaxCandidates": 1e400}})", "AML107",
                "/AutoMLJobConfig/CompletionCriteria/MaxCandidates",
                "Value 1e400 at /AutoMLJobConfig/CompletionCriteria/MaxCandidates failed to "
                "satisfy constraint: Member must have value less than or equal to 750"},
           Case{R"("AutoMLJobConfig": {"DataSplitConfig": {"ValidationFraction": -1E+999}})",
                "AML301", "/AutoMLJobConfig/DataSplitConfig/ValidationFraction", "-1E+999"},
           Case{R"("GenerateCandidateDefinitionsOnly": )" + std::string(400, '9'), "AML103",
                "/GenerateCandidateDefinitionsOnly", "Member must be a boolean (found a number)"},
           Case{R"("Tags": [{"Key": "k", "Value": 1e400}])", "AML103", "/Tags/0/Value",
                "Value 1e400 at /Tags/0/Value"},
       }) {
    CAPTURE(c.member);
    LintResult result = lint(test_requests::with_member(c.member));
    CHECK_FALSE(result.input_failed);
    REQUIRE(rules_of(result) == std::vector<std::string>{c.rule});
    CHECK(result.diagnostics[0].pointer == c.pointer);
    CHECK(result.diagnostics[0].message.find(c.words) != std::string::npos);
  }
  // An unknown member with such a number is only unknown.
  CHECK(rules_of(lint(test_requests::with_member(R"("X": 1e400)"))) ==
        std::vector<std::string>{"AML101"});
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

TEST_CASE("a 1 MB string gets one length diagnostic") {
  std::string text = kValid;
  auto at = text.find("churn-1");
  text.replace(at, 7, std::string(1 << 20, 'a'));
  LintResult result = lint(text);
  REQUIRE(rules_of(result) == std::vector<std::string>{"AML105"});
  CHECK(result.diagnostics[0].message.find("(1048576 characters)") != std::string::npos);
  CHECK(result.diagnostics[0].message.size() < 400);  // The value is quoted shortened.
}

TEST_CASE("a 1 MB tag value gets one length diagnostic, not a pattern one too") {
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
  objects.append("1").append(100000, '}');
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

namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path = fs::temp_directory_path() /
                  fs::path("automl-lint-hostile-").concat(std::to_string(::getpid()));
  TempDir() { fs::create_directories(path); }
  ~TempDir() { fs::remove_all(path); }
};

LintResult lint_path(const fs::path& path) {
  static const Linter linter;
  return linter.lint_file(path);
}

}  // namespace

TEST_CASE("a 100 MB file is refused by size without being read") {
  TempDir dir;
  fs::path big = dir.path / "big.json";
  std::ofstream(big) << kValid;
  fs::resize_file(big, 100u * 1024 * 1024);  // Sparse: cheap to make.
  LintResult result = lint_path(big);
  CHECK(result.input_failed);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == "AML004");
}

TEST_CASE("directories, FIFOs, symlink loops and missing files are named, not read") {
  TempDir dir;
  fs::path fifo = dir.path / "fifo.json";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  fs::path loop = dir.path / "loop.json";
  fs::create_symlink(loop, loop);
  struct Case {
    fs::path path;
    const char* words;
  };
  for (const Case& c : {Case{dir.path, "directory"}, Case{fifo, "FIFO"},
                        Case{loop, "symbolic links"}, Case{dir.path / "none.json", "No such"}}) {
    CAPTURE(c.path.string());
    LintResult result = lint_path(c.path);  // A FIFO without a writer must not block.
    CHECK(result.input_failed);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].rule == "AML005");
    CHECK(result.diagnostics[0].message.find(c.words) != std::string::npos);
  }
}

TEST_CASE("a symlink to a request is followed") {
  TempDir dir;
  fs::path target = dir.path / "target.json";
  std::ofstream(target) << kValid;
  fs::create_symlink(target, dir.path / "link.json");
  CHECK(lint_path(dir.path / "link.json").diagnostics.empty());
}

TEST_CASE("linting never changes the file: content and modification time stay") {
  TempDir dir;
  for (const std::string& text : {kValid, std::string("{\"AutoMLJobName\": \"a_b\",}"),
                                  kValid.substr(0, kValid.size() - 1) + ", \"X\": 1}"}) {
    fs::path file = dir.path / "request.json";
    std::ofstream(file, std::ios::binary) << text;
    auto before = fs::last_write_time(file);
    struct stat info_before {};
    REQUIRE(::stat(file.c_str(), &info_before) == 0);
    lint_path(file);
    struct stat info_after {};
    REQUIRE(::stat(file.c_str(), &info_after) == 0);
    CHECK(fs::last_write_time(file) == before);
    CHECK(info_after.st_size == info_before.st_size);
    CHECK(info_after.st_mode == info_before.st_mode);
    std::ifstream in(file, std::ios::binary);
    std::string after((std::istreambuf_iterator<char>(in)), {});
    CHECK(after == text);
  }
}

TEST_CASE("mixed encodings: a BOM in the middle, CESU-8 surrogates, overlong forms") {
  check_refused("{\"A\": \"x\xEF\xBB\xBFy\", \"B\": \"\xED\xA0\x81\xED\xB0\x80\"}", "AML002");
  check_refused("{\"A\": \"\xC0\x80\"}", "AML002");       // Overlong NUL (Modified UTF-8).
  check_refused("\xEF\xBB\xBF\xEF\xBB\xBF{}", "AML001");  // Two BOMs: the second is text.
  // A BOM inside a string is a valid (if odd) character; it lints like any other value.
  LintResult result = lint("{\"AutoMLJobName\": \"a\xEF\xBB\xBF\"}");
  CHECK_FALSE(result.input_failed);
}

TEST_CASE("very long keys and many keys are handled in linear time") {
  std::string text = kValid.substr(0, kValid.size() - 1);
  text.append(", \"").append(1 << 20, 'K').append("\": 1");
  for (int i = 0; i < 20000; ++i) {
    text.append(", \"k").append(std::to_string(i)).append("\": ").append(std::to_string(i));
  }
  text += "}";
  LintResult result = lint(text);
  // One unknown key each, up to the limit, then one line that counts the rest.
  REQUIRE(result.diagnostics.size() == 1001);
  CHECK(result.diagnostics[0].message.size() < 1000);
  CHECK(result.diagnostics.back().rule == "AML004");
  CHECK(result.diagnostics.back().severity == automl_lint::Severity::warning);
  CHECK(result.diagnostics.back().message == "19001 more diagnostics in this file are not shown");
}
