#include "schema_validator.hpp"

#include <fmt/format.h>

#include <cmath>
#include <functional>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>
#include <valijson/adapters/rapidjson_adapter.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "embedded_schemas.hpp"
#include "messages.hpp"
#include "re2_pattern.hpp"
#include "rule_ids.hpp"
#include "utf8.hpp"

namespace automl_lint::detail {
namespace {

using Tokens = std::vector<std::string>;

std::string pointer_from(const Tokens& tokens) {
  std::string pointer;
  for (const std::string& token : tokens) pointer += "/" + escape_pointer_token(token);
  return pointer;
}

// valijson's context is "<root>" followed by one "[name]" or "[index]" per step.
Tokens tokens_from_context(const std::vector<std::string>& context) {
  Tokens tokens;
  for (std::size_t i = 1; i < context.size(); ++i) {
    tokens.push_back(context[i].substr(1, context[i].size() - 2));
  }
  return tokens;
}

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

/// Renames `pattern` to the RE2 keyword in every subschema, leaving property names alone.
void rename_patterns(rapidjson::Value& schema, rapidjson::Document::AllocatorType& allocator) {
  if (!schema.IsObject()) return;
  // Indexes rather than iterators: RapidJSON 1.1's mutable member iterators compare
  // asymmetrically, which clang flags in C++20 (-Wambiguous-reversed-operator).
  for (rapidjson::SizeType i = 0; i < schema.MemberCount(); ++i) {
    auto& member = *(schema.MemberBegin() + i);
    std::string_view keyword(member.name.GetString(), member.name.GetStringLength());
    if (keyword == "pattern" && member.value.IsString()) {
      member.name.SetString(kRe2PatternKeyword, allocator);
    } else if (keyword == "properties" || keyword == "definitions") {
      for (rapidjson::SizeType j = 0; j < member.value.MemberCount(); ++j) {
        rename_patterns((member.value.MemberBegin() + j)->value, allocator);
      }
    } else if (keyword == "items" || keyword == "additionalProperties" ||
               keyword == "propertyNames") {
      rename_patterns(member.value, allocator);
    }
  }
}

/// The member named `name` of an object, or nullptr (names may hold any bytes).
const rapidjson::Value* find_member(const rapidjson::Value& object, std::string_view name) {
  if (!object.IsObject()) return nullptr;
  auto found = object.FindMember(rapidjson::Value(
      rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size()))));
  return found == object.MemberEnd() ? nullptr : &found->value;
}

/// The model's pattern as the service quotes it: without the anchors the generator added.
std::string display_pattern(std::string_view anchored) {
  if (starts_with(anchored, "^(?:") && anchored.size() >= 6 &&
      anchored.substr(anchored.size() - 2) == ")$") {
    return std::string(anchored.substr(4, anchored.size() - 6));
  }
  return std::string(anchored);
}

std::string article_type(std::string_view type) {
  if (type == "integer") return "an integer";
  if (type == "object") return "an object";
  if (type == "array") return "a list";
  if (type == "null") return "null";
  return fmt::format("a {}", type);
}

std::string format_limit(const rapidjson::Value& limit) {
  if (limit.IsInt64()) return std::to_string(limit.GetInt64());
  if (limit.IsUint64()) return std::to_string(limit.GetUint64());
  return fmt::format("{}", limit.GetDouble());
}

std::vector<std::string> string_list(const rapidjson::Value& array) {
  std::vector<std::string> items;
  for (const auto& item : array.GetArray()) {
    items.push_back(item.IsString() ? std::string(view_of(item)) : format_limit(item));
  }
  return items;
}

std::vector<std::string> property_names(const rapidjson::Value& schema) {
  std::vector<std::string> names;
  auto properties = schema.FindMember("properties");
  if (properties == schema.MemberEnd()) return names;
  for (const auto& property : properties->value.GetObject()) {
    names.emplace_back(view_of(property.name));
  }
  return names;
}

/// The keyword a valijson error description is about, or "" for wrapper errors that only repeat
/// a child's failure.
std::string_view keyword_of(std::string_view description) {
  static const std::pair<std::string_view, std::string_view> kPrefixes[] = {
      {"Object contains a property that could not be validated", "additionalProperties"},
      {"Missing required property", "required"},
      {"Value type not permitted", "type"},
      {"Failed to match against any enum values", "enum"},
      {"String should be no more than", "maxLength"},
      {"String should be no fewer than", "minLength"},
      {"Expected number less than or equal to", "maximum"},
      {"Expected number less than", "exclusiveMaximum"},
      {"Expected number greater than or equal to", "minimum"},
      {"Expected number greater than", "exclusiveMinimum"},
      {"Array should contain no more than", "maxItems"},
      {"Array should contain no fewer than", "minItems"},
      {"Object should have no more than", "maxProperties"},
      {"Object should have no fewer than", "minProperties"},
      {kPatternMismatch, "pattern"},
      {"Failed to validate against schema associated with property name", ""},
      {"Failed to validate item #", ""},
      {"Failed to validate against additional properties schema", ""},
  };
  for (const auto& [prefix, keyword] : kPrefixes) {
    if (starts_with(description, prefix)) return keyword;
  }
  return "unknown";
}

/// The quoted name in "Missing required property 'X'.".
std::string required_name(std::string_view description) {
  std::size_t open = description.find('\'');
  std::size_t close = description.rfind('\'');
  if (open == std::string_view::npos || close <= open) return {};
  return std::string(description.substr(open + 1, close - open - 1));
}

/// The first error in path order, as "keyword at pointer": the same whichever engine found it.
std::string first_error(const std::vector<ShapeError>& errors) {
  const ShapeError* first = nullptr;
  for (const ShapeError& error : errors) {
    if (error.keyword.empty()) continue;
    if (!first || std::tie(error.tokens, error.keyword) < std::tie(first->tokens, first->keyword)) {
      first = &error;
    }
  }
  if (!first) return "no detail given";
  return fmt::format("{} at {}", first->keyword,
                     first->tokens.empty() ? std::string("the top level")
                                           : display_pointer(pointer_from(first->tokens)));
}

/// Turns the shape errors of one document into findings, one per violation.
class ErrorMapper {
 public:
  ErrorMapper(const SourceDocument& document,
              std::function<const rapidjson::Value*(const Tokens&)> subschema_at,
              const std::map<std::string, std::vector<std::string>>& member_places)
      : document_(document),
        subschema_at_(std::move(subschema_at)),
        member_places_(member_places) {}

  std::vector<Finding> map(const std::vector<ShapeError>& errors) {
    collect_missing_required(errors);
    for (const ShapeError& error : errors) map_one(error);
    for (const auto& [object_pointer, names] : missing_required_) {
      for (const std::string& name : names) report_missing(object_pointer, name);
    }
    drop_findings_explained_by_type_or_length();
    drop_repeats();
    return std::move(findings_);
  }

 private:
  void collect_missing_required(const std::vector<ShapeError>& errors) {
    for (const ShapeError& error : errors) {
      if (error.keyword == "required") {
        missing_required_[error.tokens].insert(required_name(error.description));
      }
    }
  }

  void map_one(const ShapeError& error) {
    const rapidjson::Value* schema = subschema_at_(error.tokens);
    const rapidjson::Value* value = document_.find(pointer_from(error.tokens));
    std::string_view keyword = error.keyword;
    if (keyword.empty() || keyword == "required") return;
    if (!schema || !value || keyword == "unknown") {
      add(detail::ids::kSchemaViolation,
          fmt::format("Schema violation at {}: {}", pointer_or_root(error.tokens),
                      error.description),
          error.tokens, {});
      return;
    }
    if (keyword == "additionalProperties")
      return report_unknown_keys(error.tokens, *schema, *value);
    if (keyword == "type") return report_type(error.tokens, *schema, *value);
    if (keyword == "enum") return report_enum(error.tokens, *schema, *value);
    if (keyword == "pattern") return report_pattern(error.tokens, *schema, *value);
    if (keyword == "minLength" || keyword == "maxLength") {
      return report_length(error.tokens, *schema, *value, keyword);
    }
    if (keyword == "minItems" || keyword == "maxItems" || keyword == "minProperties" ||
        keyword == "maxProperties") {
      return report_size(error.tokens, *schema, *value, keyword);
    }
    if (value->IsNumber()) report_range(error.tokens, *schema, *value);
  }

  static std::string pointer_or_root(const Tokens& tokens) {
    return tokens.empty() ? std::string("the top level") : display_pointer(pointer_from(tokens));
  }

  std::string constraint_message(const Tokens& tokens, const rapidjson::Value& value,
                                 std::string_view constraint) const {
    return fmt::format("Value {} at {} failed to satisfy constraint: {}", quote(value),
                       pointer_or_root(tokens), constraint);
  }

  /// A value as messages quote it; a value JSON has no type for (a YAML date) or a number beyond
  /// double range, as written.
  std::string quote(const rapidjson::Value& value) const {
    const ValueNote* note = document_.note(&value);
    if (note && note->kind != ValueNote::Kind::plain_scalar) return note->written;
    return quote_value(value);
  }

  /// What a value is, for "found ...": a YAML date, timestamp, binary data or set is null in the
  /// DOM, and its note names it.
  std::string found_type(const rapidjson::Value& value) const {
    if (const ValueNote* note = document_.note(&value)) {
      switch (note->kind) {
        case ValueNote::Kind::date:
          return "a date";
        case ValueNote::Kind::timestamp:
          return "a timestamp";
        case ValueNote::Kind::binary:
          return "binary data";
        case ValueNote::Kind::set:
          return "a set";
        default:
          break;
      }
    }
    return article_type(json_type_name(value));
  }

  void add(std::string rule, std::string message, const Tokens& tokens, std::string hint,
           std::optional<std::size_t> offset = std::nullopt) {
    std::string pointer = pointer_from(tokens);
    std::size_t where = offset ? *offset : document_.offset_of(document_.find(pointer));
    findings_.push_back(
        {std::move(rule), Severity::error, std::move(message), pointer, std::move(hint), where});
  }

  /// The documented limit that replaced the model's value for `keyword`, if any.
  static const rapidjson::Value* doc_limit(const rapidjson::Value& schema,
                                           std::string_view keyword) {
    auto limits = schema.FindMember("x-doc-limit");
    if (limits == schema.MemberEnd()) return nullptr;
    return find_member(limits->value, keyword);
  }

  /// Reports `constraint` under the shape rule, or under the documented rule that set it.
  void add_constraint(std::string_view shape_rule, const Tokens& tokens,
                      const rapidjson::Value& schema, const rapidjson::Value& value,
                      std::string_view keyword, const std::string& constraint, std::string hint) {
    const rapidjson::Value* limit = doc_limit(schema, keyword);
    if (!limit) {
      return add(std::string(shape_rule), constraint_message(tokens, value, constraint), tokens,
                 std::move(hint));
    }
    // The documented limit speaks for itself, with its own rule id and wording.
    std::string_view note = view_of((*limit)["message"]);
    if (!note.empty() && note.back() == '.') note.remove_suffix(1);
    add(std::string(view_of((*limit)["rule"])), constraint_message(tokens, value, note), tokens,
        std::move(hint));
  }

  void report_unknown_keys(const Tokens& tokens, const rapidjson::Value& schema,
                           const rapidjson::Value& object) {
    std::vector<std::string> known = property_names(schema);
    std::set<std::string> missing;
    if (auto found = missing_required_.find(tokens); found != missing_required_.end()) {
      missing = found->second;
    }
    for (const auto& member : object.GetObject()) {
      std::string name(view_of(member.name));
      if (std::find(known.begin(), known.end(), name) != known.end()) continue;
      std::string hint;
      if (auto guess = did_you_mean(name, known)) {
        bool was_required = missing.erase(*guess) > 0;
        hint = fmt::format("did you mean '{}'?{}", *guess, was_required ? " (a required key)" : "");
      } else if (auto places = member_places_.find(name); places != member_places_.end()) {
        hint = fmt::format("'{}' belongs in {}", name, join(places->second, " or "));
      }
      Tokens member_tokens = tokens;
      member_tokens.push_back(name);
      add(detail::ids::kUnknownKey,
          fmt::format("Unknown parameter '{}' {}, must be one of: {}", shorten(name),
                      tokens.empty() ? "at the top level" : "in " + pointer_or_root(tokens),
                      join(known)),
          member_tokens, std::move(hint), document_.offset_of(&member.name));
    }
    if (auto found = missing_required_.find(tokens); found != missing_required_.end()) {
      found->second = std::move(missing);
    }
  }

  void report_missing(const Tokens& object_tokens, const std::string& name) {
    Tokens tokens = object_tokens;
    tokens.push_back(name);
    std::string object_pointer = pointer_from(object_tokens);
    add(detail::ids::kMissingRequiredKey,
        fmt::format("Value null at {} failed to satisfy constraint: Member must not be null",
                    pointer_or_root(tokens)),
        tokens,
        fmt::format("add the required key '{}' to {}", name, pointer_or_root(object_tokens)),
        document_.offset_of(document_.find(object_pointer)));
  }

  void report_type(const Tokens& tokens, const rapidjson::Value& schema,
                   const rapidjson::Value& value) {
    std::string expected(view_of(schema["type"]));
    if (expected == "integer" && value.IsDouble()) {
      // A whole number too large for 64 bits arrives as a double: the range check reports it.
      if (violated_bound(schema, value)) return;
      wrong_type_.insert(pointer_from(tokens));
      return add(
          detail::ids::kWrongType,
          constraint_message(tokens, value,
                             "Member must be an integer (a whole number without a decimal point)"),
          tokens, {});
    }
    wrong_type_.insert(pointer_from(tokens));
    std::string constraint =
        fmt::format("Member must be {} (found {})", article_type(expected), found_type(value));
    add(detail::ids::kWrongType, constraint_message(tokens, value, constraint), tokens,
        type_hint(expected, value));
  }

  std::string type_hint(std::string_view expected, const rapidjson::Value& value) const {
    if (document_.format() == InputFormat::yaml) {
      if (std::string hint = yaml_type_hint(expected, value); !hint.empty()) return hint;
    }
    if (value.IsString()) {
      std::string_view text = view_of(value);
      if (expected == "boolean" && (text == "true" || text == "false")) {
        return fmt::format("write {} without quotes", text);
      }
      rapidjson::Document number;
      if ((expected == "integer" || expected == "number") && !text.empty() &&
          !number.Parse(text.data(), text.size()).HasParseError() && number.IsNumber()) {
        return fmt::format("write {} without quotes", text);
      }
    }
    if (expected == "string" && (value.IsNumber() || value.IsBool())) {
      return "put the value in double quotes";
    }
    if (expected == "array" && value.IsObject()) return "wrap the object in a list: [ {...} ]";
    return {};
  }

  /// What a YAML scalar was probably meant to be: a date or a number meant as text, `yes` meant
  /// as a boolean, a value left empty.
  std::string yaml_type_hint(std::string_view expected, const rapidjson::Value& value) const {
    const ValueNote* note = document_.note(&value);
    if (note && (note->kind == ValueNote::Kind::date || note->kind == ValueNote::Kind::timestamp)) {
      if (expected != "string") return {};
      return fmt::format("quote it, '{}': unquoted, YAML reads it as a {}", note->written,
                         note->kind == ValueNote::Kind::date ? "date" : "timestamp");
    }
    if (note && note->kind == ValueNote::Kind::plain_scalar) {
      if (value.IsNull() && note->written.empty()) {
        return "write the value after the colon: YAML reads an empty value as null";
      }
      if (expected != "string") return {};
      std::string written = shorten(note->written);
      if (value.IsNull()) {
        return fmt::format(
            "write the value; quote '{}' if it is meant as text: unquoted, YAML "
            "reads it as null",
            written);
      }
      std::string read_as = value.IsBool() ? fmt::format("the boolean {}", quote_value(value))
                                           : fmt::format("the number {}", quote_value(value));
      return fmt::format("quote it, '{}': unquoted, YAML reads {} as {}", written, written,
                         read_as);
    }
    if (!note && expected == "string" && (value.IsNumber() || value.IsBool())) {
      // Written as the DOM value prints (the reader keeps no spelling then).
      return fmt::format("quote it, '{}': unquoted, YAML reads it as a {}", quote_value(value),
                         value.IsBool() ? "boolean" : "number");
    }
    if (value.IsString() && expected == "boolean") {
      std::string text = lower(view_of(value));
      bool truthy = text == "yes" || text == "y" || text == "on";
      if (truthy || text == "no" || text == "n" || text == "off") {
        return fmt::format("write {}: the AWS CLI reads YAML 1.2, where '{}' is a string",
                           truthy ? "true" : "false", shorten(view_of(value)));
      }
    }
    return {};
  }

  void report_enum(const Tokens& tokens, const rapidjson::Value& schema,
                   const rapidjson::Value& value) {
    std::vector<std::string> allowed = string_list(schema["enum"]);
    std::string hint;
    if (value.IsString()) {
      if (auto guess = did_you_mean(view_of(value), allowed)) {
        hint = fmt::format("did you mean '{}'?", *guess);
      }
    }
    add(detail::ids::kEnumValue,
        constraint_message(tokens, value,
                           fmt::format("Member must satisfy enum value set: [{}]", join(allowed))),
        tokens, std::move(hint));
  }

  void report_pattern(const Tokens& tokens, const rapidjson::Value& schema,
                      const rapidjson::Value& value) {
    std::string pattern = display_pattern(view_of(schema[kRe2PatternKeyword]));
    add_constraint(detail::ids::kPattern, tokens, schema, value, "pattern",
                   "Member must satisfy regular expression pattern: " + pattern, {});
  }

  void report_length(const Tokens& tokens, const rapidjson::Value& schema,
                     const rapidjson::Value& value, std::string_view keyword) {
    bool is_max = keyword == "maxLength";
    std::string constraint =
        fmt::format("Member must have length {} than or equal to {}", is_max ? "less" : "greater",
                    format_limit(*find_member(schema, keyword)));
    wrong_length_.insert(pointer_from(tokens));
    std::size_t length = count_code_points(view_of(value));
    std::string hint = fmt::format("the value has {} characters", length);
    add_constraint(detail::ids::kStringLength, tokens, schema, value, keyword, constraint,
                   std::move(hint));
  }

  /// A tagged union (AutoMLProblemTypeConfig): says which members are set. Unknown keys are
  /// AML101's, so only the known members count.
  void report_union(const Tokens& tokens, const rapidjson::Value& schema,
                    const rapidjson::Value& value) {
    std::vector<std::string> members = property_names(schema);
    std::vector<std::string> set;
    for (const auto& member : value.GetObject()) {
      std::string name(view_of(member.name));
      if (std::find(members.begin(), members.end(), name) != members.end()) set.push_back(name);
    }
    std::string object = pointer_or_root(tokens);
    if (set.size() == 1 || (set.empty() && value.MemberCount() > 0)) return;
    if (set.empty()) {
      return add(
          detail::ids::kUnionOneMember,
          fmt::format("{} sets no member; it must set exactly one of: {}", object, join(members)),
          tokens, "add the configuration of the problem to solve, e.g. TabularJobConfig");
    }
    add(detail::ids::kUnionOneMember,
        fmt::format("{} sets {} members ({}); it must set exactly one of: {}", object, set.size(),
                    join(set), join(members)),
        tokens, "keep one of them: one job solves one problem, so make one request per problem");
  }

  void report_size(const Tokens& tokens, const rapidjson::Value& schema,
                   const rapidjson::Value& value, std::string_view keyword) {
    if (value.IsObject() && find_member(schema, "x-union")) {
      return report_union(tokens, schema, value);
    }
    bool is_max = keyword == "maxItems" || keyword == "maxProperties";
    bool is_list = value.IsArray();
    std::size_t count = is_list ? value.Size() : value.MemberCount();
    std::string constraint =
        fmt::format("Member must have length {} than or equal to {}", is_max ? "less" : "greater",
                    format_limit(*find_member(schema, keyword)));
    std::string message =
        fmt::format("Value with {} {} at {} failed to satisfy constraint: {}", count,
                    is_list ? "items" : "keys", pointer_or_root(tokens), constraint);
    add(is_list ? detail::ids::kListSize : detail::ids::kObjectSize, std::move(message), tokens,
        {});
  }

  /// The range keyword `value` breaks, worked out from the schema: valijson's own wording is
  /// wrong for integers above 2^63 (it wraps them to negative numbers).
  static std::optional<std::string_view> violated_bound(const rapidjson::Value& schema,
                                                        const rapidjson::Value& value) {
    double number = value.GetDouble();
    auto limit = [&](std::string_view keyword) -> std::optional<double> {
      const rapidjson::Value* bound = find_member(schema, keyword);
      return bound && bound->IsNumber() ? std::optional(bound->GetDouble()) : std::nullopt;
    };
    if (auto max = limit("maximum"); max && number > *max) return "maximum";
    if (auto max = limit("exclusiveMaximum"); max && number >= *max) return "exclusiveMaximum";
    if (auto min = limit("minimum"); min && number < *min) return "minimum";
    if (auto min = limit("exclusiveMinimum"); min && number <= *min) return "exclusiveMinimum";
    return std::nullopt;
  }

  void report_range(const Tokens& tokens, const rapidjson::Value& schema,
                    const rapidjson::Value& value) {
    static const std::map<std::string_view, std::string_view> kWords = {
        {"maximum", "less than or equal to"},
        {"exclusiveMaximum", "less than"},
        {"minimum", "greater than or equal to"},
        {"exclusiveMinimum", "greater than"}};
    auto keyword = violated_bound(schema, value);
    if (!keyword) return;
    std::string constraint = fmt::format("Member must have value {} {}", kWords.at(*keyword),
                                         format_limit(*find_member(schema, *keyword)));
    add_constraint(detail::ids::kNumberRange, tokens, schema, value, *keyword, constraint, {});
  }

  // A value of the wrong type fails its enum too, and a value that is too long or too short
  // fails its pattern: the type, then the length, says more than the rest.
  void drop_findings_explained_by_type_or_length() {
    std::erase_if(findings_, [&](const Finding& finding) {
      bool pattern = finding.rule == detail::ids::kPattern;
      return (finding.rule != detail::ids::kWrongType && wrong_type_.count(finding.pointer) > 0) ||
             (pattern && wrong_length_.count(finding.pointer) > 0);
    });
  }

  // valijson may report one violation twice (e.g. a huge number breaks type and range).
  void drop_repeats() {
    std::set<std::pair<std::string, std::string>> seen;
    std::erase_if(findings_, [&](const Finding& finding) {
      return !seen.emplace(finding.pointer, finding.rule).second;
    });
  }

  const SourceDocument& document_;
  std::function<const rapidjson::Value*(const Tokens&)> subschema_at_;
  const std::map<std::string, std::vector<std::string>>& member_places_;
  std::map<Tokens, std::set<std::string>> missing_required_;
  std::set<std::string> wrong_type_;    // Pointers with a type finding.
  std::set<std::string> wrong_length_;  // Pointers with a length finding.
  std::vector<Finding> findings_;
};

}  // namespace

namespace {

/// Parses the embedded schema text; throws std::runtime_error when it is unusable.
void parse_schema(std::string_view text, rapidjson::Document& document) {
  document.Parse(text.data(), text.size());
  if (document.HasParseError() || !document.IsObject()) {
    throw std::runtime_error("the embedded request schema is not valid JSON");
  }
}

}  // namespace

SchemaValidator::SchemaValidator(std::string_view schema_json, CompiledShapeCheck compiled,
                                 ShapeEngine engine)
    : schema_json_(schema_json), compiled_(compiled), engine_(engine) {
  if (engine_ != ShapeEngine::reference) return;
  // valijson sees a copy of the schema whose patterns go to RE2.
  rapidjson::Document for_valijson;
  parse_schema(schema_json, for_valijson);
  rename_patterns(for_valijson, for_valijson.GetAllocator());
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  parser.addConstraintBuilder(kRe2PatternKeyword, new Re2PatternBuilder());
  valijson::adapters::RapidJsonAdapter adapter(for_valijson);
  reference_ = std::make_unique<valijson::Schema>();
  parser.populateSchema(adapter, *reference_);
}

SchemaValidator::~SchemaValidator() = default;

void SchemaValidator::describe() const {
  std::call_once(described_, [this] {
    parse_schema(schema_json_, schema_document_);
    rename_patterns(schema_document_, schema_document_.GetAllocator());
    index_member_places(resolve_ref(schema_document_), "", 0);
    std::vector<std::string> path;
    index_map_places(resolve_ref(schema_document_), path, 0);
  });
}

void SchemaValidator::index_map_places(const rapidjson::Value& schema,
                                       std::vector<std::string>& path, int depth) const {
  constexpr int kDeepestPlace = 16;  // The request nests 8 levels; this only stops a cycle.
  if (depth > kDeepestPlace || !schema.IsObject()) return;
  if (const rapidjson::Value* keys = find_member(schema, "propertyNames")) {
    MapPlace place{path, &resolve_ref(*keys), nullptr};
    if (const rapidjson::Value* pattern = find_member(*place.key_schema, kRe2PatternKeyword)) {
      place.key_pattern = std::make_shared<const PatternMatcher>(std::string(view_of(*pattern)));
    }
    map_places_.push_back(std::move(place));
  }
  auto descend = [&](const rapidjson::Value& child, std::string step) {
    path.push_back(std::move(step));
    index_map_places(resolve_ref(child), path, depth + 1);
    path.pop_back();
  };
  if (const rapidjson::Value* properties = find_member(schema, "properties")) {
    for (const auto& property : properties->GetObject()) {
      descend(property.value, std::string(view_of(property.name)));
    }
  }
  if (const rapidjson::Value* items = find_member(schema, "items")) descend(*items, "*");
  if (const rapidjson::Value* values = find_member(schema, "additionalProperties")) {
    if (values->IsObject()) descend(*values, "{}");
  }
}

namespace {

/// The nodes of `document` at `path` ("*" any list item, "{}" any member), with their pointers.
void nodes_at(const rapidjson::Value& node, const std::vector<std::string>& path, std::size_t step,
              std::string pointer,
              std::vector<std::pair<const rapidjson::Value*, std::string>>& out) {
  if (step == path.size()) {
    out.emplace_back(&node, std::move(pointer));
    return;
  }
  const std::string& token = path[step];
  if (token == "*") {
    if (!node.IsArray()) return;
    for (rapidjson::SizeType i = 0; i < node.Size(); ++i) {
      nodes_at(node[i], path, step + 1, pointer + "/" + std::to_string(i), out);
    }
  } else if (token == "{}") {
    if (!node.IsObject()) return;
    for (const auto& member : node.GetObject()) {
      nodes_at(member.value, path, step + 1,
               pointer + "/" + escape_pointer_token(view_of(member.name)), out);
    }
  } else if (const rapidjson::Value* child = find_member(node, token)) {
    nodes_at(*child, path, step + 1, pointer + "/" + escape_pointer_token(token), out);
  }
}

/// The numbers of `root` that are not finite (±infinity, NaN), with their pointers; a walk
/// without recursion that builds a pointer only for them.
std::vector<std::pair<const rapidjson::Value*, std::string>> non_finite_numbers(
    const rapidjson::Value& root) {
  struct Entry {
    const rapidjson::Value* node;
    std::ptrdiff_t parent;
    std::string_view name;  ///< The member name, or empty with `index` for a list item.
    rapidjson::SizeType index;
    bool member;
  };
  std::vector<Entry> entries{{&root, -1, {}, 0, false}};
  std::vector<std::ptrdiff_t> pending{0};
  std::vector<std::pair<const rapidjson::Value*, std::string>> found;
  while (!pending.empty()) {
    std::ptrdiff_t at = pending.back();
    pending.pop_back();
    const rapidjson::Value& node = *entries[static_cast<std::size_t>(at)].node;
    if (node.IsNumber() && !std::isfinite(node.GetDouble())) {
      std::vector<std::string> tokens;
      for (std::ptrdiff_t e = at; entries[static_cast<std::size_t>(e)].parent >= 0;
           e = entries[static_cast<std::size_t>(e)].parent) {
        const Entry& entry = entries[static_cast<std::size_t>(e)];
        tokens.push_back(entry.member ? escape_pointer_token(entry.name)
                                      : std::to_string(entry.index));
      }
      std::string pointer;
      for (auto token = tokens.rbegin(); token != tokens.rend(); ++token) pointer += "/" + *token;
      found.emplace_back(&node, std::move(pointer));
    } else if (node.IsObject()) {
      for (const auto& member : node.GetObject()) {
        pending.push_back(static_cast<std::ptrdiff_t>(entries.size()));
        entries.push_back({&member.value, at, view_of(member.name), 0, true});
      }
    } else if (node.IsArray()) {
      for (rapidjson::SizeType i = 0; i < node.Size(); ++i) {
        pending.push_back(static_cast<std::ptrdiff_t>(entries.size()));
        entries.push_back({&node[i], at, {}, i, false});
      }
    }
  }
  return found;
}

/// What is wrong with a map key, as a Coral constraint and a hint; nullopt when it is right.
std::optional<std::pair<std::string, std::string>> key_problem(std::string_view key,
                                                               const rapidjson::Value& schema,
                                                               const PatternMatcher* pattern,
                                                               const rapidjson::Value& map) {
  if (const rapidjson::Value* allowed = find_member(schema, "enum")) {
    std::vector<std::string> names = string_list(*allowed);
    if (std::find(names.begin(), names.end(), key) != names.end()) return std::nullopt;
    auto guess = did_you_mean(key, names);
    std::string hint;
    if (guess && find_member(map, *guess)) {
      hint = fmt::format("remove it: '{}' is already set", *guess);
    } else if (guess) {
      hint = fmt::format("did you mean '{}'?", *guess);
    }
    return std::pair{fmt::format("Member must satisfy enum value set: [{}]", join(names)),
                     std::move(hint)};
  }
  std::size_t length = count_code_points(key);
  const rapidjson::Value* min = find_member(schema, "minLength");
  const rapidjson::Value* max = find_member(schema, "maxLength");
  if (max && length > max->GetUint64()) {
    return std::pair{
        fmt::format("Member must have length less than or equal to {}", format_limit(*max)),
        fmt::format("the key has {} characters", length)};
  }
  if (min && length < min->GetUint64()) {
    return std::pair{
        fmt::format("Member must have length greater than or equal to {}", format_limit(*min)),
        std::string("give the key a name")};
  }
  if (pattern && !pattern->full_match(key)) {
    std::string expression = display_pattern(view_of(*find_member(schema, kRe2PatternKeyword)));
    return std::pair{"Member must satisfy regular expression pattern: " + expression,
                     std::string()};
  }
  return std::nullopt;
}

}  // namespace

std::vector<Finding> SchemaValidator::check_map_keys(const SourceDocument& document) const {
  std::vector<Finding> findings;
  for (const MapPlace& place : map_places_) {
    std::vector<std::pair<const rapidjson::Value*, std::string>> maps;
    nodes_at(document.root(), place.path, 0, "", maps);
    for (const auto& [map, pointer] : maps) {
      if (!map->IsObject()) continue;  // The type finding says it.
      for (const auto& member : map->GetObject()) {
        std::string_view key = view_of(member.name);
        auto problem = key_problem(key, *place.key_schema, place.key_pattern.get(), *map);
        if (!problem) continue;
        findings.push_back({detail::ids::kMapKey, Severity::error,
                            fmt::format("Key '{}' at {} failed to satisfy constraint: {}",
                                        shorten(key), display_pointer(pointer), problem->first),
                            pointer + "/" + escape_pointer_token(key), std::move(problem->second),
                            document.offset_of(&member.name)});
      }
    }
  }
  return findings;
}

void SchemaValidator::index_member_places(const rapidjson::Value& schema, const std::string& path,
                                          int depth) const {
  constexpr int kDeepestPlace = 16;  // The request nests 6 levels; this only stops a cycle.
  if (depth > kDeepestPlace) return;
  if (const rapidjson::Value* properties = find_member(schema, "properties")) {
    for (const auto& property : properties->GetObject()) {
      std::string name(view_of(property.name));
      std::string place = path + "/" + escape_pointer_token(name);
      member_places_[name].push_back(place);
      index_member_places(resolve_ref(property.value), place, depth + 1);
    }
  }
  if (const rapidjson::Value* items = find_member(schema, "items")) {
    index_member_places(resolve_ref(*items), path + "/*", depth + 1);
  }
}

const rapidjson::Value& SchemaValidator::resolve_ref(const rapidjson::Value& schema) const {
  auto ref = schema.FindMember("$ref");
  if (ref == schema.MemberEnd()) return schema;
  constexpr std::string_view kPrefix = "#/definitions/";
  std::string_view target = view_of(ref->value);
  const auto& definitions = schema_document_["definitions"];
  auto found = definitions.FindMember(rapidjson::Value(
      rapidjson::StringRef(target.data() + kPrefix.size(), target.size() - kPrefix.size())));
  return found == definitions.MemberEnd() ? schema : found->value;
}

const rapidjson::Value* SchemaValidator::subschema_at(const Tokens& tokens) const {
  const rapidjson::Value* schema = &resolve_ref(schema_document_);
  for (const std::string& token : tokens) {
    const rapidjson::Value* properties = find_member(*schema, "properties");
    const rapidjson::Value* items = find_member(*schema, "items");
    const rapidjson::Value* additional = find_member(*schema, "additionalProperties");
    if (const rapidjson::Value* property = properties ? find_member(*properties, token) : nullptr) {
      schema = property;
    } else if (items) {
      schema = items;
    } else if (additional && additional->IsObject()) {
      schema = additional;
    } else {
      return nullptr;
    }
    schema = &resolve_ref(*schema);
  }
  return schema;
}

void SchemaValidator::report_non_finite(const SourceDocument& document,
                                        std::vector<Finding>& findings) const {
  // Numbers beyond double range (±infinity) and YAML's .nan pass valijson's number checks where
  // the member has no bound to break: each gets a finding at its member, unless it has one.
  std::set<std::string> reported;
  for (const Finding& finding : findings) reported.insert(finding.pointer);
  for (const auto& [node, pointer] : non_finite_numbers(document.root())) {
    const ValueNote* note = document.note(node);
    if (!note || reported.count(pointer) > 0) continue;
    const rapidjson::Value* schema = subschema_at(split_pointer(pointer));
    if (!schema || !find_member(*schema, "type")) continue;
    std::string_view type = view_of((*schema)["type"]);
    if (type != "number" && type != "integer") continue;
    bool nan = std::isnan(node->GetDouble());
    findings.push_back(
        {nan ? detail::ids::kWrongType : detail::ids::kNumberRange,
         Severity::error,
         fmt::format("Value {} at {} failed to satisfy constraint: {}", note->written, pointer,
                     nan ? "Member must be a number (found .nan, which is not one)"
                         : "Member must have a finite value"),
         pointer,
         {},
         document.offset_of(node)});
  }
}

bool SchemaValidator::check_with_valijson(const rapidjson::Value& root,
                                          std::vector<ShapeError>& errors) const {
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::RapidJsonAdapter adapter(root);
  if (validator.validate(*reference_, adapter, &results)) return true;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string_view keyword = keyword_of(error.description);
    errors.push_back({tokens_from_context(error.context), error.description, keyword});
  }
  return false;
}

std::vector<Finding> SchemaValidator::validate(const SourceDocument& document) const {
  std::vector<ShapeError> errors;
  if (engine_ == ShapeEngine::reference) {
    if (check_with_valijson(document.root(), errors)) return {};
  } else {
    ShapeWalk walk(errors);
    if (compiled_(document.root(), walk)) return {};
  }
  describe();
  ErrorMapper mapper(
      document, [this](const Tokens& tokens) { return subschema_at(tokens); }, member_places_);
  std::vector<Finding> findings = mapper.map(errors);
  if (document.has_special_values()) report_non_finite(document, findings);
  std::vector<Finding> keys = check_map_keys(document);
  std::move(keys.begin(), keys.end(), std::back_inserter(findings));
  // The checks found the request invalid but said nothing that could be mapped: never silent.
  // (Both engines see both members of a duplicate key, which AML003 reports.)
  if (findings.empty() && find_duplicate_keys(document.root()).empty()) {
    findings.push_back({detail::ids::kSchemaViolation, Severity::error,
                        fmt::format("The request breaks a shape constraint that automl-lint "
                                    "cannot attribute to a member ({})",
                                    first_error(errors)),
                        "", "please report this as an automl-lint bug, with the request file", 0});
  }
  return findings;
}

}  // namespace automl_lint::detail
