// Shape validation: the generated JSON Schema, run by valijson, reported in the service's words.
#pragma once

#include <rapidjson/document.h>

#include <map>
#include <string>
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
  void index_member_places(const rapidjson::Value& schema, const std::string& path, int depth);

  rapidjson::Document schema_document_;
  valijson::Schema schema_;
  /// Where each member name is defined ("/AutoMLJobConfig/CompletionCriteria"; "*" for list
  /// items), for hints on keys put in the wrong place.
  std::map<std::string, std::vector<std::string>> member_places_;
};

}  // namespace automl_lint::detail
