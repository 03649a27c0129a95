// Walking folders for request files, --exclude globs, and telling requests from other JSON.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <automl_lint/files.hpp>
#include <automl_lint/linter.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "request_view.hpp"
#include "requests.hpp"

namespace fs = std::filesystem;
using automl_lint::glob_matches;

namespace {

struct TemporaryFolder {
  fs::path path;
  TemporaryFolder() {
    path = fs::temp_directory_path() /
           fs::path("automl-lint-files-test-").concat(std::to_string(::getpid()));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TemporaryFolder() { fs::remove_all(path); }
  void write(const std::string& relative, const std::string& text = "{}") const {
    fs::create_directories((path / relative).parent_path());
    std::ofstream(path / relative) << text;
  }
};

}  // namespace

TEST_CASE("globs: *, ?, classes, ** and names at any depth") {
  CHECK(glob_matches("*.json", "a.json"));
  CHECK(glob_matches("*.json", "deep/er/a.json"));  // No '/': the name at any depth.
  CHECK_FALSE(glob_matches("*.json", "a.yaml"));
  CHECK(glob_matches("node_modules", "web/node_modules"));
  CHECK_FALSE(glob_matches("node_modules", "web/node_modules_old"));
  CHECK(glob_matches("drafts/*.json", "drafts/a.json"));
  CHECK_FALSE(glob_matches("drafts/*.json", "drafts/sub/a.json"));  // * stops at '/'.
  CHECK_FALSE(glob_matches("drafts/*.json", "x/drafts/a.json"));    // A '/' anchors it.
  CHECK(glob_matches("drafts/**/*.json", "drafts/a.json"));         // ** is zero folders too.
  CHECK(glob_matches("drafts/**/*.json", "drafts/a/b/c.json"));
  CHECK(glob_matches("**/tmp/**", "a/b/tmp/c/d.json"));
  CHECK(glob_matches("**/tmp", "tmp"));
  CHECK(glob_matches("/drafts/a.json", "drafts/a.json"));
  CHECK(glob_matches("./drafts/a.json", "drafts/a.json"));
  CHECK(glob_matches("request-?.json", "request-1.json"));
  CHECK(glob_matches("request-?.json", "request-\xc3\xa9.json"));  // ? is one character.
  CHECK_FALSE(glob_matches("request-?.json", "request-12.json"));
  CHECK(glob_matches("request-[0-9].json", "request-7.json"));
  CHECK_FALSE(glob_matches("request-[!0-9].json", "request-7.json"));
  CHECK(glob_matches("request-[!0-9].json", "request-x.json"));
  CHECK(glob_matches("[]]x", "]x"));
  CHECK(glob_matches("a*b*c", "aXXbYYbZZc"));
  CHECK_FALSE(glob_matches("a*b*c", "aXXbYYbZZ"));
  // A long run of stars against a long name stays fast (one backtrack point per segment).
  CHECK_FALSE(glob_matches(std::string(60, '*') + "x", std::string(5000, 'a')));

  CHECK(automl_lint::glob_error("a[b") == "'[' at position 2 has no closing ']'");
  CHECK(automl_lint::glob_error("") == "the pattern is empty");
  CHECK_FALSE(automl_lint::glob_error("a[b]"));
  CHECK_FALSE(glob_matches("a[b", "a[b"));  // An invalid pattern matches nothing.
}

TEST_CASE("a folder is walked for JSON and YAML files, hidden entries and exclusions left out") {
  TemporaryFolder folder;
  for (const char* name :
       {"b.json", "a.yaml", "a.yml", "a/z.json", "a/b/c.json", "a.json", "notes.txt",
        ".hidden.json", ".git/config.json", "x/.cache/y.json", "node_modules/pkg/package.json",
        "drafts/old/d.json", "drafts/e.json", "UPPER.JSON"}) {
    folder.write(name);
  }
  fs::create_directory_symlink(folder.path / "a", folder.path / "a/b/loop");  // A link loop.
  fs::create_directory_symlink(folder.path, folder.path / "self");
  fs::create_symlink(folder.path / "b.json", folder.path / "link.json");  // A link to a file.
  fs::create_symlink(folder.path / "missing.json", folder.path / "dangling.json");

  auto found = automl_lint::find_request_files(folder.path, {});
  CHECK(found.errors.empty());
  CHECK(found.files == std::vector<std::string>{"a/b/c.json", "a/z.json", "a.json", "a.yaml",
                                                "a.yml", "b.json", "drafts/e.json",
                                                "drafts/old/d.json", "link.json",
                                                "node_modules/pkg/package.json"});

  found = automl_lint::find_request_files(folder.path,
                                          {"node_modules", "drafts/**/*.json", "*.yml", "a/b"});
  CHECK(found.files ==
        std::vector<std::string>{"a/z.json", "a.json", "a.yaml", "b.json", "link.json"});

  found = automl_lint::find_request_files(folder.path / "no-such-folder", {});
  CHECK(found.files.empty());
  REQUIRE(found.errors.size() == 1);
  CHECK(found.errors[0].find("no-such-folder") != std::string::npos);
}

TEST_CASE("the request members that tell a request from other JSON are the schemas' root") {
  std::set<std::string> from_schemas;
  for (const char* file : {"create-auto-ml-job.schema.json", "create-auto-ml-job-v2.schema.json"}) {
    std::ifstream in(std::string(AUTOML_LINT_SOURCE_DIR) + "/schemas/" + file);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    rapidjson::Document schema;
    schema.Parse(text.c_str());
    REQUIRE(schema.HasMember("properties"));
    for (const auto& member : schema["properties"].GetObject()) {
      from_schemas.insert(member.name.GetString());
    }
  }
  std::set<std::string> listed;
  for (std::string_view name : automl_lint::rules::request_root_members()) {
    listed.emplace(name);
  }
  CHECK(listed == from_schemas);
}

TEST_CASE("with skip_non_requests, only inputs that are not requests are skipped") {
  automl_lint::Options options;
  options.skip_non_requests = true;
  const automl_lint::Linter linter(options);
  auto skipped = [&](const std::string& text) {
    auto result = linter.lint_buffer(text, "x.json");
    if (result.not_a_request) CHECK(result.diagnostics.empty());
    return result.not_a_request;
  };
  CHECK(skipped(R"({"name": "web", "version": "1.0.0", "dependencies": {}})"));  // package.json
  CHECK(skipped("{}"));
  CHECK(skipped("[1, 2]"));
  CHECK(skipped("stages:\n  - build\n"));        // A YAML CI file, unparseable as JSON.
  CHECK(skipped("{\"compilerOptions\": {},}"));  // JSON with a trailing comma: tsconfig.json.
  CHECK_FALSE(skipped(test_requests::kValid));
  CHECK_FALSE(skipped(R"({"autoMLJobName": "x"})"));  // A member misspelled in case only.
  CHECK_FALSE(skipped(R"({"Tags": []})"));
  CHECK_FALSE(skipped("{\"AutoMLJobName\": \"x\",}"));  // A request with a syntax error.
  CHECK_FALSE(skipped("\xff\xfe{\0}"));                 // Not UTF-8: reported, never skipped.
  // Without the option every input is linted.
  auto linted = automl_lint::Linter().lint_buffer("{}", "x.json");
  CHECK_FALSE(linted.not_a_request);
  CHECK_FALSE(linted.diagnostics.empty());
}

TEST_CASE("lint_files lints bytes the caller read as well as files, in input order") {
  TemporaryFolder folder;
  folder.write("a.json", test_requests::kValid);
  const automl_lint::Linter linter;
  std::vector<automl_lint::Input> inputs = {
      {(folder.path / "a.json").string(), std::nullopt},
      {"from-stdin.json", std::string("{\"AutoMLJobName\": 1}")},
      {"-", std::nullopt},  // A file named "-": the library never reads standard input.
  };
  std::vector<automl_lint::LintResult> results;
  linter.lint_files(inputs, 2, [&](automl_lint::LintResult& result) { results.push_back(result); });
  REQUIRE(results.size() == 3);
  CHECK(results[0].diagnostics.empty());
  CHECK(results[1].file == "from-stdin.json");
  REQUIRE_FALSE(results[1].diagnostics.empty());
  CHECK(results[1].diagnostics[0].file == "from-stdin.json");
  CHECK(results[2].input_failed);
  CHECK(results[2].diagnostics.at(0).rule == "AML005");
}
