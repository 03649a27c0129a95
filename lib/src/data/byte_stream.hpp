// Pull-based byte sources for data files: memory stays constant whatever the file size.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace automl_lint::data {

/// A source of bytes read chunk by chunk. Implementations reuse one buffer, so a consumer sees
/// every byte exactly once and never holds more than one chunk.
class ByteStream {
 public:
  virtual ~ByteStream() = default;

  /// The next chunk of bytes; empty when the stream ended. The view is valid until the next
  /// call. On failure returns empty and error() is set (and stays set).
  virtual std::string_view next() = 0;

  /// Why the stream stopped early, e.g. "read error: Input/output error" or
  /// "corrupt gzip data at compressed byte 1234: invalid block type".
  const std::optional<std::string>& error() const { return error_; }

  /// Bytes read from the underlying file so far (the compressed bytes for gzip).
  std::uint64_t bytes_in() const { return bytes_in_; }

 protected:
  std::optional<std::string> error_;
  std::uint64_t bytes_in_ = 0;
};

/// The bytes of `fd` as they are. The stream does not own `fd`: the caller opened it (a regular
/// file, normally O_RDONLY|O_NONBLOCK|O_CLOEXEC), keeps it open while the stream is used, and
/// closes it. Reading starts at the fd's current offset.
std::unique_ptr<ByteStream> open_file_stream(int fd);

/// The decompressed bytes of the gzip file `fd` (same ownership rule as open_file_stream).
/// Concatenated members (`cat a.gz b.gz`) are decoded one after the other, and NUL padding
/// between or after members is skipped, as gzip(1) does. A stream that stops inside a member
/// reports "gzip stream ends early at compressed byte N"; corrupt data, including trailing bytes
/// that are not another member, reports "corrupt gzip data at compressed byte N: <zlib message>".
std::unique_ptr<ByteStream> open_gzip_stream(int fd);

/// True when `first_bytes` starts with the gzip magic number 1f 8b.
bool starts_with_gzip_magic(std::string_view first_bytes);

}  // namespace automl_lint::data
