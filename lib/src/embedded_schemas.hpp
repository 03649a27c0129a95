// The request schemas, compiled into the library so the tool needs no data files at run time,
// and the shape checks generated from them.
#pragma once

#include <rapidjson/document.h>

#include <string_view>

namespace automl_lint::detail {

/// schemas/create-auto-ml-job.schema.json, byte for byte.
extern const std::string_view kCreateAutoMLJobSchema;
/// schemas/create-auto-ml-job-v2.schema.json, byte for byte.
extern const std::string_view kCreateAutoMLJobV2Schema;

class ShapeWalk;

// The schemas' shape checks, compiled from them at build time (tools/gen_shape_checks.py).
namespace shape_v1 {
bool check(const rapidjson::Value& value, ShapeWalk& walk);
}
namespace shape_v2 {
bool check(const rapidjson::Value& value, ShapeWalk& walk);
}

}  // namespace automl_lint::detail
