// A training job may not be given more time than the whole AutoML job.
#include <cstdint>
#include <limits>
#include <string>

#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// The shape's range (1 to the int32 maximum); values outside it are the schema's to report.
bool within_shape(std::int64_t seconds) {
  return seconds >= 1 && seconds <= std::numeric_limits<std::int32_t>::max();
}

void check(const Request& request, Reporter& reporter) {
  const CompletionCriteria& criteria = request.completion_criteria();
  const Integer& per_job = criteria.max_runtime_per_training_job_in_seconds;
  const Integer& total = criteria.max_auto_ml_job_runtime_in_seconds;
  if (!per_job.has_value() || !total.has_value()) return;
  if (!within_shape(*per_job) || !within_shape(*total)) return;
  if (*per_job <= *total) return;
  reporter.report(per_job.pointer,
                  message("MaxRuntimePerTrainingJobInSeconds {} is greater than "
                          "MaxAutoMLJobRuntimeInSeconds {}; a training job cannot run longer "
                          "than the AutoML job that starts it",
                          *per_job, *total),
                  message("lower MaxRuntimePerTrainingJobInSeconds to at most {}, or raise "
                          "MaxAutoMLJobRuntimeInSeconds",
                          *total));
}

}  // namespace

extern const Rule kPerJobLeTotalRuntime{
    .info = {.id = "AML601",
             .name = "per-job-le-total-runtime",
             .severity = Severity::warning,
             .title = "The per-training-job runtime should not exceed the AutoML job's runtime.",
             .rationale = R"md(
**What it checks**: when both are set in `AutoMLJobConfig.CompletionCriteria`,
`MaxRuntimePerTrainingJobInSeconds` is at most `MaxAutoMLJobRuntimeInSeconds` (equal passes).

**Why it matters**: the per-job limit bounds "each training job executed inside hyperparameter
tuning", while the AutoML job itself "is stopped automatically" when its own runtime is exceeded.
A larger per-job limit can never take effect and usually means the two values were swapped or
one unit (minutes, hours) was mistaken for seconds. Earlier versions of the API documentation
stated the rule outright: the job runtime "must be equal to or greater than
MaxRuntimePerTrainingJobInSeconds".

**Example**: `"MaxRuntimePerTrainingJobInSeconds": 7200` with
`"MaxAutoMLJobRuntimeInSeconds": 3600`.

**Fix**: lower the per-job limit or raise the job's total runtime.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLJobCompletionCriteria.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
