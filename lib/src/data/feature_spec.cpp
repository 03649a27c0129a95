#include "data/feature_spec.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "messages.hpp"

namespace automl_lint::data {

namespace {

constexpr std::string_view kNames = "FeatureAttributeNames";
constexpr std::string_view kTypes = "FeatureDataTypes";

std::string text_of(const rapidjson::Value& value) {
  return std::string(value.GetString(), value.GetStringLength());
}

void read_names(const rapidjson::Value& value, FeatureSpec& spec) {
  spec.has_names = true;
  if (!value.IsArray()) {
    spec.shape_errors.push_back("FeatureAttributeNames must be an array of strings, not " +
                                std::string(automl_lint::detail::json_type_name(value)));
    return;
  }
  for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
    if (value[i].IsString()) {
      spec.names.push_back(text_of(value[i]));
    } else {
      spec.shape_errors.push_back("FeatureAttributeNames[" + std::to_string(i) + "] is " +
                                  std::string(automl_lint::detail::json_type_name(value[i])) +
                                  ", not a string");
    }
  }
}

void read_types(const rapidjson::Value& value, FeatureSpec& spec) {
  spec.has_types = true;
  if (!value.IsObject()) {
    spec.shape_errors.push_back("FeatureDataTypes must be an object of column name to type, not " +
                                std::string(automl_lint::detail::json_type_name(value)));
    return;
  }
  // Indexed: clang's C++20 mode finds RapidJSON's iterator comparison ambiguous.
  for (rapidjson::SizeType i = 0; i < value.MemberCount(); ++i) {
    const auto& member = *(value.MemberBegin() + i);
    std::string name = text_of(member.name);
    if (member.value.IsString()) {
      spec.types.emplace_back(name, text_of(member.value));
    } else {
      spec.shape_errors.push_back(
          "FeatureDataTypes['" + automl_lint::detail::shorten(name) + "'] is " +
          std::string(automl_lint::detail::json_type_name(member.value)) + ", not a string");
    }
  }
}

}  // namespace

void parse_feature_spec(std::string_view text, FeatureSpec& spec) {
  rapidjson::Document document;
  // Iterative: a file of a million '[' must not overflow the stack (the recursive parser did).
  document.Parse<rapidjson::kParseIterativeFlag>(text.data(), text.size());
  if (document.HasParseError()) {
    spec.shape_errors.push_back(std::string("not valid JSON: ") +
                                rapidjson::GetParseError_En(document.GetParseError()) +
                                " (at byte " + std::to_string(document.GetErrorOffset()) + ")");
    return;
  }
  spec.parsed = true;
  if (!document.IsObject()) {
    spec.shape_errors.push_back("the file must hold a JSON object, not " +
                                std::string(automl_lint::detail::json_type_name(document)));
    return;
  }
  for (rapidjson::SizeType i = 0; i < document.MemberCount(); ++i) {
    const auto& member = *(document.MemberBegin() + i);
    std::string key = text_of(member.name);
    if (key == kNames) {
      read_names(member.value, spec);
    } else if (key == kTypes) {
      read_types(member.value, spec);
    } else {
      auto guess =
          automl_lint::detail::did_you_mean(key, {std::string(kNames), std::string(kTypes)});
      spec.shape_errors.push_back("unknown key '" + automl_lint::detail::shorten(key) + "'" +
                                  (guess ? " (did you mean '" + *guess + "'?)" : "") +
                                  "; only FeatureAttributeNames and FeatureDataTypes are allowed");
    }
  }
  if (!spec.has_names && !spec.has_types) {
    spec.shape_errors.push_back("neither FeatureAttributeNames nor FeatureDataTypes is set");
  }
}

}  // namespace automl_lint::data
