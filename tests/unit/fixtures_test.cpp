// Fixture tests: every tests/fixtures/**/*.json is linted and its diagnostics compared, in full,
// with the snapshot beside it (NAME.expected); an unexpected diagnostic fails the test. Inputs
// named ok-*.json must give no diagnostic at all. Under rules/<ID>/ only rule <ID> is enabled,
// every bad- snapshot must hold a finding of <ID>, and the folder's files are linted as one run,
// so that checks across files apply. A folder may hold `options.txt`, one setting a line:
// `select IDS` (comma-separated; replaces the folder's own selection) or `api v1|v2`.
// AUTOML_LINT_UPDATE_SNAPSHOTS=1 rewrites the snapshots; review the diff before committing.
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

namespace {

const fs::path kFixtureRoot = fs::path(AUTOML_LINT_SOURCE_DIR) / "tests" / "fixtures";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

/// Fixture inputs grouped by folder, each group sorted.
std::map<fs::path, std::vector<fs::path>> fixture_groups() {
  std::map<fs::path, std::vector<fs::path>> groups;
  for (const auto& entry : fs::recursive_directory_iterator(kFixtureRoot)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      groups[entry.path().parent_path()].push_back(entry.path());
    }
  }
  // Order by the name after its ok-/bad- prefix, so that a fixture of a check across files can
  // say which file comes first (ok-1-first.json, bad-2-repeats-it.json).
  auto order = [](const fs::path& path) {
    std::string name = path.filename().string();
    return name.substr(name.find('-') + 1);
  };
  for (auto& [folder, inputs] : groups) {
    std::sort(inputs.begin(), inputs.end(),
              [&](const fs::path& a, const fs::path& b) { return order(a) < order(b); });
  }
  return groups;
}

bool is_rule_folder(const fs::path& folder) {
  return folder.parent_path().filename() == "rules";
}

std::vector<std::string> split_ids(const std::string& list) {
  std::vector<std::string> ids;
  std::istringstream in(list);
  for (std::string id; std::getline(in, id, ',');) ids.push_back(id);
  return ids;
}

/// The settings of `options.txt`, if the folder has one.
void read_options_file(const fs::path& folder, automl_lint::Options& options) {
  std::ifstream in(folder / "options.txt");
  for (std::string key, value; in >> key >> value;) {
    if (key == "select") {
      options.select = split_ids(value);
    } else if (key == "api") {
      REQUIRE_MESSAGE((value == "v1" || value == "v2"), "bad api in " << folder.string());
      options.api = value == "v1" ? automl_lint::ApiVersion::v1 : automl_lint::ApiVersion::v2;
    } else {
      FAIL("unknown option '" << key << "' in " << (folder / "options.txt").string());
    }
  }
}

/// Under rules/<ID>/ only that rule runs. A folder holding a file `uses-data-root` is linted with
/// the data root that tests/data/make_data.py generates in the build directory.
automl_lint::Options options_for(const fs::path& folder) {
  automl_lint::Options options;
  if (is_rule_folder(folder)) options.select = {folder.filename().string()};
  if (fs::exists(folder / "uses-data-root")) options.data_root = AUTOML_LINT_DATA_ROOT;
  read_options_file(folder, options);
  return options;
}

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
  auto groups = fixture_groups();
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
