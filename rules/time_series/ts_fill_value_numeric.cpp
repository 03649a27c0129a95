// A <method>_value is a number the service's pattern can hold: a whole number.
#include <string>

#include "filling.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

using namespace filling;

enum class Form {
  number,   ///< A whole number (or one with an exponent), within the pattern.
  decimal,  ///< A number with a decimal point or comma: the pattern has neither.
  plus,     ///< A whole number with a '+' sign, which the pattern has not either.
  not_number,
};

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// Digits with an optional exponent: "2", "1e3", "5E-2".
bool whole_with_exponent(std::string_view text) {
  std::size_t e = text.find_first_of("eE");
  if (e == std::string_view::npos) return all_digits(text);
  std::string_view exponent = text.substr(e + 1);
  if (!exponent.empty() && (exponent.front() == '-' || exponent.front() == '+')) {
    exponent.remove_prefix(1);
  }
  return all_digits(text.substr(0, e)) && all_digits(exponent) &&
         text.find('+') == std::string_view::npos;
}

Form form_of(std::string_view text) {
  bool plus = !text.empty() && text.front() == '+';
  if (!text.empty() && (text.front() == '-' || plus)) text.remove_prefix(1);
  if (whole_with_exponent(text)) return plus ? Form::plus : Form::number;
  std::size_t point = text.find_first_of(".,");
  if (point == std::string_view::npos) return Form::not_number;
  std::string_view whole = text.substr(0, point);
  std::string_view rest = text.substr(point + 1);
  bool digits_before = whole.empty() || all_digits(whole);
  bool digits_after = rest.empty() ? !whole.empty() : whole_with_exponent(rest);
  return digits_before && digits_after ? Form::decimal : Form::not_number;
}

void check_value(std::string_view column, std::string_view key, const Text& value,
                 Reporter& reporter) {
  if (!value.has_value()) return;  // Not a string: the schema's.
  const std::string& text = *value;
  Form form = form_of(text);
  if (form == Form::number) return;
  std::string_view method = method_of_value_key(key);
  std::string text_message;
  std::string hint;
  switch (form) {
    case Form::number:
      return;
    case Form::decimal:
      text_message = message(
          "{} {} of column {} is not a whole number, and the service's "
          "pattern for filling values, [a-zA-Z0-9_-]+, allows no decimal "
          "point",
          key, value, user_text(column));
      hint =
          "use a whole number (the developer guide speaks of float values, but the API's "
          "pattern cannot hold one), or choose mean, median, min or max";
      break;
    case Form::plus:
      text_message = message(
          "{} {} of column {} has a '+' sign, which the service's pattern "
          "for filling values, [a-zA-Z0-9_-]+, does not allow",
          key, value, user_text(column));
      hint = message("write {}", user_text(std::string_view(text).substr(1)));
      break;
    case Form::not_number:
      text_message = message(
          "{} {} of column {} is not a number; it is the number that {} "
          "'value' fills with",
          key, value, user_text(column), method);
      hint = lists(kFillOptions, text) && text != kValueOption
                 ? message("to fill with the {}, write \"{}\": \"{}\" and remove {}", value, method,
                           std::string_view(text), key)
                 : std::string("write the number to fill with, e.g. \"0\" or \"-1\"");
      break;
  }
  reporter.add(Report{.severity = Severity::error,
                      .pointer = value.pointer,
                      .message = std::move(text_message),
                      .hint = std::move(hint),
                      .replaces_shape_finding = true});
}

void check(const Request& request, Reporter& reporter) {
  for_each_column(request, [&](const auto& column) {
    for (const auto& entry : column.value.entries) {
      std::string_view method = method_of_value_key(entry.key);
      // frontfill_value takes no value at all (AML908).
      if (method.empty() || method == kFrontfill) continue;
      check_value(column.key, entry.key, entry.value, reporter);
    }
  });
}

}  // namespace

extern const Rule kTsFillValueNumeric{
    .info = {.id = "AML909",
             .name = "ts-fill-value-numeric",
             .severity = Severity::error,
             .title = "A filling value must be a whole number.",
             .rationale = R"md(
**What it checks**: each `middlefill_value`, `backfill_value` and `futurefill_value` in
`Transformations.Filling` is a number, written as digits with an optional `-` sign (`"2"`,
`"-1"`). A decimal such as `"2.5"` breaks the service's value pattern `[a-zA-Z0-9\_\-]+`,
which has no `.`: this diagnostic replaces the schema's pattern finding (AML106) at the same
place and says so.

**Why it matters**: the value is "the filling value" used when the method is `value`, "an
integer or float number" in the developer guide; a word is no number. The API's pattern,
however, cannot hold a decimal point, so only whole numbers can be written (the documentation
gives no way around this).

**Example**: `"backfill_value": "2.5"`, `"middlefill_value": "mean"`.

**Fix**: write a whole number (`"backfill_value": "2"`), or use a statistic option
(`"middlefill": "mean"`) instead of `value`.
)md",
             .source_url = kTransformationsUrl,
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
