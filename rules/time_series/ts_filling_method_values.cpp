// Each filling method takes one of its documented options.
#include <string>
#include <vector>

#include "filling.hpp"
#include "messages.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

using namespace filling;

/// A whole or decimal number, as someone might write a fill value in the method's place.
bool looks_numeric(std::string_view text) {
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
  bool digit = false;
  bool point = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if ((c == '.' || c == ',') && !point) {
      point = true;
    } else {
      return false;
    }
  }
  return digit;
}

/// The option a misspelt one most likely meant, among `options`, or an empty view.
std::string_view meant_option(std::string_view value, std::span<const std::string_view> options) {
  for (const Synonym& synonym : kSynonyms) {
    if (same_ignoring_case(synonym.word, value) && lists(options, synonym.option)) {
      return synonym.option;
    }
  }
  std::vector<std::string> candidates(options.begin(), options.end());
  if (auto guess = detail::did_you_mean(value, candidates)) {
    for (std::string_view option : options) {
      if (option == *guess) return option;
    }
  }
  return {};
}

struct Place {
  std::string_view column;  ///< The Filling key.
  bool target = false;      ///< The column is the target column.
  std::string_view method;  ///< frontfill, middlefill, ...
  const Text& value;
};

void report(Reporter& reporter, Severity severity, const Place& place, std::string text,
            std::string hint) {
  reporter.add(Report{.severity = severity,
                      .pointer = place.value.pointer,
                      .message = std::move(text),
                      .hint = std::move(hint),
                      .replaces_shape_finding = true});
}

void check_frontfill(const Place& place, Reporter& reporter) {
  const std::string& value = *place.value;
  if (value == kFrontfillOption) return;
  if (same_ignoring_case(value, kFrontfillOption)) {
    return report(reporter, Severity::error, place,
                  message("frontfill {} of column {} differs from the documented 'none' only in "
                          "case, and the options are case-sensitive",
                          place.value, user_text(place.column)),
                  "write it exactly as 'none'");
  }
  std::string_view also =
      lists(kFillOptions, value) ? "; it is an option of middlefill, backfill and futurefill" : "";
  report(reporter, Severity::error, place,
         message("frontfill {} of column {} is not a filling option: frontfill supports only "
                 "'none'{}",
                 place.value, user_text(place.column), also),
         "write \"frontfill\": \"none\", or remove frontfill");
}

/// What to do instead of 'none' in a method that fills.
std::string none_hint(const Place& place) {
  if (place.target && place.method != kFuturefill) {
    return message("remove {}; missing target values are then filled with zero, the default",
                   place.method);
  }
  return message("remove {} to leave these values unfilled", place.method);
}

void check_fill(const Place& place, Reporter& reporter) {
  const std::string& value = *place.value;
  if (lists(kFillOptions, value)) return;
  std::string options = fill_options_list();
  if (value == kNanOption) {
    if (place.target) {
      return report(reporter, Severity::warning, place,
                    message("{} 'nan' of the target column {} is documented only in the "
                            "developer guide's filling guidelines; the API reference lists {}",
                            place.method, user_text(place.column), std::string_view(options)),
                    "keep 'nan' only if you accept that the service may reject it; otherwise "
                    "use one of the documented options");
    }
    return report(
        reporter, Severity::error, place,
        message("{} 'nan' of column {} is not a filling option: 'nan' is documented "
                "for the target column only, and {} takes {}",
                place.method, user_text(place.column), place.method, std::string_view(options)),
        "use one of those");
  }
  for (std::string_view option : kFillOptions) {
    if (same_ignoring_case(value, option)) {
      return report(reporter, Severity::error, place,
                    message("{} {} of column {} differs from the documented '{}' only in case, "
                            "and the options are case-sensitive",
                            place.method, place.value, user_text(place.column), option),
                    message("write it exactly as '{}'", option));
    }
  }
  std::string hint;
  if (same_ignoring_case(value, kFrontfillOption)) {
    hint = none_hint(place);
  } else if (value == "0") {
    hint = "write 'zero'";
  } else if (looks_numeric(value)) {
    // Digits and a sign or point only: safe to show inside the JSON it suggests.
    hint =
        message("to fill with {}, write \"{}\": \"value\" and \"{}\": \"{}\"", place.value,
                place.method, std::string_view(value_key(place.method)), std::string_view(value));
  } else if (std::string_view meant = meant_option(value, kFillOptions); !meant.empty()) {
    hint = message("did you mean '{}'?", meant);
  } else {
    hint = message("use one of {}", std::string_view(options));
  }
  std::string_view why = same_ignoring_case(value, kFrontfillOption)
                             ? "'none' is an option of frontfill only, and "
                             : "";
  report(
      reporter, Severity::error, place,
      message("{} {} of column {} is not a filling option: {}{} takes {}", place.method,
              place.value, user_text(place.column), why, place.method, std::string_view(options)),
      std::move(hint));
}

void check(const Request& request, Reporter& reporter) {
  const std::string* target = target_column(request);
  for_each_column(request, [&](const auto& column) {
    bool is_target = target && column.key == *target;
    for (const auto& method : column.value.entries) {
      if (!method.value.has_value()) continue;  // Not a string: the schema's.
      Place place{column.key, is_target, method.key, method.value};
      if (method.key == kFrontfill) {
        check_frontfill(place, reporter);
      } else if (is_fill_method(method.key)) {
        check_fill(place, reporter);
      }
    }
  });
}

}  // namespace

extern const Rule kTsFillingMethodValues{
    .info = {.id = "AML906",
             .name = "ts-filling-method-values",
             .severity = Severity::error,
             .title = "Each filling method must take one of its documented options.",
             .rationale = R"md(
**What it checks**: in `Transformations.Filling`, each column's `middlefill`, `backfill` and
`futurefill` is `zero`, `value`, `median`, `mean`, `min` or `max`, and `frontfill` is `none`.
An option that differs only in case (`Mean`) is an error too: the documented values are
lower case, and the service's other enumerations are case-sensitive. `nan` is accepted with a warning for the target column (the developer
guide's filling guidelines list it for the target, the API reference does not) and is an error
for other columns. Keys other than the eight documented ones are the schema's (AML111). This
diagnostic replaces the schema's pattern finding (AML106) at the same place, with a hint: the
option meant (`average` is `mean`), or how to fill with a number (`"backfill": "value"` and
`"backfill_value": "2"`).

**Why it matters**: the schema only checks the characters (`[a-zA-Z0-9_-]+`), but the API
reference lists "the supported filling methods and their corresponding options"; the service
rejects any other option.

**Example**: `"Filling": {"price": {"backfill": "average", "middlefill": "2"}}`.

**Fix**: use a documented option: `"backfill": "mean"`, and `"middlefill": "value"` with
`"middlefill_value": "2"`.
)md",
             .source_url = kTransformationsUrl,
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
