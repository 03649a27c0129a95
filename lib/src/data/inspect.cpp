#include "data/inspect.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <numeric>

#include "data/augmented_manifest.hpp"
#include "data/byte_stream.hpp"
#include "data/csv_scanner.hpp"
#include "data/feature_spec.hpp"
#include "data/image_signature.hpp"
#include "data/manifest.hpp"
#include "data/parquet_footer.hpp"
#include "messages.hpp"

namespace automl_lint::data {

namespace {

/// An open file descriptor, closed on scope exit.
class File {
 public:
  explicit File(const std::filesystem::path& path)
      : fd_(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)) {}
  ~File() {
    if (fd_ >= 0) ::close(fd_);
  }
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  int fd() const { return fd_; }
  bool is_open() const { return fd_ >= 0; }

 private:
  int fd_;
};

std::string system_error() {
  return std::strerror(errno);
}

/// Up to `count` bytes from the start of the file, without moving its offset.
std::string head_bytes(int fd, std::size_t count) {
  std::string bytes(count, '\0');
  ssize_t got = ::pread(fd, bytes.data(), count, 0);
  bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  return bytes;
}

void read_parquet(int fd, DataObject& object, std::vector<Problem>& problems) {
  object.format = Format::parquet;
  auto footer = read_parquet_footer(fd, object.size);
  if (auto* error = std::get_if<ParquetError>(&footer)) {
    problems.push_back({ProblemKind::unreadable, object.uri, error->message});
    return;
  }
  auto& parquet = std::get<ParquetFooter>(footer);
  object.read = true;
  object.has_header = true;
  object.header = std::make_shared<const std::vector<std::string>>(std::move(parquet.columns));
  object.rows = parquet.num_rows > 0 ? static_cast<std::uint64_t>(parquet.num_rows) : 0;
}

void read_csv(int fd, const std::optional<std::string>& value_column, DataObject& object,
              std::vector<Problem>& problems) {
  std::unique_ptr<ByteStream> stream = object.gzip ? open_gzip_stream(fd) : open_file_stream(fd);
  CsvScanResult scan = scan_csv(*stream, {value_column});
  object.binary = scan.contains_nul;
  object.has_header = scan.has_header;
  object.header = std::make_shared<const std::vector<std::string>>(std::move(scan.header));
  object.header_complete = !scan.header_too_long;
  object.rows = scan.records;
  object.values = std::move(scan.values);
  if (const auto& error = stream->error()) {
    problems.push_back({ProblemKind::unreadable, object.uri, *error});
    return;
  }
  if (scan.unterminated_quote) {
    std::string where = scan.unterminated_quote_line
                            ? " (the quoted field opens on line " +
                                  std::to_string(*scan.unterminated_quote_line) + ")"
                            : "";
    problems.push_back(
        {ProblemKind::unreadable, object.uri,
         "the file ends inside a quoted field" + where + ", so its records cannot be counted"});
    return;
  }
  object.read = true;
}

/// What the inspection of one request needs besides the request.
struct Context {
  const DataRoot& root;
  const ObjectCache* cache;
  const HeaderPool& headers;
  /// Image classification: objects are images, of which only the first bytes are read.
  bool images = false;
};

/// How one object is read: its content decides between CSV and Parquet; an image only has its
/// first bytes read, never the rest (an image is not CSV and must not be scanned as such).
void read_content(int fd, const std::optional<std::string>& value_column, bool image,
                  DataObject& object, std::vector<Problem>& problems) {
  std::string head = head_bytes(fd, image ? kImageHeadBytes : 4);
  object.gzip = starts_with_gzip_magic(head);
  if (image) {
    object.format = Format::image;
    object.head = std::move(head);
    object.read = true;
  } else if (starts_with_parquet_magic(head)) {
    read_parquet(fd, object, problems);
  } else {
    read_csv(fd, value_column, object, problems);
  }
}

DataObject read_object(const LocalObject& local, const std::optional<std::string>& value_column,
                       std::vector<Problem>& problems, const Context& context) {
  const ObjectCache* cache = context.cache;
  DataObject object;
  object.uri = local.uri;
  object.size = local.size;
  File file(local.path);
  struct stat info {};
  if (!file.is_open() || ::fstat(file.fd(), &info) != 0) {
    problems.push_back({ProblemKind::unreadable, object.uri, "cannot open: " + system_error()});
    return object;
  }
  if (!S_ISREG(info.st_mode)) {
    problems.push_back({ProblemKind::unreadable, object.uri, "not a regular file"});
    return object;
  }
  std::string key = local.uri + '\0' + local.path.string() + '\0' +
                    (context.images ? std::string("\2") : value_column.value_or("\1"));
  if (cache) {
    if (auto hit = cache->find(key, info)) {
      problems.insert(problems.end(), hit->problems.begin(), hit->problems.end());
      return std::move(hit->object);
    }
  }
  object.size = static_cast<std::uint64_t>(info.st_size);
  std::vector<Problem> found;
  read_content(file.fd(), value_column, context.images, object, found);
  object.header = context.headers.intern(std::move(object.header));
  if (cache) cache->store(key, info, {object, found});
  problems.insert(problems.end(), found.begin(), found.end());
  return object;
}

/// The whole of a small object (a manifest, a feature specification), or a problem.
std::variant<std::string, Problem> read_small_object(const LocalObject& local) {
  auto failure = [&](std::string detail) {
    return Problem{ProblemKind::unreadable, local.uri, std::move(detail)};
  };
  File file(local.path);
  if (!file.is_open()) return failure("cannot open: " + system_error());
  if (local.size > kMaxJsonObjectBytes) {
    return failure("the object is " + format_bytes(local.size) + ", too large to be read");
  }
  std::string content;
  std::unique_ptr<ByteStream> stream = open_file_stream(file.fd());
  for (std::string_view chunk = stream->next(); !chunk.empty(); chunk = stream->next()) {
    content.append(chunk);
    if (content.size() > kMaxJsonObjectBytes) return failure("the object grew while read");
  }
  if (const auto& error = stream->error()) return failure(*error);
  return content;
}

void add_listing(const Context& context, Listing listing, ChannelData& data) {
  data.problems.insert(data.problems.end(), listing.problems.begin(), listing.problems.end());
  for (const LocalObject& local : listing.objects) {
    data.objects.push_back(read_object(local, data.value_column, data.problems, context));
  }
}

/// A manifest names its objects; each is looked up on its own.
void resolve_manifest(const Context& context, const S3Location& location, ChannelData& data) {
  const DataRoot& root = context.root;
  auto found = root.find_object(location);
  if (auto* problem = std::get_if<Problem>(&found)) {
    data.problems.push_back(*problem);
    return;
  }
  auto text = read_small_object(std::get<LocalObject>(found));
  if (auto* problem = std::get_if<Problem>(&text)) {
    data.problems.push_back(*problem);
    return;
  }
  auto manifest = parse_manifest(std::get<std::string>(text));
  if (auto* error = std::get_if<std::string>(&manifest)) {
    data.problems.push_back({ProblemKind::manifest_format, location.uri(), *error});
    return;
  }
  Listing listing;
  for (const std::string& key : std::get<Manifest>(manifest).repeated) {
    data.problems.push_back({ProblemKind::manifest_format, location.uri(),
                             "the entry '" + automl_lint::detail::shorten(key) +
                                 "' is listed more than once (read once here)"});
  }
  for (const std::string& uri : std::get<Manifest>(manifest).uris) {
    auto entry = parse_s3_uri(uri);
    if (!entry) {
      listing.problems.push_back({ProblemKind::manifest_format, uri, "not an s3:// URI"});
      continue;
    }
    auto object = root.find_object(*entry);
    if (auto* problem = std::get_if<Problem>(&object)) {
      listing.problems.push_back(*problem);
    } else {
      listing.objects.push_back(std::get<LocalObject>(object));
    }
  }
  add_listing(context, std::move(listing), data);
}

/// An augmented manifest (JSON Lines) is streamed line by line; the images its source-refs name
/// are looked up under the data root, and each one's first bytes read.
void resolve_augmented_manifest(const Context& context, const S3Location& location,
                                ChannelData& data) {
  const DataRoot& root = context.root;
  auto found = root.find_object(location);
  if (auto* problem = std::get_if<Problem>(&found)) {
    data.problems.push_back(*problem);
    return;
  }
  const LocalObject& local = std::get<LocalObject>(found);
  File file(local.path);
  struct stat info {};
  if (!file.is_open() || ::fstat(file.fd(), &info) != 0 || !S_ISREG(info.st_mode)) {
    data.problems.push_back(
        {ProblemKind::unreadable, local.uri,
         file.is_open() ? "not a regular file" : "cannot open: " + system_error()});
    return;
  }
  std::unique_ptr<ByteStream> stream = open_file_stream(file.fd());
  AugmentedManifestLimits limits;
  limits.max_refs = kMaxObjectsPerChannel;
  AugmentedManifest manifest = read_augmented_manifest(*stream, limits);
  data.augmented = std::move(manifest.check);
  if (const auto& error = stream->error()) {
    data.augmented.read_error = true;
    data.problems.push_back({ProblemKind::unreadable, local.uri, *error});
  }
  if (data.augmented.stopped_at_size) {
    data.problems.push_back({ProblemKind::too_many_objects, local.uri,
                             "the augmented manifest is larger than " +
                                 format_bytes(limits.max_bytes) + "; only its first " +
                                 std::to_string(data.augmented.lines) + " lines were checked"});
  }
  if (manifest.refs_capped) {
    data.problems.push_back({ProblemKind::too_many_objects, local.uri,
                             "the augmented manifest names more than " +
                                 std::to_string(kMaxObjectsPerChannel) +
                                 " images; only the first were looked up"});
  }
  Listing listing;
  for (const std::string& uri : manifest.source_refs) {
    auto image = root.find_object(*parse_s3_uri(uri));  // The reader checked the URI.
    if (auto* problem = std::get_if<Problem>(&image)) {
      listing.problems.push_back(*problem);
    } else {
      listing.objects.push_back(std::get<LocalObject>(image));
    }
  }
  add_listing(context, std::move(listing), data);
}

/// The column whose values the inspection tallies: the sample weights (tabular) or the target
/// (time series); the other problem types need no column's values.
std::optional<std::string> value_column_for(const rules::Request& request,
                                            const rules::Channel& channel) {
  switch (request.problem) {
    case automl_lint::ProblemKind::tabular:
      return request.weight_for(channel).value;
    case automl_lint::ProblemKind::time_series:
      return request.time_series.time_series_config.target_attribute_name.value;
    default:
      return std::nullopt;
  }
}

std::optional<ChannelData> inspect_channel(const Context& context, const rules::Request& request,
                                           const rules::Channel& channel, std::size_t index) {
  const DataRoot& root = context.root;
  if (!channel.well_formed || !channel.s3_uri.has_value()) return std::nullopt;
  bool augmented = channel.s3_data_type.is("AugmentedManifestFile");
  // Only image classification reads augmented manifests (s3-data-type-per-problem reports the
  // others).
  if (augmented && !context.images) return std::nullopt;
  auto location = parse_s3_uri(*channel.s3_uri);
  if (!location) return std::nullopt;  // The s3-uri-scheme rule reports it.
  ChannelData data;
  data.channel_index = index;
  data.manifest = channel.s3_data_type.is("ManifestFile");
  data.augmented_manifest = augmented;
  data.value_column = value_column_for(request, channel);
  if (data.augmented_manifest) {
    resolve_augmented_manifest(context, *location, data);
  } else if (data.manifest) {
    resolve_manifest(context, *location, data);
  } else {
    add_listing(context, root.list_prefix(*location, kMaxObjectsPerChannel), data);
  }
  if (data.objects.empty() && data.problems.empty() && !data.augmented_manifest) {
    data.problems.push_back({ProblemKind::missing, location->uri(),
                             "no object has a key starting with '" +
                                 automl_lint::detail::shorten(location->key) +
                                 "' under the data root"});
  }
  return data;
}

FeatureSpec inspect_feature_spec(const rules::Text& uri, const DataRoot& root) {
  FeatureSpec spec;
  if (!uri.has_value()) return spec;
  auto location = parse_s3_uri(*uri);
  if (!location) return spec;
  spec.requested = true;
  spec.uri = location->uri();
  auto found = root.find_object(*location);
  if (auto* problem = std::get_if<Problem>(&found)) {
    spec.problems.push_back(*problem);
    return spec;
  }
  auto text = read_small_object(std::get<LocalObject>(found));
  if (auto* problem = std::get_if<Problem>(&text)) {
    spec.problems.push_back(*problem);
    return spec;
  }
  parse_feature_spec(std::get<std::string>(text), spec);
  return spec;
}

ResolvedMode hpo(std::string reason) {
  return {.known = true, .mode = "HYPERPARAMETER_TUNING", .reason = std::move(reason)};
}

/// Why Autopilot cannot read the dataset size, or empty: the training-modes page names a
/// ManifestFile input and more than 1000 objects under the S3 URI.
std::string size_unreadable(const DataView& view) {
  for (const ChannelData& channel : view.channels) {
    if (channel.manifest) {
      return "S3DataType is ManifestFile, so Autopilot cannot read the dataset size";
    }
    if (channel.objects.size() > kAutoModeMaxObjects) {
      return "the S3 URI holds " + std::to_string(channel.objects.size()) +
             " objects (more than 1000), so Autopilot cannot read the dataset size";
    }
  }
  return "";
}

/// AUTO chooses by dataset size (all channels' stored bytes), and HPO when it cannot read it.
ResolvedMode resolve_auto_mode(const rules::Request& request, const DataView& view) {
  if (request.problem != automl_lint::ProblemKind::tabular) return {};
  if (request.tabular.effective_mode() != "AUTO" || view.channels.empty()) return {};
  if (std::string reason = size_unreadable(view); !reason.empty()) return hpo(reason);
  std::optional<std::uint64_t> bytes = view.input_bytes();
  if (!bytes) return {};
  std::string size = "the input data is " + format_bytes(*bytes);
  if (*bytes >= kAutoModeThreshold) return hpo(size + ", not under 100 MB");
  bool vpc = request.security_config.vpc_config.present;
  std::string reason = size + ", under 100 MB";
  if (vpc) {
    reason +=
        "; with a VpcConfig, a bucket that only the VPC may read would hide the size, "
        "and Autopilot would then use HYPERPARAMETER_TUNING";
  }
  return {.known = true, .mode = "ENSEMBLING", .reason = reason, .certain = !vpc};
}

}  // namespace

HeaderPool::Header HeaderPool::intern(Header header) const {
  if (!header) return header;
  std::lock_guard lock(mutex_);
  for (const Header& known : recent_) {
    if (*known == *header) return known;
  }
  if (recent_.size() >= kRecent) recent_.erase(recent_.begin());
  recent_.push_back(header);
  return header;
}

std::optional<ObjectCache::Entry> ObjectCache::find(const std::string& key,
                                                    const struct stat& info) const {
  std::lock_guard lock(mutex_);
  auto found = entries_.find(key);
  if (found == entries_.end()) return std::nullopt;
  const Stamped& stamped = found->second;
  auto mtime = static_cast<std::uint64_t>(info.st_mtim.tv_sec) * 1'000'000'000u +
               static_cast<std::uint64_t>(info.st_mtim.tv_nsec);
  if (stamped.size != static_cast<std::uint64_t>(info.st_size) || stamped.mtime_ns != mtime ||
      stamped.inode != info.st_ino) {
    return std::nullopt;
  }
  return stamped.entry;
}

void ObjectCache::store(const std::string& key, const struct stat& info, Entry entry) const {
  auto mtime = static_cast<std::uint64_t>(info.st_mtim.tv_sec) * 1'000'000'000u +
               static_cast<std::uint64_t>(info.st_mtim.tv_nsec);
  std::lock_guard lock(mutex_);
  if (entries_.size() >= kMaxEntries) entries_.clear();  // Bounded memory; rare.
  entries_[key] = {static_cast<std::uint64_t>(info.st_size), mtime, info.st_ino, std::move(entry)};
}

const rules::Text* feature_spec_uri(const rules::Request& request) {
  switch (request.problem) {
    case automl_lint::ProblemKind::tabular:
      return &request.tabular.feature_specification_s3_uri;
    case automl_lint::ProblemKind::time_series:
      return &request.time_series.feature_specification_s3_uri;
    default:
      return nullptr;
  }
}

DataView inspect_data(const rules::Request& request, const DataRoot& root,
                      const ObjectCache* cache) {
  HeaderPool local_headers;
  // Image data is not CSV: the scanner must never read it as such.
  bool images = request.problem == automl_lint::ProblemKind::image_classification;
  Context context{root, cache, cache ? cache->headers() : local_headers, images};
  DataView view;
  const auto& channels = request.channels.items;
  for (std::size_t i = 0; i < channels.size(); ++i) {
    if (auto data = inspect_channel(context, request, channels[i], i))
      view.channels.push_back(std::move(*data));
  }
  if (const rules::Text* uri = feature_spec_uri(request)) {
    view.feature_spec = inspect_feature_spec(*uri, root);
  }
  view.auto_mode = resolve_auto_mode(request, view);
  return view;
}

}  // namespace automl_lint::data
