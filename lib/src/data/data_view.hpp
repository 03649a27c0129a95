// What the data a request points at looks like, read once under --data-root, for the data rules.
//
// The inspection (inspect.hpp) records facts only; each data rule in rules/data/ decides what
// they mean. Sizes are stored (compressed) bytes, as S3 reports them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "data/csv_scanner.hpp"

namespace automl_lint::data {

/// Why an object or a location could not be used.
enum class ProblemKind {
  escapes_root,     ///< A path outside the data root (`..`, a symlink out): never opened.
  missing,          ///< Nothing at the location: an empty prefix, a missing object.
  unreadable,       ///< I/O error, corrupt gzip, a broken Parquet footer, an open quote at EOF.
  manifest_format,  ///< The manifest is not `[{"prefix": "s3://..."}, "key", ...]`.
  /// The prefix holds more objects than the linter lists, or an augmented manifest more lines
  /// or bytes than it reads: the checks saw only part of the data.
  too_many_objects,
};

struct Problem {
  ProblemKind kind;
  std::string uri;     ///< The S3 URI concerned.
  std::string detail;  ///< What exactly, in words.
};

/// What an object holds. Image classification objects are never read as CSV: only their first
/// bytes are (`head`).
enum class Format { csv, parquet, image };

/// One S3 object of a channel, as found under the data root.
struct DataObject {
  std::string uri;              ///< s3://bucket/key
  std::uint64_t size = 0;       ///< Stored bytes.
  bool gzip = false;            ///< Starts with the gzip magic 1f 8b.
  Format format = Format::csv;  ///< What the content is (PAR1 magic, or else text).
  bool binary = false;          ///< Read as CSV but holds NUL bytes: not text.
  bool read = false;            ///< Content read to the end without error.
  bool has_header = false;      ///< CSV: a first record exists. Parquet: always.
  /// False when the CSV header was longer than the scanner keeps (1 MiB): the column names are
  /// then incomplete and no column check may rely on them.
  bool header_complete = true;
  /// CSV header fields, or Parquet top-level fields. Shared between objects with the same
  /// header, so that thousands of files with one wide header hold it once.
  std::shared_ptr<const std::vector<std::string>> header;
  const std::vector<std::string>& columns() const {
    static const std::vector<std::string> kNone;
    return header ? *header : kNone;
  }
  std::uint64_t rows = 0;  ///< Data rows: CSV records after the header, Parquet num_rows.
  /// CSV only: the tally of the channel's value column (ChannelData::value_column) when the
  /// header has it (`values.column_found`).
  ColumnValueStats values;
  /// Format::image: the object's first bytes (at most kImageHeadBytes, image_signature.hpp).
  std::string head;
};

/// A line of an augmented manifest that is not a JSON object with an s3:// `source-ref`.
struct BadLine {
  std::uint64_t line = 0;  ///< 1-based.
  std::string reason;      ///< In words; user text in it is shortened and escaped.
};

/// What reading an AugmentedManifestFile (JSON Lines, one image a line) found.
struct AugmentedManifestCheck {
  bool read = false;                  ///< The manifest was found and opened.
  std::uint64_t lines = 0;            ///< Lines read, blank ones included.
  std::uint64_t records = 0;          ///< Lines that are an object with an s3:// source-ref.
  std::uint64_t bad_lines = 0;        ///< The other non-blank lines, up to where reading stopped.
  std::vector<BadLine> first_bad;     ///< The first few bad lines (kKeptBadLines), in order.
  bool stopped_at_bad_lines = false;  ///< Reading stopped at the bad-line limit.
  bool stopped_at_size = false;       ///< Reading stopped at the byte limit.
  bool read_error = false;            ///< The stream failed before the end (AML803 says why).
  /// Every line was read.
  bool complete() const { return !stopped_at_bad_lines && !stopped_at_size && !read_error; }
};

/// What one channel's S3Uri resolves to.
struct ChannelData {
  std::size_t channel_index = 0;  ///< Index into InputDataConfig.
  bool manifest = false;          ///< S3DataType ManifestFile.
  /// S3DataType AugmentedManifestFile (image classification): `objects` are the images its
  /// `source-ref`s name that are under the data root; `augmented` says how the file reads.
  bool augmented_manifest = false;
  AugmentedManifestCheck augmented;
  /// The column whose values the CSV objects tally (DataObject::values): the sample weight
  /// column of a tabular job, the target column of a time-series job; unset for the others.
  std::optional<std::string> value_column;
  std::vector<DataObject> objects;
  std::vector<Problem> problems;
  std::uint64_t total_bytes() const;
  std::uint64_t total_rows() const;
  /// Every object resolved and read: totals are exact.
  bool complete() const;
};

/// The feature specification file (FeatureSpecificationS3Uri), parsed.
struct FeatureSpec {
  bool requested = false;  ///< The request names one.
  std::string uri;
  std::vector<Problem> problems;  ///< Could not be found or read (escapes_root, missing, ...).
  bool parsed = false;            ///< Read and a JSON document.
  std::vector<std::string> shape_errors;  ///< Wrong shape: not an object, unknown keys, types.
  bool has_names = false;
  std::vector<std::string> names;  ///< FeatureAttributeNames string items, in order.
  bool has_types = false;
  std::vector<std::pair<std::string, std::string>> types;  ///< FeatureDataTypes, in order.
};

/// How Mode AUTO (or absent) resolves, when the data tells.
struct ResolvedMode {
  bool known = false;
  std::string mode;    ///< ENSEMBLING or HYPERPARAMETER_TUNING.
  std::string reason;  ///< "the input data is 12.3 MB, under 100 MB", ...
  /// False when a VpcConfig may hide the size from Autopilot (which then uses HPO).
  bool certain = true;
};

struct DataView {
  std::vector<ChannelData> channels;
  FeatureSpec feature_spec;
  ResolvedMode auto_mode;
  /// The channel data for InputDataConfig index `index`, or nullptr when it was not inspected.
  const ChannelData* channel(std::size_t index) const;
  /// The stored bytes of all channels, when every channel was read completely.
  std::optional<std::uint64_t> input_bytes() const;
};

/// "12.3 MB" (decimal units, as the service's limits are written).
std::string format_bytes(std::uint64_t bytes);

inline constexpr std::uint64_t kMegabyte = 1000 * 1000;
inline constexpr std::uint64_t kGigabyte = 1000 * kMegabyte;
/// AUTO chooses ENSEMBLING below this dataset size, HYPERPARAMETER_TUNING from it.
inline constexpr std::uint64_t kAutoModeThreshold = 100 * kMegabyte;
/// AUTO cannot read the dataset size (and chooses HPO) past this many objects under a prefix.
inline constexpr std::size_t kAutoModeMaxObjects = 1000;

}  // namespace automl_lint::data
