// The supported base models for fine-tuning, as data (base_models.def), for the text generation
// rules and the data rules that count rows against a model's limit.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "request_view.hpp"

namespace automl_lint::rules {

enum class Eula { required, not_documented };

struct BaseModel {
  std::string_view name;  ///< BaseModelName, case-sensitive.
  std::string_view jumpstart_id;
  Eula eula;
  std::uint64_t row_limit;  ///< Rows across all files of both channels.
  std::uint32_t context_tokens;
};

inline constexpr Eula required = Eula::required;
inline constexpr Eula not_documented = Eula::not_documented;

inline constexpr BaseModel kBaseModels[] = {
#define BASE_MODEL(name, id, eula, rows, tokens) {name, id, eula, rows, tokens},
#include "base_models.def"
#undef BASE_MODEL
};

/// JumpStart ids that the documentation's table spells otherwise: FlanT5XXL's is printed
/// `...-flan-t5-xxll`, while JumpStart names the model `huggingface-text2text-flan-t5-xxl`.
struct JumpStartAlias {
  std::string_view jumpstart_id;
  std::string_view name;
};
inline constexpr JumpStartAlias kJumpStartAliases[] = {
    {"huggingface-text2text-flan-t5-xxl", "FlanT5XXL"},
};

/// The model used when BaseModelName is absent (API_TextGenerationJobConfig; the view's default).
inline constexpr std::string_view kDefaultBaseModel = kDefaultBaseModelName;

/// The model of this exact name, or nullptr.
inline const BaseModel* find_base_model(std::string_view name) {
  for (const BaseModel& model : kBaseModels) {
    if (model.name == name) return &model;
  }
  return nullptr;
}

}  // namespace automl_lint::rules
