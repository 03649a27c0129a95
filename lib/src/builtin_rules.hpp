#pragma once

#include <vector>

#include "automl_lint/rules.hpp"

namespace automl_lint::rules {

/// Rules checked by the loader, the schema or the run, in id order.
const std::vector<RuleInfo>& builtin_rules();

}  // namespace automl_lint::rules
