// Drives the CSV scanner on one file, as the linter does, and prints what it found.
//
//   scan_csv [--weight COLUMN | --drain] FILE    (gzip is recognised by its magic number)
//
// --drain reads the byte stream without scanning: the floor the scanner adds to.
//
// Output, one line: records=N bytes=N seconds=S gbps=G [weight: missing=.. not_numeric=..
// negative=..] [error=...]. Exit status 1 when the stream failed.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "data/byte_stream.hpp"
#include "data/csv_scanner.hpp"

using automl_lint::data::CsvScanOptions;

int main(int argc, char** argv) {
  CsvScanOptions options;
  int arg = 1;
  bool drain = false;
  if (argc == 4 && std::strcmp(argv[1], "--weight") == 0) {
    options.weight_column = argv[2];
    arg = 3;
  } else if (argc == 3 && std::strcmp(argv[1], "--drain") == 0) {
    drain = true;
    arg = 2;
  }
  if (arg != argc - 1) {
    std::fprintf(stderr, "usage: scan_csv [--weight COLUMN | --drain] FILE\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  const int fd = ::open(argv[arg], O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  struct stat info {};
  if (fd < 0 || ::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    std::fprintf(stderr, "%s: cannot open a regular file\n", argv[arg]);
    return 2;
  }
  char head[2] = {};
  const bool gzip = ::pread(fd, head, 2, 0) == 2 &&
                    automl_lint::data::starts_with_gzip_magic(std::string_view(head, 2));
  auto stream =
      gzip ? automl_lint::data::open_gzip_stream(fd) : automl_lint::data::open_file_stream(fd);
  automl_lint::data::CsvScanResult result;
  if (drain) {
    for (std::string_view chunk = stream->next(); !chunk.empty(); chunk = stream->next()) {
      result.bytes += chunk.size();
    }
  } else {
    result = automl_lint::data::scan_csv(*stream, options);
  }
  ::close(fd);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::printf("records=%llu bytes=%llu seconds=%.3f gbps=%.3f",
              static_cast<unsigned long long>(result.records),
              static_cast<unsigned long long>(result.bytes), seconds,
              static_cast<double>(result.bytes) / seconds / 1e9);
  if (options.weight_column) {
    std::printf(" weight: found=%d missing=%llu not_numeric=%llu negative=%llu",
                result.weight.column_found ? 1 : 0,
                static_cast<unsigned long long>(result.weight.missing),
                static_cast<unsigned long long>(result.weight.not_numeric),
                static_cast<unsigned long long>(result.weight.negative));
  }
  if (result.unterminated_quote) std::printf(" unterminated_quote");
  if (stream->error()) std::printf(" error=%s", stream->error()->c_str());
  std::printf("\n");
  return stream->error() ? 1 : 0;
}
