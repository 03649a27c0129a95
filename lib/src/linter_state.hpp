// What a Linter builds once and then only reads.
#pragma once

#include <mutex>
#include <optional>

#include "automl_lint/linter.hpp"
#include "data/inspect.hpp"
#include "embedded_schemas.hpp"
#include "rule_engine.hpp"
#include "schema_validator.hpp"

namespace automl_lint {

struct Linter::State {
  explicit State(Options options_in)
      : options(std::move(options_in)),
        selection(options.select, options.ignore),
        enabled_rules(detail::enabled_rules(selection)),
        ignore_at(normalised(options.ignore_at)),
        severity(normalised(options.severity)) {
    // Decided once: with no rule that reads data enabled, no request reads any.
    if (options.data_root && detail::any_data_rule_enabled(selection)) {
      data.emplace(*options.data_root);
    }
  }

  /// The shape checks of one API, set up on first use (a run over V1 files never sets up V2's).
  const detail::SchemaValidator& schema(ApiVersion api) const {
    Lazy& lazy = api == ApiVersion::v2 ? v2_schema : v1_schema;
    std::call_once(lazy.once, [&] {
      if (api == ApiVersion::v2) {
        lazy.schema.emplace(detail::kCreateAutoMLJobV2Schema, detail::shape_v2::check,
                            options.shape_engine);
      } else {
        lazy.schema.emplace(detail::kCreateAutoMLJobSchema, detail::shape_v1::check,
                            options.shape_engine);
      }
    });
    return *lazy.schema;
  }

  Options options;
  detail::Selection selection;
  /// The cross-field rules the selection enables.
  std::vector<const rules::Rule*> enabled_rules;
  /// Options::ignore_at and Options::severity with their rules normalised.
  std::vector<ScopedIgnore> ignore_at;
  std::vector<SeverityOverride> severity;
  /// With Options::data_root, when an enabled rule reads data.
  std::optional<data::DataAccess> data;

 private:
  template <class Entry>
  static std::vector<Entry> normalised(std::vector<Entry> entries) {
    for (Entry& entry : entries) entry.rule = detail::normalise_selector(entry.rule);
    return entries;
  }

  struct Lazy {
    std::once_flag once;
    std::optional<detail::SchemaValidator> schema;
  };
  mutable Lazy v1_schema;
  mutable Lazy v2_schema;
};

namespace detail {

/// True when an ignore of `ignore_at` (rules normalised) covers a finding of `rule` at
/// `pointer`: the pointer is the ignore's or inside it.
bool ignored_at(const std::vector<ScopedIgnore>& ignore_at, std::string_view rule,
                std::string_view pointer);

/// The severity the last override matching `rule` gives it, if any.
std::optional<Severity> overridden_severity(const std::vector<SeverityOverride>& overrides,
                                            std::string_view rule);

}  // namespace detail

}  // namespace automl_lint
