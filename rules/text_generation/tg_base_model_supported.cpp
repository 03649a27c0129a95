// BaseModelName names one of the models Autopilot fine-tunes.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "base_models.hpp"
#include "messages.hpp"
#include "rule.hpp"
#include "strings.hpp"

namespace automl_lint::rules {
namespace {

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

/// The model a name that is not a BaseModelName most likely stands for, and how.
struct Suggestion {
  enum class Source { none, jumpstart_id, case_only, name, jumpstart_like };
  const BaseModel* model = nullptr;
  Source source = Source::none;
};
using Source = Suggestion::Source;

/// Levenshtein distance (the values compared are at most 256 characters).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

/// The model whose JumpStart id is nearest to `lower` (a lower-case value), within a quarter of
/// its length, when no other id is as near.
const BaseModel* closest_jumpstart_id(std::string_view lower) {
  const BaseModel* best = nullptr;
  std::size_t best_distance = lower.size() / 4 + 1;
  bool tie = false;
  for (const BaseModel& model : kBaseModels) {
    std::size_t distance = edit_distance(lower, detail::lower(model.jumpstart_id));
    if (distance < best_distance) {
      best = &model, best_distance = distance, tie = false;
    } else if (distance == best_distance && best) {
      tie = true;
    }
  }
  return tie ? nullptr : best;
}

Suggestion suggest(std::string_view value) {
  std::string lower = detail::lower(value);
  for (const BaseModel& model : kBaseModels) {
    if (detail::lower(model.jumpstart_id) == lower) return {&model, Source::jumpstart_id};
  }
  for (const JumpStartAlias& alias : kJumpStartAliases) {
    if (alias.jumpstart_id == lower) return {find_base_model(alias.name), Source::jumpstart_id};
  }
  for (const BaseModel& model : kBaseModels) {
    if (detail::lower(model.name) == lower) return {&model, Source::case_only};
  }
  std::string key = detail::folded_name(value);
  for (const BaseModel& model : kBaseModels) {
    if (detail::folded_name(model.name) == key) return {&model, Source::name};
  }
  // The end of a JumpStart id ('llama-2-7b', 'falcon-7b-instruct'), when only one id ends so.
  constexpr std::size_t kShortestTail = 5;
  if (key.size() >= kShortestTail) {
    const BaseModel* found = nullptr;
    int matches = 0;
    for (const BaseModel& model : kBaseModels) {
      std::string id = detail::folded_name(model.jumpstart_id);
      if (ends_with(id, "bf16")) id.resize(id.size() - 4);
      if (ends_with(id, key)) found = &model, ++matches;
    }
    if (matches == 1) return {found, Source::jumpstart_like};
  }
  // Close to one JumpStart id only: the table spells one 'flan-t5-xxll', and a value half-way
  // between two ids ('flan-t5-xxl') must not pick either.
  if (const BaseModel* model = closest_jumpstart_id(lower)) return {model, Source::jumpstart_like};
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const BaseModel& model : kBaseModels) names.emplace_back(model.name);
    return names;
  }();
  if (auto name = detail::did_you_mean(value, kNames)) {
    return {find_base_model(*name), Source::name};
  }
  return {};
}

/// What BaseModelName's pattern `[a-zA-Z0-9](-*[a-zA-Z0-9])*` accepts.
bool matches_pattern(std::string_view value) {
  if (value.empty()) return false;
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (char c : value) {
    if (!alnum(c) && c != '-') return false;
  }
  return alnum(value.front()) && alnum(value.back());
}

/// "Dolly3B, Dolly7B, ..., MPT7BInstruct".
std::string model_list() {
  std::string list;
  for (const BaseModel& model : kBaseModels) {
    if (!list.empty()) list += ", ";
    list += model.name;
  }
  return list;
}

void check(const Request& request, Reporter& reporter) {
  const TextGenerationJobConfig& config = request.text_generation;
  const Text& name = config.base_model_name;
  if (!name.has_value() || find_base_model(*name)) return;
  constexpr std::size_t kLongestName = 256;  // Longer names are the schema's (AML105).
  if (name->size() > kLongestName) return;
  Suggestion suggestion = suggest(*name);
  // A name that fails the pattern is the schema's (AML106), unless we know what was meant:
  // then this finding says it better and replaces that one.
  bool shape_ok = matches_pattern(*name);
  if (!shape_ok && !suggestion.model) return;
  std::string text;
  std::string hint;
  const BaseModel* model = suggestion.model;
  switch (suggestion.source) {
    case Source::jumpstart_id:
      text = message("BaseModelName {} is the JumpStart model id of {}, not its BaseModelName",
                     name, model->name);
      hint = message("write '{}'", model->name);
      break;
    case Source::case_only:
      text = message(
          "BaseModelName {} is not a supported base model: the names are "
          "case-sensitive",
          name);
      hint = message("write '{}'", model->name);
      break;
    case Source::jumpstart_like:
      text = message("BaseModelName {} is not one of the base models Autopilot fine-tunes", name);
      hint =
          message("did you mean '{}' (the JumpStart model {})?", model->name, model->jumpstart_id);
      break;
    case Source::name:
      text = message("BaseModelName {} is not one of the base models Autopilot fine-tunes", name);
      hint = message("did you mean '{}'?", model->name);
      break;
    case Source::none:
      text = message("BaseModelName {} is not one of the base models Autopilot fine-tunes", name);
      hint = message("use one of {}, or remove BaseModelName to fine-tune {} (the default)",
                     std::string_view(model_list()), kDefaultBaseModel);
      break;
  }
  if (model && model->eula == Eula::required && !config.accept_eula.is(true)) {
    hint += " (that model also needs \"ModelAccessConfig\": {\"AcceptEula\": true})";
  }
  reporter.add(Report{.severity = Severity::error,
                      .pointer = name.pointer,
                      .message = std::move(text),
                      .hint = std::move(hint),
                      .replaces_shape_finding = !shape_ok});
}

}  // namespace

extern const Rule kTgBaseModelSupported{
    .info = {.id = "AML941",
             .name = "tg-base-model-supported",
             .severity = Severity::error,
             .title = "BaseModelName must be one of the documented base models.",
             .rationale = R"md(
**What it checks**: `TextGenerationJobConfig.BaseModelName`, when set, is one of the 18 names
in the developer guide's table of fine-tunable models, spelled exactly (case-sensitive):
`Dolly3B`, `Dolly7B`, `Dolly12B`, `Falcon7B`, `Falcon7BInstruct`, `Falcon40B`,
`Falcon40BInstruct`, `FlanT5L`, `FlanT5XL`, `FlanT5XXL`, `Llama2-7B`, `Llama2-7BChat`,
`Llama2-13B`, `Llama2-13BChat`, `Mistral7B`, `Mistral7BInstruct`, `MPT7B`, `MPT7BInstruct`
(rules/text_generation/base_models.def). The hint suggests the model meant: the same name in
another case or without separators (`llama2-7b`, `Falcon-7B-Instruct`), the model whose
JumpStart id was given instead (`meta-textgeneration-llama-2-7b` is `Llama2-7B`), the model
whose JumpStart id ends with the value or is close to it (`flan-t5-large` is `FlanT5L`), or a
close spelling. A name that breaks the member's pattern (`Llama2_7B`) is the schema's (AML106), except
when the model meant is known: then this finding replaces that one.

**Why it matters**: the shape only asks for letters, digits and hyphens, so any such name passes
it; the service fine-tunes only the models of the table. The JumpStart ids of the same table
look like names and are a frequent mix-up.

**Example**: `"BaseModelName": "llama2-7b"`.

**Fix**: write the name exactly as the table does (`Llama2-7B`), or leave `BaseModelName` out
to fine-tune `Falcon7BInstruct`, the default. The Llama 2 models also need their license
accepted (AML942).
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-llms-finetuning-data-format.html",
             .applies_to = scope::v2_text_generation},
    .check = check,
};

}  // namespace automl_lint::rules
