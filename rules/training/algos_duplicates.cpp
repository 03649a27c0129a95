// Each algorithm is listed once.
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "algorithms.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// Names that AML503 or the schema report are left to them.
bool counted(const Text& algorithm, std::span<const std::string_view> allowed) {
  if (!algorithm.has_value()) return false;
  if (!is_tabular_algorithm(*algorithm)) return false;
  return allowed.empty() || lists_algorithm(allowed, *algorithm);
}

void check_entry(const AlgorithmConfig& entry, std::span<const std::string_view> allowed,
                 Reporter& reporter) {
  const auto& algorithms = entry.auto_ml_algorithms.items;
  std::map<std::string_view, std::size_t> total;
  for (const Text& algorithm : algorithms) {
    if (counted(algorithm, allowed)) ++total[*algorithm];
  }
  // One report per repeated name, at its second occurrence.
  std::map<std::string_view, std::size_t> seen;
  for (const Text& algorithm : algorithms) {
    if (!counted(algorithm, allowed)) continue;
    if (++seen[*algorithm] != 2) continue;
    reporter.report(algorithm.pointer,
                    "'" + *algorithm + "' is listed " + std::to_string(total[*algorithm]) +
                        " times in AutoMLAlgorithms; each algorithm is trained once",
                    "list '" + *algorithm + "' only once");
  }
}

void check(const V1Request& request, Reporter& reporter) {
  const AutoMLJobConfig& config = request.auto_ml_job_config;
  // In AUTO mode AML501 asks to remove AlgorithmsConfig altogether.
  if (auto_or_absent_mode(config)) return;
  // Empty when Mode is off the enum or of the wrong type: then every tabular name counts.
  std::span<const std::string_view> allowed = algorithms_of_mode(config.effective_mode());
  for (const AlgorithmConfig& entry : config.candidate_generation_config.algorithms_config.items) {
    check_entry(entry, allowed, reporter);
  }
}

}  // namespace

extern const Rule kAlgosDuplicates{
    .info = {.id = "AML505",
             .name = "algos-duplicates",
             .severity = Severity::warning,
             .title = "An algorithm should be listed only once in AutoMLAlgorithms.",
             .rationale = R"md(
**What it checks**: the same algorithm appears more than once in
`AlgorithmsConfig/0/AutoMLAlgorithms`. Names that are not algorithms of the mode are left to
AML503 and to the schema.

**Why it matters**: `AutoMLAlgorithms` is "the selection of algorithms trained on your dataset";
a repeated name selects nothing more, and often stands for another algorithm that was meant.
AWS does not say whether the service rejects repeats, so this is a warning.

**Example**: `"AutoMLAlgorithms": ["xgboost", "lightgbm", "xgboost"]`.

**Fix**: list each algorithm once, and check whether the repeat stands for a missing one.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_AutoMLAlgorithmConfig.html"},
    .check = check,
};

}  // namespace automl_lint::rules
