// The feature specification file: {"FeatureAttributeNames": [...], "FeatureDataTypes": {...}}.
#pragma once

#include <string_view>

#include "data/data_view.hpp"

namespace automl_lint::data {

/// Fills `spec` (parsed, shape_errors, names, types) from the file's bytes.
void parse_feature_spec(std::string_view text, FeatureSpec& spec);

}  // namespace automl_lint::data
