#include "automl_lint/diagnostic.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>

#include "automl_lint/rules.hpp"

namespace automl_lint {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "error";
}

std::string_view rule_name(const Diagnostic& diagnostic) {
  if (diagnostic.rule.empty()) return {};
  const RuleInfo* rule = find_rule(diagnostic.rule);
  return rule && rule->id == diagnostic.rule ? rule->name : std::string_view();
}

std::string fingerprint(const Diagnostic& diagnostic) {
  std::string file = std::filesystem::path(diagnostic.file).lexically_normal().generic_string();
  while (file.starts_with("./")) file.erase(0, 2);
  std::uint64_t hash = 0xcbf29ce484222325ULL;  // FNV-1a, 64 bits.
  auto add = [&](std::string_view text) {
    for (char c : text) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 0x100000001b3ULL;
    }
    hash *= 0x100000001b3ULL;  // The NUL byte that ends each part (XOR with 0 is a no-op).
  };
  add(diagnostic.rule);
  add(file);
  add(diagnostic.pointer);
  add(diagnostic.message);
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[static_cast<std::size_t>(i)] = kDigits[hash & 15];
  return hex;
}

bool has_severity_at_least(const std::vector<Diagnostic>& diagnostics, Severity threshold) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [&](const Diagnostic& d) { return d.severity >= threshold; });
}

}  // namespace automl_lint
