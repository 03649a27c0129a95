// libFuzzer harness: arbitrary bytes as a request file, read as JSON and as YAML.
//
// Reaches the whole pipeline from the first byte: encoding checks (BOM, UTF-16/32, invalid UTF-8,
// NUL), RapidJSON's iterative parse with positions and the nesting limit, and the same bytes
// through the YAML reader (libyaml's events, the composition with anchors, aliases and their
// bound, merge keys, ruamel.yaml's scalar rules, tabs, character marks turned into byte offsets),
// duplicate keys, schema validation and its message mapping, the cross-field rules (for inputs
// that parse), the text and JSON writers, and check_across_files. fuzz_common.cpp traps on any
// broken invariant; the YAML result is held to the same ones.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "automl_lint/output.hpp"
#include "fuzz_common.hpp"
#include "utf8.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  automl_lint_fuzz::linter();  // Compile the schema once, outside the timed inputs.
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  automl_lint_fuzz::lint_and_check(input);  // As JSON (its name is fuzz.json).

  static constexpr std::string_view kYamlName = "fuzz.yaml";
  automl_lint::LintResult yaml =
      automl_lint_fuzz::linter().lint_buffer(input, kYamlName, automl_lint::InputFormat::yaml);
  automl_lint_fuzz::check_result(input, kYamlName, yaml);
  std::ostringstream text;
  automl_lint::write_text(text, yaml.diagnostics);
  automl_lint_fuzz::require(yaml.diagnostics.empty() == text.str().empty(),
                            "write_text prints one entry per YAML diagnostic");
  std::ostringstream json;
  automl_lint::write_json(json, yaml.diagnostics);
  automl_lint_fuzz::require(!automl_lint::detail::first_invalid_utf8(json.str()),
                            "write_json prints valid UTF-8 for a YAML input");
  return 0;
}
