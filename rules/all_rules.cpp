// The list of cross-field rules: each area's rules.def names its rules, one line each.
#include <algorithm>

#include "rule.hpp"
#include "rule_engine.hpp"

namespace automl_lint::rules {

#define RULE(name) extern const Rule name;
#include "channels/rules.def"
#include "completion/rules.def"
#include "compute/rules.def"
#include "data/rules.def"
#include "deployment/rules.def"
#include "objective/rules.def"
#include "security/rules.def"
#include "structure/rules.def"
#include "text_classification/rules.def"
#include "text_generation/rules.def"
#include "time_series/rules.def"
#include "training/rules.def"
#undef RULE

}  // namespace automl_lint::rules

namespace automl_lint::detail {

const std::vector<const rules::Rule*>& cross_field_rules() {
  using namespace automl_lint::rules;
  static const std::vector<const Rule*> kRules = [] {
    std::vector<const Rule*> list = {
#define RULE(name) &name,
#include "channels/rules.def"
#include "completion/rules.def"
#include "compute/rules.def"
#include "data/rules.def"
#include "deployment/rules.def"
#include "objective/rules.def"
#include "security/rules.def"
#include "structure/rules.def"
#include "text_classification/rules.def"
#include "text_generation/rules.def"
#include "time_series/rules.def"
#include "training/rules.def"
#undef RULE
    };
    std::sort(list.begin(), list.end(), [](auto* a, auto* b) { return a->info.id < b->info.id; });
    return list;
  }();
  return kRules;
}

}  // namespace automl_lint::detail
