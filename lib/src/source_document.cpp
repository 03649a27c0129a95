#include "source_document.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <unordered_set>

#include "rule_ids.hpp"
#include "utf8.hpp"

namespace automl_lint::detail {
namespace {

// Numbers arrive as text and are converted here: RapidJSON 1.1.0's precise conversion returns
// garbage for zeros with a large negative exponent (0e-30 became 1.98e+28; found by fuzzing).
constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag |
                                 rapidjson::kParseValidateEncodingFlag |
                                 rapidjson::kParseNumbersAsStringsFlag;

bool is_separator(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':';
}

LoadError make_error(std::string rule, std::string message, std::size_t offset,
                     std::string hint = {}) {
  return LoadError{std::move(rule), std::move(message), std::move(hint), offset};
}

/// Names the encoding when the text starts like UTF-16 or UTF-32 (with or without a BOM).
std::optional<std::string> foreign_encoding(std::string_view text) {
  auto starts = [&](std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; };
  using namespace std::string_view_literals;
  if (starts("\xFF\xFE\0\0"sv) || starts("\0\0\xFE\xFF"sv)) return "UTF-32";
  if (starts("\xFF\xFE"sv) || starts("\xFE\xFF"sv)) return "UTF-16";
  if (text.size() >= 4 && text[0] == 0 && text[1] == 0 && text[2] == 0) return "UTF-32";
  if (text.size() >= 4 && text[1] == 0 && text[2] == 0 && text[3] == 0) return "UTF-32";
  if (text.size() >= 2 && (text[0] == 0 || text[1] == 0)) return "UTF-16";
  return std::nullopt;
}

std::optional<LoadError> check_encoding(std::string_view text, std::size_t bom_bytes) {
  if (auto name = foreign_encoding(text)) {
    return make_error(detail::ids::kEncoding,
                      "File is encoded as " + *name + "; requests must be UTF-8", 0,
                      "re-save the file as UTF-8, e.g. iconv -f " + *name + " -t UTF-8");
  }
  if (auto bad = first_invalid_utf8(text.substr(bom_bytes))) {
    return make_error(detail::ids::kEncoding, "Invalid UTF-8 byte sequence", bom_bytes + *bad,
                      "re-save the file as UTF-8");
  }
  if (auto nul = text.find('\0'); nul != std::string_view::npos) {
    return make_error(detail::ids::kEncoding, "File contains a NUL byte", nul,
                      "NUL bytes are not allowed in JSON text");
  }
  return std::nullopt;
}

/// A hint for the parse errors people make most: trailing commas, comments, single quotes.
std::string parse_error_hint(std::string_view body, const rapidjson::Reader& reader) {
  std::size_t offset = std::min<std::size_t>(reader.GetErrorOffset(), body.size());
  std::size_t before = offset;
  while (before > 0 &&
         std::string_view(" \t\r\n").find(body[before - 1]) != std::string_view::npos) {
    --before;
  }
  bool after_comma = before > 0 && body[before - 1] == ',';
  char next = offset < body.size() ? body[offset] : '\0';
  if (after_comma && (next == '}' || next == ']')) {
    return "remove the trailing comma before this bracket; JSON does not allow it";
  }
  if (next == '/' || next == '#') return "JSON does not allow comments";
  if (next == '\'') return "JSON strings use double quotes";
  return {};
}

}  // namespace

/// SAX handler between RapidJSON's reader and the document: records where each key and value
/// starts, and enforces the nesting limit.
class PositionRecorder {
 public:
  PositionRecorder(rapidjson::Document& document, const rapidjson::MemoryStream& stream,
                   std::string_view body, std::vector<std::uint32_t>& starts, std::size_t max_depth)
      : document_(document), stream_(stream), body_(body), starts_(starts), max_depth_(max_depth) {}

  bool depth_exceeded() const { return depth_exceeded_; }
  /// Why the handler stopped the parse, when it did for a reason of its own, and where.
  const std::optional<std::pair<std::string, std::size_t>>& refusal() const { return refusal_; }

  bool Null() { return value_done(document_.Null()); }
  bool Bool(bool b) { return value_done(document_.Bool(b)); }
  bool Int(int i) { return value_done(document_.Int(i)); }
  bool Uint(unsigned u) { return value_done(document_.Uint(u)); }
  bool Int64(std::int64_t i) { return value_done(document_.Int64(i)); }
  bool Uint64(std::uint64_t u) { return value_done(document_.Uint64(u)); }
  bool Double(double d) { return value_done(document_.Double(d)); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool) { return number({s, n}); }
  bool String(const char* s, rapidjson::SizeType n, bool copy) {
    return valid_text({s, n}) && value_done(document_.String(s, n, copy));
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    return valid_text({s, n}) && value_done(document_.Key(s, n, copy));
  }
  bool StartObject() { return open(document_.StartObject()); }
  bool StartArray() { return open(document_.StartArray()); }
  bool EndObject(rapidjson::SizeType n) { return close(document_.EndObject(n)); }
  bool EndArray(rapidjson::SizeType n) { return close(document_.EndArray(n)); }

 private:
  // The token that just ended began at the first non-separator after the previous token.
  void record_start() {
    std::size_t start = last_end_;
    while (start < body_.size() && is_separator(body_[start])) ++start;
    starts_.push_back(static_cast<std::uint32_t>(start));
  }
  bool value_done(bool ok) {
    record_start();
    last_end_ = stream_.Tell();
    return ok;
  }
  /// Integers that fit 64 bits stay integers; other numbers become doubles, correctly rounded.
  bool number(std::string_view text) {
    if (text.find_first_of(".eE") == std::string_view::npos) {
      std::int64_t signed_value = 0;
      auto end = text.data() + text.size();
      auto parsed = std::from_chars(text.data(), end, signed_value);
      if (parsed.ec == std::errc() && parsed.ptr == end) {
        return value_done(document_.Int64(signed_value));
      }
      std::uint64_t unsigned_value = 0;
      parsed = std::from_chars(text.data(), end, unsigned_value);
      if (text[0] != '-' && parsed.ec == std::errc() && parsed.ptr == end) {
        return value_done(document_.Uint64(unsigned_value));
      }
    }
    std::string copy(text);  // strtod needs a terminator; the C locale reads '.' as the point.
    double value = std::strtod(copy.c_str(), nullptr);
    if (std::isinf(value)) return refuse("Number " + copy.substr(0, 40) + " is too big");
    return value_done(document_.Double(value));
  }

  /// Escapes can spell an unpaired UTF-16 surrogate (\udc00), which is not a character.
  bool valid_text(std::string_view text) {
    if (!first_invalid_utf8(text)) return true;
    return refuse("A string holds an unpaired UTF-16 surrogate escape (\\uD800-\\uDFFF)");
  }

  bool refuse(std::string why) {
    std::size_t start = last_end_;
    while (start < body_.size() && is_separator(body_[start])) ++start;
    refusal_.emplace(std::move(why), start);
    return false;
  }

  // RapidJSON's iterative parser calls StartObject/StartArray and EndObject/EndArray before it
  // consumes the bracket, and the other events after their token; both cases are handled.
  std::size_t past_bracket(char open, char close) const {
    std::size_t at = stream_.Tell();
    bool before_bracket = at < body_.size() && (body_[at] == open || body_[at] == close);
    return before_bracket ? at + 1 : at;
  }
  bool open(bool ok) {
    if (++depth_ > max_depth_) {
      depth_exceeded_ = true;
      return false;
    }
    record_start();
    last_end_ = past_bracket('{', '[');
    return ok;
  }
  bool close(bool ok) {
    --depth_;
    last_end_ = past_bracket('}', ']');
    return ok;
  }

  rapidjson::Document& document_;
  const rapidjson::MemoryStream& stream_;
  std::string_view body_;
  std::vector<std::uint32_t>& starts_;
  std::size_t max_depth_;
  std::size_t depth_ = 0;
  std::size_t last_end_ = 0;
  bool depth_exceeded_ = false;
  std::optional<std::pair<std::string, std::size_t>> refusal_;
};

SourceDocument::SourceDocument(std::string_view text, const Limits& limits) : text_(text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") bom_bytes_ = 3;
  if (text.size() > limits.max_file_bytes) {
    error_ = make_error(detail::ids::kInputLimit,
                        "File is " + std::to_string(text.size()) + " bytes, over the limit of " +
                            std::to_string(limits.max_file_bytes) + " bytes",
                        0, "a request file is a few kilobytes; raise --max-file-size if needed");
    return;
  }
  if (text.size() == bom_bytes_) {
    error_ = make_error(detail::ids::kInvalidJson, "File is empty; expected a JSON object", 0);
    return;
  }
  if ((error_ = check_encoding(text, bom_bytes_))) return;

  std::string_view body = text.substr(bom_bytes_);
  rapidjson::MemoryStream stream(body.data(), body.size());
  PositionRecorder recorder(document_, stream, body, start_offsets_, limits.max_depth);
  rapidjson::Reader reader;
  auto generate = [&](rapidjson::Document&) {
    return !reader.Parse<kParseFlags>(stream, recorder).IsError();
  };
  document_.Populate(generate);
  if (const auto& refusal = recorder.refusal()) {
    error_ = make_error(detail::ids::kInvalidJson, "Invalid JSON: " + refusal->first,
                        bom_bytes_ + refusal->second);
  } else if (recorder.depth_exceeded()) {
    error_ = make_error(detail::ids::kInputLimit,
                        "Nesting is deeper than " + std::to_string(limits.max_depth) + " levels",
                        bom_bytes_ + reader.GetErrorOffset(),
                        "a CreateAutoMLJob request nests at most a few levels deep");
  } else if (reader.HasParseError()) {
    error_ =
        make_error(detail::ids::kInvalidJson,
                   std::string("Invalid JSON: ") + GetParseError_En(reader.GetParseErrorCode()),
                   bom_bytes_ + reader.GetErrorOffset(), parse_error_hint(body, reader));
  }
}

void SourceDocument::build_offset_index() const {
  struct Frame {
    const rapidjson::Value* node;
    rapidjson::SizeType next;
  };
  std::size_t index = 0;
  auto assign = [&](const rapidjson::Value& node) {
    if (index < start_offsets_.size()) offset_by_node_[&node] = start_offsets_[index++];
  };
  offset_by_node_.reserve(start_offsets_.size());
  assign(document_);
  std::vector<Frame> stack{{&document_, 0}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const rapidjson::Value* child = nullptr;
    if (frame.node->IsObject() && frame.next < frame.node->MemberCount()) {
      const auto& member = *(frame.node->MemberBegin() + frame.next++);
      assign(member.name);
      child = &member.value;
    } else if (frame.node->IsArray() && frame.next < frame.node->Size()) {
      child = &(*frame.node)[frame.next++];
    } else {
      stack.pop_back();
      continue;
    }
    assign(*child);
    if (child->IsObject() || child->IsArray()) stack.push_back({child, 0});
  }
}

std::size_t SourceDocument::offset_of(const rapidjson::Value* node) const {
  if (offset_by_node_.empty() && !start_offsets_.empty()) build_offset_index();
  auto found = offset_by_node_.find(node);
  return bom_bytes_ + (found == offset_by_node_.end() ? 0 : found->second);
}

Position SourceDocument::position_of_offset(std::size_t offset) const {
  if (line_starts_.empty()) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
  }
  offset = std::min(offset, text_.size());
  auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line_index = static_cast<std::size_t>(next_line - line_starts_.begin()) - 1;
  std::size_t line_start = line_starts_[line_index];
  if (line_index == 0) line_start = std::min(bom_bytes_, offset);
  // Count from the previous query when it was earlier on the same line: many findings on one
  // very long line would otherwise cost quadratic time.
  std::size_t counted_from = line_start;
  std::size_t column = 1;
  if (last_column_.line_start == line_start && last_column_.offset <= offset &&
      last_column_.offset >= line_start) {
    counted_from = last_column_.offset;
    column = last_column_.column;
  }
  column += count_code_points(text_.substr(counted_from, offset - counted_from));
  last_column_ = {line_start, offset, column};
  return Position{static_cast<int>(line_index + 1), static_cast<int>(column)};
}

namespace {

std::optional<rapidjson::SizeType> parse_index(std::string_view token) {
  if (token.empty() || (token.size() > 1 && token[0] == '0')) return std::nullopt;
  rapidjson::SizeType index = 0;
  auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), index);
  if (error != std::errc() || end != token.data() + token.size()) return std::nullopt;
  return index;
}

struct Resolved {
  const rapidjson::Value* key = nullptr;    // Set when the last step was an object member.
  const rapidjson::Value* value = nullptr;  // Deepest node reached.
  bool complete = false;
};

Resolved resolve(const rapidjson::Value& root, std::string_view pointer) {
  Resolved result{nullptr, &root, true};
  for (const std::string& token : split_pointer(pointer)) {
    const rapidjson::Value& node = *result.value;
    if (node.IsObject()) {
      auto member =
          node.FindMember(rapidjson::Value(rapidjson::StringRef(token.data(), token.size())));
      if (member == node.MemberEnd()) return {result.key, result.value, false};
      result = {&member->name, &member->value, true};
    } else if (auto index = parse_index(token); node.IsArray() && index && *index < node.Size()) {
      result = {nullptr, &node[*index], true};
    } else {
      return {result.key, result.value, false};
    }
  }
  return result;
}

}  // namespace

const rapidjson::Value* SourceDocument::find(std::string_view pointer) const {
  Resolved resolved = resolve(document_, pointer);
  return resolved.complete ? resolved.value : nullptr;
}

std::size_t SourceDocument::value_offset(std::string_view pointer) const {
  if (error_) return error_->offset;
  return offset_of(resolve(document_, pointer).value);
}

std::size_t SourceDocument::key_offset(std::string_view pointer) const {
  if (error_) return error_->offset;
  Resolved resolved = resolve(document_, pointer);
  return offset_of(resolved.complete && resolved.key ? resolved.key : resolved.value);
}

std::string escape_pointer_token(std::string_view token) {
  std::string escaped;
  escaped.reserve(token.size());
  for (char c : token) {
    if (c == '~') {
      escaped += "~0";
    } else if (c == '/') {
      escaped += "~1";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

std::vector<std::string> split_pointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  std::size_t start = 1;  // Skip the leading '/'.
  while (true) {
    std::size_t end = pointer.find('/', start);
    std::string_view raw = pointer.substr(start, end == std::string_view::npos ? end : end - start);
    std::string token;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
        token += raw[++i] == '0' ? '~' : '/';
      } else {
        token += raw[i];
      }
    }
    tokens.push_back(std::move(token));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return tokens;
}

namespace {

std::string_view name_of(const rapidjson::Value& key) {
  return {key.GetString(), key.GetStringLength()};
}

/// Index of the earlier member with the same name, for each member that repeats one. Objects of a
/// request are small: pairwise comparison without allocation, a hash map only for large ones.
std::vector<std::pair<rapidjson::SizeType, rapidjson::SizeType>> repeated_members(
    const rapidjson::Value& object) {
  constexpr rapidjson::SizeType kPairwiseUpTo = 32;
  std::vector<std::pair<rapidjson::SizeType, rapidjson::SizeType>> repeats;
  rapidjson::SizeType count = object.MemberCount();
  auto name = [&](rapidjson::SizeType i) { return name_of((object.MemberBegin() + i)->name); };
  if (count <= kPairwiseUpTo) {
    for (rapidjson::SizeType later = 1; later < count; ++later) {
      for (rapidjson::SizeType earlier = 0; earlier < later; ++earlier) {
        if (name(earlier) == name(later)) {
          repeats.emplace_back(later, earlier);
          break;
        }
      }
    }
    return repeats;
  }
  std::unordered_map<std::string_view, rapidjson::SizeType> first_index;
  for (rapidjson::SizeType i = 0; i < count; ++i) {
    auto [slot, inserted] = first_index.emplace(name(i), i);
    if (!inserted) repeats.emplace_back(i, slot->second);
  }
  return repeats;
}

/// Visits every object below `root` without recursion, with the JSON pointer of each built only
/// when `with_pointers` (it costs an allocation per container).
template <typename Visit>
void for_each_object(const rapidjson::Value& root, bool with_pointers, Visit visit) {
  std::vector<std::pair<const rapidjson::Value*, std::string>> pending{{&root, ""}};
  auto push = [&](const rapidjson::Value& child, const std::string& parent, auto token) {
    if (!child.IsObject() && !child.IsArray()) return;
    pending.emplace_back(&child, with_pointers ? parent + "/" + token() : std::string());
  };
  while (!pending.empty()) {
    auto [node, pointer] = std::move(pending.back());
    pending.pop_back();
    if (node->IsObject()) {
      visit(*node, pointer);
      for (const auto& member : node->GetObject()) {
        push(member.value, pointer, [&] { return escape_pointer_token(name_of(member.name)); });
      }
    } else if (node->IsArray()) {
      for (rapidjson::SizeType i = 0; i < node->Size(); ++i) {
        push((*node)[i], pointer, [&] { return std::to_string(i); });
      }
    }
  }
}

}  // namespace

std::vector<DuplicateKey> find_duplicate_keys(const rapidjson::Value& root) {
  // Duplicates are rare: a first pass without pointers tells whether a second one is needed.
  bool any = false;
  for_each_object(root, false, [&](const rapidjson::Value& object, const std::string&) {
    any = any || !repeated_members(object).empty();
  });
  std::vector<DuplicateKey> duplicates;
  if (!any) return duplicates;
  for_each_object(root, true, [&](const rapidjson::Value& object, const std::string& pointer) {
    for (auto [later, earlier] : repeated_members(object)) {
      const auto& member = *(object.MemberBegin() + later);
      duplicates.push_back({pointer + "/" + escape_pointer_token(name_of(member.name)),
                            &member.name, &(object.MemberBegin() + earlier)->name});
    }
  });
  return duplicates;
}

}  // namespace automl_lint::detail
