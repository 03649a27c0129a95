// The JSON Schema of .automl-lint.yaml (`automl-lint schema --config`), for editors. The reader
// in config.cpp checks the same and more (rule ids, globs, paths); tests/config keeps the two in
// step by validating the same files with both.
#include "automl_lint/config.hpp"

namespace automl_lint {

std::string_view config_schema() {
  return R"json({
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://automl-lint/config.schema.json",
  "title": "automl-lint configuration (.automl-lint.yaml)",
  "description": "Settings for the files in this folder and below it; the closest file wins. Command-line flags win over every file.",
  "type": "object",
  "additionalProperties": false,
  "definitions": {
    "rule": {
      "type": "string",
      "minLength": 1,
      "description": "A rule id (AML302), an id prefix (AML3) or a rule name (channel-target-match)."
    },
    "rules": {
      "oneOf": [
        {"$ref": "#/definitions/rule"},
        {"type": "array", "items": {"$ref": "#/definitions/rule"}}
      ]
    },
    "ignore": {
      "oneOf": [
        {"$ref": "#/definitions/rule"},
        {
          "type": "object",
          "description": "Ignore one rule at a JSON pointer and inside it only.",
          "additionalProperties": false,
          "required": ["rule", "pointer"],
          "properties": {
            "rule": {"$ref": "#/definitions/rule"},
            "pointer": {"type": "string", "pattern": "^/", "description": "A JSON pointer, as the diagnostics show them."}
          }
        }
      ]
    },
    "ignores": {
      "oneOf": [
        {"$ref": "#/definitions/ignore"},
        {"type": "array", "items": {"$ref": "#/definitions/ignore"}}
      ]
    },
    "globs": {
      "oneOf": [
        {"type": "string", "minLength": 1},
        {"type": "array", "items": {"type": "string", "minLength": 1}}
      ]
    }
  },
  "properties": {
    "extend": {
      "type": "string",
      "description": "Another configuration file (relative to this one's folder) whose settings this one starts from."
    },
    "select": {"$ref": "#/definitions/rules", "description": "Report only these rules."},
    "ignore": {"$ref": "#/definitions/ignores", "description": "Never report these rules (or these rules at these places)."},
    "severity": {
      "type": "object",
      "description": "The severity each rule reports with; off does not run it.",
      "additionalProperties": {"enum": ["error", "warning", "info", "off"]}
    },
    "per-file-ignores": {
      "type": "object",
      "description": "Globs (relative to this file's folder) mapped to the rules ignored in the files they match.",
      "additionalProperties": {"$ref": "#/definitions/ignores"}
    },
    "exclude": {"$ref": "#/definitions/globs", "description": "Files not to lint, even when named (globs relative to this file's folder)."},
    "data-root": {"type": "string", "description": "The folder that mirrors S3 (relative to this file's folder)."},
    "api": {"enum": ["auto", "v1", "v2"]},
    "fail-on": {"enum": ["error", "warning", "info"]}
  }
}
)json";
}

}  // namespace automl_lint
