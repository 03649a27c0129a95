// The ManifestFile format: [{"prefix": "s3://bucket/path/"}, "relative/key-1", ...].
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace automl_lint::data {

struct Manifest {
  std::vector<std::string> uris;      ///< The prefix joined to each distinct entry, in order.
  std::vector<std::string> repeated;  ///< Entries listed more than once (read once).
};

/// Parses a manifest's bytes; the error says what is wrong, in words.
std::variant<Manifest, std::string> parse_manifest(std::string_view text);

}  // namespace automl_lint::data
