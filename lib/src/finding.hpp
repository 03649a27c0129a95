// What a check reports before positions are turned into line and column.
#pragma once

#include <cstddef>
#include <string>

#include "automl_lint/diagnostic.hpp"

namespace automl_lint::detail {

struct Finding {
  std::string rule;
  Severity severity = Severity::error;
  std::string message;
  std::string pointer;
  std::string hint;
  std::size_t offset = 0;  ///< Byte offset in the file where the problem is shown.
};

}  // namespace automl_lint::detail
