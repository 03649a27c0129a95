// The AugmentedManifestFile format (image classification, CreateAutoMLJobV2 only): JSON Lines,
// each line an object whose "source-ref" is the s3:// URI of one image, e.g.
//   {"source-ref": "s3://bucket/images/cat.jpg", "label-metadata": {"class-name": "cat"}}
// Read as a stream with bounded memory: one line at a time (at most max_line_bytes held), up to
// max_bytes, stopping after max_bad_lines bad lines.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "data/byte_stream.hpp"
#include "data/data_view.hpp"

namespace automl_lint::data {

/// Bad lines whose reasons are kept (AugmentedManifestCheck::first_bad).
inline constexpr std::size_t kKeptBadLines = 3;

struct AugmentedManifestLimits {
  std::uint64_t max_bytes = 64ull * 1024 * 1024;  ///< Reading stops here (a warning says so).
  std::size_t max_line_bytes = 1024 * 1024;       ///< A longer line is bad and never held.
  std::uint64_t max_bad_lines = 10;               ///< Reading stops after this many.
  std::size_t max_refs = 100'000;                 ///< source-refs kept for the image checks.
};

struct AugmentedManifest {
  AugmentedManifestCheck check;
  std::vector<std::string> source_refs;  ///< Of the good lines, in order, at most max_refs.
  bool refs_capped = false;              ///< More good lines than max_refs.
};

/// Reads an augmented manifest from `stream`. Blank lines are skipped; a CR before the LF is
/// dropped. A line is bad when it is longer than the limit, holds a NUL byte, starts with a UTF-8
/// byte order mark (rapidjson alone would skip one), is not valid JSON
/// (UTF-8 validated; parsed iteratively, so nesting cannot overflow the stack), is not an
/// object, or has no "source-ref" string that is an s3:// URI of an object (a key that is not
/// empty and does not end with '/'). A stream that starts with the gzip magic is one bad line.
/// Stream errors are not reported here: the caller checks stream.error() afterwards.
AugmentedManifest read_augmented_manifest(ByteStream& stream,
                                          const AugmentedManifestLimits& limits = {});

}  // namespace automl_lint::data
