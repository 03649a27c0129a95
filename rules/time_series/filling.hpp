// The vocabulary of TimeSeriesTransformations.Filling, as data, and what the filling rules share.
//
// Source: API_TimeSeriesTransformations, Filling,
// https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TimeSeriesTransformations.html
// "frontfill: none (Supported only for target column); middlefill, backfill, futurefill: zero,
// value, median, mean, min, max", and "to set backfill to a value of 2, you must include two
// parameters: "backfill": "value" and "backfill_value":"2"". The developer guide's filling
// guidelines also accept `nan` for the target column
// (https://docs.aws.amazon.com/sagemaker/latest/dg/timeseries-forecasting-data-format.html);
// the API reference does not list it.
#pragma once

#include <algorithm>
#include <cctype>
#include <span>
#include <string>
#include <string_view>

#include "request_view.hpp"
#include "strings.hpp"

namespace automl_lint::rules::filling {

inline constexpr std::string_view kTransformationsUrl =
    "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TimeSeriesTransformations.html";

inline constexpr std::string_view kFrontfill = "frontfill";
/// frontfill's only option.
inline constexpr std::string_view kFrontfillOption = "none";
/// The methods that take one of kFillOptions.
inline constexpr std::string_view kFillMethods[] = {"middlefill", "backfill", "futurefill"};
inline constexpr std::string_view kFuturefill = "futurefill";
/// The options of middlefill, backfill and futurefill, in the API reference's order.
inline constexpr std::string_view kFillOptions[] = {"zero", "value", "median",
                                                    "mean", "min",   "max"};
/// The option that takes its number from `<method>_value`.
inline constexpr std::string_view kValueOption = "value";
/// Accepted for the target column by the developer guide only.
inline constexpr std::string_view kNanOption = "nan";
/// The suffix of the key that holds a method's fill value.
inline constexpr std::string_view kValueSuffix = "_value";

/// Words people write for an option.
struct Synonym {
  std::string_view word;
  std::string_view option;
};
inline constexpr Synonym kSynonyms[] = {
    {"average", "mean"},   {"avg", "mean"},    {"minimum", "min"},
    {"maximum", "max"},    {"zeros", "zero"},  {"zeroes", "zero"},
    {"constant", "value"}, {"const", "value"}, {"fixed", "value"},
};

inline bool lists(std::span<const std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

inline bool same_ignoring_case(std::string_view a, std::string_view b) {
  return detail::equal_ignoring_case(a, b);
}

/// middlefill, backfill or futurefill.
inline bool is_fill_method(std::string_view key) {
  return lists(kFillMethods, key);
}

/// "backfill_value" for "backfill".
inline std::string value_key(std::string_view method) {
  return std::string(method) + std::string(kValueSuffix);
}

/// The method whose value key this is ("backfill" for "backfill_value", also "frontfill"), or
/// an empty view.
inline std::string_view method_of_value_key(std::string_view key) {
  if (key.size() <= kValueSuffix.size() || !key.ends_with(kValueSuffix)) return {};
  std::string_view method = key.substr(0, key.size() - kValueSuffix.size());
  return method == kFrontfill || is_fill_method(method) ? method : std::string_view();
}

/// "zero, value, median, mean, min or max".
inline std::string fill_options_list() {
  std::string text;
  constexpr std::size_t count = std::size(kFillOptions);
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) text += i + 1 == count ? " or " : ", ";
    text += kFillOptions[i];
  }
  return text;
}

/// The target column's name, when TargetAttributeName is a string.
inline const std::string* target_column(const Request& request) {
  const Text& target = request.time_series.time_series_config.target_attribute_name;
  return target.has_value() ? &*target : nullptr;
}

/// The columns of Filling whose methods can be read (an object of the right kind).
template <typename Visit>
void for_each_column(const Request& request, Visit visit) {
  const auto& filling = request.time_series.filling;
  if (!filling.well_formed) return;
  for (const auto& column : filling.entries) {
    if (column.value.well_formed) visit(column);
  }
}

}  // namespace automl_lint::rules::filling
