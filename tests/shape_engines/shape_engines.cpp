#include "shape_engines.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "embedded_schemas.hpp"
#include "schema_validator.hpp"

namespace automl_lint::testing {
namespace {

using detail::Finding;
using detail::SchemaValidator;

struct EnginePair {
  const char* api;
  SchemaValidator compiled;
  SchemaValidator reference;
};

EnginePair* engine_pairs() {
  static EnginePair pairs[] = {
      {"V1",
       {detail::kCreateAutoMLJobSchema, detail::shape_v1::check, ShapeEngine::compiled},
       {detail::kCreateAutoMLJobSchema, nullptr, ShapeEngine::reference}},
      {"V2",
       {detail::kCreateAutoMLJobV2Schema, detail::shape_v2::check, ShapeEngine::compiled},
       {detail::kCreateAutoMLJobV2Schema, nullptr, ShapeEngine::reference}},
  };
  return pairs;
}

std::vector<Finding> sorted(std::vector<Finding> findings) {
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.offset, a.rule, a.pointer, a.message, a.hint) <
           std::tie(b.offset, b.rule, b.pointer, b.message, b.hint);
  });
  return findings;
}

std::string describe(const Finding& finding) {
  return fmt::format("{} at {} (offset {}): {} [hint: {}]", finding.rule, finding.pointer,
                     finding.offset, finding.message, finding.hint);
}

bool same(const Finding& a, const Finding& b) {
  return std::tie(a.rule, a.severity, a.message, a.pointer, a.hint, a.offset) ==
         std::tie(b.rule, b.severity, b.message, b.pointer, b.hint, b.offset);
}

/// The findings only one side has, one line each.
std::string difference(const std::vector<Finding>& compiled,
                       const std::vector<Finding>& reference) {
  std::string out;
  auto only_in = [&](const std::vector<Finding>& these, const std::vector<Finding>& those,
                     const char* side) {
    for (const Finding& finding : these) {
      bool matched = std::any_of(those.begin(), those.end(),
                                 [&](const Finding& other) { return same(finding, other); });
      if (!matched) out += fmt::format("  only {}: {}\n", side, describe(finding));
    }
  };
  only_in(compiled, reference, "compiled");
  only_in(reference, compiled, "reference");
  if (out.empty()) out = "  the same findings, in different numbers\n";
  return out;
}

}  // namespace

std::string shape_engine_differences(const detail::SourceDocument& document) {
  if (document.load_error()) return {};
  std::string report;
  for (int i = 0; i < 2; ++i) {
    EnginePair& pair = engine_pairs()[i];
    std::vector<Finding> compiled = sorted(pair.compiled.validate(document));
    std::vector<Finding> reference = sorted(pair.reference.validate(document));
    bool equal = compiled.size() == reference.size() &&
                 std::equal(compiled.begin(), compiled.end(), reference.begin(), same);
    if (!equal) {
      report +=
          fmt::format("against the {} schema:\n{}", pair.api, difference(compiled, reference));
    }
  }
  return report;
}

}  // namespace automl_lint::testing
