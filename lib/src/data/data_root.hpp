// Maps S3 URIs to files under --data-root, which mirrors S3 as DIR/<bucket>/<key> (the layout
// `aws s3 sync s3://bucket DIR/bucket` leaves). Nothing outside DIR is ever opened.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "data/data_view.hpp"

namespace automl_lint::data {

struct S3Location {
  std::string bucket;
  std::string key;
  std::string uri() const { return "s3://" + bucket + "/" + key; }
};

/// "s3://bucket/key" (the key may be empty); nullopt for anything else.
std::optional<S3Location> parse_s3_uri(std::string_view uri);

/// A regular file under the data root that stands for one S3 object.
struct LocalObject {
  std::string uri;
  std::filesystem::path path;  ///< Canonical, inside the root.
  std::uint64_t size = 0;
};

struct Listing {
  std::vector<LocalObject> objects;  ///< Sorted by key, as S3 lists them.
  std::vector<Problem> problems;
};

class DataRoot {
 public:
  /// `root` must be an existing directory; it is made canonical once.
  explicit DataRoot(const std::filesystem::path& root);

  const std::filesystem::path& path() const { return root_; }

  /// Every object whose key starts with `prefix.key` (S3Prefix semantics: `data/train` also
  /// matches `data/train.csv` and `data/train/part-1.csv`). Stops after `max_objects`.
  Listing list_prefix(const S3Location& prefix, std::size_t max_objects) const;

  /// The one object with exactly this key.
  std::variant<LocalObject, Problem> find_object(const S3Location& location) const;

 private:
  struct Walk;
  std::optional<Problem> unsafe_key(const S3Location& location) const;
  bool inside(const std::filesystem::path& canonical) const;
  std::filesystem::path root_;
};

}  // namespace automl_lint::data
