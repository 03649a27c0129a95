// The JSON reader: RapidJSON's iterative (non-recursive) parser, straight from the file's bytes
// into the DOM through a SAX handler that records where each key and value starts.
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "messages.hpp"
#include "rule_ids.hpp"
#include "source_document.hpp"
#include "utf8.hpp"

namespace automl_lint::detail {
namespace {

// Numbers arrive as text and are converted here: RapidJSON 1.1.0's precise conversion returns
// garbage for zeros with a large negative exponent (0e-30 became 1.98e+28; found by fuzzing).
// No kParseValidateEncodingFlag: check_source() has already refused any text that is not UTF-8,
// and checking each string again cost a third of the parse.
constexpr unsigned kParseFlags =
    rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;

bool is_separator(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':';
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

/// SAX handler between RapidJSON's reader and the document: records where each key and value
/// starts, and enforces the nesting limit.
class PositionRecorder {
 public:
  PositionRecorder(LoadedDocument& out, const rapidjson::MemoryStream& stream,
                   std::string_view body, std::size_t max_depth,
                   const std::unordered_map<std::size_t, std::string>* big_numbers)
      : big_numbers_(big_numbers),
        document_(out.dom),
        notes_(out.notes),
        stream_(stream),
        body_(body),
        starts_(out.start_offsets),
        max_depth_(max_depth),
        has_unicode_escape_(body.find("\\u") != std::string_view::npos) {}

  bool depth_exceeded() const { return depth_exceeded_; }
  /// True when a string holds an escape that decodes to a lone UTF-16 surrogate.
  bool lone_surrogate() const { return lone_surrogate_; }

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
  std::size_t token_start() const {
    std::size_t start = last_end_;
    while (start < body_.size() && is_separator(body_[start])) ++start;
    return start;
  }
  void record_start() { starts_.push_back(static_cast<std::uint32_t>(token_start())); }
  bool value_done(bool ok) {
    record_start();
    last_end_ = stream_.Tell();
    return ok;
  }
  /// Integers that fit 64 bits stay integers; other numbers become doubles, correctly rounded.
  /// A number beyond the range of a double is valid JSON: it becomes ±infinity with a note, and
  /// the shape check reports it at its member.
  bool number(std::string_view text) {
    if (big_numbers_) {
      // RapidJSON refuses a number beyond double range: read_json() gave it "0" in its place.
      if (auto big = big_numbers_->find(token_start()); big != big_numbers_->end()) {
        double value = big->second[0] == '-' ? -HUGE_VAL : HUGE_VAL;
        notes_.push_back({static_cast<std::uint32_t>(starts_.size()),
                          ValueNote{ValueNote::Kind::beyond_double, shorten(big->second, 40), {}}});
        return value_done(document_.Double(value));
      }
    }
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
    if (std::isinf(value)) {
      notes_.push_back({static_cast<std::uint32_t>(starts_.size()),
                        ValueNote{ValueNote::Kind::beyond_double, shorten(text, 40), {}}});
    }
    return value_done(document_.Double(value));
  }

  /// Escapes can spell an unpaired UTF-16 surrogate (\udc00), which is not a character: the
  /// parse stops, and read_json() finds and names every such escape.
  bool valid_text(std::string_view text) {
    // The body is valid UTF-8 (check_source): only a \u escape can decode to something else.
    if (!has_unicode_escape_ || !first_invalid_utf8(text)) return true;
    lone_surrogate_ = true;
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

  const std::unordered_map<std::size_t, std::string>* big_numbers_;
  rapidjson::Document& document_;
  std::vector<std::pair<std::uint32_t, ValueNote>>& notes_;
  const rapidjson::MemoryStream& stream_;
  std::string_view body_;
  std::vector<std::uint32_t>& starts_;
  std::size_t max_depth_;
  std::size_t depth_ = 0;
  std::size_t last_end_ = 0;
  bool depth_exceeded_ = false;
  bool lone_surrogate_ = false;
  bool has_unicode_escape_;
};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// The UTF-16 code unit of the escape `\uXXXX` at `at`, or -1.
int escape_unit(std::string_view body, std::size_t at) {
  if (at + 6 > body.size() || body[at] != '\\' || body[at + 1] != 'u') return -1;
  int unit = 0;
  for (std::size_t i = at + 2; i < at + 6; ++i) {
    int digit = hex_digit(body[i]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

/// What RapidJSON cannot read in valid JSON, patched in a copy of the text without moving any
/// offset: a \u escape of half a surrogate pair with no other half reads \uFFFD, and a number
/// beyond double range reads 0 followed by spaces. Strings are found by their quotes; a
/// backslash escapes the next character.
struct Patched {
  std::string text;
  std::vector<std::size_t> lone_surrogates;                  ///< Offsets of the escapes.
  std::unordered_map<std::size_t, std::string> big_numbers;  ///< Offset -> the number as written.
};

Patched patch(std::string_view body) {
  Patched patched{std::string(body), {}, {}};
  std::string& text = patched.text;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (!in_string) {
      if (c == '"') {
        in_string = true;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        std::size_t end = i;
        while (end < text.size() &&
               std::string_view("+-.0123456789eE").find(text[end]) != std::string_view::npos) {
          ++end;
        }
        std::string number = text.substr(i, end - i);
        if (std::isinf(std::strtod(number.c_str(), nullptr))) {
          patched.big_numbers.emplace(i, number);
          text.replace(i, end - i, "0" + std::string(end - i - 1, ' '));
        }
        i = end - 1;
      }
      continue;
    }
    if (c == '"') {
      in_string = false;
    } else if (c == '\\') {
      int unit = escape_unit(text, i);
      bool lone = false;
      if (unit >= 0xD800 && unit <= 0xDBFF) {
        int next = escape_unit(text, i + 6);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          i += 11;  // A proper pair: one character.
          continue;
        }
        lone = true;
      } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
        lone = true;
      }
      if (lone) {
        patched.lone_surrogates.push_back(i);
        text.replace(i + 2, 4, "FFFD");
      }
      ++i;  // The escaped character (for \u, the rest is hex digits: no quote or backslash).
    }
  }
  return patched;
}

struct ParseOutcome {
  rapidjson::ParseErrorCode code = rapidjson::kParseErrorNone;
  std::size_t error_offset = 0;
  bool depth_exceeded = false;
  bool lone_surrogate = false;
  std::string hint;
};

ParseOutcome parse(std::string_view body, const Limits& limits, LoadedDocument& out,
                   const std::unordered_map<std::size_t, std::string>* big_numbers = nullptr) {
  // A memory stream, not a string stream: RapidJSON parses a string from a local copy of a
  // string stream and writes its position back only after the handler ran, so Tell() would give
  // the handler the position before the string.
  rapidjson::MemoryStream stream(body.data(), body.size());
  PositionRecorder recorder(out, stream, body, limits.max_depth, big_numbers);
  rapidjson::Reader reader;
  auto generate = [&](rapidjson::Document&) {
    return !reader.Parse<kParseFlags>(stream, recorder).IsError();
  };
  out.dom.Populate(generate);
  ParseOutcome outcome{reader.GetParseErrorCode(),
                       reader.GetErrorOffset(),
                       recorder.depth_exceeded(),
                       recorder.lone_surrogate(),
                       {}};
  if (reader.HasParseError() && !outcome.depth_exceeded && !outcome.lone_surrogate) {
    outcome.hint = parse_error_hint(body, reader);
  }
  return outcome;
}

void report(const SourceText& source, const Limits& limits, const ParseOutcome& outcome,
            LoadedDocument& out) {
  std::size_t base = source.bom_bytes();
  if (outcome.depth_exceeded) {
    out.error = LoadError{detail::ids::kInputLimit,
                          "Nesting is deeper than " + std::to_string(limits.max_depth) + " levels",
                          "a CreateAutoMLJob request nests at most a few levels deep",
                          base + outcome.error_offset,
                          {}};
  } else if (outcome.code != rapidjson::kParseErrorNone) {
    out.error = LoadError{detail::ids::kInvalidJson,
                          std::string("Invalid JSON: ") + GetParseError_En(outcome.code),
                          outcome.hint,
                          base + outcome.error_offset,
                          {}};
  }
}

/// RapidJSON stopped at something valid JSON may hold (a lone surrogate escape, a number beyond
/// double range): parse the patched copy, which keeps every offset. A number beyond double range
/// then reads ±infinity with a note (the shape check reports it at its member); a lone
/// surrogate escape fails the file at its member.
void read_patched(const SourceText& source, const Limits& limits, LoadedDocument& out) {
  Patched patched = patch(source.body());
  out = LoadedDocument{};
  ParseOutcome outcome = parse(patched.text, limits, out, &patched.big_numbers);
  if (outcome.code != rapidjson::kParseErrorNone || outcome.lone_surrogate) {
    if (outcome.lone_surrogate) outcome.code = rapidjson::kParseErrorStringInvalidEncoding;
    return report(source, limits, outcome, out);
  }
  if (patched.lone_surrogates.empty()) return;
  std::size_t at = patched.lone_surrogates.front();
  // The string that holds the escape is the last node that starts before it.
  const auto& starts = out.start_offsets;
  std::size_t index = static_cast<std::size_t>(
      std::upper_bound(starts.begin(), starts.end(), static_cast<std::uint32_t>(at)) -
      starts.begin());
  std::string pointer = index > 0 ? pointer_of_preorder_index(out.dom, index - 1) : "";
  std::string escape(source.body().substr(at, 6));
  out = LoadedDocument{};
  out.error = LoadError{
      detail::ids::kEncoding,
      "A string holds " + escape +
          ", half of a UTF-16 surrogate pair without its other half, which is not a character",
      "write the character itself, or its complete pair (\\ud83d\\ude00 is one character)",
      source.bom_bytes() + at, pointer};
}

}  // namespace

void read_json(const SourceText& source, const Limits& limits, LoadedDocument& out) {
  ParseOutcome outcome = parse(source.body(), limits, out);
  if (outcome.lone_surrogate ||
      outcome.code == rapidjson::kParseErrorStringUnicodeSurrogateInvalid ||
      outcome.code == rapidjson::kParseErrorNumberTooBig) {
    read_patched(source, limits, out);
  } else {
    report(source, limits, outcome, out);
  }
}

}  // namespace automl_lint::detail
