// Migration of a CreateAutoMLJob (V1) request to the equivalent CreateAutoMLJobV2 request, as
// AWS's migration guide describes it: every V1 member at its V2 place, values copied as written.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "automl_lint/diagnostic.hpp"
#include "automl_lint/export.h"
#include "automl_lint/linter.hpp"

namespace automl_lint {

/// The outcome of one migration: the V2 request, or the diagnostics that say why there is none.
struct MigrationResult {
  /// The CreateAutoMLJobV2 request: pretty JSON (2-space indent) with a trailing newline. Unset
  /// when the request could not be migrated.
  std::optional<std::string> text;
  /// Why it could not be migrated, in the linter's format, with positions in the input: the
  /// loader's AML00x for an unreadable or unparseable input; AML305 / AML306 when the channels
  /// name different target / sample weight columns (V2 has one of each per job), or when one
  /// channel names a target and another none; AML103 for a root that is not an object, or a
  /// member that must become an object but is not; AML003 when two V1 members move to the same
  /// V2 place; AML208 for a request that is already a CreateAutoMLJobV2 request. On success it
  /// may hold warnings about what the migration changes: AML306 when one channel names a sample
  /// weight column and another none (V2 applies the job's weights to every channel).
  std::vector<Diagnostic> diagnostics;
  /// True when the input could not be read or parsed (or broke a limit): it was not migrated
  /// because it is not a request at all (the CLI exits with status 2 then, 1 otherwise).
  bool input_failed = false;

  bool ok() const { return text.has_value(); }
};

/// Migrates the request in `text` (the bytes of a request file, UTF-8 with an optional BOM);
/// diagnostics carry `display_name` as their file name.
///
/// Members move as the member moves table says (`AutoMLJobConfig.Mode` to
/// `AutoMLProblemTypeConfig.TabularJobConfig.Mode`, each channel's `TargetAttributeName` to the
/// one of TabularJobConfig, ...); members the table does not name keep their place, and unknown
/// members of AutoMLJobConfig go to TabularJobConfig, so that the V2 linter reports them there.
/// Values are copied as written, wrong ones included: numbers keep their exact spelling (`1.0`,
/// `1e3`), strings are re-escaped equivalently. Members keep their V1 order; a new container
/// (AutoMLProblemTypeConfig, TabularJobConfig) appears where its first member lands.
///
/// Never throws for any input (std::bad_alloc aside); it recurses as deep as the input nests,
/// which `limits.max_depth` bounds (256 levels by default). Thread-safe: it shares no state, so
/// any number of threads may call it at once.
AUTOML_LINT_EXPORT MigrationResult migrate_to_v2(std::string_view text,
                                                 std::string_view display_name,
                                                 const Limits& limits = {});

/// Reads the file at `path` (a regular file within `limits`, as Linter::lint_file does; AML005
/// when it cannot be read) and migrates it; diagnostics carry `path` as their file name.
///
/// Never throws (std::bad_alloc aside). Thread-safe.
AUTOML_LINT_EXPORT MigrationResult migrate_file(const std::filesystem::path& path,
                                                const Limits& limits = {});

}  // namespace automl_lint
