// docs/rules.md, generated from the rule metadata: for the CLI (`rules --format markdown`) and the
// tests that keep docs/rules.md current. Not part of the public API (nor exported by the shared
// library).
#pragma once

#include <ostream>

namespace automl_lint {

/// docs/rules.md: a table of all rules, then each rule's rationale.
void write_rules_markdown(std::ostream& out);

}  // namespace automl_lint
