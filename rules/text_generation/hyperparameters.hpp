// The documented text generation hyperparameters, as data (hyperparameters.def), for the rules
// on TextGenerationHyperParameters keys and values.
#pragma once

#include <string_view>

namespace automl_lint::rules {

enum class HyperParameterKind { integer, decimal };

struct HyperParameter {
  std::string_view key;  ///< Case-sensitive.
  HyperParameterKind kind;
  double minimum;         ///< Inclusive.
  double maximum;         ///< Inclusive.
  std::string_view stem;  ///< Lower case; see hyperparameters.def.
};

namespace hyperparameter_kind {
inline constexpr HyperParameterKind integer = HyperParameterKind::integer;
inline constexpr HyperParameterKind decimal = HyperParameterKind::decimal;
}  // namespace hyperparameter_kind

inline constexpr HyperParameter kHyperParameters[] = {
#define HYPERPARAMETER(key, kind, minimum, maximum, stem) \
  {key, hyperparameter_kind::kind, minimum, maximum, stem},
#include "hyperparameters.def"
#undef HYPERPARAMETER
};

/// The hyperparameter of this exact key, or nullptr.
inline const HyperParameter* find_hyperparameter(std::string_view key) {
  for (const HyperParameter& parameter : kHyperParameters) {
    if (parameter.key == key) return &parameter;
  }
  return nullptr;
}

}  // namespace automl_lint::rules
