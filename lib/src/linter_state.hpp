// What a Linter builds once and then only reads.
#pragma once

#include "automl_lint/linter.hpp"
#include "data/inspect.hpp"
#include "embedded_schemas.hpp"
#include "rule_engine.hpp"
#include "schema_validator.hpp"

namespace automl_lint {

struct Linter::State {
  explicit State(Options options_in)
      : options(std::move(options_in)), selection(options.select, options.ignore) {
    // Decided once: with no rule that reads data enabled, no request reads any.
    if (options.data_root && detail::any_data_rule_enabled(selection)) {
      data.emplace(*options.data_root);
    }
  }
  Options options;
  detail::Selection selection;
  /// With Options::data_root, when an enabled rule reads data.
  std::optional<data::DataAccess> data;
  detail::SchemaValidator v1_schema{detail::kCreateAutoMLJobSchema};
};

}  // namespace automl_lint
