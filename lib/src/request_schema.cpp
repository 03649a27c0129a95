#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstring>
#include <string_view>

#include "automl_lint/schema.hpp"
#include "embedded_schemas.hpp"

namespace automl_lint {
namespace {

/// Keywords whose value maps names (members, definitions) to schemas: their keys are not
/// keywords, so an `x-` name there would be kept.
bool is_schema_map(std::string_view keyword) {
  return keyword == "properties" || keyword == "definitions" || keyword == "patternProperties";
}

/// `pattern` without escapes that JavaScript's Unicode mode refuses: `\` before punctuation
/// that is not a syntax character (`\_`) means the character itself, in every dialect.
std::string portable_pattern(std::string_view pattern) {
  std::string result;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      char next = pattern[i + 1];
      bool needless = next != '\0' && std::strchr("!\"#%&',:;<=>@_`~", next) != nullptr;
      if (needless) {
        result += next;
        ++i;
        continue;
      }
      result += pattern[i];
      result += next;
      ++i;
      continue;
    }
    result += pattern[i];
  }
  return result;
}

void clean(rapidjson::Value& schema, rapidjson::Document::AllocatorType& allocator) {
  if (schema.IsArray()) {
    for (auto& item : schema.GetArray()) clean(item, allocator);
    return;
  }
  if (!schema.IsObject()) return;
  // Indices rather than iterators: clang's C++20 mode calls RapidJSON's iterator `!=` ambiguous.
  for (rapidjson::SizeType i = 0; i < schema.MemberCount();) {
    auto member = schema.MemberBegin() + i;
    std::string_view key(member->name.GetString(), member->name.GetStringLength());
    if (key == "x-re2-pattern") {  // The linter's in-memory name of `pattern`.
      member->name.SetString("pattern", allocator);
    } else if (key.starts_with("x-")) {
      schema.EraseMember(member);
      continue;
    }
    std::string_view name(member->name.GetString(), member->name.GetStringLength());
    if (name == "pattern" && member->value.IsString()) {
      std::string portable = portable_pattern(
          std::string_view(member->value.GetString(), member->value.GetStringLength()));
      member->value.SetString(portable.data(), static_cast<rapidjson::SizeType>(portable.size()),
                              allocator);
    } else if (is_schema_map(name) && member->value.IsObject()) {
      for (rapidjson::SizeType j = 0; j < member->value.MemberCount(); ++j)
        clean((member->value.MemberBegin() + j)->value, allocator);
    } else {
      clean(member->value, allocator);
    }
    ++i;
  }
}

}  // namespace

std::string request_schema(ApiVersion api) {
  std::string_view source =
      api == ApiVersion::v2 ? detail::kCreateAutoMLJobV2Schema : detail::kCreateAutoMLJobSchema;
  rapidjson::Document document;
  document.Parse(source.data(), source.size());
  clean(document, document.GetAllocator());
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
  document.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace automl_lint
