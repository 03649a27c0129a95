#include "data/augmented_manifest.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstring>

#include "data/data_root.hpp"
#include "messages.hpp"

namespace automl_lint::data {
namespace {

constexpr std::string_view kSourceRef = "source-ref";
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string quoted(std::string_view text) {
  return "'" + automl_lint::detail::shorten(text) + "'";
}

/// "source_ref", "SourceRef", "source-Ref": a key that means source-ref, spelt otherwise.
bool resembles_source_ref(std::string_view key) {
  std::string letters;
  for (char c : key) {
    if (c != '-' && c != '_' && c != ' ') letters += c;
  }
  return automl_lint::detail::lower(letters) == "sourceref";
}

/// Why `line` is not a good record, or empty when it is (then `uri` is its source-ref).
std::string judge_line(std::string_view line, bool first_line, std::string& uri) {
  // A fresh document per line: a reused one keeps every line's values in its memory pool.
  rapidjson::Document document;
  if (line.find('\0') != std::string_view::npos) return "holds NUL bytes: binary data, not JSON";
  // rapidjson would skip a BOM at the start of any line; JSON Lines readers reject it.
  if (line.starts_with(kUtf8Bom)) {
    return "starts with a UTF-8 byte order mark, which JSON Lines does not allow";
  }
  document.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(
      line.data(), line.size());
  if (document.HasParseError()) {
    if (first_line && line.find_first_not_of(" \t") == line.find('[')) {
      return "starts a JSON array; an augmented manifest is one JSON object a line, not an array";
    }
    return std::string("is not valid JSON: ") +
           rapidjson::GetParseError_En(document.GetParseError()) + " (at column " +
           std::to_string(document.GetErrorOffset() + 1) + ")";
  }
  if (!document.IsObject()) {
    return "is a JSON " + std::string(automl_lint::detail::json_type_name(document)) +
           ", not an object";
  }
  auto member = document.FindMember(rapidjson::StringRef(kSourceRef.data(), kSourceRef.size()));
  if (member == document.MemberEnd()) {
    for (const auto& other : document.GetObject()) {
      std::string_view key(other.name.GetString(), other.name.GetStringLength());
      if (resembles_source_ref(key)) {
        return "has no \"source-ref\" member (it has " + quoted(key) +
               "; the key is spelt source-ref)";
      }
    }
    return "has no \"source-ref\" member";
  }
  const rapidjson::Value& value = member->value;
  if (!value.IsString()) {
    return "has a \"source-ref\" that is a " +
           std::string(automl_lint::detail::json_type_name(value)) + ", not a string";
  }
  std::string_view ref(value.GetString(), value.GetStringLength());
  auto location = parse_s3_uri(ref);
  if (!location) return "has the \"source-ref\" " + quoted(ref) + ", which is not an s3:// URI";
  if (location->key.empty() || location->key.ends_with('/')) {
    return "has the \"source-ref\" " + quoted(ref) + ", which names a prefix, not an object";
  }
  uri.assign(ref);
  return "";
}

class Reader {
 public:
  Reader(const AugmentedManifestLimits& limits, AugmentedManifest& out)
      : limits_(limits), out_(out) {}

  /// Feeds bytes; false once reading must stop.
  bool feed(std::string_view bytes) {
    while (!bytes.empty()) {
      const char* lf = static_cast<const char*>(std::memchr(bytes.data(), '\n', bytes.size()));
      std::size_t take = lf ? static_cast<std::size_t>(lf - bytes.data()) : bytes.size();
      append(bytes.substr(0, take));
      if (!lf) return true;
      bytes.remove_prefix(take + 1);
      if (!end_line()) return false;
    }
    return true;
  }

  /// The last line, when the file does not end with a line break.
  void finish() {
    if (started_) end_line();
  }

 private:
  void append(std::string_view bytes) {
    started_ = true;
    std::size_t room = limits_.max_line_bytes - std::min(line_.size(), limits_.max_line_bytes);
    if (bytes.size() > room) too_long_ = true;
    line_.append(bytes.substr(0, std::min(room, bytes.size())));
  }

  bool end_line() {
    AugmentedManifestCheck& check = out_.check;
    ++check.lines;
    std::string_view line = line_;
    if (!too_long_ && line.ends_with('\r')) line.remove_suffix(1);
    std::string reason;
    std::string uri;
    if (check.lines == 1 && starts_with_gzip_magic(line)) {
      reset();
      bad(1,
          "is binary: the object is gzip data, and an augmented manifest is uncompressed JSON "
          "Lines");
      return false;
    }
    if (too_long_) {
      reason = "is longer than " + std::to_string(limits_.max_line_bytes) + " bytes";
    } else if (line.find_first_not_of(" \t") == std::string_view::npos) {
      reset();
      return true;  // A blank line.
    } else {
      reason = judge_line(line, check.lines == 1, uri);
    }
    reset();
    if (reason.empty()) {
      ++check.records;
      if (out_.source_refs.size() < limits_.max_refs) {
        out_.source_refs.push_back(std::move(uri));
      } else {
        out_.refs_capped = true;
      }
      return true;
    }
    return bad(check.lines, std::move(reason));
  }

  void reset() {
    line_.clear();
    too_long_ = false;
    started_ = false;
  }

  /// Counts a bad line; false once reading must stop.
  bool bad(std::uint64_t line, std::string reason) {
    AugmentedManifestCheck& check = out_.check;
    ++check.bad_lines;
    if (check.first_bad.size() < kKeptBadLines)
      check.first_bad.push_back({line, std::move(reason)});
    if (check.bad_lines >= limits_.max_bad_lines) {
      check.stopped_at_bad_lines = true;
      return false;
    }
    return true;
  }

  const AugmentedManifestLimits& limits_;
  AugmentedManifest& out_;
  std::string line_;
  bool too_long_ = false;
  bool started_ = false;
};

}  // namespace

AugmentedManifest read_augmented_manifest(ByteStream& stream,
                                          const AugmentedManifestLimits& limits) {
  AugmentedManifest result;
  result.check.read = true;
  Reader reader(limits, result);
  std::uint64_t budget = limits.max_bytes;
  for (std::string_view chunk = stream.next(); !chunk.empty(); chunk = stream.next()) {
    if (budget == 0) {
      result.check.stopped_at_size = true;
      return result;  // The partial last line is not judged.
    }
    std::string_view part = chunk.substr(0, std::min<std::uint64_t>(chunk.size(), budget));
    budget -= part.size();
    if (!reader.feed(part)) return result;
    if (part.size() < chunk.size()) {
      result.check.stopped_at_size = true;
      return result;
    }
  }
  reader.finish();
  return result;
}

}  // namespace automl_lint::data
