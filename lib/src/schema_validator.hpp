// Shape validation: the generated JSON Schema, run by valijson, reported in the service's words.
#pragma once

#include <rapidjson/document.h>

#include <string_view>
#include <valijson/schema.hpp>
#include <vector>

#include "finding.hpp"
#include "source_document.hpp"

namespace automl_lint::detail {

class SchemaValidator {
 public:
  /// Parses and compiles `schema_json` once; throws std::runtime_error when it is unusable.
  explicit SchemaValidator(std::string_view schema_json);

  /// Every shape violation of `document`, one finding per violation.
  std::vector<Finding> validate(const SourceDocument& document) const;

 private:
  const rapidjson::Value* subschema_at(const std::vector<std::string>& tokens) const;
  const rapidjson::Value& resolve_ref(const rapidjson::Value& schema) const;

  rapidjson::Document schema_document_;
  valijson::Schema schema_;
};

}  // namespace automl_lint::detail
