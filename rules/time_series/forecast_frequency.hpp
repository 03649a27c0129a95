// ForecastFrequency: what a value says and the valid value that means the same frequency. The
// grammar is data (forecast_frequencies.def); AML901 explains a value with `read_frequency()`,
// and `canonical_frequency()` is the one place that computes the rewrite (for a future --fix).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace automl_lint::rules::frequency {

/// Units that convert into each other: `clock` (seconds up to weeks) and `calendar` (months and
/// years). A month is no whole number of weeks, so the chains never mix.
enum class Chain { none, clock, calendar };

inline constexpr Chain clock = Chain::clock;
inline constexpr Chain calendar = Chain::calendar;
inline constexpr Chain none = Chain::none;

/// A unit the service accepts.
struct Unit {
  std::string_view symbol;  ///< As the pattern spells it: "min", "H", "D", "W", "M", "Y".
  std::string_view name;    ///< "minute".
  std::int64_t max_count;   ///< The largest number written before it.
  std::int64_t size;        ///< In the chain's base unit (seconds or months).
  Chain chain;
  bool may_stand_alone;  ///< "H" means "1H"; "min" needs a number.
};

inline constexpr Unit kUnits[] = {
#define FREQUENCY_UNIT(symbol, name, max, size, chain, alone) \
  {symbol, name, max, size, chain, alone},
#define FREQUENCY_ALIAS(spelling, kind, chain, size, any_case, stands_for)
#include "forecast_frequencies.def"
#undef FREQUENCY_ALIAS
#undef FREQUENCY_UNIT
};

enum class AliasKind {
  spelling,   ///< A service unit written as a word or abbreviation ("hours", "sec").
  pandas,     ///< A pandas offset alias ("T", "MS").
  ambiguous,  ///< Could mean several units ("m").
};

inline constexpr AliasKind spelling = AliasKind::spelling;
inline constexpr AliasKind pandas = AliasKind::pandas;
inline constexpr AliasKind ambiguous = AliasKind::ambiguous;

/// Another way of writing a unit.
struct Alias {
  std::string_view spelling;
  AliasKind kind;
  Chain chain;                  ///< `none`: no frequency of the service is equivalent.
  std::int64_t size;            ///< In the chain's base unit.
  bool any_case;                ///< Matched regardless of case.
  std::string_view stands_for;  ///< "minutes", "month starts".
};

inline constexpr Alias kAliases[] = {
#define FREQUENCY_UNIT(symbol, name, max, size, chain, alone)
#define FREQUENCY_ALIAS(spelling, kind, chain, size, any_case, stands_for) \
  {spelling, kind, chain, size, any_case, stands_for},
#include "forecast_frequencies.def"
#undef FREQUENCY_ALIAS
#undef FREQUENCY_UNIT
};

/// What the amount of a value comes to, once written in the coarsest unit that divides it.
enum class Amount {
  unknown,       ///< No unit, an unknown one, or one without an equivalent.
  fits,          ///< Within that unit's range: `canonical` is set.
  not_positive,  ///< Zero or negative.
  too_fine,      ///< Not a whole number of minutes (seconds, fractions of a minute).
  not_whole,     ///< Not a whole number of months.
  above_range,   ///< More than the unit allows and no whole number of the next unit.
  too_long,      ///< More digits than any frequency has.
};

/// A ForecastFrequency value, read as leniently as people write it.
struct Reading {
  bool valid = false;  ///< Matches the service's pattern exactly.
  /// The valid value for exactly the same frequency: the value itself when valid, else the
  /// canonical spelling (an explicit count in the coarsest unit: '1H' for '60min' or 'h').
  std::optional<std::string> canonical;

  // How the value was understood, for messages.
  std::string_view number;       ///< As written, without sign and spaces ("" when absent).
  std::string_view unit_text;    ///< As written.
  const Unit* unit = nullptr;    ///< The service unit written, in its case or another one.
  const Alias* alias = nullptr;  ///< Or the alias written.
  bool exact_unit = false;       ///< `unit` spelt exactly as the service spells it.
  bool spaces = false;           ///< Blanks around or inside the value.
  bool leading_zero = false;
  bool fraction = false;       ///< A decimal point in the number.
  bool missing_count = false;  ///< A unit that needs a number ("min") stands alone.
  Amount amount = Amount::unknown;
  /// The coarsest service unit that divides the amount, and the count in it (when the amount is
  /// fits or above_range).
  const Unit* resolved = nullptr;
  std::int64_t resolved_count = 0;
};

/// Reads a value of ForecastFrequency.
Reading read_frequency(std::string_view value);

/// The valid ForecastFrequency that means exactly the frequency `value` means: `value` itself
/// when it is valid, its canonical spelling when it only breaks the notation ('60min' -> '1H',
/// '1d' -> '1D', 'T' -> '1min', '14D' -> '2W'), nullopt when no valid value is exact ('90min',
/// '2Y', '30S').
std::optional<std::string> canonical_frequency(std::string_view value);

/// The value matches the service's pattern.
inline bool is_valid_frequency(std::string_view value) {
  return read_frequency(value).valid;
}

/// "1-59min, 1-23H, 1-6D, 1-4W, 1-11M or 1Y", from the table.
std::string valid_ranges();

}  // namespace automl_lint::rules::frequency
