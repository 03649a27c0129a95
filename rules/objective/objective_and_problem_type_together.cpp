// ProblemType and AutoMLJobObjective are given together or not at all.
#include <algorithm>
#include <string>

#include "metrics.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void report_missing_objective(const Text& problem_type, Reporter& reporter) {
  std::string text =
      problem_type.has_value()
          ? message(
                "ProblemType {} is set but AutoMLJobObjective is not; provide both or "
                "neither",
                problem_type)
          : "ProblemType is set but AutoMLJobObjective is not; provide both or neither";
  const metrics::TabularProblem* problem =
      problem_type.has_value() ? metrics::find_problem(*problem_type) : nullptr;
  if (!problem) {
    return reporter.report(problem_type.pointer, std::move(text),
                           "add an AutoMLJobObjective, or remove ProblemType to let Autopilot "
                           "infer the problem type");
  }
  reporter.report(problem_type.pointer, std::move(text),
                  message("add \"AutoMLJobObjective\": {{\"MetricName\": \"{}\"}} (the default "
                          "objective for {}), or remove ProblemType to let Autopilot infer it",
                          problem->default_metric, problem->problem_type));
}

void report_missing_problem_type(const AutoMLJobObjective& objective, Reporter& reporter) {
  const Text& metric = objective.metric_name;
  std::string types = metric.has_value() ? metrics::problem_types_of(*metric) : std::string();
  std::string text = "AutoMLJobObjective is set but ProblemType is not; provide both or neither";
  if (types.empty()) {
    return reporter.report(objective.pointer, std::move(text),
                           "add a ProblemType (Regression, BinaryClassification or "
                           "MulticlassClassification), or remove AutoMLJobObjective to let "
                           "Autopilot infer the problem type and use its default objective");
  }
  bool several = types.find(" or ") != std::string::npos;
  reporter.report(objective.pointer, std::move(text),
                  message("add ProblemType {} (the problem type{} of objective {}), or remove "
                          "AutoMLJobObjective",
                          std::string_view(types), several ? "s" : "", metric));
}

void check(const Request& request, Reporter& reporter) {
  const Text& problem_type = request.tabular.problem_type;
  const AutoMLJobObjective& objective = request.objective;
  if (problem_type.present == objective.present) return;
  if (problem_type.present) return report_missing_objective(problem_type, reporter);
  // A V1 request that holds a V2 AutoMLProblemTypeConfig: AML203 says to migrate it; a V2
  // request with a V1 ProblemType at its top: AML207 says where it goes.
  const auto& keys = request.root_keys;
  auto has_key = [&](std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  if (request.is_v1() && has_key("AutoMLProblemTypeConfig") && reporter.deferred_to("AML203")) {
    return;
  }
  if (!request.is_v1() && has_key("ProblemType") && reporter.deferred_to("AML207")) return;
  report_missing_problem_type(objective, reporter);
}

}  // namespace

extern const Rule kObjectiveAndProblemTypeTogether{
    .info = {.id = "AML401",
             .name = "objective-and-problem-type-together",
             .severity = Severity::error,
             .title = "ProblemType and AutoMLJobObjective must be given together or not at all.",
             .rationale = R"md(
**What it checks**: `ProblemType` and `AutoMLJobObjective` are either both present or both
absent.

**Why it matters**: for tabular jobs the API reference says "You must either provide both the
`AutoMLJobObjective` and indicate the type of supervised learning problem ... or none at all".
The SageMaker Python SDK enforces the same rule for `CreateAutoMLJob` ("Either both of them
should be provided or none of them should be provided"). With neither, Autopilot infers the
problem type from the target column and uses its default objective.

**Example**: `"ProblemType": "Regression"` without an `AutoMLJobObjective`.

**Fix**: add the objective (the defaults are `MSE` for `Regression`, `F1` for
`BinaryClassification`, `Accuracy` for `MulticlassClassification`), or remove `ProblemType`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_CreateAutoMLJobV2.html",
             .applies_to = scope::tabular},
    .check = check,
    .defers_to = {"AML203", "AML207"},
};

}  // namespace automl_lint::rules
