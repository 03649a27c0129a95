// Shape validation: the request schema checked by one of two engines, reported in the service's
// words. The compiled checks (generated from the schema at build time) are what users run;
// valijson, interpreting the same schema, is the reference the tests hold them equal to.
#pragma once

#include <rapidjson/document.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "automl_lint/linter.hpp"
#include "finding.hpp"
#include "pattern_matcher.hpp"
#include "shape_walk.hpp"
#include "source_document.hpp"

namespace valijson {
class Schema;
}

namespace automl_lint::detail {

/// The compiled checks of one schema (tools/gen_shape_checks.py): true when the value is valid.
using CompiledShapeCheck = bool (*)(const rapidjson::Value& value, ShapeWalk& walk);

class SchemaValidator {
 public:
  /// Nothing is parsed or compiled here for the compiled engine: the schema text is read on the
  /// first invalid request, for the messages. The reference engine compiles it with valijson
  /// now; throws std::runtime_error when it is unusable.
  SchemaValidator(std::string_view schema_json, CompiledShapeCheck compiled, ShapeEngine engine);
  ~SchemaValidator();
  SchemaValidator(const SchemaValidator&) = delete;
  SchemaValidator& operator=(const SchemaValidator&) = delete;

  /// Every shape violation of `document`, one finding per violation.
  std::vector<Finding> validate(const SourceDocument& document) const;

 private:
  bool check_with_valijson(const rapidjson::Value& root, std::vector<ShapeError>& errors) const;
  /// Parses the schema text and indexes it, once: the messages quote it.
  void describe() const;
  const rapidjson::Value* subschema_at(const std::vector<std::string>& tokens) const;
  const rapidjson::Value& resolve_ref(const rapidjson::Value& schema) const;
  void index_member_places(const rapidjson::Value& schema, const std::string& path,
                           int depth) const;
  void index_map_places(const rapidjson::Value& schema, std::vector<std::string>& path,
                        int depth) const;
  /// valijson checks `propertyNames` without saying which key failed: the keys of every map
  /// member are checked here instead (AML111).
  std::vector<Finding> check_map_keys(const SourceDocument& document) const;
  /// A number member holding ±infinity (a number beyond double range) or NaN (YAML .nan) that
  /// the checks let pass gets its finding here (AML107, AML103).
  void report_non_finite(const SourceDocument& document, std::vector<Finding>& findings) const;

  std::string_view schema_json_;
  CompiledShapeCheck compiled_;
  ShapeEngine engine_;
  /// valijson's compiled schema, for the reference engine only.
  std::unique_ptr<valijson::Schema> reference_;

  // What describe() builds, on the first invalid request.
  mutable std::once_flag described_;
  mutable rapidjson::Document schema_document_;
  /// Where each member name is defined ("/AutoMLJobConfig/CompletionCriteria"; "*" for list
  /// items), for hints on keys put in the wrong place.
  mutable std::map<std::string, std::vector<std::string>> member_places_;
  /// Where the schema has maps: the path ("*" any list item, "{}" any map value) and the key
  /// schema.
  struct MapPlace {
    std::vector<std::string> path;
    const rapidjson::Value* key_schema = nullptr;
    std::shared_ptr<const PatternMatcher> key_pattern;
  };
  mutable std::vector<MapPlace> map_places_;
};

}  // namespace automl_lint::detail
