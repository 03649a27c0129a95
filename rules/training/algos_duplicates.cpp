// Each algorithm is listed once.
#include <map>
#include <span>
#include <string>
#include <string_view>

#include "algorithms.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// The names that count: those of the problem type's set (AML503 and AML509 report the others,
/// while enabled), or every name of the enum.
struct Counted {
  std::span<const std::string_view> allowed;
  bool others_reported;
  bool operator()(const Text& algorithm) const {
    if (!algorithm.has_value()) return false;
    if (!is_tabular_algorithm(*algorithm) && !lists_algorithm(kTimeSeriesAlgorithms, *algorithm)) {
      return false;  // Off the enum: the schema's.
    }
    return allowed.empty() || !others_reported || lists_algorithm(allowed, *algorithm);
  }
};

void check_entry(const AlgorithmConfig& entry, const Counted& counted, Reporter& reporter) {
  const auto& algorithms = entry.auto_ml_algorithms.items;
  std::map<std::string_view, std::size_t> total;
  for (const Text& algorithm : algorithms) {
    if (counted(algorithm)) ++total[*algorithm];
  }
  // One report per repeated name, at its second occurrence.
  std::map<std::string_view, std::size_t> seen;
  for (const Text& algorithm : algorithms) {
    if (!counted(algorithm)) continue;
    if (++seen[*algorithm] != 2) continue;
    reporter.report(algorithm.pointer,
                    message("{} is listed {} times in AutoMLAlgorithms; each algorithm is "
                            "trained once",
                            algorithm, total[*algorithm]),
                    message("list {} only once", algorithm));
  }
}

void check(const Request& request, Reporter& reporter) {
  // In AUTO mode AML501 asks to remove AlgorithmsConfig altogether.
  if (tabular_auto_mode(request) && reporter.deferred_to("AML501")) return;
  Counted counted;
  if (request.problem == ProblemKind::time_series) {
    counted = {kTimeSeriesAlgorithms, reporter.deferred_to("AML509")};
  } else {
    // Empty when Mode is off the enum or of the wrong type: then every name counts.
    counted = {algorithms_of_mode(request.tabular.effective_mode()),
               reporter.deferred_to("AML503")};
  }
  for (const AlgorithmConfig& entry : algorithms_config_of(request).items) {
    check_entry(entry, counted, reporter);
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
                           "API_AutoMLAlgorithmConfig.html",
             .applies_to = scope::tabular | scope::v2_time_series},
    .check = check,
    .defers_to = {"AML501", "AML503", "AML509"},
};

}  // namespace automl_lint::rules
