// The notation helpers of the time-series rules: canonical_frequency() and canonical_quantile()
// agree with the service's patterns, and rewrite exactly the values whose meaning is certain.
#include <doctest/doctest.h>

#include <optional>
#include <regex>
#include <string>

#include "time_series/forecast_frequency.hpp"
#include "time_series/forecast_quantile.hpp"

namespace {

using automl_lint::rules::frequency::canonical_frequency;
using automl_lint::rules::frequency::is_valid_frequency;
using automl_lint::rules::quantile::canonical_quantile;

// The patterns of the API reference (API_TimeSeriesForecastingJobConfig), anchored.
const std::regex kFrequencyPattern(
    "1Y|Y|([1-9]|1[0-1])M|M|[1-4]W|W|[1-6]D|D|([1-9]|1[0-9]|2[0-3])H|H|([1-9]|[1-5][0-9])min");
const std::regex kQuantilePattern("p[1-9][0-9]?");

}  // namespace

TEST_CASE("a frequency is valid exactly when it matches the service's pattern") {
  for (const char* unit : {"min", "H", "D", "W", "M", "Y", "h", "d", "MIN", "T", "S", "m", ""}) {
    std::vector<std::string> values = {unit, std::string("0") + unit, std::string("01") + unit};
    for (int count = 0; count <= 130; ++count) values.push_back(std::to_string(count) + unit);
    for (const std::string& value : values) {
      CAPTURE(value);
      bool matches = std::regex_match(value, kFrequencyPattern);
      CHECK(is_valid_frequency(value) == matches);
      auto canonical = canonical_frequency(value);
      if (matches) {
        CHECK(canonical == value);  // A valid value is never rewritten.
      } else if (canonical) {
        CHECK(std::regex_match(*canonical, kFrequencyPattern));  // A rewrite is always valid.
      }
    }
  }
}

TEST_CASE("canonical_frequency rewrites to the same frequency, or gives nothing") {
  const std::pair<const char*, std::optional<std::string>> cases[] = {
      // Overlapping the next larger unit.
      {"60min", "1H"},
      {"24H", "1D"},
      {"7D", "1W"},
      {"12M", "1Y"},
      {"120min", "2H"},
      {"48H", "2D"},
      {"14D", "2W"},
      {"1440min", "1D"},
      {"28D", "4W"},
      // Spelling and case.
      {"15MIN", "15min"},
      {"1d", "1D"},
      {"1h", "1H"},
      {"h", "1H"},
      {"2hours", "2H"},
      {"1 D", "1D"},
      {" 1D ", "1D"},
      {"01D", "1D"},
      {"min", "1min"},
      {"1month", "1M"},
      // pandas offset aliases.
      {"T", "1min"},
      {"5T", "5min"},
      {"MS", "1M"},
      {"A", "1Y"},
      {"Q", "3M"},
      {"3600S", "1H"},
      {"300S", "5min"},
      // Fractions that are exact in a smaller unit.
      {"0.5D", "12H"},
      {"1.0H", "1H"},
      // Nothing exact.
      {"90min", std::nullopt},
      {"2Y", std::nullopt},
      {"24M", std::nullopt},
      {"5W", std::nullopt},
      {"10D", std::nullopt},
      {"30S", std::nullopt},
      {"S", std::nullopt},
      {"0D", std::nullopt},
      {"-1D", std::nullopt},
      {"1.5H", std::nullopt},
      {"m", std::nullopt},
      {"5m", std::nullopt},
      {"1B", std::nullopt},
      {"ms", std::nullopt},
      {"W-SUN", std::nullopt},
      {"", std::nullopt},
      {"15", std::nullopt},
      {"99999999999999999999min", std::nullopt},
      // Valid values stay as they are.
      {"H", "H"},
      {"1H", "1H"},
      {"W", "W"},
      {"15min", "15min"},
      {"11M", "11M"},
  };
  for (const auto& [value, expected] : cases) {
    CAPTURE(value);
    CHECK(canonical_frequency(value) == expected);
  }
}

TEST_CASE("canonical_quantile gives p1 to p99, or nothing") {
  for (int percent = 0; percent <= 120; ++percent) {
    std::string value = "p" + std::to_string(percent);
    CAPTURE(value);
    bool matches = std::regex_match(value, kQuantilePattern);
    CHECK((canonical_quantile(value) == value) == matches);
  }
  const std::pair<const char*, std::optional<std::string>> cases[] = {
      {"0.5", "p50"},          {"0.05", "p5"},          {".5", "p50"},         {"0.99", "p99"},
      {"0.01", "p1"},          {"0.10", "p10"},         {"P50", "p50"},        {"p05", "p5"},
      {"p010", "p10"},         {"50%", "p50"},          {"50", "p50"},         {"median", "p50"},
      {"p0", std::nullopt},    {"p100", std::nullopt},  {"1.0", std::nullopt}, {"0", std::nullopt},
      {"0.125", std::nullopt}, {"p12.5", std::nullopt}, {"q50", std::nullopt}, {"", std::nullopt},
      {"p", std::nullopt},
  };
  for (const auto& [value, expected] : cases) {
    CAPTURE(value);
    CHECK(canonical_quantile(value) == expected);
  }
}
