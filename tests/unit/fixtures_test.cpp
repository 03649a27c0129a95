// Fixture tests: every tests/fixtures/**/*.json (and *.yaml, *.yml: the YAML requests of
// tests/fixtures/yaml/) is linted and its diagnostics compared, in full,
// with the snapshot beside it (NAME.expected); an unexpected diagnostic fails the test. Inputs
// named ok-*.json must give no diagnostic at all. Under rules/<ID>/ only rule <ID> is enabled,
// every bad- snapshot must hold a finding of <ID>, and the folder's files are linted as one run,
// so that checks across files apply. A folder may hold `options.txt`, one setting a line:
// `select IDS` (comma-separated; replaces the folder's own selection) or `api v1|v2`.
// AUTOML_LINT_UPDATE_SNAPSHOTS=1 rewrites the snapshots; review the diff before committing.
#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <automl_lint/linter.hpp>
#include <automl_lint/output.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using fixtures::fixture_groups;
using fixtures::is_rule_folder;
using fixtures::kFixtureRoot;
using fixtures::options_for;
using fixtures::read_file;

namespace {

bool updating() {
  const char* flag = std::getenv("AUTOML_LINT_UPDATE_SNAPSHOTS");
  return flag && std::string(flag) == "1";
}

void check_snapshot(const fs::path& input, const std::string& actual) {
  CAPTURE(input.string());
  if (input.filename().string().rfind("ok-", 0) == 0) {
    CHECK_MESSAGE(actual.empty(), "an ok- fixture gave diagnostics:\n" << actual);
    return;
  }
  CHECK_MESSAGE(!actual.empty(), "a bad fixture must give at least one diagnostic");
  // In rules/<ID>/, a bad fixture is about <ID>: a syntax error alone (AML001) must not pass.
  if (is_rule_folder(input.parent_path())) {
    std::string id = input.parent_path().filename().string();
    CHECK_MESSAGE(actual.find("[" + id + "]") != std::string::npos,
                  "a bad fixture in rules/" << id << " gave no " << id << " finding");
  }
  fs::path snapshot = fs::path(input).replace_extension(".expected");
  if (updating()) {
    std::ofstream(snapshot, std::ios::binary) << actual;
    return;
  }
  REQUIRE_MESSAGE(fs::exists(snapshot), "missing snapshot " << snapshot.string());
  CHECK_MESSAGE(actual == read_file(snapshot), "snapshot differs; actual output:\n" << actual);
}

}  // namespace

TEST_CASE("fixtures match their snapshots exactly") {
  auto groups = fixture_groups(/*yaml=*/true);
  REQUIRE_FALSE(groups.empty());
  for (const auto& [folder, inputs] : groups) {
    // One subcase per folder: `-sc='*AML305*'` runs one rule's fixtures alone.
    SUBCASE(fs::relative(folder, kFixtureRoot).generic_string().c_str()) {
      automl_lint::Options options = options_for(folder);
      automl_lint::Linter linter(options);
      std::vector<automl_lint::LintResult> results;
      for (const fs::path& input : inputs) {
        std::string display = fs::relative(input, kFixtureRoot).generic_string();
        results.push_back(linter.lint_buffer(read_file(input), display));
      }
      // Elsewhere (realistic/, schema/) each file stands alone, as unrelated requests do.
      if (is_rule_folder(folder)) automl_lint::check_across_files(results, options);
      for (std::size_t i = 0; i < inputs.size(); ++i) {
        std::ostringstream out;
        automl_lint::write_text(out, results[i].diagnostics);
        check_snapshot(inputs[i], out.str());
      }
    }
  }
}
