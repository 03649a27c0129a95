#include "data/byte_stream.hpp"

#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstddef>
#include <string>
#include <system_error>
#include <vector>

namespace automl_lint::data {
namespace {

// Chunk sizes, measured with bench/data/run.sh: a chunk that stays in the L2 cache between the
// kernel's copy and the scanner's pass beats a bigger one (1 MiB reads were ~10% slower).
constexpr std::size_t kFileChunk = 256 * 1024;
constexpr std::size_t kGzipInChunk = 128 * 1024;
constexpr std::size_t kGzipOutChunk = 256 * 1024;

// read(2) until it returns data, end of file or a real error; EINTR is retried. EAGAIN (a
// non-blocking fd that is not a regular file) is reported as an error instead of waited for, so
// a stream never blocks.
std::ptrdiff_t read_some(int fd, char* buffer, std::size_t size) {
  for (;;) {
    ssize_t n = ::read(fd, buffer, size);
    if (n >= 0 || errno != EINTR) return n;
  }
}

std::string read_error_message(int error_number) {
  return "read error: " + std::generic_category().message(error_number);
}

class FileStream final : public ByteStream {
 public:
  explicit FileStream(int fd) : fd_(fd), buffer_(kFileChunk) {}

  std::string_view next() override {
    if (done_) return {};
    std::ptrdiff_t n = read_some(fd_, buffer_.data(), buffer_.size());
    if (n <= 0) {
      done_ = true;
      if (n < 0) error_ = read_error_message(errno);
      return {};
    }
    bytes_in_ += static_cast<std::uint64_t>(n);
    return {buffer_.data(), static_cast<std::size_t>(n)};
  }

 private:
  int fd_;
  bool done_ = false;
  std::vector<char> buffer_;
};

class GzipStream final : public ByteStream {
 public:
  explicit GzipStream(int fd) : fd_(fd), in_(kGzipInChunk), out_(kGzipOutChunk) {
    // 16 + 15: gzip framing only (the caller chose this stream by the gzip magic), 32 KiB window.
    if (inflateInit2(&z_, 16 + 15) != Z_OK) {
      error_ = "gzip: cannot initialise zlib";
      return;
    }
    initialised_ = true;
  }
  ~GzipStream() override {
    if (initialised_) inflateEnd(&z_);
  }
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  std::string_view next() override {
    if (!initialised_ || error_ || ended_) return {};
    z_.next_out = reinterpret_cast<Bytef*>(out_.data());
    z_.avail_out = static_cast<uInt>(out_.size());
    // Fill the whole output buffer when possible: fewer, larger chunks for the consumer.
    while (z_.avail_out > 0 && !error_ && !ended_) step();
    std::size_t produced = out_.size() - z_.avail_out;
    // Data decoded before an error is still handed out; the error shows on the next call.
    if (produced == 0) return {};
    return {out_.data(), produced};
  }

 private:
  // One unit of progress: refill the input, skip padding, or run inflate once. Each call reads,
  // consumes or produces bytes, or ends the stream, so next() cannot loop forever.
  void step() {
    if (z_.avail_in == 0 && !refill()) return;
    if (!in_member_) {
      skip_nul_padding();
      if (z_.avail_in == 0) return;
      in_member_ = true;
      ++members_;
    }
    int rc = inflate(&z_, Z_NO_FLUSH);
    if (rc == Z_OK) return;
    if (rc == Z_STREAM_END) {
      // One member done; what follows may be another member (`cat a.gz b.gz`).
      in_member_ = false;
      if (inflateReset(&z_) != Z_OK) error_ = "gzip: cannot reset zlib";
      return;
    }
    // Z_BUF_ERROR cannot happen with input and output space available; treat it, like
    // Z_DATA_ERROR, Z_NEED_DICT and Z_MEM_ERROR, as the end.
    std::string reason = z_.msg != nullptr ? z_.msg : "zlib error " + std::to_string(rc);
    if (rc == Z_MEM_ERROR) {
      error_ = "gzip: out of memory";
    } else {
      error_ = "corrupt gzip data at compressed byte " + std::to_string(consumed()) + ": " + reason;
    }
  }

  // Reads more compressed bytes; false when none came (end of file, or error_ set).
  bool refill() {
    std::ptrdiff_t n = read_some(fd_, in_.data(), in_.size());
    if (n < 0) {
      error_ = read_error_message(errno);
      return false;
    }
    if (n == 0) {
      end_of_file();
      return false;
    }
    bytes_in_ += static_cast<std::uint64_t>(n);
    z_.next_in = reinterpret_cast<Bytef*>(in_.data());
    z_.avail_in = static_cast<uInt>(n);
    return true;
  }

  void end_of_file() {
    if (in_member_ || members_ == 0) {
      error_ = "gzip stream ends early at compressed byte " + std::to_string(consumed());
    } else {
      ended_ = true;
    }
  }

  void skip_nul_padding() {
    while (z_.avail_in > 0 && *z_.next_in == 0) {
      ++z_.next_in;
      --z_.avail_in;
    }
  }

  std::uint64_t consumed() const { return bytes_in_ - z_.avail_in; }

  int fd_;
  z_stream z_{};
  bool initialised_ = false;
  bool in_member_ = false;
  bool ended_ = false;
  std::uint64_t members_ = 0;
  std::vector<char> in_;
  std::vector<char> out_;
};

}  // namespace

std::unique_ptr<ByteStream> open_file_stream(int fd) {
  return std::make_unique<FileStream>(fd);
}

std::unique_ptr<ByteStream> open_gzip_stream(int fd) {
  return std::make_unique<GzipStream>(fd);
}

bool starts_with_gzip_magic(std::string_view first_bytes) {
  return first_bytes.size() >= 2 && static_cast<unsigned char>(first_bytes[0]) == 0x1f &&
         static_cast<unsigned char>(first_bytes[1]) == 0x8b;
}

}  // namespace automl_lint::data
