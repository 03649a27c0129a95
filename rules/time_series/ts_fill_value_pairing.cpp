// A method set to 'value' has its <method>_value, and a <method>_value belongs to such a method.
#include <string>

#include "filling.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

using namespace filling;

/// A documented option other than 'value': the method then takes no fill value. Options off the
/// list are AML906's, which says what to write.
bool takes_no_value(const Text& option) {
  if (!option.has_value()) return false;
  const std::string& text = *option;
  return (lists(kFillOptions, text) && text != kValueOption) || text == kNanOption;
}

void check_method(std::string_view column, const Map<Text>& methods, std::string_view method,
                  Reporter& reporter) {
  const auto* option = methods.find(method);
  std::string value_name = value_key(method);
  const auto* value = methods.find(value_name);
  if (option && option->value.has_value() && same_ignoring_case(*option->value, kValueOption) &&
      !value) {
    reporter.report(option->value.pointer,
                    message("{} of column {} is 'value' but {} is missing; the number to fill "
                            "with goes in {}",
                            method, user_text(column), std::string_view(value_name),
                            std::string_view(value_name)),
                    message("add \"{}\" with the number to fill with, e.g. \"{}\": \"0\"",
                            std::string_view(value_name), std::string_view(value_name)));
    return;
  }
  if (!value) return;
  if (!option) {
    reporter.add(Report{
        .severity = Severity::warning,
        .pointer = value->value.pointer,
        .message = message("{} of column {} is set but {} is not; the value is used only when "
                           "{} is 'value'",
                           std::string_view(value_name), user_text(column), method, method),
        .hint =
            message("add \"{}\": \"value\", or remove {}", method, std::string_view(value_name)),
        .at_key = true,
    });
    return;
  }
  if (takes_no_value(option->value)) {
    reporter.add(Report{
        .severity = Severity::warning,
        .pointer = value->value.pointer,
        .message =
            message("{} of column {} has no effect: {} is {}, and the value is used only "
                    "when {} is 'value'",
                    std::string_view(value_name), user_text(column), method, option->value, method),
        .hint = message("set {} to 'value', or remove {}", method, std::string_view(value_name)),
        .at_key = true,
    });
  }
}

void check(const Request& request, Reporter& reporter) {
  for_each_column(request, [&](const auto& column) {
    for (std::string_view method : kFillMethods) {
      check_method(column.key, column.value, method, reporter);
    }
    std::string frontfill_value = value_key(kFrontfill);
    if (const auto* value = column.value.find(frontfill_value)) {
      reporter.add(Report{
          .severity = Severity::error,
          .pointer = value->value.pointer,
          .message = message("{} of column {} has no use: frontfill supports only 'none', which "
                             "fills with no value",
                             std::string_view(frontfill_value), user_text(column.key)),
          .hint = message("remove {}", std::string_view(frontfill_value)),
          .at_key = true,
      });
    }
  });
}

}  // namespace

extern const Rule kTsFillValuePairing{
    .info = {.id = "AML908",
             .name = "ts-fill-value-pairing",
             .severity = Severity::error,
             .title = "A filling method set to 'value' needs its _value key, and only such a "
                      "method has one.",
             .rationale = R"md(
**What it checks**: for each column of `Transformations.Filling` and each of `middlefill`,
`backfill` and `futurefill`:

* the method set to `value` without `<method>_value` is an error;
* `<method>_value` without the method, or with the method set to another option, is a warning
  (the value is not used);
* `frontfill_value` is an error: it is a valid key, but `frontfill` supports only `none`.

**Why it matters**: the API reference: "to set `backfill` to a value of `2`, you must include
two parameters: `"backfill": "value"` and `"backfill_value":"2"`". Without the number the
service cannot fill; a number without `value` is ignored at best, and usually means that the
method was meant to be `value`.

**Example**: `{"backfill": "value"}` without `backfill_value`, or
`{"middlefill": "zero", "middlefill_value": "5"}`.

**Fix**: give the pair: `"backfill": "value", "backfill_value": "2"`; remove a `_value` key
whose method is not `value`, and `frontfill_value`.
)md",
             .source_url = kTransformationsUrl,
             .applies_to = scope::v2_time_series},
    .check = check,
};

}  // namespace automl_lint::rules
