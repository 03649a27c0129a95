// Inputs the fuzzers found (tests/fixtures/fuzz-regressions/*.bin): each must lint without a
// crash, with well-formed UTF-8 in every message, and give exactly the diagnostics of its
// snapshot NAME.expected (AUTOML_LINT_UPDATE_SNAPSHOTS=1 rewrites them).
#include <doctest/doctest.h>

#include <automl_lint/linter.hpp>
#include <automl_lint/output.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "requests.hpp"
#include "utf8.hpp"

namespace fs = std::filesystem;
using automl_lint::Linter;

namespace {

const fs::path kRegressions =
    fs::path(AUTOML_LINT_SOURCE_DIR) / "tests" / "fixtures" / "fuzz-regressions";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

TEST_CASE("every fuzz finding lints cleanly into well-formed output") {
  const Linter linter;
  int count = 0;
  for (const auto& entry : fs::directory_iterator(kRegressions)) {
    if (entry.path().extension() != ".bin") continue;
    ++count;
    CAPTURE(entry.path().string());
    auto result = linter.lint_buffer(read_file(entry.path()), "finding.json");
    std::ostringstream json;
    automl_lint::write_json(json, result.diagnostics);
    CHECK_FALSE(automl_lint::detail::first_invalid_utf8(json.str()).has_value());
    fs::path snapshot = fs::path(entry.path()).replace_extension(".expected");
    const char* update = std::getenv("AUTOML_LINT_UPDATE_SNAPSHOTS");
    if (update && std::string(update) == "1")
      std::ofstream(snapshot, std::ios::binary) << json.str();
    REQUIRE_MESSAGE(fs::exists(snapshot), "missing snapshot " << snapshot.string());
    CHECK_MESSAGE(json.str() == read_file(snapshot), "snapshot differs; actual:\n" << json.str());
  }
  CHECK(count >= 2);
}

TEST_CASE(
    "an unpaired surrogate escape is refused at its member, never passed on as invalid UTF-8") {
  const Linter linter;
  struct Case {
    const char* text;
    const char* pointer;
    int column;
  };
  for (const Case& c :
       {Case{R"({"AutoMLJobName": "\udc00"})", "/AutoMLJobName", 20},
        Case{R"({"\udfff": 1})", "/\xEF\xBF\xBD", 3},
        Case{R"({"AutoMLJobName": "a\ud800"})", "/AutoMLJobName", 21},
        Case{R"({"Tags": [{"Key": "k", "Value": "\ud800\ud800"}]})", "/Tags/0/Value", 34},
        Case{R"("\udc00")", "", 2}}) {
    CAPTURE(c.text);
    auto result = linter.lint_buffer(c.text, "t.json");
    CHECK(result.input_failed);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].rule == "AML002");
    CHECK(result.diagnostics[0].pointer == c.pointer);
    CHECK(result.diagnostics[0].line == 1);
    CHECK(result.diagnostics[0].column == c.column);
    CHECK_FALSE(automl_lint::detail::first_invalid_utf8(result.diagnostics[0].pointer));
  }
  // A proper pair is a character: U+1F600.
  auto pair = linter.lint_buffer(
      test_requests::with_member(R"("Tags": [{"Key": "k", "Value": "\ud83d\ude00"}])"), "t.json");
  CHECK_FALSE(pair.input_failed);
}

TEST_CASE("zeros with large negative exponents are zero") {
  const Linter linter;
  for (const char* zero : {"0e-30", "0.0e-25", "0E-400", "-0.0e-99"}) {
    CAPTURE(zero);
    std::string text = test_requests::with_member(
        std::string(R"("AutoMLJobConfig": {"DataSplitConfig": {"ValidationFraction": )") + zero +
        "}}");
    auto result = linter.lint_buffer(text, "t.json");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].rule == "AML301");  // Zero is not strictly above 0.
  }
}
