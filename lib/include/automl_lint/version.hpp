// The library's version.
#pragma once

#include "automl_lint/export.h"

namespace automl_lint {

/// The project version, e.g. "0.1.0" (a static string). Never throws; thread-safe.
AUTOML_LINT_EXPORT const char* version();

}  // namespace automl_lint
