#include "automl_lint/version.hpp"

namespace automl_lint {

const char* version() {
  return AUTOML_LINT_VERSION;
}

}  // namespace automl_lint
