// Shape validation: the generated JSON Schema, run by valijson, reported in the service's words.
#pragma once

#include <rapidjson/document.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <valijson/schema.hpp>
#include <vector>

#include "finding.hpp"
#include "re2_pattern.hpp"
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
  void index_map_places(const rapidjson::Value& schema, std::vector<std::string>& path, int depth);
  /// valijson checks `propertyNames` without saying which key failed: the keys of every map
  /// member are checked here instead (AML111).
  std::vector<Finding> check_map_keys(const SourceDocument& document) const;
  /// A number member holding ±infinity (a number beyond double range) or NaN (YAML .nan) that
  /// valijson let pass gets its finding here (AML107, AML103).
  void report_non_finite(const SourceDocument& document, std::vector<Finding>& findings) const;

  rapidjson::Document schema_document_;
  valijson::Schema schema_;
  /// Where each member name is defined ("/AutoMLJobConfig/CompletionCriteria"; "*" for list
  /// items), for hints on keys put in the wrong place.
  std::map<std::string, std::vector<std::string>> member_places_;
  /// Where the schema has maps: the path ("*" any list item, "{}" any map value) and the key
  /// schema.
  struct MapPlace {
    std::vector<std::string> path;
    const rapidjson::Value* key_schema = nullptr;
    std::shared_ptr<const PatternMatcher> key_pattern;
  };
  std::vector<MapPlace> map_places_;
};

}  // namespace automl_lint::detail
