#pragma once

namespace automl_lint {

/// The project version, e.g. "0.1.0".
const char* version();

}  // namespace automl_lint
