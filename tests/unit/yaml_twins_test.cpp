// The YAML twin of every JSON fixture gives the same findings at the same keys and values.
//
// tests/yaml/make_twins.py writes the twins into the build directory when this test runs (each
// is checked against ruamel.yaml there), with the layout it wrote: the line and column of each
// key and value. Each folder's JSON fixtures and their twins are linted with the folder's
// options; every diagnostic of a JSON fixture (rule, severity, pointer, message) must be a
// diagnostic of its twin, at the place the generator wrote the key or value that the JSON
// diagnostic points at, and the twin must have no other. The fixtures the generator leaves out
// (JSON syntax, encoding, duplicate keys) are listed with their reasons in excluded.json.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <automl_lint/linter.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <tuple>
#include <vector>

#include "fixtures.hpp"
#include "source_document.hpp"

namespace fs = std::filesystem;
using automl_lint::Diagnostic;
using automl_lint::LintResult;

namespace {

const fs::path kTwins = fs::path(AUTOML_LINT_BUILD_DIR) / "yaml-twins";

struct Place {
  std::string pointer;
  bool key = false;
};

using LineColumn = std::pair<int, int>;

/// Where each key and value of a JSON fixture starts: the node a JSON diagnostic points at.
std::map<LineColumn, Place> json_places(const automl_lint::detail::SourceDocument& document) {
  std::map<LineColumn, Place> places;
  auto add = [&](const rapidjson::Value& node, const std::string& pointer, bool key) {
    auto position = document.position_of_offset(document.offset_of(&node));
    places.emplace(LineColumn{position.line, position.column}, Place{pointer, key});
  };
  std::vector<std::pair<const rapidjson::Value*, std::string>> pending{{&document.root(), ""}};
  while (!pending.empty()) {
    auto [node, pointer] = pending.back();
    pending.pop_back();
    add(*node, pointer, false);
    if (node->IsObject()) {
      for (const auto& member : node->GetObject()) {
        std::string child = pointer + "/" +
                            automl_lint::detail::escape_pointer_token(
                                {member.name.GetString(), member.name.GetStringLength()});
        add(member.name, child, true);
        pending.emplace_back(&member.value, child);
      }
    } else if (node->IsArray()) {
      for (rapidjson::SizeType i = 0; i < node->Size(); ++i) {
        pending.emplace_back(&(*node)[i], pointer + "/" + std::to_string(i));
      }
    }
  }
  return places;
}

/// The generator's layout of a twin: pointer -> key and value positions.
struct Layout {
  rapidjson::Document document;
  std::optional<LineColumn> at(const Place& place) const {
    auto found = document.FindMember(rapidjson::Value(rapidjson::StringRef(
        place.pointer.data(), static_cast<rapidjson::SizeType>(place.pointer.size()))));
    if (found == document.MemberEnd()) return std::nullopt;
    const char* kind = place.key ? "key" : "value";
    if (!found->value.HasMember(kind)) return std::nullopt;
    const auto& position = found->value[kind];
    return LineColumn{position[0].GetInt(), position[1].GetInt()};
  }
};

Layout read_layout(const fs::path& path) {
  Layout layout;
  std::string text = fixtures::read_file(path);
  layout.document.Parse(text.c_str());
  REQUIRE_MESSAGE(layout.document.IsObject(), "unreadable layout " << path.string());
  return layout;
}

using Key = std::tuple<int, int, std::string, int, std::string, std::string>;

Key key_of(const Diagnostic& d) {
  return {d.line, d.column, d.rule, static_cast<int>(d.severity), d.pointer, d.message};
}

std::string describe(const Key& key) {
  return std::to_string(std::get<0>(key)) + ":" + std::to_string(std::get<1>(key)) + " " +
         std::get<2>(key) + " " + std::get<4>(key) + " " + std::get<5>(key);
}

std::string twin_display(std::string display) {
  return display.substr(0, display.size() - 5) + ".yaml";
}

}  // namespace

TEST_CASE("the YAML twin of every JSON fixture gives the same findings at the same places") {
  std::string command = std::string(AUTOML_LINT_PYTHON) + " " + AUTOML_LINT_SOURCE_DIR +
                        "/tests/yaml/make_twins.py " + fixtures::kFixtureRoot.string() + " " +
                        kTwins.string();
  REQUIRE_MESSAGE(std::system(command.c_str()) == 0, "make_twins.py failed: " << command);
  rapidjson::Document excluded;
  std::string excluded_text = fixtures::read_file(kTwins / "excluded.json");
  excluded.Parse(excluded_text.c_str());
  REQUIRE(excluded.IsObject());

  int compared = 0;
  int diagnostics = 0;
  for (const auto& [folder, all_inputs] : fixtures::fixture_groups()) {
    std::vector<fs::path> inputs;
    for (const fs::path& input : all_inputs) {
      std::string display = fs::relative(input, fixtures::kFixtureRoot).generic_string();
      if (!excluded.HasMember(display.c_str())) inputs.push_back(input);
    }
    if (inputs.empty()) continue;
    automl_lint::Options options = fixtures::options_for(folder);
    automl_lint::Linter linter(options);
    std::vector<std::string> json_texts;
    std::vector<std::string> yaml_texts;
    std::vector<LintResult> json_results;
    std::vector<LintResult> yaml_results;
    for (const fs::path& input : inputs) {
      std::string display = fs::relative(input, fixtures::kFixtureRoot).generic_string();
      fs::path twin = (kTwins / display).replace_extension(".yaml");
      REQUIRE_MESSAGE(fs::exists(twin), "no twin for " << display);
      json_texts.push_back(fixtures::read_file(input));
      yaml_texts.push_back(fixtures::read_file(twin));
      json_results.push_back(linter.lint_buffer(json_texts.back(), display));
      yaml_results.push_back(linter.lint_buffer(yaml_texts.back(), twin_display(display)));
    }
    if (fixtures::is_rule_folder(folder)) {
      automl_lint::check_across_files(json_results, options);
      automl_lint::check_across_files(yaml_results, options);
    }
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      std::string display = fs::relative(inputs[i], fixtures::kFixtureRoot).generic_string();
      CAPTURE(display);
      automl_lint::detail::SourceDocument json(json_texts[i], automl_lint::Limits{});
      auto places = json_places(json);
      fs::path twin = (kTwins / display).replace_extension(".yaml");
      Layout layout = read_layout(fs::path(twin).replace_extension(".layout.json"));
      std::vector<Key> expected;
      // A JSON fixture that fails to load (a limit) has no nodes to find its diagnostic at: its
      // twin must fail with the same diagnostic, wherever the YAML reader stops.
      bool failed = json_results[i].input_failed && yaml_results[i].input_failed &&
                    json_results[i].diagnostics.size() == 1;
      if (failed && yaml_results[i].diagnostics.size() == 1) {
        yaml_results[i].diagnostics[0].line = json_results[i].diagnostics[0].line;
        yaml_results[i].diagnostics[0].column = json_results[i].diagnostics[0].column;
      }
      for (Diagnostic d : json_results[i].diagnostics) {
        if (d.line > 0 && !failed) {
          auto place = places.find({d.line, d.column});
          REQUIRE_MESSAGE(place != places.end(), "a JSON diagnostic at no key or value: "
                                                     << d.line << ":" << d.column << " " << d.rule
                                                     << " " << d.message);
          auto yaml_at = layout.at(place->second);
          REQUIRE_MESSAGE(yaml_at, "the layout has no place for " << place->second.pointer);
          std::tie(d.line, d.column) = *yaml_at;
        }
        if (d.rule == "AML202") {
          // It names the earlier file and where its job name is: the earlier twin's place.
          static const std::regex kEarlier(R"(used by (\S+)\.json:(\d+):(\d+))");
          std::smatch match;
          REQUIRE(std::regex_search(d.message, match, kEarlier));
          Layout earlier = read_layout(kTwins / (match[1].str() + ".layout.json"));
          auto name = earlier.at(Place{"/AutoMLJobName", false});
          REQUIRE(name);
          d.message = match.prefix().str() + "used by " + match[1].str() +
                      ".yaml:" + std::to_string(name->first) + ":" + std::to_string(name->second) +
                      match.suffix().str();
        }
        expected.push_back(key_of(d));
      }
      std::vector<Key> actual;
      for (const Diagnostic& d : yaml_results[i].diagnostics) actual.push_back(key_of(d));
      std::sort(expected.begin(), expected.end());
      std::sort(actual.begin(), actual.end());
      std::string missing, extra;
      for (const Key& key : expected) {
        if (!std::binary_search(actual.begin(), actual.end(), key)) missing += describe(key) + "\n";
      }
      for (const Key& key : actual) {
        if (!std::binary_search(expected.begin(), expected.end(), key))
          extra += describe(key) + "\n";
      }
      CHECK_MESSAGE(expected == actual, "the twin lacks:\n"
                                            << missing << "the twin adds:\n"
                                            << extra);
      ++compared;
      diagnostics += static_cast<int>(expected.size());
    }
  }
  CHECK(compared > 800);
  MESSAGE(compared << " JSON fixtures and their YAML twins compared (" << diagnostics
                   << " diagnostics); " << excluded.MemberCount()
                   << " JSON-only fixtures left out (tests/yaml/make_twins.py says why)");
}
