// A model with an end-user license agreement (Llama 2) is fine-tuned only once it is accepted.
#include "base_models.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::string_view kAddAcceptance =
    "after reviewing the model's license, add \"ModelAccessConfig\": {\"AcceptEula\": true} to "
    "TextGenerationJobConfig";

void check(const Request& request, Reporter& reporter) {
  const TextGenerationJobConfig& config = request.text_generation;
  const Text& name = config.base_model_name;
  // Absent: the default model, for which no license agreement is documented. Unknown names are
  // AML941's.
  if (!name.has_value()) return;
  const BaseModel* model = find_base_model(*name);
  if (!model || model->eula != Eula::required) return;
  const Flag& accept = config.accept_eula;
  if (accept.is(true)) return;
  if (!config.model_access_config.present) {
    reporter.report(name.pointer,
                    message("BaseModelName {} needs its end-user license agreement (EULA) "
                            "accepted, but ModelAccessConfig is absent",
                            name),
                    std::string(kAddAcceptance));
    return;
  }
  // A ModelAccessConfig or AcceptEula of the wrong type is the schema's.
  if (!config.model_access_config.well_formed) return;
  if (!accept.present) {
    // The schema reports the missing required member; this says why it matters here.
    reporter.add(Report{
        .severity = Severity::error,
        .pointer = accept.pointer,
        .message = message("ModelAccessConfig has no AcceptEula, and BaseModelName {} needs its "
                           "end-user license agreement (EULA) accepted",
                           name),
        .hint = "after reviewing the model's license, add \"AcceptEula\": true",
        .replaces_shape_finding = true,
    });
    return;
  }
  if (!accept.has_value()) return;
  reporter.report(accept.pointer,
                  message("AcceptEula is false, but BaseModelName {} needs its end-user license "
                          "agreement (EULA) accepted before it can be fine-tuned",
                          name),
                  "after reviewing the model's license, set AcceptEula to true, or choose a "
                  "model that needs no license agreement");
}

}  // namespace

extern const Rule kTgEulaRequired{
    .info = {.id = "AML942",
             .name = "tg-eula-required",
             .severity = Severity::error,
             .title = "A base model with a license agreement needs AcceptEula set to true.",
             .rationale = R"md(
**What it checks**: when `BaseModelName` is a model whose end-user license agreement must be
accepted (the four `Llama2-*` models, marked `required` in rules/text_generation/base_models.def),
`TextGenerationJobConfig.ModelAccessConfig.AcceptEula` is `true`. An absent
`ModelAccessConfig`, `"AcceptEula": false` and a `ModelAccessConfig` without `AcceptEula` are
reported; the last replaces the schema's missing-member finding (AML102) with this explanation.

**Why it matters**: the API reference of `ModelAccessConfig`: "The `AcceptEula` value must be
explicitly defined as `True` in order to accept the EULA that this model requires", and the
developer guide: "For fine-tuning models that require the acceptance of an end-user license
agreement, you must explicitly declare EULA acceptance when creating your AutoML job". Which
models require it is not in the API reference; the SageMaker Python SDK says "LLAMA2 requires to
accept EULA". For the other models no source says either way, so they are not checked here
(AML943 warns about an explicit `false`).

**Example**: `"BaseModelName": "Llama2-13BChat"` without `ModelAccessConfig`.

**Fix**: review the model's license, then add
`"ModelAccessConfig": {"AcceptEula": true}` to `TextGenerationJobConfig`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_ModelAccessConfig.html",
             .applies_to = scope::v2_text_generation},
    .check = check,
};

}  // namespace automl_lint::rules
