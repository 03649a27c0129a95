// ForecastQuantiles items: the quantile a value stands for and its valid spelling, p1 to p99
// (pattern `(^p[1-9]\d?$)`, API_TimeSeriesForecastingJobConfig). Shared by AML903 and AML904,
// and the one place that computes the rewrite (for a future --fix).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace automl_lint::rules::quantile {

inline constexpr int kLowest = 1;    ///< p1, the quantile 0.01.
inline constexpr int kHighest = 99;  ///< p99, the quantile 0.99.

enum class Problem {
  none,          ///< Valid as written.
  notation,      ///< Another spelling of a quantile from p1 to p99: `canonical` is set.
  out_of_range,  ///< A quantile, but below p1 or above p99 (p0, p100, 1.0).
  not_whole,     ///< Between two percentiles (0.125): quantiles go by 0.01.
  unknown,       ///< Not read as a quantile at all.
};

struct Reading {
  Problem problem = Problem::unknown;
  /// The valid item for exactly this quantile: the value itself when valid.
  std::optional<std::string> canonical;
};

namespace detail {

inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

/// Reads "ddd" or "ddd.fff" (either part may be empty, not both) as whole percent: `scale` is
/// 100 for a fraction (0.5) and 1 for a percentage (50). Nullopt when it is no number.
struct Percent {
  bool whole = false;
  std::int64_t value = 0;  ///< When whole.
  bool positive = false;
};

inline std::optional<Percent> read_percent(std::string_view text, std::int64_t scale) {
  std::size_t point = text.find('.');
  std::string_view integer = text.substr(0, point);
  std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  if (integer.empty() && fraction.empty()) return std::nullopt;
  for (std::string_view part : {integer, fraction}) {
    for (char c : part) {
      if (!is_digit(c)) return std::nullopt;
    }
  }
  if (integer.size() > 6 || fraction.size() > 6) return std::nullopt;  // No quantile is so long.
  std::int64_t denominator = 1;
  std::int64_t numerator = 0;
  for (char c : integer) numerator = numerator * 10 + (c - '0');
  for (char c : fraction) {
    numerator = numerator * 10 + (c - '0');
    denominator *= 10;
  }
  Percent percent;
  percent.positive = numerator > 0;
  percent.whole = (numerator * scale) % denominator == 0;
  percent.value = numerator * scale / denominator;
  return percent;
}

}  // namespace detail

/// Reads one item of ForecastQuantiles.
inline Reading read_quantile(std::string_view value) {
  Reading reading;
  std::string_view text = value;
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  std::optional<detail::Percent> percent;
  if (text == "median") {
    percent = detail::Percent{true, 50, true};
  } else if (!text.empty() && (text.front() == 'p' || text.front() == 'P')) {
    percent = detail::read_percent(text.substr(1), 1);
  } else if (!text.empty() && text.back() == '%') {
    percent = detail::read_percent(text.substr(0, text.size() - 1), 1);
  } else if (text.find('.') != std::string_view::npos) {
    percent = detail::read_percent(text, 100);
  } else {
    percent = detail::read_percent(text, 1);  // A bare number: a percentage, "50" for p50.
  }
  if (!percent) return reading;
  if (!percent->whole) {
    reading.problem = Problem::not_whole;
  } else if (percent->value < kLowest || percent->value > kHighest) {
    reading.problem = Problem::out_of_range;
  } else {
    reading.canonical = "p" + std::to_string(percent->value);
    reading.problem = *reading.canonical == value ? Problem::none : Problem::notation;
  }
  return reading;
}

/// The valid item for exactly the quantile `value` stands for ('p50' for '0.5', 'P50', 'p050'
/// and '50%'), the value itself when valid, or nullopt (p0, p100, 0.125, 'abc').
inline std::optional<std::string> canonical_quantile(std::string_view value) {
  return read_quantile(value).canonical;
}

}  // namespace automl_lint::rules::quantile
