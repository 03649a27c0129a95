#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <automl_lint/linter.hpp>
#include <automl_lint/output.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "requests.hpp"

using automl_lint::Linter;

using test_requests::kValid;
using test_requests::with_member;

namespace {

std::string render(const Linter& linter, const std::string& text) {
  std::ostringstream out;
  automl_lint::write_json(out, linter.lint_buffer(text, "t.json").diagnostics);
  return out.str();
}

}  // namespace

TEST_CASE("one linter shared by many threads gives the same answers as one thread") {
  const Linter linter;
  std::vector<std::string> inputs = {
      kValid,
      with_member(R"("ProblemType": "MultiClassClassification")"),
      with_member(R"("Tags": [{"Key": "Projekt Ä-1", "Value": "bad#value"}])"),
      with_member(R"("AutoMLJobConfig": {"Mode": "Ensembling", "Extra": 1})"),
      "{\"AutoMLJobName\": 1,}",
  };
  std::vector<std::string> expected;
  for (const auto& input : inputs) expected.push_back(render(linter, input));
  CHECK(expected[0] == "[]\n");

  constexpr int kThreads = 8;
  constexpr int kRounds = 200;
  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        std::size_t i = static_cast<std::size_t>(round + t) % inputs.size();
        if (render(linter, inputs[i]) != expected[i]) ++mismatches[t];
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < kThreads; ++t) CHECK(mismatches[t] == 0);
}

TEST_CASE("lint_file reads files and reports unreadable ones without throwing") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() /
                 fs::path("automl-lint-linter-test-").concat(std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path file = dir / "request.json";
  std::ofstream(file) << with_member(
      R"("ProblemType": "Regresion", "AutoMLJobObjective": {"MetricName": "MSE"})");
  const Linter linter;

  auto result = linter.lint_file(file);
  CHECK_FALSE(result.input_failed);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].file == file.string());
  CHECK(result.diagnostics[0].rule == "AML104");
  CHECK(result.diagnostics[0].hint == "did you mean 'Regression'?");

  auto missing = linter.lint_file(dir / "missing.json");
  CHECK(missing.input_failed);
  CHECK(missing.diagnostics.at(0).rule == "AML005");

  auto directory = linter.lint_file(dir);
  CHECK(directory.input_failed);
  CHECK(directory.diagnostics.at(0).message.find("directory") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("json output has exactly the documented keys") {
  const Linter linter;
  std::string json = render(linter, with_member(R"("ProblemType": "Regresion")"));
  rapidjson::Document parsed;
  parsed.Parse(json.c_str());
  REQUIRE_FALSE(parsed.HasParseError());
  REQUIRE(parsed.IsArray());
  REQUIRE(parsed.Size() >= 1);
  for (const auto& diagnostic : parsed.GetArray()) {
    std::vector<std::string> keys;
    for (const auto& member : diagnostic.GetObject()) keys.emplace_back(member.name.GetString());
    CHECK(keys == std::vector<std::string>{"file", "rule", "severity", "message", "pointer", "line",
                                           "column", "hint"});
    CHECK(diagnostic["line"].IsInt());
    CHECK(diagnostic["column"].IsInt());
  }
  CHECK(std::string(parsed[0]["severity"].GetString()) == "error");
}

TEST_CASE("lint_files reports in input order whatever the thread count") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() /
                 fs::path("automl-lint-order-test-").concat(std::to_string(::getpid()));
  fs::create_directories(dir);
  std::vector<std::string> paths;
  const std::vector<std::string> variants = {
      kValid, with_member(R"("ProblemType": "Regresion")"), "{\"AutoMLJobName\": 1,}",
      with_member(R"("Tags": [{"Key": "a", "Value": "b"}, {"Key": "a", "Value": "c"}])")};
  for (int i = 0; i < 500; ++i) {
    fs::path file = dir / ("request-" + std::to_string(i) + ".json");
    std::string text = variants[static_cast<std::size_t>(i) % variants.size()];
    auto name = text.find("churn-1");
    if (name != std::string::npos && i % 7 != 0) text.replace(name, 7, "job-" + std::to_string(i));
    std::ofstream(file) << text;
    paths.push_back(file.string());
  }
  paths.push_back((dir / "missing.json").string());
  const Linter linter;
  auto run = [&](unsigned jobs) {
    std::vector<std::string> rendered;
    linter.lint_files(paths, jobs, [&](automl_lint::LintResult& result) {
      std::ostringstream out;
      automl_lint::write_text(out, result.diagnostics);
      rendered.push_back(out.str());
    });
    return rendered;
  };
  auto sequential = run(1);
  REQUIRE(sequential.size() == paths.size());
  CHECK(sequential.back().find("AML005") != std::string::npos);
  // Files 7, 14, ... keep the name churn-1 that file 0 used first.
  CHECK(sequential[7].find("AML202") != std::string::npos);
  CHECK(run(4) == sequential);
  CHECK(run(16) == sequential);
  fs::remove_all(dir);
}
