// ENSEMBLING runs a fixed number of trials, so a larger MaxCandidates likely changes nothing.
#include <cstdint>
#include <string>

#include "rule.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::int64_t kEnsemblingTrials = 10;
constexpr std::int64_t kMaxCandidatesLimit = 750;  // Above it the shape fails (AML107).

void check(const Request& request, Reporter& reporter) {
  const TabularJobConfig& config = request.tabular;
  const Integer& candidates = config.completion_criteria.max_candidates;
  if (!config.mode.is("ENSEMBLING")) return;
  if (!candidates.has_value()) return;
  // Up to 10 it may still cap the trials.
  if (*candidates <= kEnsemblingTrials) return;
  if (*candidates > kMaxCandidatesLimit) return;
  reporter.report(candidates.pointer,
                  message("MaxCandidates {} is more than the 10 trials that Mode 'ENSEMBLING' "
                          "runs, so it likely has no effect",
                          *candidates),
                  "set MaxCandidates to 10 or less, or remove it; use MaxAutoMLJobRuntimeInSeconds "
                  "to bound an ENSEMBLING job");
}

}  // namespace

extern const Rule kEnsemblingMaxCandidates{
    .info = {.id = "AML508",
             .name = "ensembling-max-candidates",
             .severity = Severity::info,
             .title = "MaxCandidates above 10 likely has no effect in ENSEMBLING mode.",
             .rationale = R"md(
**What it checks**: `CompletionCriteria/MaxCandidates` is more than 10 while `Mode` is
`ENSEMBLING`.

**Why it matters**: the developer guide says "ensemble mode runs 10 trials with different model
and meta parameter settings", while HPO mode "runs up to 100 trials (default)". A higher
`MaxCandidates` therefore probably does not give an ENSEMBLING job more candidates. AWS does
not say whether `MaxCandidates` is honoured in ENSEMBLING mode at all, so this is only a note.

**Example**: `"Mode": "ENSEMBLING"` with `"MaxCandidates": 50`.

**Fix**: drop `MaxCandidates` (or set it to 10 or less) and bound the job with
`MaxAutoMLJobRuntimeInSeconds`; use `HYPERPARAMETER_TUNING` if you want many candidates.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-model-support-validation.html",
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
