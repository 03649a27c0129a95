// ForecastFrequency is one of the documented frequencies, written in its unit's range.
#include <string>
#include <vector>

#include "forecast_frequency.hpp"
#include "messages.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

using frequency::Amount;
using frequency::Reading;
using frequency::Unit;

/// "1 day", "0.5 days", "60 minutes".
std::string amount_of(std::string_view number, std::string_view name) {
  std::string_view count = number.empty() ? "1" : number;
  return concat(count, " ", name, count == "1" ? "" : "s");
}

/// The size of the unit as written, a service unit or an alias.
std::int64_t written_size(const Reading& reading) {
  return reading.unit ? reading.unit->size : reading.alias ? reading.alias->size : 0;
}

/// "60 minutes" (for a value written in a service unit).
std::string written_amount(const Reading& reading) {
  return amount_of(reading.number, reading.unit->name);
}

/// The service unit of this chain and size ("min" for minutes), or nullptr.
const Unit* unit_of_size(frequency::Chain chain, std::int64_t size) {
  for (const Unit& unit : frequency::kUnits) {
    if (unit.chain == chain && unit.size == size) return &unit;
  }
  return nullptr;
}

/// The next coarser unit of the chain, or nullptr.
const Unit* next_unit(const Unit& unit) {
  for (const Unit& other : frequency::kUnits) {
    if (&other > &unit && other.chain == unit.chain) return &other;
  }
  return nullptr;
}

/// What is wrong with the way the value is written.
void notation_reasons(const Reading& reading, std::vector<std::string>& reasons) {
  if (reading.unit_text.empty()) {
    if (reading.number.empty()) {
      reasons.push_back(reading.spaces ? "it holds only blanks" : "it is empty");
      return;
    }
    reasons.push_back("it has no unit");
  } else if (!reading.unit && !reading.alias) {
    reasons.push_back(message("{} is not a unit; the units are Y, M, W, D, H and min",
                              user_text(reading.unit_text)));
  } else if (reading.alias && reading.alias->kind == frequency::ambiguous) {
    reasons.push_back(message("{} could stand for minutes ('min') or months ('M')",
                              user_text(reading.unit_text)));
  } else if (reading.alias) {
    const frequency::Alias& alias = *reading.alias;
    const Unit* same = unit_of_size(alias.chain, alias.size);
    if (alias.kind == frequency::pandas) {
      reasons.push_back(message(
          "{} is the pandas offset alias for {}{}", user_text(alias.spelling), alias.stands_for,
          alias.chain == frequency::none ? ", which no forecast frequency matches" : ""));
    } else if (same) {
      reasons.push_back(message("{} are written '{}'", alias.stands_for, same->symbol));
    } else if (alias.chain == frequency::clock && alias.size < 60) {
      reasons.push_back(message("{} are finer than the finest unit, min", alias.stands_for));
    }
  } else if (!reading.exact_unit) {
    reasons.push_back(message("units are case-sensitive, and {} is written '{}'",
                              user_text(reading.unit_text), reading.unit->symbol));
  }
  if (reading.missing_count) {
    reasons.push_back(
        "'min' needs a number in front (1min to 59min); only Y, M, W, D and H "
        "stand alone");
  }
  if (reading.spaces) reasons.push_back("it contains blanks");
  if (reading.leading_zero) reasons.push_back("the number has a leading zero");
  if (reading.fraction) reasons.push_back("the number has a decimal point");
}

/// What is wrong with the amount, once written in the coarsest unit that divides it.
void amount_reasons(const Reading& reading, std::vector<std::string>& reasons) {
  std::int64_t size = written_size(reading);
  switch (reading.amount) {
    case Amount::unknown:
      return;
    case Amount::too_long:
      reasons.push_back("the number is longer than any frequency");
      return;
    case Amount::not_positive:
      reasons.push_back("the number must be at least 1");
      return;
    case Amount::too_fine:
      reasons.push_back("it is no whole number of minutes, and the finest frequency is 1min");
      return;
    case Amount::not_whole:
      reasons.push_back("it is no whole number of months");
      return;
    case Amount::fits:
      if (reading.alias && reading.resolved->size != size) {
        reasons.push_back(message("that is {}", std::string_view(*reading.canonical)));
      } else if (reading.resolved->size > size) {
        reasons.push_back(message(
            "{} make {}, and a frequency must not overlap with the next "
            "larger one",
            std::string_view(written_amount(reading)), std::string_view(*reading.canonical)));
      } else if (reading.resolved->size < size) {
        reasons.push_back(message("{} are {}", std::string_view(written_amount(reading)),
                                  std::string_view(*reading.canonical)));
      }
      return;
    case Amount::above_range: {
      const Unit& resolved = *reading.resolved;
      std::string amount = amount_of(std::to_string(reading.resolved_count), resolved.name);
      if (resolved.size != size) {
        reasons.push_back(reading.alias
                              ? message("that is {}", std::string_view(amount))
                              : message("{} are {}", std::string_view(written_amount(reading)),
                                        std::string_view(amount)));
      }
      if (resolved.max_count == 1) {
        reasons.push_back(message("only 1{} (or {}) is allowed for {}s", resolved.symbol,
                                  resolved.symbol, resolved.name));
        return;
      }
      const Unit* next = next_unit(resolved);
      reasons.push_back(
          next ? message("{}s go up to {}{}, and {} are no whole number of {}s", resolved.name,
                         resolved.max_count, resolved.symbol, std::string_view(amount), next->name)
               : message("{}s go up to {}{}", resolved.name, resolved.max_count, resolved.symbol));
      return;
    }
  }
}

/// For 'm': what to write for minutes and for months, where the number allows either.
std::string ambiguous_hint(const Reading& reading) {
  std::string number(reading.number.empty() ? "1" : reading.number);
  auto minutes = frequency::canonical_frequency(number + "min");
  auto months = frequency::canonical_frequency(number + "M");
  if (minutes && months) {
    return message("write '{}' if it means minutes, or '{}' if it means months",
                   std::string_view(*minutes), std::string_view(*months));
  }
  if (minutes || months) {
    return message("write '{}' if it means {}", std::string_view(minutes ? *minutes : *months),
                   minutes ? "minutes" : "months");
  }
  return "write 'min' for minutes or 'M' for months, e.g. '15min' or '1M'";
}

void check(const Request& request, Reporter& reporter) {
  const Text& value = request.time_series.forecast_frequency;
  if (!value.has_value()) return;  // Absent (AML102) or not a string (AML103).
  Reading reading = frequency::read_frequency(*value);
  if (reading.valid) return;
  std::vector<std::string> reasons;
  notation_reasons(reading, reasons);
  amount_reasons(reading, reasons);
  std::string hint;
  if (reading.canonical) {
    hint = message("write '{}'", std::string_view(*reading.canonical));
  } else if (reading.alias && reading.alias->kind == frequency::ambiguous) {
    hint = ambiguous_hint(reading);
  } else {
    hint = message(
        "write a number and a unit within its range: {} (Y, M, W, D and H alone "
        "mean 1)",
        std::string_view(frequency::valid_ranges()));
  }
  reporter.add(Report{
      .severity = Severity::error,
      .pointer = value.pointer,
      .message = message("ForecastFrequency {} is not a valid frequency: {}", value,
                         std::string_view(detail::join(reasons, "; "))),
      .hint = std::move(hint),
      .replaces_shape_finding = true,
  });
}

}  // namespace

extern const Rule kTsFrequencyValid{
    .info = {.id = "AML901",
             .name = "ts-frequency-valid",
             .severity = Severity::error,
             .title = "ForecastFrequency must be a number and a unit within its range, such as "
                      "1D or 15min.",
             .rationale = R"md(
**What it checks**: `TimeSeriesForecastingJobConfig.ForecastFrequency` is one of the values the
API reference allows: `1min` to `59min`, `1H` to `23H` or `H`, `1D` to `6D` or `D`, `1W` to
`4W` or `W`, `1M` to `11M` or `M`, and `1Y` or `Y`. Units are case-sensitive (`min` in lower
case, the others in upper case), there is no bare `min`, and numbers have no leading zero. This
diagnostic replaces the schema's pattern or length finding (AML106, AML105) at the same place:
it says what is wrong and, when a valid value means exactly the same frequency, which one to
write. A multiple of the next larger unit is written in that unit (`60min` is `1H`, `24H` is
`1D`, `7D` is `1W`, `12M` is `1Y`, `120min` is `2H`, `14D` is `2W`); other spellings of the
units (`1d`, `15MIN`, `hours`) and pandas offset aliases (`T`, `5T`, `MS`, `3600S`) get the
service's spelling. No value is suggested when none is exact (`90min`, `2Y`, `30S`).

**Why it matters**: the API reference says "The value of a frequency must not overlap with the
next larger frequency. For example, you must use a frequency of `1H` instead of `60min`", and
lists the valid numbers per unit. The service rejects any other value; pandas aliases and other
spellings are a common source of them.

**Example**: `"ForecastFrequency": "60min"`, `"ForecastFrequency": "7D"`,
`"ForecastFrequency": "1d"`.

**Fix**: write the suggested value (`1H`, `1W`, `1D`). When no value is exact, choose the
nearest documented frequency, for example `1H` or `30min` instead of `90min`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_TimeSeriesForecastingJobConfig.html",
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
