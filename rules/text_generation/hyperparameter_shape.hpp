// What the shape of TextGenerationHyperParameters accepts (the schema reports the rest), so
// that the hyperparameter rules look only at keys and values the schema let through.
#pragma once

#include <cctype>
#include <string_view>

namespace automl_lint::rules {

/// The key and value pattern `[a-zA-Z0-9._-]+`.
inline bool hyperparameter_chars_ok(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-') {
      return false;
    }
  }
  return true;
}

/// Keys: the pattern, at most 32 characters (AML111 reports others).
inline bool hyperparameter_key_shape_ok(std::string_view key) {
  return key.size() <= 32 && hyperparameter_chars_ok(key);
}

/// Values: the pattern, at most 16 characters (AML105 and AML106 report others).
inline bool hyperparameter_value_shape_ok(std::string_view value) {
  return value.size() <= 16 && hyperparameter_chars_ok(value);
}

}  // namespace automl_lint::rules
