// Each documented hyperparameter holds a number within its documented range.
#include <cctype>
#include <charconv>
#include <optional>
#include <string>

#include "hyperparameter_shape.hpp"
#include "hyperparameters.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

/// `-?digits`, as an integer (any value, even when it does not fit in 64 bits).
std::optional<double> integer_value(std::string_view text) {
  std::string_view digits = text.substr(!text.empty() && text.front() == '-' ? 1 : 0);
  if (!all_digits(digits)) return std::nullopt;
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

/// A decimal number: `-?(digits[.digits]|.digits)([eE]-?digits)?` (what the value pattern
/// leaves possible: no '+', no spaces); not 'nan' or 'inf', which strtod would take.
std::optional<double> decimal_value(std::string_view text) {
  std::string_view rest = text.substr(!text.empty() && text.front() == '-' ? 1 : 0);
  std::size_t exponent = rest.find_first_of("eE");
  std::string_view mantissa = rest.substr(0, exponent);
  std::size_t point = mantissa.find('.');
  std::string_view whole = mantissa.substr(0, point);
  std::string_view fraction = point == std::string_view::npos ? "" : mantissa.substr(point + 1);
  if (whole.empty() && fraction.empty()) return std::nullopt;
  if ((!whole.empty() && !all_digits(whole)) || (!fraction.empty() && !all_digits(fraction))) {
    return std::nullopt;
  }
  if (exponent != std::string_view::npos) {
    std::string_view power = rest.substr(exponent + 1);
    if (!power.empty() && power.front() == '-') power.remove_prefix(1);
    if (!all_digits(power)) return std::nullopt;
  }
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (end != text.data() + text.size()) return std::nullopt;
  // Out of double's range: far outside every documented range either way.
  if (error == std::errc::result_out_of_range) return text.front() == '-' ? -1e308 : 1e308;
  return value;
}

/// "1 to 10".
std::string range_of(const HyperParameter& parameter) {
  return message("{} to {}", parameter.minimum, parameter.maximum);
}

void check_value(const HyperParameter& parameter, const Text& value, Reporter& reporter) {
  bool integer = parameter.kind == HyperParameterKind::integer;
  std::string_view noun = integer ? "an integer" : "a number";
  std::optional<double> number = integer ? integer_value(*value) : decimal_value(*value);
  if (!number) {
    std::optional<double> decimal = integer ? decimal_value(*value) : std::nullopt;
    constexpr double kLargestShown = 1e15;  // Whole numbers below this print exactly.
    bool whole = decimal && *decimal > -kLargestShown && *decimal < kLargestShown &&
                 *decimal == static_cast<double>(static_cast<long long>(*decimal)) &&
                 *decimal >= parameter.minimum && *decimal <= parameter.maximum;
    reporter.report(
        value.pointer,
        message("{} {} is not {}; the value must be a string holding {} from {}", parameter.key,
                value, noun, noun, std::string_view(range_of(parameter))),
        whole ? message("write '{}'", static_cast<long long>(*decimal))
              : message("write {} from '{}' to '{}'", noun, parameter.minimum, parameter.maximum));
    return;
  }
  if (*number >= parameter.minimum && *number <= parameter.maximum) return;
  reporter.report(value.pointer,
                  message("{} {} is outside its documented range, {}", parameter.key, value,
                          std::string_view(range_of(parameter))),
                  message("use a value from '{}' to '{}'", parameter.minimum, parameter.maximum));
}

void check(const Request& request, Reporter& reporter) {
  for (const auto& entry : request.text_generation.hyper_parameters.entries) {
    // Undocumented keys are AML944's.
    const HyperParameter* parameter = find_hyperparameter(entry.key);
    if (!parameter) continue;
    // Not a string, or off the value pattern or length: the schema's.
    const Text& value = entry.value;
    if (!value.has_value() || !hyperparameter_value_shape_ok(*value)) continue;
    check_value(*parameter, value, reporter);
  }
}

}  // namespace

extern const Rule kTgHyperparameterValues{
    .info = {.id = "AML945",
             .name = "tg-hyperparameter-values",
             .severity = Severity::error,
             .title = "Each text generation hyperparameter must be a number in its documented "
                      "range.",
             .rationale = R"md(
**What it checks**: the values of the documented keys of
`TextGenerationJobConfig.TextGenerationHyperParameters` (rules/text_generation/hyperparameters.def):

| key | value (a string) | range |
|---|---|---|
| `epochCount` | integer | 1 to 10 |
| `batchSize` | integer | 1 to 64 |
| `learningRate` | decimal number (`0.0001`, `1e-5`) | 0 to 1 |
| `learningRateWarmupSteps` | integer | 0 to 250 |

The ranges are read as inclusive. Values that are not strings, or break the value pattern
`[a-zA-Z0-9._-]+` or its 16 characters (`1e+5`, an empty string), are the schema's (AML103,
AML105, AML106); undocumented keys are AML944's.

**Why it matters**: the shape takes any short string, but the API reference says, e.g., that
the value of `epochCount` "should be a string containing an integer value within the range of
"1" to "10"". A value such as `"20"`, `"2.5"` for an integer, or `"fast"` is not what the
fine-tuning job can use.

**Example**: `"TextGenerationHyperParameters": {"epochCount": "20"}`.

**Fix**: write a value within the range, as a string: `"epochCount": "5"`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_TextGenerationJobConfig.html",
             .applies_to = scope::v2_text_generation},
    .check = check,
};

}  // namespace automl_lint::rules
