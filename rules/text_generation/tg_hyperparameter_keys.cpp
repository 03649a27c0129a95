// TextGenerationHyperParameters has only the four documented keys.
#include <cctype>
#include <iterator>
#include <string>
#include <vector>

#include "hyperparameter_shape.hpp"
#include "hyperparameters.hpp"
#include "messages.hpp"
#include "rule.hpp"
#include "strings.hpp"

namespace automl_lint::rules {
namespace {

/// The documented key an undocumented one most likely stands for, or nullptr.
const HyperParameter* suggest(std::string_view key) {
  std::string lower = detail::lower(key);
  std::string bare = detail::folded_name(key);
  for (const HyperParameter& parameter : kHyperParameters) {
    if (detail::lower(parameter.key) == lower) return &parameter;
  }
  for (const HyperParameter& parameter : kHyperParameters) {
    if (detail::folded_name(parameter.key) == bare) return &parameter;
  }
  // The word of the setting ('epochs', 'per_device_train_batch_size', 'warmup_steps'): the stem
  // found last wins, so 'learning_rate_warmup' is the warmup.
  const HyperParameter* found = nullptr;
  std::size_t found_at = 0;
  for (const HyperParameter& parameter : kHyperParameters) {
    std::size_t at = bare.rfind(parameter.stem);
    if (at != std::string::npos && (!found || at > found_at)) found = &parameter, found_at = at;
  }
  if (found) return found;
  static const std::vector<std::string> kKeys = [] {
    std::vector<std::string> keys;
    for (const HyperParameter& parameter : kHyperParameters) keys.emplace_back(parameter.key);
    return keys;
  }();
  if (auto close = detail::did_you_mean(key, kKeys)) return find_hyperparameter(*close);
  return nullptr;
}

/// "epochCount, batchSize, learningRate and learningRateWarmupSteps".
std::string key_list() {
  std::string list;
  std::size_t count = std::size(kHyperParameters);
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) list += i + 1 == count ? " and " : ", ";
    list += kHyperParameters[i].key;
  }
  return list;
}

void check(const Request& request, Reporter& reporter) {
  const Map<Text>& parameters = request.text_generation.hyper_parameters;
  for (const Map<Text>::Entry& entry : parameters.entries) {
    if (find_hyperparameter(entry.key)) continue;
    if (!hyperparameter_key_shape_ok(entry.key)) continue;  // AML111's.
    const HyperParameter* meant = suggest(entry.key);
    bool case_only = meant && detail::lower(meant->key) == detail::lower(entry.key);
    std::string text =
        case_only ? message(
                        "TextGenerationHyperParameters key {} is not documented: the keys "
                        "are case-sensitive",
                        user_text(entry.key))
                  : message(
                        "TextGenerationHyperParameters key {} is not one of the documented "
                        "keys {}",
                        user_text(entry.key), std::string_view(key_list()));
    std::string hint;
    if (!meant) {
      hint = "remove it, or use one of the documented keys";
    } else if (parameters.find(meant->key)) {
      hint = message("remove it: '{}' is already set", meant->key);
    } else {
      hint = message("did you mean '{}'?", meant->key);
    }
    reporter.add(Report{
        .severity = Severity::error,
        .pointer = entry.value.pointer,
        .message = std::move(text),
        .hint = std::move(hint),
        .at_key = true,
    });
  }
}

}  // namespace

extern const Rule kTgHyperparameterKeys{
    .info = {.id = "AML944",
             .name = "tg-hyperparameter-keys",
             .severity = Severity::error,
             .title = "TextGenerationHyperParameters takes only the four documented keys.",
             .rationale = R"md(
**What it checks**: every key of `TextGenerationJobConfig.TextGenerationHyperParameters` is one
of `epochCount`, `batchSize`, `learningRate` and `learningRateWarmupSteps`, spelled exactly
(rules/text_generation/hyperparameters.def). The hint names the key meant: the same key in
another case or with separators (`EpochCount`, `batch_size`), a key with the same word in it
(`epochs`, `per_device_train_batch_size`, `warmup_steps`), or a close spelling. Keys that break
the map's key pattern or length are the schema's (AML111).

**Why it matters**: the shape allows up to 30 keys of any name, but the API reference lists
these four as the hyperparameters "you can set ... for all base models". Names from other
fine-tuning tools (`epochs`, `learning_rate`) look right and are not the documented ones.

**Example**: `"TextGenerationHyperParameters": {"epochs": "3"}`.

**Fix**: rename the key (`epochCount`), or remove it.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_TextGenerationJobConfig.html",
             .applies_to = scope::v2_text_generation},
    .check = check,
};

}  // namespace automl_lint::rules
