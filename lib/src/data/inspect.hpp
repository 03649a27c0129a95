// Reads the data a request points at, under the data root, into a DataView.
#pragma once

#include <sys/stat.h>

#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "data/data_root.hpp"
#include "data/data_view.hpp"
#include "request_view.hpp"

namespace automl_lint::data {

/// Objects listed per prefix at most; more are reported and not read.
inline constexpr std::size_t kMaxObjectsPerChannel = 100'000;
/// Manifests and feature specification files larger than this are not parsed.
inline constexpr std::uint64_t kMaxJsonObjectBytes = 64ull * 1024 * 1024;

/// One copy of each recently seen header: the files of a prefix nearly always share theirs, and
/// thousands of objects with one wide header must not hold thousands of copies. Thread-safe.
class HeaderPool {
 public:
  using Header = std::shared_ptr<const std::vector<std::string>>;
  /// An equal header already held, or `header` (then held from now on).
  Header intern(Header header) const;

 private:
  static constexpr std::size_t kRecent = 16;
  mutable std::mutex mutex_;
  mutable std::vector<Header> recent_;
};

/// What was read from each object, so that a run over many requests that share their data reads
/// each object once. An entry is used only while the file's size, mtime and inode are unchanged.
/// Thread-safe; one per Linter.
class ObjectCache {
 public:
  struct Entry {
    DataObject object;
    std::vector<Problem> problems;
  };
  std::optional<Entry> find(const std::string& key, const struct stat& info) const;
  void store(const std::string& key, const struct stat& info, Entry entry) const;
  const HeaderPool& headers() const { return headers_; }

 private:
  struct Stamped {
    std::uint64_t size, mtime_ns, inode;
    Entry entry;
  };
  static constexpr std::size_t kMaxEntries = 100'000;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, Stamped> entries_;
  HeaderPool headers_;
};

/// A Linter's access to the data: the root and the cache of what was read.
struct DataAccess {
  explicit DataAccess(const std::filesystem::path& path) : root(path) {}
  DataRoot root;
  ObjectCache cache;
};

/// Resolves every channel and the feature specification, streams each object once (CSV record
/// count, header and the values of one column: the sample weights of a tabular job, the target
/// of a time-series job; Parquet footer; for image classification only each object's first
/// bytes, and an augmented manifest line by line) and resolves Mode AUTO when the data tells.
DataView inspect_data(const rules::Request& request, const DataRoot& root,
                      const ObjectCache* cache = nullptr);

}  // namespace automl_lint::data
