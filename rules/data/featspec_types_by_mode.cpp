// FeatureDataTypes values are known types, and `sequence` only in HYPERPARAMETER_TUNING.
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

const std::vector<std::string> kTypes = {"numeric", "categorical", "text", "datetime", "sequence"};

void check_unknown_types(const Request& request, const data::FeatureSpec& spec,
                         Reporter& reporter) {
  for (const auto& [name, type] : spec.types) {
    if (contains(kTypes, type)) continue;
    auto guess = detail::did_you_mean(type, kTypes);
    reporter.report(feature_spec_pointer(request),
                    concat("The feature specification ", detail::shorten(spec.uri, 200),
                           " gives column ", quote(name), " the type ", quote(type),
                           "; the types are numeric, categorical, text, datetime and sequence"),
                    guess ? concat("did you mean '", *guess, "'?") : "use one of the types");
  }
}

/// Reports a `sequence` column unless the mode is (or resolves to) HYPERPARAMETER_TUNING.
void check_sequence(const Request& request, const data::FeatureSpec& spec,
                    const std::string& column, Reporter& reporter) {
  const Text& mode = request.tabular.mode;
  std::string start = concat("The feature specification ", detail::shorten(spec.uri, 200),
                             " gives column ", quote(column), " the type 'sequence'");
  const std::string hint = "set \"Mode\": \"HYPERPARAMETER_TUNING\", or use another type";
  if (mode.is("ENSEMBLING")) {
    reporter.report(feature_spec_pointer(request),
                    concat(start,
                           ", which only HYPERPARAMETER_TUNING supports, and Mode is "
                           "'ENSEMBLING'"),
                    hint);
    return;
  }
  if (request.tabular.effective_mode() != "AUTO") return;
  const data::ResolvedMode& resolved = request.data->auto_mode;
  if (resolved.known && resolved.mode == "HYPERPARAMETER_TUNING") return;
  std::string auto_mode = mode.present ? "Mode 'AUTO'" : "Mode (absent, so AUTO)";
  if (resolved.known) {
    reporter.report(resolved.certain ? Severity::error : Severity::warning,
                    feature_spec_pointer(request),
                    concat(start, ", which only HYPERPARAMETER_TUNING supports, and ", auto_mode,
                           " resolves to ENSEMBLING here: ", resolved.reason),
                    hint);
    return;
  }
  reporter.report(Severity::warning, feature_spec_pointer(request),
                  concat(start, ", which only HYPERPARAMETER_TUNING supports; ", auto_mode,
                         " chooses ENSEMBLING for data under 100 MB, and the data size could "
                         "not be read"),
                  hint);
}

void check(const Request& request, Reporter& reporter) {
  const data::FeatureSpec* spec = feature_spec(request);
  if (!spec) return;
  check_unknown_types(request, *spec, reporter);
  for (const auto& [name, type] : spec->types) {
    if (type == "sequence") check_sequence(request, *spec, name, reporter);
  }
}

}  // namespace

extern const Rule kFeatspecTypesByMode{
    .info = {.id = "AML827",
             .name = "featspec-types-by-mode",
             .severity = Severity::error,
             .title = "A feature type is unknown, or not supported in the training mode.",
             .rationale = R"md(
**What it checks**: each value of `FeatureDataTypes` is `numeric`, `categorical`, `text`,
`datetime` or `sequence`, and `sequence` is used only with `HYPERPARAMETER_TUNING`:

* `Mode` `ENSEMBLING` and a `sequence` column: error.
* `Mode` `AUTO` or absent: the mode resolved from the data decides (ENSEMBLING under 100 MB:
  error, saying why); when the data size is unknown, a warning.

**Why it matters**: the `AutoMLCandidateGenerationConfig` reference lists these types and says
`sequence` is supported in HYPERPARAMETER_TUNING mode only.

**Example**: `{"FeatureDataTypes": {"history": "sequence"}}` with `"Mode": "ENSEMBLING"`.

**Fix**: use `HYPERPARAMETER_TUNING`, or another type.
)md",
             .source_url = kFeatureSpecUrl,
             .checked_by = CheckedBy::data,
             .applies_to = scope::tabular},
    .check = check,
};

}  // namespace automl_lint::rules
