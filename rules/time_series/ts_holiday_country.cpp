// HolidayConfig names a country whose holiday calendar Autopilot supports.
#include <algorithm>
#include <cctype>
#include <string>

#include "holiday_countries.hpp"
#include "rule.hpp"
#include "strings.hpp"

namespace automl_lint::rules {
namespace {

using detail::upper;
constexpr auto same_ignoring_case = detail::equal_ignoring_case;

/// Two upper-case ASCII letters: what the schema's pattern [A-Z]{2} accepts.
bool well_shaped(std::string_view code) {
  return code.size() == 2 &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

const HolidayCountry* aliased(std::string_view code) {
  for (const CountryCodeAlias& alias : kCountryCodeAliases) {
    if (alias.alias == code) return find_holiday_country(alias.code);
  }
  return nullptr;
}

/// A listed country this value names in another way, and how.
struct Meant {
  const HolidayCountry* country = nullptr;
  std::string_view how;
};

Meant meant_country(std::string_view value) {
  std::string folded = upper(value);
  if (folded.size() == 2) {
    if (const HolidayCountry* country = find_holiday_country(folded)) {
      return {country, "must be written in upper case"};
    }
    if (const HolidayCountry* country = aliased(folded)) return {country, "is not a listed code"};
  }
  for (const HolidayCountry& country : kHolidayCountries) {
    if (folded.size() == 3 && country.alpha3 == folded) {
      return {&country, "is a three-letter ISO code, and CountryCode takes the two-letter one"};
    }
    if (same_ignoring_case(country.name, value)) {
      return {&country, "is a country name, and CountryCode takes its two-letter code"};
    }
  }
  return {};
}

void check_code(const Text& code, Reporter& reporter) {
  if (!code.has_value()) return;  // Absent, or not a string (AML103).
  const std::string& value = *code;
  bool shaped = well_shaped(value);
  if (shaped && find_holiday_country(value)) return;
  Meant meant = meant_country(value);
  if (meant.country) {
    reporter.add(Report{
        .severity = Severity::error,
        .pointer = code.pointer,
        .message = message("CountryCode {} {}; the listed code is '{}' ({})", code, meant.how,
                           meant.country->code, meant.country->name),
        .hint = message("write '{}'", meant.country->code),
        .replaces_shape_finding = true,
    });
    return;
  }
  // Anything else that breaks the pattern or the length is the schema's.
  if (!shaped) return;
  reporter.report(code.pointer,
                  message("CountryCode {} is not one of the countries whose national holiday "
                          "calendars Autopilot supports",
                          code),
                  "use the two-letter code of the country from the list of national holiday "
                  "calendars in the SageMaker developer guide");
}

void check(const Request& request, Reporter& reporter) {
  for (const Text& code : request.time_series.holiday_country_codes.items) {
    check_code(code, reporter);
  }
}

}  // namespace

extern const Rule kTsHolidayCountry{
    .info = {.id = "AML912",
             .name = "ts-holiday-country",
             .severity = Severity::error,
             .title = "HolidayConfig CountryCode must be a country whose holiday calendar "
                      "Autopilot supports.",
             .rationale = R"md(
**What it checks**: `HolidayConfig/*/CountryCode` is one of the 251 codes of the documented
list of national holiday calendars (every ISO 3166-1 alpha-2 code, plus `XK` for Kosovo and
`UN` for the United Nations). A code that names a listed country in another way gets its code,
and replaces the schema's pattern or length finding (AML106, AML105) at the same place: lower
case (`de`), a three-letter ISO code (`DEU`), the country's English name (`Germany`), `UK`
(Amazon Forecast's earlier code for the United Kingdom) and `EL` (the European Union's code for
Greece). Since the list holds every ISO code, there is no tier of ISO codes that are not listed.

**Why it matters**: the shape only checks two upper-case letters (`[A-Z]{2}`), but Autopilot
"provides native support for the public holiday calendars of the following countries. Use the
Country Code when specifying a country with the API." A code that is not in the list names no
calendar.

**Example**: `"HolidayConfig": [{"CountryCode": "UK"}]`.

**Fix**: use the listed code, here `GB`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "autopilot-timeseries-forecasting-holiday-calendars.html",
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
