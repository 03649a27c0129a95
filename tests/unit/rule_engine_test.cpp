// The rule engine: a failing rule, explicit deferral, which rules apply to which request.
#include "rule_engine.hpp"

#include <doctest/doctest.h>

#include <automl_lint/linter.hpp>
#include <stdexcept>

#include "requests.hpp"
#include "schema_validator.hpp"
#include "source_document.hpp"

namespace {

using automl_lint::ApiVersion;
using automl_lint::ProblemKind;
using automl_lint::Severity;
namespace rules = automl_lint::rules;
namespace scope = automl_lint::scope;
namespace detail = automl_lint::detail;

void report_twice_then_throw(const rules::Request& request, rules::Reporter& reporter) {
  reporter.report(request.auto_ml_job_name.pointer, "first report of a rule that then fails");
  throw std::runtime_error("boom");
}

void report_once(const rules::Request& request, rules::Reporter& reporter) {
  reporter.report(request.role_arn.pointer, "a finding of a working rule");
}

void ask_undeclared(const rules::Request&, rules::Reporter& reporter) {
  if (!reporter.deferred_to("AML501")) reporter.report("", "reported");
}

void report_unless_deferred(const rules::Request&, rules::Reporter& reporter) {
  if (!reporter.deferred_to("AML501")) reporter.report("", "reported");
}

const rules::Rule kFailing{.info = {.id = "AML998", .name = "failing", .severity = Severity::error},
                           .check = report_twice_then_throw};
const rules::Rule kWorking{.info = {.id = "AML999", .name = "working", .severity = Severity::error},
                           .check = report_once};
const rules::Rule kUndeclared{
    .info = {.id = "AML997", .name = "undeclared", .severity = Severity::error},
    .check = ask_undeclared};
const rules::Rule kDeferring{
    .info = {.id = "AML996", .name = "deferring", .severity = Severity::error},
    .check = report_unless_deferred,
    .defers_to = {"AML501"}};

detail::RuleFindings run(const std::vector<const rules::Rule*>& list,
                         const detail::Selection& selection = {}) {
  static const automl_lint::Limits limits;
  static const detail::SourceDocument document(test_requests::kValid, limits);
  return detail::run_rules(document, ApiVersion::v1, selection, nullptr, &list);
}

}  // namespace

TEST_CASE("a rule that throws gives AML006 and the other rules' findings are kept") {
  auto result = run({&kFailing, &kWorking});
  REQUIRE(result.findings.size() == 2);
  CHECK(result.findings[0].rule == "AML006");
  CHECK(result.findings[0].message.find("AML998 (failing)") != std::string::npos);
  CHECK(result.findings[0].message.find("boom") != std::string::npos);
  CHECK(result.findings[1].rule == "AML999");
}

TEST_CASE("deferral is declared, and honoured only while the other rule is enabled") {
  auto undeclared = run({&kUndeclared});
  REQUIRE(undeclared.findings.size() == 1);
  CHECK(undeclared.findings[0].rule == "AML006");
  CHECK(run({&kDeferring}).findings.empty());
  auto other_off = run({&kDeferring}, detail::Selection({}, {"AML501"}));
  REQUIRE(other_off.findings.size() == 1);
  CHECK(other_off.findings[0].rule == "AML996");
}

TEST_CASE("a rule's scope decides the requests it checks") {
  CHECK(detail::applies(scope::v1, ApiVersion::v1, ProblemKind::tabular));
  CHECK_FALSE(detail::applies(scope::v1, ApiVersion::v2, ProblemKind::tabular));
  CHECK(detail::applies(scope::tabular, ApiVersion::v2, ProblemKind::tabular));
  CHECK_FALSE(detail::applies(scope::tabular, ApiVersion::v2, ProblemKind::time_series));
  CHECK(detail::applies(scope::v2_time_series, ApiVersion::v2, ProblemKind::time_series));
  // A V2 request of unknown problem type gets only what every V2 request gets.
  CHECK(detail::applies(scope::all, ApiVersion::v2, ProblemKind::unknown));
  CHECK_FALSE(detail::applies(scope::tabular, ApiVersion::v2, ProblemKind::unknown));
}

TEST_CASE("a schema violation that cannot be attributed is never silent (AML100)") {
  // valijson checks propertyNames without saying why; a key schema with `not` is one automl-lint
  // does not check itself, so only the fallback can report it.
  detail::SchemaValidator validator(
      R"({"type": "object", "propertyNames": {"not": {"enum": ["bad"]}}})", nullptr,
      automl_lint::ShapeEngine::reference);
  automl_lint::Limits limits;
  detail::SourceDocument document(R"({"bad": 1})", limits);
  auto findings = validator.validate(document);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].rule == "AML100");
  detail::SourceDocument good(R"({"good": 1})", limits);
  CHECK(validator.validate(good).empty());
}

TEST_CASE("the API is judged from the top-level keys unless Options::api says") {
  automl_lint::Limits limits;
  auto api_of = [&](const char* json) {
    detail::SourceDocument document(json, limits);
    REQUIRE_FALSE(document.load_error());
    return rules::detect_api(document);
  };
  CHECK(api_of(test_requests::kValid.c_str()) == ApiVersion::v1);
  CHECK(api_of(R"({"AutoMLJobInputDataConfig": [], "AutoMLProblemTypeConfig": {}})") ==
        ApiVersion::v2);
  // More V1 keys than V2 keys: V1, whatever else is there.
  CHECK(api_of(R"({"InputDataConfig": [], "ProblemType": "x", "DataSplitConfig": {}})") ==
        ApiVersion::v1);
  // A tie: V2 with AutoMLProblemTypeConfig, else V1 with InputDataConfig, else V2.
  CHECK(api_of(R"({"InputDataConfig": [], "AutoMLProblemTypeConfig": {}})") == ApiVersion::v2);
  CHECK(api_of(R"({"InputDataConfig": [], "SecurityConfig": {}})") == ApiVersion::v1);
  CHECK(api_of(R"({"ProblemType": "x", "AutoMLJobInputDataConfig": []})") == ApiVersion::v2);
  CHECK(api_of(R"({})") == ApiVersion::v1);
  CHECK(api_of(R"([1, 2])") == ApiVersion::v1);

  automl_lint::Linter automatic;
  const std::string v2 =
      R"({"AutoMLJobName": "a", "AutoMLJobInputDataConfig": [], "AutoMLProblemTypeConfig": {}})";
  CHECK(automatic.lint_buffer(v2, "v2.json").api == ApiVersion::v2);
  CHECK(automatic.lint_buffer(test_requests::kValid, "v1.json").api == ApiVersion::v1);
  automl_lint::Options as_v2;
  as_v2.api = ApiVersion::v2;
  automl_lint::Linter forced(as_v2);
  auto result = forced.lint_buffer(test_requests::kValid, "v1.json");
  CHECK(result.api == ApiVersion::v2);
  // Checked as V2, the V1 members are misplaced: AML207 names where they belong.
  bool misplaced = false;
  for (const auto& diagnostic : result.diagnostics) misplaced |= diagnostic.rule == "AML207";
  CHECK(misplaced);
}
