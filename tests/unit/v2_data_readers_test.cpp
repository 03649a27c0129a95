// The readers the CreateAutoMLJobV2 data checks add: image signatures (first bytes only), the
// augmented manifest (JSON Lines, streamed with bounded memory), the time-series target tally,
// and the inspection of image classification data (never read as CSV). Hostile input included.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <automl_lint/linter.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "data/augmented_manifest.hpp"
#include "data/byte_stream.hpp"
#include "data/csv_scanner.hpp"
#include "data/data_root.hpp"
#include "data/image_signature.hpp"
#include "data/inspect.hpp"
#include "request_view.hpp"
#include "source_document.hpp"

namespace fs = std::filesystem;
using namespace automl_lint::data;

namespace {

/// Serves a string in pieces of `piece` bytes (all at once when 0), copied into a reused buffer.
class PieceStream final : public ByteStream {
 public:
  PieceStream(std::string text, std::size_t piece) : text_(std::move(text)), piece_(piece) {}
  std::string_view next() override {
    if (position_ == text_.size()) return {};
    std::size_t n =
        piece_ == 0 ? text_.size() - position_ : std::min(piece_, text_.size() - position_);
    buffer_.assign(text_, position_, n);
    position_ += n;
    return buffer_;
  }

 private:
  std::string text_;
  std::size_t piece_;
  std::size_t position_ = 0;
  std::string buffer_;
};

/// `count` copies of one chunk: large inputs without holding them.
class RepeatStream final : public ByteStream {
 public:
  RepeatStream(std::string chunk, std::size_t count) : chunk_(std::move(chunk)), count_(count) {}
  std::string_view next() override {
    if (count_ == 0) return {};
    --count_;
    bytes_in_ += chunk_.size();
    return chunk_;
  }

 private:
  std::string chunk_;
  std::size_t count_;
};

AugmentedManifest read(const std::string& text, std::size_t piece = 0,
                       const AugmentedManifestLimits& limits = {}) {
  PieceStream stream(text, piece);
  return read_augmented_manifest(stream, limits);
}

std::string line(const std::string& uri) {
  return R"({"source-ref": ")" + uri +
         R"(", "label-metadata": {"class-name": "cat"}})"
         "\n";
}

const std::string kPng("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
const std::string kJpeg("\xff\xd8\xff\xe0\0\x10JFIF\0", 11);

struct TempRoot {
  fs::path path;
  TempRoot() {
    std::string pattern = (fs::temp_directory_path() / "automl-lint-v2-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempRoot() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  void write(const std::string& relative, const std::string& content) const {
    fs::create_directories((path / relative).parent_path());
    std::ofstream(path / relative, std::ios::binary) << content;
  }
};

std::string ic_request(const std::string& uri, const std::string& type = "S3Prefix") {
  return R"({"AutoMLJobName": "photos", "AutoMLJobInputDataConfig": [{"ContentType": "image/*",
  "DataSource": {"S3DataSource": {"S3DataType": ")" +
         type + R"(", "S3Uri": ")" + uri + R"("}}}],
  "OutputDataConfig": {"S3OutputPath": "s3://b/out/"},
  "AutoMLProblemTypeConfig": {"ImageClassificationJobConfig": {}},
  "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole"})";
}

DataView inspect(const std::string& request_json, const fs::path& root) {
  automl_lint::Limits limits;
  automl_lint::detail::SourceDocument document(request_json, limits);
  auto request = automl_lint::rules::make_request(document, automl_lint::ApiVersion::v2);
  return inspect_data(request, DataRoot(root));
}

std::vector<std::string> rules_of(const automl_lint::LintResult& result) {
  std::vector<std::string> ids;
  for (const auto& diagnostic : result.diagnostics) ids.push_back(diagnostic.rule);
  return ids;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Image signatures.

TEST_CASE("images: PNG and JPEG by their signatures, whatever the name") {
  CHECK(image_format(kPng) == ImageFormat::png);
  CHECK(image_format(kPng.substr(0, 8)) == ImageFormat::png);
  CHECK(image_format(kJpeg) == ImageFormat::jpeg);
  CHECK(image_format("\xff\xd8\xff") == ImageFormat::jpeg);
  CHECK(describe_head(kPng, 100) == "a PNG image");
  CHECK(describe_head(kJpeg, 100) == "a JPEG image");
}

TEST_CASE("images: other formats, truncated signatures and non-images are named") {
  struct Case {
    std::string head;
    std::string description;
  };
  const std::vector<Case> cases = {
      {"GIF89a\x01\0", "a GIF image"},
      {"GIF87a", "a GIF image"},
      {"BM\x36\x00\x0c\0", "a BMP image"},
      {std::string("II*\0\x08\0", 6), "a TIFF image"},
      {std::string("MM\0*", 4), "a TIFF image"},
      {std::string("RIFF\x24\0\0\0WEBPVP8 ", 16), "a WebP image"},
      {std::string("\0\0\0\x18"
                   "ftypheic",
                   12),
       "a HEIC image"},
      {std::string("\0\0\0\x1c"
                   "ftypavif",
                   12),
       "an AVIF image"},
      {"%PDF-1.7", "a PDF document"},
      {"\x1f\x8b\x08\0", "gzip data"},
      {"PK\x03\x04", "a ZIP archive"},
      {"PAR1\x15\x04", "a Parquet file"},
      {"\x89PNG", "a truncated PNG signature"},
      {"\x89PNG\r\n\x1a", "a truncated PNG signature"},
      {"\x89PNG\n\r\x1a\n", "a damaged PNG signature"},  // Line ends converted by an FTP client.
      {"\xff\xd8", "a truncated or damaged JPEG signature"},
      {"\xff\xd8\x00\x10", "a truncated or damaged JPEG signature"},
      {"image,label\ncat/", "text, not an image"},
      {std::string("\0\x01\x02\x03\x04", 5),
       "binary data starting with 00 01 02 03, not a PNG or JPEG image"},
      {std::string("RIFF\x24\0\0\0WAVEfmt ", 16),
       "binary data starting with 52 49 46 46, not a PNG or JPEG image"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.head);
    CHECK(image_format(c.head) == ImageFormat::other);
    CHECK(describe_head(c.head, c.head.size()) == c.description);
  }
  CHECK(describe_head("", 0) == "an empty object");
  CHECK(image_format("") == ImageFormat::other);
  CHECK(image_format("\x89") == ImageFormat::other);
}

TEST_CASE("images: random bytes are classified without reading past the head") {
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    std::string head(rng() % (kImageHeadBytes + 1), '\0');
    for (char& c : head) c = static_cast<char>(rng());
    ImageFormat format = image_format(head);
    std::string description = describe_head(head, head.size());
    CHECK_FALSE(description.empty());
    CHECK((format != ImageFormat::other) ==
          (description == "a PNG image" || description == "a JPEG image"));
  }
}

// ---------------------------------------------------------------------------------------------
// Augmented manifests.

TEST_CASE("augmented manifest: good lines, blank lines, CRLF, no final newline") {
  const std::string text = line("s3://b/i/a.png") + "\r\n" + "  \n" +
                           R"({"source-ref":"s3://b/i/b.jpg"})"
                           "\r\n" +
                           line("s3://b/i/c.png");
  for (std::size_t piece : {0, 1, 2, 7, 64}) {
    CAPTURE(piece);
    for (const std::string& input : {text, text.substr(0, text.size() - 1)}) {
      AugmentedManifest manifest = read(input, piece);
      CHECK(manifest.check.read);
      CHECK(manifest.check.records == 3);
      CHECK(manifest.check.bad_lines == 0);
      CHECK(manifest.check.lines == 5);
      CHECK(manifest.source_refs ==
            std::vector<std::string>{"s3://b/i/a.png", "s3://b/i/b.jpg", "s3://b/i/c.png"});
    }
  }
}

TEST_CASE("augmented manifest: each kind of bad line is named with its number") {
  struct Case {
    std::string line;
    std::string reason_start;
  };
  const std::vector<Case> cases = {
      {"{'source-ref': 's3://b/k.png'}", "is not valid JSON"},
      {"[1, 2]", "is a JSON list, not an object"},
      {"\"s3://b/k.png\"", "is a JSON string, not an object"},
      {R"({"label": "cat"})", "has no \"source-ref\" member"},
      {R"({"SourceRef": "s3://b/k.png"})", "has no \"source-ref\" member (it has 'SourceRef'"},
      {R"({"source-ref": 7})", "has a \"source-ref\" that is a integer, not a string"},
      {R"({"source-ref": "https://b.s3.amazonaws.com/k.png"})", "has the \"source-ref\" 'https://"},
      {R"({"source-ref": "s3://b/"})", "has the \"source-ref\" 's3://b/', which names a prefix"},
      {R"({"source-ref": "s3://b/k/"})",
       "has the \"source-ref\" 's3://b/k/', which names a prefix"},
      {R"({"source-ref": "s3://b"})", "has the \"source-ref\" 's3://b', which"},
      {"{\"source-ref\": \"s3://b/\xff.png\"}", "is not valid JSON: Invalid encoding"},
      {std::string("{\"source-ref\": \"s3://b/k.png\"}\0", 31), "holds NUL bytes"},
      {R"({"source-ref": "s3://b/k.png"} {"source-ref": "s3://b/j.png"})", "is not valid JSON"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    AugmentedManifest manifest =
        read(line("s3://b/ok.png") + c.line + "\n" + line("s3://b/ok2.png"));
    CHECK(manifest.check.records == 2);
    REQUIRE(manifest.check.bad_lines == 1);
    CHECK(manifest.check.first_bad.at(0).line == 2);
    CHECK(manifest.check.first_bad.at(0).reason.starts_with(c.reason_start));
  }
}

TEST_CASE("augmented manifest: a JSON array, a BOM, gzip data") {
  AugmentedManifest array =
      read("[\n" + std::string(R"({"source-ref": "s3://b/k.png"})") + "\n]\n");
  CHECK(array.check.first_bad.at(0).reason.starts_with("starts a JSON array"));
  CHECK(array.check.records == 1);  // The middle line is a good line on its own.
  CHECK(read("\xEF\xBB\xBF" + line("s3://b/k.png"))
            .check.first_bad.at(0)
            .reason.find("byte order mark") != std::string::npos);
  // Not at the start of a later line either (rapidjson alone would skip it).
  CHECK(read(line("s3://b/k.png") + "\xEF\xBB\xBF" + line("s3://b/j.png")).check.bad_lines == 1);
  AugmentedManifest gzip =
      read(std::string("\x1f\x8b\x08\0\0\0\0\0", 8) + "\n" + line("s3://b/k.png"));
  CHECK(gzip.check.bad_lines == 1);
  CHECK(gzip.check.records == 0);  // Reading stops at the gzip magic.
  CHECK(gzip.check.first_bad.at(0).reason.find("gzip") != std::string::npos);
}

TEST_CASE("augmented manifest: empty and blank-only files have no record and no bad line") {
  for (const char* text : {"", "\n", "\r\n\n   \n\t\n"}) {
    AugmentedManifest manifest = read(text);
    CHECK(manifest.check.records == 0);
    CHECK(manifest.check.bad_lines == 0);
    CHECK(manifest.source_refs.empty());
  }
}

TEST_CASE("augmented manifest: reading stops after the bad-line limit, keeping a few reasons") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "junk " + std::to_string(i) + "\n";
  text += line("s3://b/late.png");
  AugmentedManifest manifest = read(text);
  CHECK(manifest.check.bad_lines == 10);
  CHECK(manifest.check.stopped_at_bad_lines);
  CHECK(manifest.check.first_bad.size() == kKeptBadLines);
  CHECK(manifest.check.first_bad[2].line == 3);
  CHECK(manifest.check.records == 0);  // Never reached.
}

TEST_CASE("augmented manifest: a huge line is bad and never held whole") {
  AugmentedManifestLimits limits;
  limits.max_line_bytes = 1024;
  // 64 MiB without a line break, served in 1 MiB chunks: memory stays at the line limit.
  RepeatStream endless(std::string(1 << 20, 'x'), 64);
  AugmentedManifest one = read_augmented_manifest(endless, limits);
  CHECK(one.check.bad_lines == 1);
  CHECK(one.check.first_bad.at(0).reason == "is longer than 1024 bytes");
  // A long line between good ones costs only itself.
  std::string text = line("s3://b/a.png") + std::string(5000, '{') + "\n" + line("s3://b/b.png");
  for (std::size_t piece : {0, 1, 100, 4096}) {
    AugmentedManifest manifest = read(text, piece, limits);
    CHECK(manifest.check.records == 2);
    CHECK(manifest.check.bad_lines == 1);
    CHECK(manifest.check.first_bad.at(0).line == 2);
  }
}

TEST_CASE("augmented manifest: deep nesting in a line does not overflow the stack") {
  const std::string open(400'000, '['), nested = open + std::string(400'000, ']');
  AugmentedManifest manifest = read(line("s3://b/a.png") + open + "\n" + nested + "\n" +
                                    R"({"source-ref": "s3://b/b.png", "x": )" + nested + "}\n");
  CHECK(manifest.check.bad_lines == 2);
  CHECK(manifest.check.records == 2);
}

TEST_CASE("augmented manifest: the byte limit stops reading and says so") {
  AugmentedManifestLimits limits;
  limits.max_bytes = 1000;
  std::string text;
  while (text.size() < 5000) text += line("s3://b/k.png");
  AugmentedManifest manifest = read(text, 7, limits);
  CHECK(manifest.check.stopped_at_size);
  CHECK(manifest.check.bad_lines == 0);  // The line cut at the limit is not judged.
  CHECK(manifest.check.records == 1000 / line("s3://b/k.png").size());
  // Exactly at the limit is complete.
  limits.max_bytes = text.size();
  CHECK_FALSE(read(text, 7, limits).check.stopped_at_size);
}

TEST_CASE("augmented manifest: source-refs past the limit are counted, not kept") {
  AugmentedManifestLimits limits;
  limits.max_refs = 3;
  std::string text;
  for (int i = 0; i < 5; ++i) text += line("s3://b/" + std::to_string(i) + ".png");
  AugmentedManifest manifest = read(text, 0, limits);
  CHECK(manifest.check.records == 5);
  CHECK(manifest.source_refs.size() == 3);
  CHECK(manifest.refs_capped);
}

TEST_CASE("augmented manifest: random bytes and random damage never crash") {
  std::mt19937 rng(11);
  std::string good;
  for (int i = 0; i < 20; ++i) good += line("s3://b/img-" + std::to_string(i) + ".png");
  for (int round = 0; round < 3000; ++round) {
    std::string text = good;
    int edits = 1 + static_cast<int>(rng() % 8);
    for (int e = 0; e < edits; ++e) {
      std::size_t at = rng() % text.size();
      switch (rng() % 3) {
        case 0:
          text[at] = static_cast<char>(rng());
          break;
        case 1:
          text.erase(at, rng() % 20);
          break;
        default:
          text.resize(at);  // Truncated.
          break;
      }
      if (text.empty()) break;
    }
    AugmentedManifest whole = read(text);
    AugmentedManifest pieces = read(text, 1 + rng() % 13);
    CHECK(whole.check.records == pieces.check.records);
    CHECK(whole.check.bad_lines == pieces.check.bad_lines);
    CHECK(whole.source_refs == pieces.source_refs);
    CHECK(whole.check.records + whole.check.bad_lines <= whole.check.lines);
  }
}

// ---------------------------------------------------------------------------------------------
// The value column: a time-series target is tallied in the scan that counts the rows.

TEST_CASE("csv: the value column tallies NA markers apart from other text") {
  PieceStream stream(
      "item,demand\n"
      "a,1\n"
      "a,NaN\n"
      "a,\n"
      "a,12 units\n"
      "a, null \n"
      "a,-3.5\n"
      "a,\"N/A\"\n"
      "a,?\n",
      3);
  CsvScanOptions options;
  options.value_column = "demand";
  CsvScanResult result = scan_csv(stream, options);
  CHECK(result.records == 8);
  CHECK(result.values.missing == 1);
  CHECK(result.values.negative == 1);
  CHECK(result.values.not_numeric == 5);
  CHECK(result.values.na_markers == 3);
  CHECK(result.values.first_na_marker.record == 2);
  CHECK(result.values.first_na_marker.value == "NaN");
  CHECK(result.values.first_not_numeric.record == 4);
  CHECK(result.values.first_not_numeric.value == "12 units");
  CHECK(result.values.first_bad_record == 2);  // The tabular first: any kind.
}

TEST_CASE("csv: NA markers are pandas' defaults, exactly") {
  using automl_lint::data::detail::is_na_marker;
  for (const char* marker : {"NaN", "nan", "-NaN", "NA", "N/A", "n/a", "#N/A", "#N/A N/A", "#NA",
                             "NULL", "null", "None", "<NA>", "1.#IND", "-1.#QNAN", " NaN\t"}) {
    CAPTURE(marker);
    CHECK(is_na_marker(marker));
  }
  for (const char* other : {"", " ", "NAN", "Null", "none", "na", "NaN0", "?", "-", "inf"}) {
    CAPTURE(other);
    CHECK_FALSE(is_na_marker(other));
  }
}

// ---------------------------------------------------------------------------------------------
// Inspection of image classification data.

TEST_CASE("images are never read as CSV: only their first bytes, even of a huge object") {
  TempRoot root;
  root.write("root/b/img/cat/a.png", kPng);
  root.write("root/b/img/labels.csv", "image,label\na.png,cat\n");
  // A 50 GB sparse "image": reading it whole would take minutes; its head takes microseconds.
  root.write("root/b/img/huge.png", "");
  REQUIRE(::truncate((root.path / "root/b/img/huge.png").c_str(), 50'000'000'000) == 0);
  auto start = std::chrono::steady_clock::now();
  DataView view = inspect(ic_request("s3://b/img/"), root.path / "root");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  REQUIRE(view.channels.size() == 1);
  const auto& objects = view.channels[0].objects;
  REQUIRE(objects.size() == 3);
  for (const DataObject& object : objects) {
    CAPTURE(object.uri);
    CHECK(object.format == Format::image);
    CHECK(object.read);
    CHECK(object.head.size() <= kImageHeadBytes);
    CHECK_FALSE(object.has_header);  // The CSV scanner never ran.
    CHECK(object.rows == 0);
  }
  CHECK(objects[0].uri == "s3://b/img/cat/a.png");
  CHECK(objects[1].size == 50'000'000'000);
  CHECK(describe_head(objects[1].head, objects[1].size) ==
        "binary data starting with 00 00 00 00, not a PNG or JPEG image");
  CHECK(describe_head(objects[2].head, objects[2].size) == "text, not an image");
}

TEST_CASE("an augmented manifest's images are looked up under the root, nothing outside it") {
  TempRoot root;
  root.write("outside/secret.png", kPng);
  root.write("root/b/img/a.png", kPng);
  root.write("root/b/img/b.jpg", kJpeg);
  fs::create_symlink(root.path / "outside" / "secret.png", root.path / "root/b/img/link.png");
  root.write("root/b/m.manifest", line("s3://b/img/a.png") + line("s3://b/img/b.jpg") +
                                      line("s3://b/img/../../../outside/secret.png") +
                                      line("s3://b/img/link.png") + line("s3://b/img/gone.png"));
  DataView view =
      inspect(ic_request("s3://b/m.manifest", "AugmentedManifestFile"), root.path / "root");
  REQUIRE(view.channels.size() == 1);
  const ChannelData& data = view.channels[0];
  CHECK(data.augmented_manifest);
  CHECK(data.augmented.records == 5);
  REQUIRE(data.objects.size() == 2);
  CHECK(image_format(data.objects[0].head) == ImageFormat::png);
  CHECK(image_format(data.objects[1].head) == ImageFormat::jpeg);
  int escapes = 0, missing = 0;
  for (const Problem& problem : data.problems) {
    escapes += problem.kind == ProblemKind::escapes_root;
    missing += problem.kind == ProblemKind::missing;
  }
  CHECK(escapes == 2);
  CHECK(missing == 1);
}

TEST_CASE("a FIFO as augmented manifest or image is reported, never opened") {
  TempRoot root;
  root.write("root/b/img/a.png", kPng);
  REQUIRE(::mkfifo((root.path / "root/b/img/b.png").c_str(), 0600) == 0);
  REQUIRE(::mkfifo((root.path / "root/b/m.manifest").c_str(), 0600) == 0);
  DataView prefix = inspect(ic_request("s3://b/img/"), root.path / "root");
  REQUIRE(prefix.channels.size() == 1);
  CHECK(prefix.channels[0].objects.size() == 1);
  CHECK(prefix.channels[0].problems.at(0).kind == ProblemKind::unreadable);
  DataView manifest =
      inspect(ic_request("s3://b/m.manifest", "AugmentedManifestFile"), root.path / "root");
  REQUIRE(manifest.channels.size() == 1);
  CHECK_FALSE(manifest.channels[0].augmented.read);
  CHECK(manifest.channels[0].problems.at(0).kind == ProblemKind::missing);  // Not a regular file.
}

TEST_CASE("linting image classification data runs the image rules, never the CSV rules") {
  TempRoot root;
  root.write("root/b/img/a.png", kPng);
  root.write("root/b/img/b.gif", "GIF89a\x01\0\x01\0");
  root.write("root/b/img/labels.csv", "image,image\n");  // A repeated column: not judged.
  automl_lint::Options options;
  options.data_root = root.path / "root";
  automl_lint::Linter linter(options);
  auto result = linter.lint_buffer(ic_request("s3://b/img/"), "photos.json");
  CHECK(rules_of(result) == std::vector<std::string>{"AML860"});
}
