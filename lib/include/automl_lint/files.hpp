// Finding request files: a folder walked for JSON and YAML files, and --exclude patterns.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "automl_lint/export.h"

namespace automl_lint {

/// Why `pattern` is not a valid glob (an unclosed `[`), or nullopt when it is. May throw
/// std::bad_alloc only; thread-safe.
AUTOML_LINT_EXPORT std::optional<std::string> glob_error(std::string_view pattern);

/// Matches a `/`-separated relative path against a glob: `*` any characters but `/`, `?` one
/// character but `/`, `[abc]`, `[a-z]` and `[!abc]` one character of a set, `**` as a whole
/// segment any number of segments (none included). A pattern without `/` matches the last
/// segment only (`node_modules`, `*.tmp.json` match at any depth, as in .gitignore); a leading
/// `/` or `./` is ignored. An invalid pattern matches nothing. May throw std::bad_alloc only;
/// thread-safe.
AUTOML_LINT_EXPORT bool glob_matches(std::string_view pattern, std::string_view path);

/// The files a folder holds, for a run over it.
struct FoundFiles {
  /// Paths relative to the folder (`/`-separated), sorted by their segments.
  std::vector<std::string> files;
  /// Folders that could not be read: "PATH: reason".
  std::vector<std::string> errors;
};

/// Walks `folder` recursively for `*.json`, `*.yaml` and `*.yml` files: regular files and
/// symbolic links to them. Hidden entries (a name starting with `.`) are skipped, files and
/// folders alike; symbolic links to folders are not followed, so a link loop cannot trap the
/// walk. A file or folder whose relative path matches a pattern of `exclude` is left out (a
/// folder with all it holds). Each folder's entries are visited in byte order of their names.
/// Folders it cannot read are listed in `errors`, not thrown; may throw std::bad_alloc only.
/// Thread-safe.
AUTOML_LINT_EXPORT FoundFiles find_request_files(const std::filesystem::path& folder,
                                                 const std::vector<std::string>& exclude);

}  // namespace automl_lint
