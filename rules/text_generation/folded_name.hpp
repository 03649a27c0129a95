// Names compared without regard to case and separators ('Falcon-7B-Instruct', 'batch_size').
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace automl_lint::rules {

/// Lower-case ASCII letters and digits only.
inline std::string folded_name(std::string_view text) {
  std::string result;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return result;
}

}  // namespace automl_lint::rules
