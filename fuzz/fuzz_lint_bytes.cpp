// libFuzzer harness: arbitrary bytes as a request file.
//
// Reaches the whole pipeline from the first byte: encoding checks (BOM, UTF-16/32, invalid UTF-8,
// NUL), RapidJSON's iterative parse with positions and the nesting limit, duplicate keys, schema
// validation and its message mapping, the cross-field rules (for inputs that parse), the text and
// JSON writers, and check_across_files. fuzz_common.cpp traps on any broken invariant.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  automl_lint_fuzz::linter();  // Compile the schema once, outside the timed inputs.
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  automl_lint_fuzz::lint_and_check(input);
  return 0;
}
