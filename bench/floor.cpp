// The "read + parse only" floor: one thread reads every file named on the command line and
// parses it with RapidJSON into a DOM, and does nothing else. No linter that reads and parses
// each file can beat it by much; bench/run.sh reports automl-lint's time against it.
//
//   g++ -std=c++20 -O2 -o floor floor.cpp     (RapidJSON headers: Debian's rapidjson-dev)
//   floor FILE...   -> prints "<files> files, <bytes> bytes, <n> not parsed"; exit 1 if n > 0
#include <fcntl.h>
#include <rapidjson/document.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
  std::string buffer;
  unsigned long long bytes = 0;
  unsigned long members = 0;
  int failed = 0;
  for (int i = 1; i < argc; ++i) {
    const int fd = ::open(argv[i], O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0) {
      std::fprintf(stderr, "%s: cannot read\n", argv[i]);
      ++failed;
      if (fd >= 0) ::close(fd);
      continue;
    }
    buffer.resize(static_cast<size_t>(st.st_size));
    size_t got = 0;
    while (got < buffer.size()) {
      const ssize_t n = ::read(fd, buffer.data() + got, buffer.size() - got);
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    ::close(fd);
    buffer.resize(got);
    bytes += got;
    rapidjson::Document doc;
    doc.Parse(buffer.data(), buffer.size());
    if (doc.HasParseError()) {
      std::fprintf(stderr, "%s: parse error at offset %zu\n", argv[i], doc.GetErrorOffset());
      ++failed;
    } else if (doc.IsObject()) {
      members += doc.MemberCount();  // use the result
    }
  }
  std::printf("%d files, %llu bytes, %lu top-level members, %d not parsed\n", argc - 1, bytes,
              members, failed);
  return failed ? 1 : 0;
}
