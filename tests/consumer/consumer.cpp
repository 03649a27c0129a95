// A program outside automl-lint that lints requests through the public C++ API only: a buffer
// with a known mistake (checked), then each file it is given (printed). Exit status 0 when the
// API behaved as documented, 1 otherwise.
#include <automl_lint/linter.hpp>
#include <automl_lint/migrate.hpp>
#include <automl_lint/output.hpp>
#include <automl_lint/rules.hpp>
#include <automl_lint/version.hpp>
#include <iostream>
#include <string_view>

namespace {

// A CreateAutoMLJobV2 forecast whose ForecastFrequency overlaps the next unit (AML901).
constexpr std::string_view kForecast = R"({
  "AutoMLJobName": "demand-forecast",
  "AutoMLJobInputDataConfig": [{"ChannelType": "training", "DataSource": {"S3DataSource": {
    "S3DataType": "S3Prefix", "S3Uri": "s3://bucket/train/"}}}],
  "OutputDataConfig": {"S3OutputPath": "s3://bucket/out/"},
  "AutoMLProblemTypeConfig": {"TimeSeriesForecastingJobConfig": {
    "ForecastFrequency": "60min", "ForecastHorizon": 4,
    "TimeSeriesConfig": {"TargetAttributeName": "demand", "TimestampAttributeName": "ts",
                         "ItemIdentifierAttributeName": "item"}}},
  "RoleArn": "arn:aws:iam::123456789012:role/R"
})";

int failures = 0;

void expect(bool condition, std::string_view what) {
  if (condition) return;
  std::cerr << "consumer: expected " << what << '\n';
  ++failures;
}

}  // namespace

int main(int argc, char** argv) {
  expect(std::string_view(automl_lint::version()) == AUTOML_LINT_EXPECTED_VERSION,
         "the version the build expects");
  const automl_lint::RuleInfo* rule = automl_lint::find_rule("AML901");
  expect(rule != nullptr && !automl_lint::all_rules().empty(), "the rule registry");

  automl_lint::Linter linter;
  automl_lint::LintResult result = linter.lint_buffer(kForecast, "forecast.json");
  expect(result.file == "forecast.json", "the result to name its file");
  expect(result.api == automl_lint::ApiVersion::v2, "a V2 request to be checked as V2");
  expect(result.diagnostics.size() == 1 && result.diagnostics[0].rule == "AML901" &&
             result.diagnostics[0].pointer ==
                 "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastFrequency" &&
             result.diagnostics[0].line == 7,
         "one AML901 at ForecastFrequency, line 7");
  expect(automl_lint::has_severity_at_least(result.diagnostics, automl_lint::Severity::error),
         "an error");
  expect(automl_lint::migrate_to_v2(kForecast, "forecast.json").diagnostics.size() == 1,
         "migrate to refuse a V2 request with one diagnostic");

  for (int i = 1; i < argc; ++i) {
    automl_lint::LintResult file = linter.lint_file(argv[i]);
    expect(file.file == argv[i], "a file's result to carry its path");
    automl_lint::write_text(std::cout, file.diagnostics);
  }
  if (failures == 0) std::cout << "consumer: ok\n";
  return failures == 0 ? 0 : 1;
}
