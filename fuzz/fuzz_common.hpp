// Shared by the libFuzzer harnesses: one Linter, the invariants every result must satisfy, and
// the rendering and across-files steps that run after each lint.
#pragma once

#include <string_view>

#include "automl_lint/linter.hpp"

namespace automl_lint_fuzz {

/// The Linter every input goes through (default options), built on first use.
const automl_lint::Linter& linter();

/// Traps (`__builtin_trap()`) unless `result`, the linting of `input` under `display_name`,
/// satisfies the invariants: rule ids of the form AMLddd naming a known rule, a valid severity,
/// line >= 0 and column >= 0, a position inside the input, sorted diagnostics, one loader
/// diagnostic when the input failed.
void check_result(std::string_view input, std::string_view display_name,
                  const automl_lint::LintResult& result);

/// Lints `input`, checks the invariants, renders the diagnostics as text and JSON (the JSON must
/// parse back into one object per diagnostic) and runs check_across_files on two copies of the
/// result. Returns the result for harness-specific checks.
automl_lint::LintResult lint_and_check(std::string_view input);

/// Traps unless `condition` holds; the message goes to stderr first so the crash log says which
/// invariant broke.
void require(bool condition, const char* what);

}  // namespace automl_lint_fuzz
