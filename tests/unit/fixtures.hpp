// Where the fixtures are and how each folder is linted; shared by the fixture tests and the
// migration round trip, so that both run every fixture with the options its folder asks for.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <automl_lint/linter.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fixtures {

namespace fs = std::filesystem;

inline const fs::path kFixtureRoot = fs::path(AUTOML_LINT_SOURCE_DIR) / "tests" / "fixtures";

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

/// Whether a fixture input is a request file: JSON, or with `yaml` also YAML (.yaml, .yml).
inline bool is_request_file(const fs::path& path, bool yaml) {
  std::string extension = path.extension().string();
  return extension == ".json" || (yaml && (extension == ".yaml" || extension == ".yml"));
}

/// Fixture inputs grouped by folder, each group sorted: the JSON files, and with `yaml` the YAML
/// files too.
inline std::map<fs::path, std::vector<fs::path>> fixture_groups(bool yaml = false) {
  std::map<fs::path, std::vector<fs::path>> groups;
  for (const auto& entry : fs::recursive_directory_iterator(kFixtureRoot)) {
    if (entry.is_regular_file() && is_request_file(entry.path(), yaml)) {
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

inline bool is_rule_folder(const fs::path& folder) {
  return folder.parent_path().filename() == "rules";
}

inline std::vector<std::string> split_ids(const std::string& list) {
  std::vector<std::string> ids;
  std::istringstream in(list);
  for (std::string id; std::getline(in, id, ',');) ids.push_back(id);
  return ids;
}

/// The settings of `options.txt`, if the folder has one.
inline void read_options_file(const fs::path& folder, automl_lint::Options& options) {
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
inline automl_lint::Options options_for(const fs::path& folder) {
  automl_lint::Options options;
  if (is_rule_folder(folder)) options.select = {folder.filename().string()};
  if (fs::exists(folder / "uses-data-root")) options.data_root = AUTOML_LINT_DATA_ROOT;
  read_options_file(folder, options);
  return options;
}

}  // namespace fixtures
