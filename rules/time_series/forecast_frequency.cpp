// Reading a ForecastFrequency value against the grammar of forecast_frequencies.def.
#include "forecast_frequency.hpp"

#include <algorithm>
#include <cctype>

#include "strings.hpp"

namespace automl_lint::rules::frequency {
namespace {

// Enough for any frequency (the longest valid value has 5 characters) without overflow:
// 10^6 * 10^3 * 604800 fits in 64 bits.
constexpr std::size_t kMaxWholeDigits = 6;
constexpr std::size_t kMaxFractionDigits = 3;

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

constexpr auto same_ignoring_case = detail::equal_ignoring_case;

/// Finds the unit: the service's spelling first, then an alias as written, then either in
/// another case (so 'm' stays ambiguous rather than becoming 'M').
void find_unit(std::string_view text, Reading& reading) {
  for (const Unit& unit : kUnits) {
    if (unit.symbol == text) {
      reading.unit = &unit;
      reading.exact_unit = true;
      return;
    }
  }
  for (const Alias& alias : kAliases) {
    if (alias.spelling == text) {
      reading.alias = &alias;
      return;
    }
  }
  for (const Unit& unit : kUnits) {
    if (same_ignoring_case(unit.symbol, text)) {
      reading.unit = &unit;
      return;
    }
  }
  for (const Alias& alias : kAliases) {
    if (alias.any_case && same_ignoring_case(alias.spelling, text)) {
      reading.alias = &alias;
      return;
    }
  }
}

std::int64_t digits_value(std::string_view digits) {
  std::int64_t value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

std::int64_t power_of_ten(std::size_t exponent) {
  std::int64_t value = 1;
  for (std::size_t i = 0; i < exponent; ++i) value *= 10;
  return value;
}

/// The amount in the chain's base unit, written in the coarsest unit that divides it.
void resolve(Chain chain, std::int64_t base_amount, Reading& reading) {
  if (chain == Chain::clock && base_amount % 60 != 0) {
    reading.amount = Amount::too_fine;
    return;
  }
  for (auto unit = std::rbegin(kUnits); unit != std::rend(kUnits); ++unit) {
    if (unit->chain != chain || base_amount % unit->size != 0) continue;
    reading.resolved = &*unit;
    reading.resolved_count = base_amount / unit->size;
    if (reading.resolved_count <= unit->max_count) {
      reading.amount = Amount::fits;
      reading.canonical = std::to_string(reading.resolved_count) + std::string(unit->symbol);
    } else {
      reading.amount = Amount::above_range;
    }
    return;
  }
}

}  // namespace

Reading read_frequency(std::string_view value) {
  Reading reading;
  std::string_view text = value;
  while (!text.empty() && is_blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_blank(text.back())) text.remove_suffix(1);
  reading.spaces = text.size() != value.size();

  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  std::size_t whole = 0;
  while (whole < text.size() && is_digit(text[whole])) ++whole;
  std::size_t end = whole;
  if (end < text.size() && text[end] == '.') {
    reading.fraction = true;
    ++end;
    while (end < text.size() && is_digit(text[end])) ++end;
  }
  reading.number = text.substr(0, end);
  std::string_view rest = text.substr(end);
  std::size_t unit_start = 0;
  while (unit_start < rest.size() && is_blank(rest[unit_start])) ++unit_start;
  if (unit_start > 0) reading.spaces = true;
  reading.unit_text = rest.substr(unit_start);
  reading.leading_zero = whole > 1 && text.front() == '0';
  reading.missing_count = reading.number.empty() && reading.unit_text == "min";

  find_unit(reading.unit_text, reading);
  Chain chain = reading.unit ? reading.unit->chain : reading.alias ? reading.alias->chain : none;
  std::int64_t size = reading.unit ? reading.unit->size : reading.alias ? reading.alias->size : 0;

  std::string_view whole_digits = text.substr(0, whole);
  std::string_view fraction_digits =
      reading.fraction ? text.substr(whole + 1, end - whole - 1) : std::string_view();
  if (reading.number == ".") chain = none;  // A point alone is no number.

  if (reading.unit && reading.exact_unit && !reading.spaces && !negative && !reading.fraction &&
      !reading.leading_zero) {
    if (reading.number.empty()) {
      reading.valid = reading.unit->may_stand_alone;
    } else if (whole <= kMaxWholeDigits) {
      std::int64_t count = digits_value(whole_digits);
      reading.valid = count >= 1 && count <= reading.unit->max_count;
    }
  }

  if (chain == none) return reading;
  if (whole > kMaxWholeDigits || fraction_digits.size() > kMaxFractionDigits) {
    reading.amount = Amount::too_long;
    return reading;
  }
  // The number is whole / 10^f; absent means 1.
  std::int64_t scale = power_of_ten(fraction_digits.size());
  std::int64_t scaled = reading.number.empty()
                            ? 1
                            : digits_value(whole_digits) * scale + digits_value(fraction_digits);
  if (negative || scaled == 0) {
    reading.amount = Amount::not_positive;
  } else if ((scaled * size) % scale != 0) {
    reading.amount = chain == Chain::clock ? Amount::too_fine : Amount::not_whole;
  } else {
    resolve(chain, scaled * size / scale, reading);
  }
  if (reading.valid) reading.canonical = std::string(value);
  return reading;
}

std::optional<std::string> canonical_frequency(std::string_view value) {
  return read_frequency(value).canonical;
}

std::string valid_ranges() {
  std::string text;
  constexpr std::size_t count = std::size(kUnits);
  for (std::size_t i = 0; i < count; ++i) {
    const Unit& unit = kUnits[i];
    if (i > 0) text += i + 1 == count ? " or " : ", ";
    text += unit.max_count == 1 ? "1" : "1-" + std::to_string(unit.max_count);
    text += unit.symbol;
  }
  return text;
}

}  // namespace automl_lint::rules::frequency
