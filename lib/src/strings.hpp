// ASCII string helpers shared by the library and the rules (one home, like LLVM's StringExtras).
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace automl_lint::detail {

/// ASCII lower case.
inline std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

/// ASCII upper case.
inline std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return result;
}

/// Equal when ASCII case is ignored.
inline bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

/// Lower-case ASCII letters and digits only: names compared without regard to case and
/// separators ('Falcon-7B-Instruct' and 'falcon7binstruct', 'Average wQL' and 'averagewql').
inline std::string folded_name(std::string_view text) {
  std::string result;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return result;
}

}  // namespace automl_lint::detail
