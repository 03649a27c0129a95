// AcceptEula false declines a license agreement: legal, but it means "not accepted".
#include "base_models.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

void check(const Request& request, Reporter& reporter) {
  const TextGenerationJobConfig& config = request.text_generation;
  const Flag& accept = config.accept_eula;
  if (!accept.is(false)) return;
  const Text& name = config.base_model_name;
  auto model_name = config.effective_base_model_name();
  if (!model_name) return;  // Of the wrong type: the schema's.
  // Unknown names are AML941's; models that need the agreement AML942's.
  const BaseModel* model = find_base_model(*model_name);
  if (!model || model->eula != Eula::not_documented) return;
  reporter.report(accept.pointer,
                  message("AcceptEula is false, which declines the end-user license agreement "
                          "of {}{}; AWS does not document whether that model has one",
                          model->name, name.has_value() ? "" : " (the default base model)"),
                  "remove ModelAccessConfig if the model needs no license agreement, or set "
                  "AcceptEula to true after reviewing its license");
}

}  // namespace

extern const Rule kTgEulaFalse{
    .info = {.id = "AML943",
             .name = "tg-eula-false",
             .severity = Severity::warning,
             .title = "AcceptEula false declines the model's license agreement.",
             .rationale = R"md(
**What it checks**: `TextGenerationJobConfig.ModelAccessConfig.AcceptEula` is `false` while the
base model (`BaseModelName`, or `Falcon7BInstruct` when it is absent) is one for which AWS does
not document whether a license agreement must be accepted (every model but the Llama 2 ones;
`not_documented` in rules/text_generation/base_models.def). For the Llama 2 models, AML942
reports an error instead.

**Why it matters**: the shape allows `false`, but `AcceptEula` "must be explicitly defined as
`True` in order to accept the EULA that this model requires": `false` does not mean "no
agreement needed", it means "not accepted". If the model has an agreement, the job cannot
fine-tune it; if it has none, the member says nothing and only misleads. The developer guide
does not list which models need it, hence a warning.

**Example**: `"BaseModelName": "Mistral7B"` with `"ModelAccessConfig": {"AcceptEula": false}`.

**Fix**: remove `ModelAccessConfig` when the model needs no agreement, or review the license and
set `AcceptEula` to `true`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_ModelAccessConfig.html",
             .applies_to = scope::v2_text_generation},
    .check = check,
};

}  // namespace automl_lint::rules
