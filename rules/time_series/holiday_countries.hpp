// The countries of Autopilot's national holiday calendars, as data (holiday_countries.def).
#pragma once

#include <string_view>

namespace automl_lint::rules {

struct HolidayCountry {
  std::string_view code;    ///< CountryCode, as the documentation lists it.
  std::string_view alpha3;  ///< ISO 3166-1 alpha-3, for hints only; empty when none.
  std::string_view name;
};

inline constexpr HolidayCountry kHolidayCountries[] = {
#define HOLIDAY_COUNTRY(code, alpha3, name) {code, alpha3, name},
#include "holiday_countries.def"
#undef HOLIDAY_COUNTRY
};

/// Codes people write for a listed country that are not its code: "UK" was the United Kingdom
/// in Amazon Forecast's earlier list (now "GB"), "EL" is Greece in the European Union's usage.
struct CountryCodeAlias {
  std::string_view alias;
  std::string_view code;
};
inline constexpr CountryCodeAlias kCountryCodeAliases[] = {{"UK", "GB"}, {"EL", "GR"}};

/// The listed country of this exact code, or nullptr.
inline const HolidayCountry* find_holiday_country(std::string_view code) {
  for (const HolidayCountry& country : kHolidayCountries) {
    if (country.code == code) return &country;
  }
  return nullptr;
}

}  // namespace automl_lint::rules
