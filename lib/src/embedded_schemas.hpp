// The request schemas, compiled into the library so the tool needs no data files at run time.
#pragma once

#include <string_view>

namespace automl_lint::detail {

/// schemas/create-auto-ml-job.schema.json, byte for byte.
extern const std::string_view kCreateAutoMLJobSchema;
/// schemas/create-auto-ml-job-v2.schema.json, byte for byte.
extern const std::string_view kCreateAutoMLJobV2Schema;

}  // namespace automl_lint::detail
