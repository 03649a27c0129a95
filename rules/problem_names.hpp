// How messages name a problem type: the words of the API reference ("For text classification").
#pragma once

#include <string_view>

#include "automl_lint/rules.hpp"

namespace automl_lint::rules {

inline std::string_view problem_name(ProblemKind problem) {
  switch (problem) {
    case ProblemKind::tabular:
      return "tabular";
    case ProblemKind::time_series:
      return "time-series forecasting";
    case ProblemKind::text_generation:
      return "text generation";
    case ProblemKind::text_classification:
      return "text classification";
    case ProblemKind::image_classification:
      return "image classification";
    case ProblemKind::unknown:
      break;
  }
  return "this problem type";
}

}  // namespace automl_lint::rules
