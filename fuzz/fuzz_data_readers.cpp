// libFuzzer harness: the readers of --data-root data, on arbitrary bytes.
//
// The first byte chooses the reader, the rest is the object's content:
//   0 Parquet footer (parse_parquet_file, and read_parquet_footer through a memfd)
//   1 CSV scan with a weight column, whole and in chunks of a size taken from the input; the
//     two scans must agree exactly (the chunked SIMD/scalar state machine is the risky part)
//   2 CSV scan without a weight column (the SIMD counting path), whole versus chunked
//   3 gzip stream then CSV scan (truncated and corrupt members, concatenated members)
//   4 manifest parser
//   5 feature specification parser
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "data/byte_stream.hpp"
#include "data/csv_scanner.hpp"
#include "data/feature_spec.hpp"
#include "data/manifest.hpp"
#include "data/parquet_footer.hpp"
#include "fuzz_common.hpp"

namespace {

using namespace automl_lint::data;
using automl_lint_fuzz::require;

/// Serves a string in chunks of a fixed size.
class ChunkedStream : public ByteStream {
 public:
  ChunkedStream(std::string_view data, std::size_t chunk) : data_(data), chunk_(chunk) {}
  std::string_view next() override {
    std::string_view piece = data_.substr(0, chunk_);
    data_.remove_prefix(piece.size());
    bytes_in_ += piece.size();
    return piece;
  }

 private:
  std::string_view data_;
  std::size_t chunk_;
};

/// An in-memory file, for the readers that take a file descriptor.
class MemoryFile {
 public:
  explicit MemoryFile(std::string_view data) : fd_(::memfd_create("fuzz", MFD_CLOEXEC)) {
    require(fd_ >= 0, "memfd_create failed");
    std::size_t written = 0;
    while (written < data.size()) {
      ssize_t count = ::write(fd_, data.data() + written, data.size() - written);
      require(count > 0, "write to memfd failed");
      written += static_cast<std::size_t>(count);
    }
    require(::lseek(fd_, 0, SEEK_SET) == 0, "lseek failed");
  }
  ~MemoryFile() { ::close(fd_); }
  int fd() const { return fd_; }

 private:
  int fd_;
};

bool same(const CsvScanResult& a, const CsvScanResult& b) {
  return a.header == b.header && a.has_header == b.has_header && a.records == b.records &&
         a.bytes == b.bytes && a.unterminated_quote == b.unterminated_quote &&
         a.contains_nul == b.contains_nul && a.header_too_long == b.header_too_long &&
         a.values.column_found == b.values.column_found && a.values.missing == b.values.missing &&
         a.values.not_numeric == b.values.not_numeric && a.values.negative == b.values.negative &&
         a.values.first_bad_record == b.values.first_bad_record;
}

void fuzz_parquet(std::string_view bytes) {
  auto from_memory = parse_parquet_file(bytes);
  MemoryFile file(bytes);
  auto from_file = read_parquet_footer(file.fd(), bytes.size());
  require(from_memory.index() == from_file.index(), "Parquet: memory and file readers disagree");
  if (auto* footer = std::get_if<ParquetFooter>(&from_memory)) {
    require(footer->num_rows >= 0, "Parquet: negative row count");
    require(std::get<ParquetFooter>(from_file).columns == footer->columns,
            "Parquet: memory and file readers disagree on the columns");
  }
}

void fuzz_csv(std::string_view bytes, bool with_weight) {
  if (bytes.empty()) return;
  std::size_t chunk = static_cast<unsigned char>(bytes[0]) % 97 + 1;
  std::string_view content = bytes.substr(1);
  CsvScanOptions options;
  if (with_weight) options.value_column = "w";
  ChunkedStream whole(content, content.size() + 1);
  ChunkedStream pieces(content, chunk);
  CsvScanResult a = scan_csv(whole, options);
  CsvScanResult b = scan_csv(pieces, options);
  require(same(a, b), "CSV: the result depends on the chunk size");
  require(a.bytes == content.size(), "CSV: not every byte was scanned");
  require(a.records <= content.size(), "CSV: more records than bytes");
}

void fuzz_gzip(std::string_view bytes) {
  MemoryFile file(bytes);
  auto stream = open_gzip_stream(file.fd());
  CsvScanResult result = scan_csv(*stream, {});
  require(!stream->error() || stream->next().empty(), "gzip: data after an error");
  (void)result;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 6) {
    case 0:
      fuzz_parquet(input);
      break;
    case 1:
      fuzz_csv(input, true);
      break;
    case 2:
      fuzz_csv(input, false);
      break;
    case 3:
      fuzz_gzip(input);
      break;
    case 4:
      (void)parse_manifest(input);
      break;
    default: {
      FeatureSpec spec;
      parse_feature_spec(input, spec);
      break;
    }
  }
  return 0;
}
