// The request schemas as editors read them (`automl-lint schema`).
#pragma once

#include <string>

#include "automl_lint/export.h"
#include "automl_lint/linter.hpp"

namespace automl_lint {

/// The draft-07 JSON Schema of a request of `api`, for editors (VS Code's `json.schemas`,
/// yaml-language-server's `yaml.schemas`): the schema the linter checks with, without its
/// internal keywords (`x-shape`, `x-doc-limit`, ...), and with each `pattern` written so that
/// JavaScript's Unicode-mode regular expressions accept it (a needless escape such as `\_`
/// becomes `_`, which matches the same). Pretty JSON (2-space indent) with a trailing newline.
/// May throw std::bad_alloc, and std::exception for an embedded schema that does not parse (a
/// bug); thread-safe.
AUTOML_LINT_EXPORT std::string request_schema(ApiVersion api);

}  // namespace automl_lint
