// Fixture tests: every tests/fixtures/**/*.json is linted and its diagnostics compared, in full,
// with the snapshot beside it (NAME.expected). Inputs named ok-*.json must give no diagnostic.
// AUTOML_LINT_UPDATE_SNAPSHOTS=1 rewrites the snapshots; review the diff before committing.
#include <doctest/doctest.h>

#include <algorithm>
#include <automl_lint/linter.hpp>
#include <automl_lint/output.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kFixtureRoot = fs::path(AUTOML_LINT_SOURCE_DIR) / "tests" / "fixtures";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::vector<fs::path> fixture_inputs() {
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::recursive_directory_iterator(kFixtureRoot)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      inputs.push_back(entry.path());
    }
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

std::string render(const automl_lint::Linter& linter, const fs::path& input) {
  std::string display = fs::relative(input, kFixtureRoot).generic_string();
  auto result = linter.lint_buffer(read_file(input), display);
  std::ostringstream out;
  automl_lint::write_text(out, result.diagnostics);
  return out.str();
}

bool updating() {
  const char* flag = std::getenv("AUTOML_LINT_UPDATE_SNAPSHOTS");
  return flag && std::string(flag) == "1";
}

}  // namespace

TEST_CASE("fixtures match their snapshots exactly") {
  automl_lint::Linter linter;
  auto inputs = fixture_inputs();
  REQUIRE_FALSE(inputs.empty());
  for (const fs::path& input : inputs) {
    CAPTURE(input.string());
    std::string actual = render(linter, input);
    if (input.filename().string().rfind("ok-", 0) == 0) {
      CHECK_MESSAGE(actual.empty(), "an ok- fixture gave diagnostics:\n" << actual);
      continue;
    }
    fs::path snapshot = fs::path(input).replace_extension(".expected");
    if (updating()) {
      std::ofstream(snapshot, std::ios::binary) << actual;
      continue;
    }
    REQUIRE_MESSAGE(fs::exists(snapshot), "missing snapshot " << snapshot.string());
    CHECK_MESSAGE(actual == read_file(snapshot), "snapshot differs; actual output:\n" << actual);
    CHECK_MESSAGE(!actual.empty(), "a bad fixture must give at least one diagnostic");
  }
}
