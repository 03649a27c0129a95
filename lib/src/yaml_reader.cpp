// The YAML reader: libyaml's event API, composed here into nodes (anchors, aliases, merge keys)
// and read as the AWS CLI reads `--cli-input-yaml`: ruamel.yaml's safe loader, pure Python,
// which follows YAML 1.2 (`yes` is a string, `017` is 17) unless the file says %YAML 1.1, and
// refuses tabs outside quoted strings, block scalars and comments, a second document, an
// unknown tag and a duplicate key. The scalar rules below are ruamel.yaml 0.17's (resolver.py,
// constructor.py, util.py), checked against it by tests/unit/yaml_reader_test.cpp.
//
// The model is the JSON reader's: a RapidJSON DOM, the byte offset of each key and value in
// preorder, notes for what JSON has no type for (dates, timestamps, binary data, sets: null in
// the DOM) and for how unquoted scalars are spelt. libyaml marks count characters; they are
// turned into byte offsets here. An alias's copy starts at the alias (`*name`); the nodes inside
// it keep the offsets where the anchored node writes them. Aliases may add at most
// Limits::max_alias_nodes nodes in all (AML004), and nesting through them counts towards
// Limits::max_depth.
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <re2/re2.h>
#include <yaml.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <memory>
#include <unordered_map>

#include "messages.hpp"
#include "rule_ids.hpp"
#include "source_document.hpp"
#include "utf8.hpp"

namespace automl_lint::detail {
namespace {

constexpr std::string_view kTagPrefix = "tag:yaml.org,2002:";

// ---------------------------------------------------------------------------------------------
// Scalars, as ruamel.yaml's VersionedResolver and SafeConstructor read them.

enum class Version { v1_1, v1_2 };

enum class Tag : std::uint8_t {
  str,
  int_,
  float_,
  bool_,
  null,
  timestamp,
  binary,
  merge,
  value,
  yaml,
  seq,
  map,
  omap,
  pairs,
  set,
  unknown,
};

Tag tag_named(std::string_view tag) {
  if (!tag.starts_with(kTagPrefix)) return Tag::unknown;
  static const std::unordered_map<std::string_view, Tag> kTags = {
      {"str", Tag::str},       {"int", Tag::int_},    {"float", Tag::float_},
      {"bool", Tag::bool_},    {"null", Tag::null},   {"timestamp", Tag::timestamp},
      {"binary", Tag::binary}, {"merge", Tag::merge}, {"value", Tag::value},
      {"yaml", Tag::yaml},     {"seq", Tag::seq},     {"map", Tag::map},
      {"omap", Tag::omap},     {"pairs", Tag::pairs}, {"set", Tag::set},
  };
  auto found = kTags.find(tag.substr(kTagPrefix.size()));
  return found == kTags.end() ? Tag::unknown : found->second;
}

/// The implicit resolvers of ruamel.yaml's resolver.py, as RE2 patterns (the originals are
/// Python verbose patterns: their white space outside character classes is not part of them).
struct Resolvers {
  RE2 bool_12{"true|True|TRUE|false|False|FALSE"};
  RE2 bool_11{"y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"};
  RE2 float_12{R"([-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?)"
               R"(|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+))"
               R"(|[-+]?\.[0-9_]+(?:[eE][-+][0-9]+)?)"
               R"(|[-+]?\.(?:inf|Inf|INF))"
               R"(|\.(?:nan|NaN|NAN))"};
  RE2 float_11{R"([-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?)"
               R"(|[-+]?(?:[0-9][0-9_]*)(?:[eE][-+]?[0-9]+))"
               R"(|\.[0-9_]+(?:[eE][-+][0-9]+)?)"
               R"(|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)"
               R"(|[-+]?\.(?:inf|Inf|INF))"
               R"(|\.(?:nan|NaN|NAN))"};
  RE2 int_12{R"([-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+)"};
  RE2 int_11{R"([-+]?0b[0-1_]+|[-+]?0?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)"
             R"(|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)"};
  RE2 null{R"(~|null|Null|NULL|)"};
  RE2 timestamp{
      R"([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])"
      R"(|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?)"
      R"(:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)"};
  // util.py's timestamp_regexp, which builds the value once a scalar is a timestamp.
  RE2 timestamp_parts{R"(([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?))"
                      R"((?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?)"
                      R"((?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?)"};

  static const Resolvers& get() {
    static const Resolvers resolvers;
    return resolvers;
  }
};

/// The tag ruamel.yaml gives an untagged plain scalar: its resolvers are tried in the order of
/// resolver.py's list, among those registered for the scalar's first character.
Tag resolve_plain(std::string_view value, Version version) {
  const Resolvers& r = Resolvers::get();
  bool v11 = version == Version::v1_1;
  auto full = [&](const RE2& pattern) { return RE2::FullMatch(value, pattern); };
  if (value.empty()) return full(r.null) ? Tag::null : Tag::str;
  char first = value[0];
  auto one_of = [&](std::string_view chars) { return chars.find(first) != std::string_view::npos; };
  if (one_of(v11 ? "yYnNtTfFoO" : "tTfF") && full(v11 ? r.bool_11 : r.bool_12)) return Tag::bool_;
  if (one_of("-+0123456789.") && full(v11 ? r.float_11 : r.float_12)) return Tag::float_;
  if (one_of("-+0123456789") && full(v11 ? r.int_11 : r.int_12)) return Tag::int_;
  if (value == "<<") return Tag::merge;
  if (one_of("~nN") && full(r.null)) return Tag::null;
  if (one_of("0123456789") && full(r.timestamp)) return Tag::timestamp;
  if (value == "=") return Tag::value;
  if (value == "!" || value == "&" || value == "*") return Tag::yaml;
  return Tag::str;
}

std::string strip_underscores(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (char c : text) {
    if (c != '_') result += c;
  }
  return result;
}

std::string ascii_lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return result;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::string_view(" \t\n\r\f\v").find(text.front()) != text.npos) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::string_view(" \t\n\r\f\v").find(text.back()) != text.npos) {
    text.remove_suffix(1);
  }
  return text;
}

/// A number as the DOM holds it: integers that fit 64 bits stay integers (as the JSON reader
/// keeps them), others become doubles.
struct Number {
  enum class Kind : std::uint8_t { integer, unsigned_integer, real } kind = Kind::integer;
  union {
    std::int64_t integer = 0;
    std::uint64_t unsigned_integer;
    double real;
  };
};

/// Python's int(digits, base) for the digits of a YAML integer (no sign, no underscores).
std::optional<Number> integer_value(std::string_view digits, int base, bool negative) {
  digits = trim(digits);
  if (digits.empty()) return std::nullopt;
  std::uint64_t exact = 0;
  bool overflow = false;
  double approximate = 0;
  for (char c : digits) {
    int digit = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : 99;
    if (digit >= base) return std::nullopt;
    approximate = approximate * base + digit;
    if (!overflow && exact > (std::numeric_limits<std::uint64_t>::max() - digit) /
                                 static_cast<std::uint64_t>(base)) {
      overflow = true;
    }
    if (!overflow) exact = exact * static_cast<std::uint64_t>(base) + static_cast<unsigned>(digit);
  }
  Number number;
  constexpr std::uint64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
  if (overflow || (negative && exact > kInt64Max + 1)) {
    // Beyond 64 bits: a double, correctly rounded for decimal digits (as the JSON reader does).
    number.kind = Number::Kind::real;
    number.real = base == 10 ? std::strtod(std::string(digits).c_str(), nullptr) : approximate;
    if (negative) number.real = -number.real;
  } else if (negative) {
    number.integer = exact == kInt64Max + 1 ? std::numeric_limits<std::int64_t>::min()
                                            : -static_cast<std::int64_t>(exact);
  } else if (exact > kInt64Max) {
    number.kind = Number::Kind::unsigned_integer;
    number.unsigned_integer = exact;
  } else {
    number.integer = static_cast<std::int64_t>(exact);
  }
  return number;
}

/// SafeConstructor.construct_yaml_int.
std::optional<Number> construct_int(std::string_view text, Version version) {
  std::string value = strip_underscores(text);
  if (value.empty()) return std::nullopt;
  bool negative = value[0] == '-';
  std::string_view digits = value;
  if (value[0] == '-' || value[0] == '+') digits.remove_prefix(1);
  if (digits == "0") return Number{};
  if (digits.starts_with("0b")) return integer_value(digits.substr(2), 2, negative);
  if (digits.starts_with("0x")) return integer_value(digits.substr(2), 16, negative);
  if (digits.starts_with("0o")) return integer_value(digits.substr(2), 8, negative);
  if (version == Version::v1_1 && digits.starts_with("0")) {
    return integer_value(digits, 8, negative);
  }
  if (version == Version::v1_1 && digits.find(':') != std::string_view::npos) {
    // Sexagesimal: 1:30 is 90.
    std::uint64_t total = 0;
    std::size_t start = 0;
    while (start <= digits.size()) {
      std::size_t end = std::min(digits.find(':', start), digits.size());
      auto part = integer_value(digits.substr(start, end - start), 10, false);
      if (!part || part->kind != Number::Kind::integer) return std::nullopt;
      total = total * 60 + static_cast<std::uint64_t>(part->integer);
      start = end + 1;
    }
    Number number;
    number.integer =
        negative ? -static_cast<std::int64_t>(total) : static_cast<std::int64_t>(total);
    return number;
  }
  return integer_value(digits, 10, negative);
}

/// strtod on the whole text, refusing what Python's float() refuses (hexadecimal floats).
std::optional<double> python_float(std::string_view text) {
  std::string value(trim(text));
  if (value.empty() || value.find_first_of("xXpP") != std::string::npos) return std::nullopt;
  char* end = nullptr;
  double result = std::strtod(value.c_str(), &end);
  if (end != value.c_str() + value.size()) return std::nullopt;
  return result;
}

/// SafeConstructor.construct_yaml_float.
std::optional<double> construct_float(std::string_view text, Version version) {
  std::string value = ascii_lower(strip_underscores(text));
  if (value.empty()) return std::nullopt;
  double sign = value[0] == '-' ? -1 : 1;
  std::string_view rest = value;
  if (value[0] == '-' || value[0] == '+') rest.remove_prefix(1);
  if (rest == ".inf") return sign * std::numeric_limits<double>::infinity();
  if (rest == ".nan") return std::numeric_limits<double>::quiet_NaN();
  if (version == Version::v1_1 && rest.find(':') != std::string_view::npos) {
    double total = 0;
    std::size_t start = 0;
    while (start <= rest.size()) {
      std::size_t end = std::min(rest.find(':', start), rest.size());
      auto part = python_float(rest.substr(start, end - start));
      if (!part) return std::nullopt;
      total = total * 60 + *part;
      start = end + 1;
    }
    return sign * total;
  }
  auto parsed = python_float(rest);
  if (!parsed) return std::nullopt;
  return sign * *parsed;
}

/// SafeConstructor.bool_values.
std::optional<bool> construct_bool(std::string_view text) {
  std::string value = ascii_lower(text);
  if (value == "yes" || value == "y" || value == "true" || value == "on") return true;
  if (value == "no" || value == "n" || value == "false" || value == "off") return false;
  return std::nullopt;
}

// Days from 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  auto yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
  z += 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  auto doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<std::int64_t>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}

unsigned days_in_month(std::int64_t year, unsigned month) {
  static constexpr std::array<unsigned, 12> kDays = {31, 28, 31, 30, 31, 30,
                                                     31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

struct Timestamp {
  bool has_time = false;
  std::string iso;  ///< As Python's isoformat() prints the date or the (UTC) datetime.
};

/// util.create_timestamp: a date, or a naive datetime shifted to UTC; nullopt where Python's
/// datetime refuses the fields (month 13, February 30, hour 24, year 0).
std::optional<Timestamp> construct_timestamp(std::string_view text) {
  std::string year_s, month_s, day_s, hour_s, minute_s, second_s, fraction, tz, tz_sign, tz_hour,
      tz_minute;
  if (!RE2::FullMatch(text, Resolvers::get().timestamp_parts, &year_s, &month_s, &day_s, &hour_s,
                      &minute_s, &second_s, &fraction, &tz, &tz_sign, &tz_hour, &tz_minute)) {
    return std::nullopt;
  }
  auto number = [](const std::string& s) { return std::strtol(s.c_str(), nullptr, 10); };
  std::int64_t year = number(year_s);
  auto month = static_cast<unsigned>(number(month_s));
  auto day = static_cast<unsigned>(number(day_s));
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    return std::nullopt;
  }
  if (hour_s.empty()) return Timestamp{false, fmt::format("{:04}-{:02}-{:02}", year, month, day)};
  long hour = number(hour_s), minute = number(minute_s), second = number(second_s);
  if (hour > 23 || minute > 59 || second > 59) return std::nullopt;
  constexpr long kMaxFraction = 999999;
  long micro = 0;
  long frac = 0;
  if (!fraction.empty()) {
    std::string digits = fraction.substr(0, 6);
    digits.resize(6, '0');
    frac = number(digits);
    if (fraction.size() > 6 && fraction[6] > '4') ++frac;
    micro = frac > kMaxFraction ? 0 : frac;
  }
  // The datetime minus `delta` seconds, as util.create_timestamp computes it.
  long delta = 0;
  if (!tz_sign.empty()) {
    delta = number(tz_hour) * 3600 + (tz_minute.empty() ? 0 : number(tz_minute)) * 60 +
            (frac > kMaxFraction ? 1 : 0);
    if (tz_sign == "-") delta = -delta;
  } else if (frac > kMaxFraction) {
    delta = -1;
  }
  std::int64_t seconds =
      days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - delta;
  std::int64_t days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  std::int64_t in_day = seconds - days * 86400;
  civil_from_days(days, year, month, day);
  if (year < 1 || year > 9999) return std::nullopt;
  std::string iso = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", year, month, day,
                                in_day / 3600, in_day / 60 % 60, in_day % 60);
  if (micro != 0) iso += fmt::format(".{:06}", micro);
  return Timestamp{true, iso};
}

/// base64.decodebytes (binascii.a2b_base64, not strict): characters outside the alphabet are
/// skipped; the data must end on a whole group, padded with '='.
std::optional<std::string> decode_base64(std::string_view text) {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string bytes;
  unsigned bits = 0;
  int count = 0;
  int pads = 0;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return std::nullopt;  // Not ASCII.
    if (c == '=') {
      ++pads;
      if (count % 4 >= 2 && count % 4 + pads >= 4) break;
      continue;
    }
    std::size_t digit = kAlphabet.find(c);
    if (digit == std::string_view::npos) continue;
    if (pads > 0 && count % 4 < 2) pads = 0;  // Padding too early is ignored.
    bits = (bits << 6) | static_cast<unsigned>(digit);
    if (++count % 4 == 0) {
      bytes += static_cast<char>((bits >> 16) & 0xFF);
      bytes += static_cast<char>((bits >> 8) & 0xFF);
      bytes += static_cast<char>(bits & 0xFF);
      bits = 0;
    }
  }
  int left = count % 4;
  if (left == 1 || (left > 1 && left + pads < 4)) return std::nullopt;  // Incorrect padding.
  if (left == 2) bytes += static_cast<char>((bits >> 4) & 0xFF);
  if (left == 3) {
    bytes += static_cast<char>((bits >> 10) & 0xFF);
    bytes += static_cast<char>((bits >> 2) & 0xFF);
  }
  return bytes;
}

std::string encode_base64(std::string_view bytes) {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string text;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    unsigned group = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 2]);
    text += kAlphabet[(group >> 18) & 63];
    text += kAlphabet[(group >> 12) & 63];
    text += i + 1 < bytes.size() ? kAlphabet[(group >> 6) & 63] : '=';
    text += i + 2 < bytes.size() ? kAlphabet[group & 63] : '=';
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Composition: libyaml's events into a node arena.

enum class Kind : std::uint8_t { scalar, sequence, mapping, alias };

/// What a node reads as.
enum class Type : std::uint8_t {
  string,
  number,
  boolean,
  null,
  noted_null,  ///< A date, timestamp or binary data: null in the DOM, with a note.
  merge_key,   ///< `<<`: only a mapping key may be one.
  value_key,   ///< `=`: a string as a mapping key, an error elsewhere.
  yaml_tag,    ///< ruamel.yaml has no constructor for it: an error wherever it is.
  map,
  seq,
  omap,
  pairs,
  set,
};

struct Node {
  Kind kind = Kind::scalar;
  Type type = Type::string;
  bool open = false;  ///< A container whose end has not come yet.
  bool boolean = false;
  bool plain = false;       ///< An untagged plain scalar (resolved implicitly).
  std::uint32_t start = 0;  ///< Byte offset in the body.
  std::uint32_t first = 0;  ///< Containers: children_[first, first + count); alias: target.
  std::uint32_t count = 0;
  std::uint32_t size = 1;   ///< DOM nodes it stands for (keys and values), saturating.
  std::uint32_t depth = 0;  ///< Levels of containers in it.
  ValueNote::Kind note_kind = ValueNote::Kind::plain_scalar;
  std::uint32_t canonical = 0;  ///< A date, timestamp or binary data: canonicals_[canonical].
  Number number;
  /// A scalar's value as libyaml read it; for a number, boolean or null only when a message may
  /// need it (it is a key, or written otherwise than the DOM value prints).
  std::string text;
};

constexpr std::uint32_t kSaturated = std::numeric_limits<std::uint32_t>::max();

std::uint32_t saturating_add(std::uint32_t a, std::uint32_t b) {
  return a > kSaturated - b ? kSaturated : a + b;
}

/// libyaml's marks count characters; the model counts bytes. Events come in file order, so a
/// cursor that moves from the last position keeps the conversion linear.
class CharacterOffsets {
 public:
  explicit CharacterOffsets(std::string_view body) : body_(body) {}
  std::uint32_t operator()(std::size_t index) {
    if (index < index_ && index_ - index > index) index_ = byte_ = 0;
    while (index_ < index && byte_ < body_.size()) {
      ++byte_;
      while (byte_ < body_.size() && (static_cast<unsigned char>(body_[byte_]) & 0xC0) == 0x80) {
        ++byte_;
      }
      ++index_;
    }
    while (index_ > index && byte_ > 0) {
      --byte_;
      while (byte_ > 0 && (static_cast<unsigned char>(body_[byte_]) & 0xC0) == 0x80) --byte_;
      --index_;
    }
    return static_cast<std::uint32_t>(byte_);
  }

 private:
  std::string_view body_;
  std::size_t index_ = 0;
  std::size_t byte_ = 0;
};

struct Parser {
  yaml_parser_t parser;
  explicit Parser(std::string_view body) {
    yaml_parser_initialize(&parser);
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(body.data()),
                                 body.size());
  }
  ~Parser() { yaml_parser_delete(&parser); }
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;
};

struct Event {
  yaml_event_t event{};
  bool filled = false;
  ~Event() {
    if (filled) yaml_event_delete(&event);
  }
};

/// An error with its byte offset in the body.
struct Problem {
  std::string rule;
  std::string message;
  std::string hint;
  std::size_t offset = 0;
  std::string pointer;
};

std::string_view text_of(const yaml_char_t* text) {
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

class Reader {
 public:
  Reader(const SourceText& source, const Limits& limits, LoadedDocument& out)
      : source_(source), body_(source.body()), limits_(limits), out_(out), offsets_(body_) {}

  void run() {
    std::optional<Problem> problem = compose();
    // ruamel.yaml refuses a tab where libyaml takes it as white space: the first problem in the
    // file is the one it reports.
    std::size_t limit = problem ? problem->offset : body_.size();
    if (auto tab = stray_tab(limit)) problem = tab;
    if (!problem && construct_problem_) problem = construct_problem_;
    if (!problem && root_) problem = build();
    if (problem) {
      out_.dom.SetNull();
      out_.start_offsets.clear();
      out_.notes.clear();
      out_.findings.clear();
      out_.error =
          LoadError{std::move(problem->rule), std::move(problem->message), std::move(problem->hint),
                    source_.bom_bytes() + problem->offset, std::move(problem->pointer)};
    } else if (!root_) {
      out_.error = LoadError{
          detail::ids::kInvalidJson,
          "File holds no YAML document, only blank lines or comments; expected a mapping of "
          "the request's members",
          {},
          source_.bom_bytes() + body_.size(),
          {}};
    }
  }

  /// Set when libyaml refused an escape for a UTF-16 surrogate: its offset in the body.
  std::optional<std::size_t> surrogate_escape() const { return surrogate_escape_; }

 private:
  std::string where(std::size_t offset) {
    Position position = source_.position_of_offset(source_.bom_bytes() + offset);
    return fmt::format("line {}, column {}", position.line, position.column);
  }

  static Problem invalid(std::string what, std::size_t offset, std::string hint = {}) {
    return Problem{
        detail::ids::kInvalidJson, "Invalid YAML: " + std::move(what), std::move(hint), offset, {}};
  }

  Problem libyaml_problem() {
    const yaml_parser_t& p = parser_->parser;
    std::size_t offset = offsets_(p.problem_mark.index);
    std::string_view problem = p.problem ? p.problem : "the parser failed";
    if (problem.find("invalid Unicode character escape") != std::string_view::npos) {
      // \uD800-\uDFFF: find the escape, which ends at or before the mark.
      std::size_t at = body_.rfind('\\', std::min(offset, body_.size() - 1));
      surrogate_escape_ = at == std::string_view::npos ? offset : at;
    }
    std::string message(problem);
    if (p.context) {
      message +=
          fmt::format(" ({} that starts at {})", p.context, where(offsets_(p.context_mark.index)));
    }
    char next = offset < body_.size() ? body_[offset] : '\0';
    std::string hint;
    if (next == '\t' || problem.find("tab") != std::string_view::npos) {
      hint = "indent with spaces: YAML does not allow tabs for indentation";
    } else if (problem.starts_with("mapping values are not allowed")) {
      hint = "quote a value that holds ': ', or check the indentation of this line";
    } else if (problem.starts_with("did not find expected key")) {
      hint = "check the indentation: the keys of one mapping start in the same column";
    } else if (problem.starts_with("found character that cannot start any token") &&
               (next == '@' || next == '`' || next == '%')) {
      hint = fmt::format("quote a value that starts with {}", next);
    } else if (problem.starts_with("found unexpected end of stream")) {
      hint = "close the quote or the bracket that is still open";
    }
    return invalid(std::move(message), offset, std::move(hint));
  }

  bool next(Event& event) {
    if (!yaml_parser_parse(&parser_->parser, &event.event)) return false;
    event.filled = true;
    return true;
  }

  std::optional<Problem> compose() {
    parser_ = std::make_unique<Parser>(body_);
    int documents = 0;
    while (true) {
      Event event;
      if (!next(event)) return libyaml_problem();
      const yaml_event_t& e = event.event;
      std::uint32_t start = offsets_(e.start_mark.index);
      switch (e.type) {
        case YAML_STREAM_END_EVENT:
          return std::nullopt;
        case YAML_DOCUMENT_START_EVENT:
          if (++documents > 1) {
            return invalid(
                "a second document starts here; the AWS CLI reads a request as one document", start,
                "remove this '---' line and what follows, or give that request its own file");
          }
          if (const auto* directive = e.data.document_start.version_directive) {
            version_ = directive->minor == 1 ? Version::v1_1 : Version::v1_2;
          }
          break;
        case YAML_SCALAR_EVENT:
          if (auto problem = scalar(e, start)) return problem;
          break;
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
          if (auto problem = open(e, start)) return problem;
          break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
          close();
          break;
        case YAML_ALIAS_EVENT:
          if (auto problem = alias(e, start)) return problem;
          break;
        default:
          break;
      }
    }
  }

  std::uint32_t add_node(Node node, const yaml_char_t* anchor) {
    auto index = static_cast<std::uint32_t>(nodes_.size());
    nodes_.push_back(std::move(node));
    if (anchor) anchors_[std::string(text_of(anchor))] = index;
    return index;
  }

  void attach(std::uint32_t index) {
    if (stack_.empty()) {
      root_ = index;
    } else {
      pending_.push_back(index);
    }
  }

  void construct_error(std::string what, std::size_t offset, std::string hint = {}) {
    if (!construct_problem_) construct_problem_ = invalid(std::move(what), offset, std::move(hint));
  }

  std::optional<Problem> scalar(const yaml_event_t& e, std::uint32_t start) {
    const auto& s = e.data.scalar;
    Node node;
    node.start = start;
    node.text.assign(reinterpret_cast<const char*>(s.value), s.length);
    std::uint32_t end = offsets_(e.end_mark.index);
    if (s.style != YAML_PLAIN_SCALAR_STYLE) spans_.emplace_back(start, end);
    std::string_view tag_text = text_of(s.tag);
    Tag tag = Tag::str;
    if (s.plain_implicit) {
      tag = resolve_plain(node.text, version_);
      node.plain = true;
    } else if (s.tag && tag_text != "!") {
      tag = tag_named(tag_text);
    }
    resolve_scalar(node, tag, tag_text);
    forget_text_unless_needed(node);
    attach(add_node(std::move(node), s.anchor));
    return std::nullopt;
  }

  /// SafeConstructor for one scalar: its type and value, or a construction error.
  void resolve_scalar(Node& node, Tag tag, std::string_view tag_text) {
    const std::string& text = node.text;
    auto noted = [&](ValueNote::Kind kind, std::string canonical) {
      node.type = Type::noted_null;
      node.note_kind = kind;
      node.canonical = static_cast<std::uint32_t>(canonicals_.size());
      canonicals_.push_back(std::move(canonical));
    };
    switch (tag) {
      case Tag::str:
        node.type = Type::string;
        return;
      case Tag::null:
        node.type = Type::null;
        return;
      case Tag::bool_:
        if (auto value = construct_bool(text)) {
          node.type = Type::boolean;
          node.boolean = *value;
        } else {
          construct_error(fmt::format("{} is not a boolean", quoted(text)), node.start,
                          "write true or false");
        }
        return;
      case Tag::int_:
        if (auto value = construct_int(text, version_)) {
          node.type = Type::number;
          node.number = *value;
        } else {
          construct_error(fmt::format("{} is not an integer", quoted(text)), node.start);
        }
        return;
      case Tag::float_:
        if (auto value = construct_float(text, version_)) {
          node.type = Type::number;
          node.number.kind = Number::Kind::real;
          node.number.real = *value;
          if (std::isnan(*value)) {
            node.note_kind = ValueNote::Kind::not_a_number;
          } else if (std::isinf(*value)) {
            std::string lowered = ascii_lower(strip_underscores(text));
            bool literal = lowered.find(".inf") != std::string::npos;
            node.note_kind = literal ? ValueNote::Kind::infinity : ValueNote::Kind::beyond_double;
          }
        } else {
          construct_error(fmt::format("{} is not a number", quoted(text)), node.start);
        }
        return;
      case Tag::timestamp:
        if (auto value = construct_timestamp(text)) {
          noted(value->has_time ? ValueNote::Kind::timestamp : ValueNote::Kind::date, value->iso);
        } else {
          construct_error(fmt::format("{} is not a valid date or timestamp", quoted(text)),
                          node.start,
                          node.plain ? "quote it if it is not meant as a date" : std::string());
        }
        return;
      case Tag::binary:
        if (auto bytes = decode_base64(text)) {
          noted(ValueNote::Kind::binary, encode_base64(*bytes));
        } else {
          construct_error("the !!binary value is not base64 data", node.start);
        }
        return;
      case Tag::merge:
        node.type = Type::merge_key;
        return;
      case Tag::value:
        node.type = Type::value_key;
        return;
      case Tag::yaml:
        node.type = Type::yaml_tag;
        return;
      case Tag::seq:
      case Tag::map:
      case Tag::omap:
      case Tag::pairs:
      case Tag::set:
        construct_error(
            fmt::format(
                "the tag {} needs a {}, not a scalar", tag_text,
                tag == Tag::seq || tag == Tag::omap || tag == Tag::pairs ? "sequence" : "mapping"),
            node.start);
        return;
      case Tag::unknown:
        unknown_tag(tag_text, node.start);
        return;
    }
  }

  void unknown_tag(std::string_view tag, std::size_t offset) {
    construct_error(fmt::format("the tag {} is unknown to the AWS CLI's YAML reader "
                                "(ruamel.yaml's safe loader knows only the standard tags)",
                                shorten(tag)),
                    offset, "remove the tag");
  }

  static std::string quoted(std::string_view text) { return "'" + shorten(text) + "'"; }

  /// A number or boolean keeps its spelling only where a message may quote it: as a key (AML103
  /// names it), or as a plain scalar written otherwise than the DOM value prints (017, 0x1F,
  /// True: a hint says how it was read). A file of millions of numbers keeps none.
  void forget_text_unless_needed(Node& node) const {
    // Nulls keep theirs: an empty value and a written null get different hints.
    bool value_like = node.type == Type::number || node.type == Type::boolean;
    if (!value_like || node.note_kind != ValueNote::Kind::plain_scalar) return;
    bool key = !stack_.empty() && nodes_[stack_.back().node].kind == Kind::mapping &&
               (pending_.size() - stack_.back().pending) % 2 == 0;
    if (key) return;
    bool as_printed = false;
    if (node.plain) {
      rapidjson::Value value;
      if (node.type == Type::boolean) {
        value.SetBool(node.boolean);
      } else if (node.number.kind == Number::Kind::integer) {
        value.SetInt64(node.number.integer);
      } else if (node.number.kind == Number::Kind::unsigned_integer) {
        value.SetUint64(node.number.unsigned_integer);
      } else {
        value.SetDouble(node.number.real);
      }
      as_printed = quote_value(value) == node.text;
    }
    if (!node.plain || as_printed) {
      node.text.clear();
      node.text.shrink_to_fit();
    }
  }

  std::optional<Problem> open(const yaml_event_t& e, std::uint32_t start) {
    bool mapping = e.type == YAML_MAPPING_START_EVENT;
    const yaml_char_t* anchor =
        mapping ? e.data.mapping_start.anchor : e.data.sequence_start.anchor;
    std::string_view tag_text =
        text_of(mapping ? e.data.mapping_start.tag : e.data.sequence_start.tag);
    if (stack_.size() + 1 > limits_.max_depth) return too_deep(start);
    Node node;
    node.kind = mapping ? Kind::mapping : Kind::sequence;
    node.type = mapping ? Type::map : Type::seq;
    node.start = start;
    node.open = true;
    if (!tag_text.empty() && tag_text != "!") {
      Tag tag = tag_named(tag_text);
      if (tag == Tag::map && mapping) {
      } else if (tag == Tag::seq && !mapping) {
      } else if (tag == Tag::set && mapping) {
        node.type = Type::set;
      } else if ((tag == Tag::omap || tag == Tag::pairs) && !mapping) {
        node.type = tag == Tag::omap ? Type::omap : Type::pairs;
      } else if (tag == Tag::unknown) {
        unknown_tag(tag_text, start);
      } else {
        construct_error(
            fmt::format("the tag {} does not fit a {}", tag_text, mapping ? "mapping" : "sequence"),
            start);
      }
    }
    std::uint32_t index = add_node(std::move(node), anchor);
    stack_.push_back({index, static_cast<std::uint32_t>(pending_.size())});
    return std::nullopt;
  }

  Problem too_deep(std::size_t offset) const {
    return Problem{detail::ids::kInputLimit,
                   "Nesting is deeper than " + std::to_string(limits_.max_depth) + " levels",
                   "a CreateAutoMLJob request nests at most a few levels deep",
                   offset,
                   {}};
  }

  void close() {
    Frame frame = stack_.back();
    stack_.pop_back();
    Node& node = nodes_[frame.node];
    node.open = false;
    node.first = static_cast<std::uint32_t>(children_.size());
    node.count = static_cast<std::uint32_t>(pending_.size() - frame.pending);
    std::uint32_t size = 1;
    std::uint32_t depth = 0;
    for (std::size_t i = frame.pending; i < pending_.size(); ++i) {
      const Node& child = nodes_[pending_[i]];
      size = saturating_add(size, child.size);
      depth = std::max(depth, child.depth);
    }
    children_.insert(children_.end(), pending_.begin() + frame.pending, pending_.end());
    pending_.resize(frame.pending);
    node.size = size;
    node.depth = depth + 1;
    attach(frame.node);
  }

  std::optional<Problem> alias(const yaml_event_t& e, std::uint32_t start) {
    std::string_view name = text_of(e.data.alias.anchor);
    auto found = anchors_.find(std::string(name));
    if (found == anchors_.end()) {
      return invalid(fmt::format("the alias *{} names no anchor (&{}) before it", shorten(name),
                                 shorten(name)),
                     start, "define the anchor before its first use");
    }
    const Node& target = nodes_[found->second];
    if (target.open) {
      return invalid(fmt::format("the alias *{} is inside the node it names, so it would "
                                 "repeat itself without end",
                                 shorten(name)),
                     start);
    }
    alias_nodes_ = saturating_add(alias_nodes_, target.size);
    if (alias_nodes_ > limits_.max_alias_nodes) {
      return Problem{detail::ids::kInputLimit,
                     fmt::format("Aliases expand to more than {} nodes (a \"billion laughs\" "
                                 "file): the alias *{} brings the total over the limit",
                                 limits_.max_alias_nodes, shorten(name)),
                     "a request repeats a few values at most; write them out",
                     start,
                     {}};
    }
    if (stack_.size() + target.depth > limits_.max_depth) return too_deep(start);
    Node node;
    node.kind = Kind::alias;
    node.start = start;
    node.first = found->second;
    node.size = target.size;
    node.depth = target.depth;
    attach(add_node(std::move(node), nullptr));
    return std::nullopt;
  }

  /// ruamel.yaml's scanner skips only spaces between tokens and in plain scalars: a tab outside
  /// a quoted or block scalar and outside a comment is an error there. The first one up to
  /// `limit` (where libyaml found a problem, if it did), if any.
  std::optional<Problem> stray_tab(std::size_t limit) const {
    auto span = spans_.begin();
    for (std::size_t i = 0; i <= limit && i < body_.size(); ++i) {
      while (span != spans_.end() && span->second <= i) ++span;
      if (span != spans_.end() && span->first <= i) {
        i = span->second - 1;  // The loop steps past the span's last byte.
        continue;
      }
      char c = body_[i];
      if (c == '#' && (i == 0 || std::string_view(" \t\r\n").find(body_[i - 1]) != body_.npos)) {
        while (i + 1 < body_.size() && body_[i + 1] != '\n') ++i;
      } else if (c == '\t') {
        return invalid(
            "a tab outside quotes, which the AWS CLI's YAML reader (ruamel.yaml) refuses", i,
            "use spaces; a tab may appear only inside quotes, in a block scalar (| or >) or in "
            "a comment");
      }
    }
    return std::nullopt;
  }

  // -------------------------------------------------------------------------------------------
  // Construction: the node tree into the DOM, in preorder, aliases expanded.

  std::uint32_t deref(std::uint32_t index) const {
    while (nodes_[index].kind == Kind::alias) index = nodes_[index].first;
    return index;
  }

  using Pairs = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

  /// The key of a member as a string, or nullopt when the key is not one.
  std::optional<std::string_view> key_text(std::uint32_t key) const {
    const Node& node = nodes_[deref(key)];
    if (node.kind != Kind::scalar) return std::nullopt;
    if (node.type == Type::string) return std::string_view(node.text);
    if (node.type == Type::value_key) return std::string_view("=");
    return std::nullopt;
  }

  /// SafeConstructor.flatten_mapping: the members of a mapping with its merge keys (<<) applied:
  /// merged members first (a list of mappings merges its first mapping last, so that it wins),
  /// then the mapping's own, each key once, with its first place and its last value. A mapping
  /// without a merge key keeps every member as written, repeated keys included (AML003).
  std::optional<Problem> flatten(std::uint32_t mapping, Pairs& members, std::size_t depth) {
    if (depth > limits_.max_depth) return too_deep(nodes_[mapping].start);
    const Node& node = nodes_[mapping];
    Pairs merged;
    Pairs own;
    bool merging = false;
    for (std::uint32_t i = 0; i + 1 < node.count; i += 2) {
      std::uint32_t key = children_[node.first + i];
      std::uint32_t value = children_[node.first + i + 1];
      const Node& key_node = nodes_[deref(key)];
      if (key_node.kind != Kind::scalar || key_node.type != Type::merge_key) {
        own.emplace_back(key, value);
        continue;
      }
      if (merging) {
        return invalid(
            "a second merge key (<<) in one mapping, which the AWS CLI refuses as a "
            "duplicate key",
            key_node.start, "merge several mappings with one key: <<: [*a, *b]");
      }
      merging = true;
      std::uint32_t source = deref(value);
      const Node& source_node = nodes_[source];
      std::vector<std::uint32_t> sources;
      if (source_node.kind == Kind::mapping && source_node.type == Type::map) {
        sources.push_back(source);
      } else if (source_node.kind == Kind::sequence && source_node.type == Type::seq) {
        for (std::uint32_t j = 0; j < source_node.count; ++j) {
          std::uint32_t item = deref(children_[source_node.first + j]);
          if (nodes_[item].kind != Kind::mapping || nodes_[item].type != Type::map) {
            return invalid("a merge key (<<) takes mappings, and this list holds something else",
                           nodes_[item].start);
          }
          sources.push_back(item);
        }
        std::reverse(sources.begin(), sources.end());
      } else {
        return invalid("a merge key (<<) takes a mapping or a list of mappings",
                       nodes_[value].start);
      }
      for (std::uint32_t from : sources) {
        Pairs inner;
        if (auto problem = flatten(from, inner, depth + 1)) return problem;
        merged.insert(merged.end(), inner.begin(), inner.end());
      }
    }
    if (!merging) {
      members = std::move(own);
      return std::nullopt;
    }
    // Python dict semantics over merged + own: a key keeps its first place and its last value.
    merged.insert(merged.end(), own.begin(), own.end());
    std::unordered_map<std::string_view, std::size_t> place;
    for (const auto& [key, value] : merged) {
      auto text = key_text(key);
      if (!text) {
        members.emplace_back(key, value);
        continue;
      }
      auto [slot, inserted] = place.emplace(*text, members.size());
      if (inserted) {
        members.emplace_back(key, value);
      } else {
        members[slot->second].second = value;
      }
    }
    return std::nullopt;
  }

  struct BuildFrame {
    std::uint32_t node;  ///< The container being written (dereferenced).
    bool object = false;
    bool pairs = false;  ///< !!pairs: each item is written as a [key, value] list.
    Pairs members;       ///< Objects: (key, value); lists: (item, unused).
    std::size_t next = 0;
    rapidjson::SizeType written = 0;
    std::string token;  ///< The pointer token of the child being written.
  };

  std::string pointer_of_frames(const std::vector<BuildFrame>& frames) const {
    std::string pointer;
    for (const BuildFrame& frame : frames) pointer += "/" + escape_pointer_token(frame.token);
    return pointer;
  }

  void record(std::uint32_t offset) { out_.start_offsets.push_back(offset); }

  void note(ValueNote::Kind kind, std::string written, std::string canonical) {
    out_.notes.push_back({static_cast<std::uint32_t>(out_.start_offsets.size() - 1),
                          ValueNote{kind, std::move(written), std::move(canonical)}});
  }

  /// Opens a frame for a container value; returns a problem for a malformed !!omap or !!pairs.
  std::optional<Problem> open_frame(rapidjson::Document& handler, std::uint32_t node_index,
                                    std::vector<BuildFrame>& frames, std::size_t depth) {
    const Node& node = nodes_[node_index];
    BuildFrame frame;
    frame.node = node_index;
    if (node.type == Type::map) {
      frame.object = true;
      if (auto problem = flatten(node_index, frame.members, depth)) return problem;
      handler.StartObject();
    } else if (node.type == Type::omap || node.type == Type::pairs) {
      // A list of one-member mappings.
      frame.object = node.type == Type::omap;
      frame.pairs = node.type == Type::pairs;
      std::unordered_map<std::string_view, bool> seen;
      for (std::uint32_t i = 0; i < node.count; ++i) {
        std::uint32_t item_ref = children_[node.first + i];
        const Node& item = nodes_[deref(item_ref)];
        if (item.kind != Kind::mapping || item.count != 2) {
          return invalid(fmt::format("each item of a {} must be a mapping of one key",
                                     frame.object ? "!!omap" : "!!pairs"),
                         item.start);
        }
        std::uint32_t key = children_[item.first];
        std::uint32_t value = children_[item.first + 1];
        if (frame.pairs) {
          frame.members.emplace_back(item_ref, 0);
          continue;
        }
        if (auto text = key_text(key); text && !seen.emplace(*text, true).second) {
          return invalid("an !!omap holds the same key twice", nodes_[deref(key)].start);
        }
        frame.members.emplace_back(key, value);
      }
      if (frame.object) {
        handler.StartObject();
      } else {
        handler.StartArray();
      }
    } else {
      for (std::uint32_t i = 0; i < node.count; ++i) {
        frame.members.emplace_back(children_[node.first + i], 0);
      }
      handler.StartArray();
    }
    frames.push_back(std::move(frame));
    return std::nullopt;
  }

  /// Writes one value (a scalar, or the start of a container) whose reference is `ref`.
  std::optional<Problem> write_value(rapidjson::Document& handler, std::uint32_t ref,
                                     std::vector<BuildFrame>& frames) {
    std::uint32_t index = deref(ref);
    const Node& node = nodes_[index];
    record(nodes_[ref].start);
    if (node.kind != Kind::scalar) {
      if (node.type == Type::set) {
        handler.Null();
        std::string keys = "[";
        std::vector<std::string> names;
        for (std::uint32_t i = 0; i + 1 < node.count; i += 2) {
          if (auto text = key_text(children_[node.first + i])) names.emplace_back(*text);
        }
        std::sort(names.begin(), names.end());
        for (const std::string& name : names) {
          rapidjson::StringBuffer buffer;
          rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
          writer.String(name.data(), static_cast<rapidjson::SizeType>(name.size()));
          if (keys.size() > 1) keys += ",";
          keys += buffer.GetString();
        }
        note(ValueNote::Kind::set, "!!set {...}", keys + "]");
        return std::nullopt;
      }
      return open_frame(handler, index, frames, frames.size());
    }
    switch (node.type) {
      case Type::string:
        handler.String(node.text.data(), static_cast<rapidjson::SizeType>(node.text.size()), true);
        break;
      case Type::number:
        if (node.number.kind == Number::Kind::integer) {
          handler.Int64(node.number.integer);
        } else if (node.number.kind == Number::Kind::unsigned_integer) {
          handler.Uint64(node.number.unsigned_integer);
        } else {
          handler.Double(node.number.real);
        }
        if (node.note_kind != ValueNote::Kind::plain_scalar) {
          note(node.note_kind, shorten(node.text, 40), {});
        } else if (!node.text.empty()) {
          note(ValueNote::Kind::plain_scalar, node.text, {});
        }
        break;
      case Type::boolean:
        handler.Bool(node.boolean);
        if (!node.text.empty()) note(ValueNote::Kind::plain_scalar, node.text, {});
        break;
      case Type::null:
        handler.Null();
        if (node.plain) note(ValueNote::Kind::plain_scalar, node.text, {});
        break;
      case Type::noted_null:
        handler.Null();
        note(node.note_kind,
             node.note_kind == ValueNote::Kind::binary ? "!!binary " + shorten(node.text, 20)
                                                       : shorten(node.text, 40),
             canonicals_[node.canonical]);
        break;
      case Type::merge_key:
      case Type::value_key:
      case Type::yaml_tag:
        return invalid(fmt::format("{} has no meaning as a value here (ruamel.yaml finds no "
                                   "constructor for it)",
                                   quoted(node.text)),
                       node.start, "quote it if it is meant as text");
      default:
        break;
    }
    return std::nullopt;
  }

  /// A key that is not a string: the AWS CLI passes it on as a number, a boolean, ..., which
  /// names no member. Reported once per key, and the member is left out of the DOM.
  void non_string_key(std::uint32_t key_ref, const std::vector<BuildFrame>& frames) {
    std::uint32_t key = deref(key_ref);
    const Node& node = nodes_[key];
    if (!reported_keys_.emplace(key, true).second) return;
    std::string written = node.kind == Kind::scalar ? node.text : std::string("[...]");
    std::string parent = pointer_of_frames(frames);
    std::string what = node.kind != Kind::scalar                      ? "a list"
                       : node.type == Type::boolean                   ? "a boolean"
                       : node.type == Type::null                      ? "null"
                       : node.note_kind == ValueNote::Kind::date      ? "a date"
                       : node.note_kind == ValueNote::Kind::timestamp ? "a timestamp"
                       : node.type == Type::noted_null                ? "binary data"
                       : node.number.kind == Number::Kind::real       ? "a number"
                                                                      : "an integer";
    out_.findings.push_back(
        {detail::ids::kWrongType, Severity::error,
         fmt::format("Key {} {} is read as {}, not as a string, so it names no member",
                     node.kind == Kind::scalar ? quoted(written) : written,
                     parent.empty() ? std::string("at the top level") : "in " + parent, what),
         parent + "/" + escape_pointer_token(written),
         node.kind == Kind::scalar ? fmt::format("quote the key: '{}'", shorten(written))
                                   : std::string("a member name is a string"),
         source_.bom_bytes() + nodes_[key_ref].start});
  }

  std::optional<Problem> build() {
    std::optional<Problem> problem;
    auto generate = [&](rapidjson::Document& handler) {
      std::vector<BuildFrame> frames;
      problem = write_value(handler, *root_, frames);
      while (!problem && !frames.empty()) {
        BuildFrame& frame = frames.back();
        if (frame.next >= frame.members.size()) {
          if (frame.object) {
            handler.EndObject(frame.written);
          } else {
            handler.EndArray(frame.written);
          }
          frames.pop_back();
          continue;
        }
        auto [first, second] = frame.members[frame.next++];
        if (frame.object) {
          const Node& key = nodes_[deref(first)];
          if (key.kind == Kind::mapping) {
            problem = invalid("a mapping as a key, which the AWS CLI refuses (it is unhashable)",
                              nodes_[first].start);
            break;
          }
          auto text = key_text(first);
          if (!text) {
            non_string_key(first, {frames.begin(), frames.end() - 1});
            continue;
          }
          frame.token = *text;
          ++frame.written;
          record(nodes_[first].start);
          handler.Key(text->data(), static_cast<rapidjson::SizeType>(text->size()), true);
          problem = write_value(handler, second, frames);
        } else if (frame.pairs) {
          frame.token = std::to_string(frame.written++);
          // A one-member mapping written as [key, value].
          const Node& item = nodes_[deref(first)];
          record(nodes_[first].start);
          handler.StartArray();
          BuildFrame pair;
          pair.node = deref(first);
          pair.members = {{children_[item.first], 0}, {children_[item.first + 1], 0}};
          frames.push_back(std::move(pair));
        } else {
          frame.token = std::to_string(frame.written++);
          problem = write_value(handler, first, frames);
        }
      }
      return !problem;
    };
    out_.dom.Populate(generate);
    return problem;
  }

  struct Frame {
    std::uint32_t node;
    std::uint32_t pending;
  };

  const SourceText& source_;
  std::string_view body_;
  const Limits& limits_;
  LoadedDocument& out_;
  CharacterOffsets offsets_;
  std::unique_ptr<Parser> parser_;
  Version version_ = Version::v1_2;
  std::vector<Node> nodes_;
  std::vector<std::string> canonicals_;
  std::vector<std::uint32_t> children_;
  std::vector<std::uint32_t> pending_;
  std::vector<Frame> stack_;
  std::unordered_map<std::string, std::uint32_t> anchors_;
  std::optional<std::uint32_t> root_;
  std::uint32_t alias_nodes_ = 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans_;  ///< Quoted and block scalars.
  std::optional<Problem> construct_problem_;
  std::optional<std::size_t> surrogate_escape_;
  std::unordered_map<std::uint32_t, bool> reported_keys_;
};

}  // namespace

void read_yaml(const SourceText& source, const Limits& limits, LoadedDocument& out) {
  std::optional<std::size_t> surrogate;
  {
    Reader reader(source, limits, out);
    reader.run();
    surrogate = reader.surrogate_escape();
  }
  if (!surrogate) return;
  // libyaml refuses an escape of a UTF-16 surrogate (ruamel.yaml takes it, and the request would
  // carry half a character). Read a copy where each such escape reads U+FFFD instead (the same
  // length, so every offset stays) to find the member it is in.
  std::string patched(source.text());
  std::size_t base = source.bom_bytes();
  std::size_t first = *surrogate;
  constexpr int kMostEscapes = 64;
  for (int round = 0; surrogate && round < kMostEscapes; ++round) {
    std::size_t at = base + *surrogate;
    if (patched.compare(at, 2, "\\u") == 0 && at + 6 <= patched.size()) {
      patched.replace(at + 2, 4, "FFFD");
    } else if (patched.compare(at, 2, "\\U") == 0 && at + 10 <= patched.size()) {
      patched.replace(at + 2, 8, "0000FFFD");
    } else {
      break;
    }
    SourceText copy(patched);
    out = LoadedDocument{};
    Reader reader(copy, limits, out);
    reader.run();
    surrogate = reader.surrogate_escape();
  }
  std::string escape(
      source.text().substr(base + first, source.text()[base + first + 1] == 'U' ? 10 : 6));
  std::string pointer;
  if (!out.error) {
    const auto& starts = out.start_offsets;
    // The string that holds the escape is the node that starts last before it.
    std::size_t best = starts.size();
    for (std::size_t i = 0; i < starts.size(); ++i) {
      if (starts[i] <= first && (best == starts.size() || starts[i] > starts[best])) best = i;
    }
    if (best < starts.size()) pointer = pointer_of_preorder_index(out.dom, best);
  }
  out = LoadedDocument{};
  out.error = LoadError{
      detail::ids::kEncoding,
      "A string holds " + escape + ", an escape of a UTF-16 surrogate, which is not a character",
      "write the character itself, or \\U0001F600 for one beyond U+FFFF", base + first, pointer};
}

}  // namespace automl_lint::detail
