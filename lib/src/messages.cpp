#include "messages.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "utf8.hpp"

namespace automl_lint::detail {

namespace {

/// Optimal string alignment distance (Levenshtein plus adjacent transpositions).
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

constexpr std::size_t kQuotedCodePoints = 64;

std::string format_number(const rapidjson::Value& value) {
  if (value.IsInt64()) return std::to_string(value.GetInt64());
  if (value.IsUint64()) return std::to_string(value.GetUint64());
  double number = value.GetDouble();
  // Keep the decimal point of 10.0: it is why an integer member rejects the value.
  if (std::trunc(number) == number && std::abs(number) < 1e15) return fmt::format("{:.1f}", number);
  return fmt::format("{}", number);
}

}  // namespace

std::string shorten(std::string_view text, std::size_t max_code_points) {
  std::string_view kept = prefix_code_points(text, max_code_points);
  std::string result;
  for (char c : kept) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '\n') {
      result += "\\n";
    } else if (c == '\t') {
      result += "\\t";
    } else if (c == '\r') {
      result += "\\r";
    } else if (byte < 0x20 || byte == 0x7F) {
      result += fmt::format("\\u{:04x}", byte);
    } else {
      result += c;
    }
  }
  if (kept.size() < text.size()) result += "...";
  return result;
}

std::string quote_value(const rapidjson::Value& value) {
  switch (value.GetType()) {
    case rapidjson::kStringType: {
      std::string_view text(value.GetString(), value.GetStringLength());
      std::string quoted = fmt::format("'{}'", shorten(text, kQuotedCodePoints));
      std::size_t length = count_code_points(text);
      if (length > kQuotedCodePoints) quoted += fmt::format(" ({} characters)", length);
      return quoted;
    }
    case rapidjson::kNumberType:
      return format_number(value);
    case rapidjson::kTrueType:
      return "true";
    case rapidjson::kFalseType:
      return "false";
    case rapidjson::kNullType:
      return "null";
    case rapidjson::kObjectType:
      return fmt::format("{{...}} (an object with {} key{})", value.MemberCount(),
                         value.MemberCount() == 1 ? "" : "s");
    case rapidjson::kArrayType:
      return fmt::format("[...] (a list of {} item{})", value.Size(), value.Size() == 1 ? "" : "s");
  }
  return "?";
}

std::string_view json_type_name(const rapidjson::Value& value) {
  switch (value.GetType()) {
    case rapidjson::kStringType:
      return "string";
    case rapidjson::kNumberType:
      return value.IsInt64() || value.IsUint64() ? "integer" : "number";
    case rapidjson::kTrueType:
    case rapidjson::kFalseType:
      return "boolean";
    case rapidjson::kNullType:
      return "null";
    case rapidjson::kObjectType:
      return "object";
    case rapidjson::kArrayType:
      return "list";
  }
  return "?";
}

/// Words written for a value that spelling alone would not find ('mean' is nearest to 'min').
constexpr std::pair<std::string_view, std::string_view> kSynonyms[] = {
    {"mean", "avg"}, {"average", "avg"}, {"total", "sum"}, {"minimum", "min"}, {"maximum", "max"},
};

std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates) {
  constexpr std::size_t kLongestWordCompared = 128;
  if (word.empty() || word.size() > kLongestWordCompared) return std::nullopt;
  std::string folded = lower(word);
  for (const std::string& candidate : candidates) {
    if (lower(candidate) == folded) return candidate;
  }
  for (const auto& [synonym, meant] : kSynonyms) {
    if (folded != synonym) continue;
    for (const std::string& candidate : candidates) {
      if (candidate == meant) return candidate;
    }
  }
  std::size_t allowed = std::max<std::size_t>(2, word.size() / 4);
  std::optional<std::string> best;
  std::size_t best_distance = allowed + 1;
  for (const std::string& candidate : candidates) {
    std::size_t distance = edit_distance(folded, lower(candidate));
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string result;
  for (const std::string& item : items) {
    if (!result.empty()) result += separator;
    result += item;
  }
  return result;
}

}  // namespace automl_lint::detail
