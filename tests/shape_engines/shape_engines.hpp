// The differential check of the two shape engines: the compiled checks and valijson (the
// reference) must give the same findings for any document, against either API's schema.
#pragma once

#include <string>

#include "source_document.hpp"

namespace automl_lint::testing {

/// How the engines' findings differ on `document`, checked against both schemas (V1 and V2
/// alike, so that every document exercises both); empty when they agree.
std::string shape_engine_differences(const detail::SourceDocument& document);

}  // namespace automl_lint::testing
