// Invariants of the rule registry, and the generated docs/rules.md being current.
#include <doctest/doctest.h>

#include <automl_lint/rules.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "rules_markdown.hpp"

namespace fs = std::filesystem;
using automl_lint::all_rules;
using automl_lint::RuleInfo;

namespace {

const fs::path kSourceDir = AUTOML_LINT_SOURCE_DIR;

/// A fixture input the runner reads (a .json file) whose name starts with `prefix`.
bool has_fixture(const fs::path& folder, const std::string& prefix) {
  if (!fs::is_directory(folder)) return false;
  for (const auto& entry : fs::directory_iterator(folder)) {
    auto extension = entry.path().extension();
    if ((extension == ".json" || extension == ".yaml") &&
        entry.path().filename().string().rfind(prefix, 0) == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("rule ids and names are unique and well formed") {
  std::set<std::string_view> ids;
  std::set<std::string_view> names;
  const std::regex id_form("AML[0-9]{3}");
  const std::regex name_form("[a-z0-9]+(-[a-z0-9]+)*");
  REQUIRE(all_rules().size() > 20);
  for (const RuleInfo* rule : all_rules()) {
    CAPTURE(rule->id);
    CHECK(std::regex_match(std::string(rule->id), id_form));
    CHECK(std::regex_match(std::string(rule->name), name_form));
    CHECK(ids.insert(rule->id).second);
    CHECK(names.insert(rule->name).second);
  }
}

TEST_CASE("every rule is documented with a title, a rationale and an AWS source") {
  for (const RuleInfo* rule : all_rules()) {
    CAPTURE(rule->id);
    CHECK(rule->title.size() > 10);
    CHECK(rule->title.back() == '.');
    for (const char* heading :
         {"**What it checks**", "**Why it matters**", "**Example**", "**Fix**"}) {
      CHECK_MESSAGE(rule->rationale.find(heading) != std::string_view::npos, heading);
    }
    CHECK(rule->source_url.rfind("https://docs.aws.amazon.com/", 0) == 0);
  }
}

TEST_CASE("every rule has passing and failing fixtures") {
  for (const RuleInfo* rule : all_rules()) {
    // AML005 (unreadable files) is tested in linter_test.cpp, AML006 (a rule that fails) and
    // AML100 (the fallback for a violation the schema engine does not attribute) in
    // rule_engine_test.cpp: no request triggers them.
    // AML208 only arises in `automl-lint migrate` (migrate_test.cpp, the CLI tests), AML008 in
    // configuration files (settings_test.cpp, the CLI tests).
    if (rule->id == "AML005" || rule->id == "AML006" || rule->id == "AML008" ||
        rule->id == "AML100" || rule->id == "AML208") {
      continue;
    }
    CAPTURE(rule->id);
    fs::path folder = kSourceDir / "tests" / "fixtures" / "rules" / std::string(rule->id);
    CHECK_MESSAGE(has_fixture(folder, "ok-"), "no ok-*.json in " << folder.string());
    CHECK_MESSAGE(has_fixture(folder, "bad-"), "no bad-*.json in " << folder.string());
  }
}

TEST_CASE("docs/rules.md is generated from the rule metadata") {
  std::ostringstream generated;
  automl_lint::write_rules_markdown(generated);
  fs::path docs = kSourceDir / "docs" / "rules.md";
  const char* update = std::getenv("AUTOML_LINT_UPDATE_SNAPSHOTS");
  if (update && std::string(update) == "1") std::ofstream(docs) << generated.str();
  std::ifstream in(docs);
  std::ostringstream committed;
  committed << in.rdbuf();
  CHECK_MESSAGE(committed.str() == generated.str(),
                "docs/rules.md is stale: run `build/automl-lint rules --format markdown > "
                "docs/rules.md`");
}
