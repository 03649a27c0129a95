#include "data/manifest.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <set>

#include "messages.hpp"

namespace automl_lint::data {

namespace {

std::string json_error(const rapidjson::Document& document) {
  return std::string("not valid JSON: ") + rapidjson::GetParseError_En(document.GetParseError()) +
         " (at byte " + std::to_string(document.GetErrorOffset()) + ")";
}

}  // namespace

std::variant<Manifest, std::string> parse_manifest(std::string_view text) {
  rapidjson::Document document;
  // Iterative: a file of a million '[' must not overflow the stack (the recursive parser did).
  document.Parse<rapidjson::kParseIterativeFlag>(text.data(), text.size());
  if (document.HasParseError()) return json_error(document);
  if (!document.IsArray() || document.Empty()) {
    return std::string(
        "a manifest is a JSON array whose first element is {\"prefix\": \"s3://...\"}");
  }
  const rapidjson::Value& head = document[0];
  bool prefix_only = head.IsObject() && head.MemberCount() == 1 && head.HasMember("prefix") &&
                     head["prefix"].IsString();
  if (!prefix_only) {
    return std::string("the first element must be {\"prefix\": \"s3://bucket/path/\"}");
  }
  const rapidjson::Value& prefix = head["prefix"];
  std::string base(prefix.GetString(), prefix.GetStringLength());
  if (base.rfind("s3://", 0) != 0)
    return "the prefix '" + automl_lint::detail::shorten(base) + "' is not an s3:// URI";
  Manifest manifest;
  std::set<std::string> seen;
  for (rapidjson::SizeType i = 1; i < document.Size(); ++i) {
    const rapidjson::Value& entry = document[i];
    if (!entry.IsString()) {
      return "element " + std::to_string(i) +
             " is not a string (the keys after the prefix are "
             "strings relative to it)";
    }
    std::string key(entry.GetString(), entry.GetStringLength());
    if (!seen.insert(key).second) {
      manifest.repeated.push_back(key);
      continue;
    }
    manifest.uris.push_back(base + key);
  }
  if (manifest.uris.empty()) return std::string("the manifest lists no object after its prefix");
  return manifest;
}

}  // namespace automl_lint::data
