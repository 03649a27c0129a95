#include "data/data_root.hpp"

#include <algorithm>
#include <set>
#include <system_error>

namespace automl_lint::data {

namespace fs = std::filesystem;

namespace {

/// Directories deeper than this under one prefix are not walked (a guard against loops).
constexpr int kMaxWalkDepth = 64;

/// Where a symlink leads is not printed: messages must not depend on where the root is.
constexpr const char* kSymlinkOut = "a symlink leads outside the data root; not opened";

std::vector<std::string_view> split_key(std::string_view key) {
  std::vector<std::string_view> segments;
  std::size_t start = 0;
  while (start <= key.size()) {
    std::size_t slash = key.find('/', start);
    if (slash == std::string_view::npos) slash = key.size();
    segments.push_back(key.substr(start, slash - start));
    start = slash + 1;
  }
  return segments;
}

Problem problem(ProblemKind kind, std::string uri, std::string detail) {
  return {kind, std::move(uri), std::move(detail)};
}

}  // namespace

std::optional<S3Location> parse_s3_uri(std::string_view uri) {
  constexpr std::string_view kScheme = "s3://";
  if (uri.substr(0, kScheme.size()) != kScheme) return std::nullopt;
  uri.remove_prefix(kScheme.size());
  std::size_t slash = uri.find('/');
  std::string_view bucket = uri.substr(0, slash);
  if (bucket.empty() || bucket == "." || bucket == "..") return std::nullopt;
  std::string_view key = slash == std::string_view::npos ? "" : uri.substr(slash + 1);
  return S3Location{std::string(bucket), std::string(key)};
}

DataRoot::DataRoot(const fs::path& root) {
  std::error_code error;
  root_ = fs::canonical(root, error);
  if (error) root_ = fs::absolute(root);
}

bool DataRoot::inside(const fs::path& canonical) const {
  auto [root_end, _] =
      std::mismatch(root_.begin(), root_.end(), canonical.begin(), canonical.end());
  return root_end == root_.end();
}

/// Keys that have no place under the root: `..` would lead out of it; `.`, an empty segment
/// (`a//b`, a leading `/`) or a NUL byte would name another file than the key does on S3.
std::optional<Problem> DataRoot::unsafe_key(const S3Location& location) const {
  if (location.bucket.find('\0') != std::string::npos ||
      location.key.find('\0') != std::string::npos) {
    return problem(ProblemKind::missing, location.uri(),
                   "the key holds a NUL byte, which no file name can; not looked up");
  }
  std::vector<std::string_view> segments = split_key(location.key);
  for (std::size_t i = 0; i < segments.size(); ++i) {
    std::string_view segment = segments[i];
    if (segment == "..") {
      return problem(ProblemKind::escapes_root, location.uri(),
                     "the key has a '..' segment, which would lead outside the data root; not "
                     "opened");
    }
    bool last = i + 1 == segments.size();
    if (segment == "." || (segment.empty() && !last && !location.key.empty())) {
      return problem(ProblemKind::missing, location.uri(),
                     segment.empty()
                         ? "the key has an empty segment ('//' or a leading '/'): on S3 that is "
                           "another key than the one without it, and it cannot be mirrored "
                           "under the data root"
                         : "the key has a '.' segment, which cannot be mirrored under the data "
                           "root");
    }
  }
  return std::nullopt;
}

/// Walks directories below one prefix, following symlinks only while they stay inside the root.
struct DataRoot::Walk {
  const DataRoot& root;
  std::size_t max_objects;
  Listing listing;
  /// The directories being walked, to stop a symlink loop (a directory inside itself).
  std::set<fs::path> ancestors;

  bool stopped = false;  ///< The object limit was reached (and reported).

  bool full() const { return listing.objects.size() >= max_objects; }

  void add_file(const fs::path& canonical, const std::string& uri, std::uint64_t size) {
    listing.objects.push_back({uri, canonical, size});
  }

  /// `entry` is a path under the root; `uri` the S3 URI it stands for.
  void visit(const fs::path& entry, const std::string& uri, int depth) {
    std::error_code error;
    fs::path canonical = fs::canonical(entry, error);
    if (error) {
      listing.problems.push_back(problem(ProblemKind::unreadable, uri, error.message()));
      return;
    }
    if (!root.inside(canonical)) {
      listing.problems.push_back(problem(ProblemKind::escapes_root, uri, kSymlinkOut));
      return;
    }
    auto status = fs::status(canonical, error);
    if (fs::is_directory(status)) {
      if (ancestors.count(canonical)) {
        listing.problems.push_back(problem(ProblemKind::unreadable, uri,
                                           "a symlink loop (a directory inside itself); skipped"));
        return;
      }
      if (depth >= kMaxWalkDepth) {
        listing.problems.push_back(problem(
            ProblemKind::unreadable, uri,
            "directories nested deeper than " + std::to_string(kMaxWalkDepth) + "; not read"));
        return;
      }
      ancestors.insert(canonical);
      walk_directory(canonical, uri.back() == '/' ? uri : uri + "/", "", depth + 1);
      ancestors.erase(canonical);
    } else if (fs::is_regular_file(status)) {
      add_file(canonical, uri, fs::file_size(canonical, error));
    } else {
      listing.problems.push_back(problem(
          ProblemKind::unreadable, uri, "not a regular file (a FIFO, socket or device); not read"));
    }
  }

  /// Visits the entries of `directory` whose names start with `name_prefix`.
  void walk_directory(const fs::path& directory, const std::string& uri_of_directory,
                      std::string_view name_prefix, int depth) {
    std::error_code error;
    std::vector<std::string> names;
    for (fs::directory_iterator it(directory, error), end; !error && it != end;
         it.increment(error)) {
      std::string name = it->path().filename().string();
      if (name.compare(0, name_prefix.size(), name_prefix) == 0) names.push_back(std::move(name));
    }
    if (error) {
      listing.problems.push_back(problem(ProblemKind::unreadable, uri_of_directory,
                                         "cannot list the directory: " + error.message()));
      return;
    }
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      if (full()) {
        if (!stopped) {
          listing.problems.push_back(problem(
              ProblemKind::too_many_objects, uri_of_directory,
              "more than " + std::to_string(max_objects) + " objects; the rest are not read"));
        }
        stopped = true;
        return;
      }
      visit(directory / name, uri_of_directory + name, depth);
    }
  }
};

Listing DataRoot::list_prefix(const S3Location& prefix, std::size_t max_objects) const {
  Walk walk{*this, max_objects, {}, {}, false};
  if (auto unsafe = unsafe_key(prefix)) {
    walk.listing.problems.push_back(*unsafe);
    return walk.listing;
  }
  // The key up to its last '/' names a directory; the rest is a prefix of names in it.
  std::size_t slash = prefix.key.rfind('/');
  std::string directory_key = slash == std::string::npos ? "" : prefix.key.substr(0, slash + 1);
  std::string name_prefix = prefix.key.substr(directory_key.size());
  fs::path directory = root_ / prefix.bucket / directory_key;
  std::error_code error;
  fs::path canonical = fs::canonical(directory, error);
  if (!error && !inside(canonical)) {
    walk.listing.problems.push_back(problem(ProblemKind::escapes_root, prefix.uri(), kSymlinkOut));
  } else if (!error && fs::is_directory(canonical, error)) {
    walk.ancestors.insert(canonical);
    walk.walk_directory(canonical, "s3://" + prefix.bucket + "/" + directory_key, name_prefix, 0);
  }
  // S3 lists keys in byte order, whatever the directory layout.
  std::sort(walk.listing.objects.begin(), walk.listing.objects.end(),
            [](const LocalObject& a, const LocalObject& b) { return a.uri < b.uri; });
  return walk.listing;
}

std::variant<LocalObject, Problem> DataRoot::find_object(const S3Location& location) const {
  if (auto unsafe = unsafe_key(location)) return *unsafe;
  fs::path path = root_ / location.bucket / location.key;
  std::error_code error;
  fs::path canonical = fs::canonical(path, error);
  if (error) {
    return problem(ProblemKind::missing, location.uri(), "no such object under the data root");
  }
  if (!inside(canonical)) {
    return problem(ProblemKind::escapes_root, location.uri(), kSymlinkOut);
  }
  if (!fs::is_regular_file(canonical, error)) {
    return problem(ProblemKind::missing, location.uri(),
                   "not a regular file under the data root (a directory?)");
  }
  return LocalObject{location.uri(), canonical, fs::file_size(canonical, error)};
}

}  // namespace automl_lint::data
