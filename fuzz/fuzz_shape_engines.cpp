// libFuzzer harness: the compiled shape checks against valijson (the reference engine).
//
// Arbitrary bytes, read as JSON and as YAML; each document that loads is checked by both engines
// against both schemas (V1 and V2), and any difference in their findings (rule, message,
// pointer, hint, offset) traps with both sides printed.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "shape_engines.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  automl_lint::Limits limits;
  for (auto format : {automl_lint::InputFormat::json, automl_lint::InputFormat::yaml}) {
    automl_lint::detail::SourceDocument document(input, limits, format);
    std::string report = automl_lint::testing::shape_engine_differences(document);
    if (!report.empty()) {
      std::fprintf(stderr, "the shape engines differ:\n%s", report.c_str());
      __builtin_trap();
    }
  }
  return 0;
}
