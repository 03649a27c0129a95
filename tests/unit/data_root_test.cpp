// The data root: S3 prefix semantics, manifests, feature specifications, and the promise that
// nothing outside the root is opened. Each test builds its own small root in a temporary folder.
#include "data/data_root.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <automl_lint/linter.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "data/feature_spec.hpp"
#include "data/manifest.hpp"

namespace fs = std::filesystem;
using namespace automl_lint::data;

namespace {

/// A temporary folder removed at the end of the test.
struct TempRoot {
  fs::path path;
  TempRoot() {
    std::string pattern = (fs::temp_directory_path() / "automl-lint-data-XXXXXX").string();
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

std::vector<std::string> uris(const Listing& listing) {
  std::vector<std::string> result;
  for (const auto& object : listing.objects) result.push_back(object.uri);
  return result;
}

Listing list(const TempRoot& root, const std::string& uri, std::size_t max = 1000) {
  return DataRoot(root.path / "root").list_prefix(*parse_s3_uri(uri), max);
}

}  // namespace

TEST_CASE("s3 URIs split into bucket and key") {
  CHECK(parse_s3_uri("s3://b/k/x.csv")->key == "k/x.csv");
  CHECK(parse_s3_uri("s3://b")->key.empty());
  CHECK(parse_s3_uri("s3://b/")->bucket == "b");
  CHECK_FALSE(parse_s3_uri("https://b/k"));
  CHECK_FALSE(parse_s3_uri("s3:///k"));
  CHECK_FALSE(parse_s3_uri("s3://../k"));
}

TEST_CASE("a prefix matches keys as S3 does, in key order") {
  TempRoot root;
  root.write("root/b/data/train.csv", "a\n1\n");
  root.write("root/b/data/train/part-2.csv", "a\n1\n");
  root.write("root/b/data/train/part-10.csv", "a\n1\n");
  root.write("root/b/data/trainer.csv", "a\n1\n");
  root.write("root/b/data/test.csv", "a\n1\n");
  root.write("root/b/other.csv", "a\n1\n");
  CHECK(uris(list(root, "s3://b/data/train")) ==
        std::vector<std::string>{"s3://b/data/train.csv", "s3://b/data/train/part-10.csv",
                                 "s3://b/data/train/part-2.csv", "s3://b/data/trainer.csv"});
  CHECK(uris(list(root, "s3://b/data/train/")).size() == 2);
  CHECK(uris(list(root, "s3://b/data/train.csv")) ==
        std::vector<std::string>{"s3://b/data/train.csv"});
  CHECK(uris(list(root, "s3://b/")).size() == 6);
  CHECK(uris(list(root, "s3://b")).size() == 6);
  Listing none = list(root, "s3://b/nothing/");
  CHECK(none.objects.empty());
  CHECK(none.problems.empty());  // The inspection turns "nothing" into AML802.
  CHECK(list(root, "s3://missing-bucket/x").objects.empty());
}

TEST_CASE("the object limit stops a listing and says so") {
  TempRoot root;
  for (int i = 0; i < 5; ++i) root.write("root/b/p/" + std::to_string(i) + ".csv", "a\n");
  Listing listing = list(root, "s3://b/p/", 3);
  CHECK(listing.objects.size() == 3);
  REQUIRE(listing.problems.size() == 1);
  CHECK(listing.problems[0].kind == ProblemKind::too_many_objects);
}

TEST_CASE("nothing outside the root is listed or opened") {
  TempRoot root;
  root.write("outside/secret.csv", "secret\n");
  root.write("root/b/data/ok.csv", "a\n1\n");
  fs::create_directories(root.path / "root" / "b" / "linked");
  fs::create_symlink(root.path / "outside" / "secret.csv", root.path / "root/b/data/link.csv");
  fs::create_directory_symlink(root.path / "outside", root.path / "root/b/data/dir");
  fs::create_directory_symlink(root.path / "outside", root.path / "root/b2");
  // A loop inside the root must end.
  fs::create_directory_symlink(root.path / "root/b/data", root.path / "root/b/data/loop");

  Listing listing = list(root, "s3://b/data/");
  CHECK(uris(listing) == std::vector<std::string>{"s3://b/data/ok.csv"});
  int escapes = 0;
  for (const auto& problem : listing.problems) escapes += problem.kind == ProblemKind::escapes_root;
  CHECK(escapes == 2);

  DataRoot data_root(root.path / "root");
  CHECK(
      std::get<Problem>(data_root.find_object(*parse_s3_uri("s3://b/data/../../outside/x"))).kind ==
      ProblemKind::escapes_root);
  CHECK(std::get<Problem>(data_root.find_object(*parse_s3_uri("s3://b/data/link.csv"))).kind ==
        ProblemKind::escapes_root);
  CHECK(list(root, "s3://b2/").problems.at(0).kind == ProblemKind::escapes_root);
  CHECK(std::get<Problem>(data_root.find_object(*parse_s3_uri("s3://b/data/nope.csv"))).kind ==
        ProblemKind::missing);
  CHECK(std::get<LocalObject>(data_root.find_object(*parse_s3_uri("s3://b/data/ok.csv"))).size ==
        4);
}

TEST_CASE("deep nesting and a directory inside itself are reported, not followed") {
  TempRoot root;
  std::string deep = "root/b/p";
  for (int i = 0; i < 70; ++i) deep += "/d";
  root.write(deep + "/x.csv", "a\n");
  root.write("root/b/p/top.csv", "a\n");
  Listing listing = list(root, "s3://b/p/");
  CHECK(uris(listing) == std::vector<std::string>{"s3://b/p/top.csv"});
  REQUIRE(listing.problems.size() == 1);
  CHECK(listing.problems[0].detail.find("deeper than 64") != std::string::npos);

  TempRoot loop;
  loop.write("root/b/q/a.csv", "a\n");
  fs::create_directory_symlink(loop.path / "root/b/q", loop.path / "root/b/q/self");
  Listing looped = list(loop, "s3://b/q/");
  CHECK(uris(looped) == std::vector<std::string>{"s3://b/q/a.csv"});
  REQUIRE(looped.problems.size() == 1);
  CHECK(looped.problems[0].detail.find("loop") != std::string::npos);
}

TEST_CASE("keys that cannot be mirrored are refused before any lookup") {
  TempRoot root;
  root.write("root/b/data/train.csv", "a\n1\n");
  for (const char* uri : {"s3://b/data//", "s3://b//data/", "s3://b/data/./train.csv"}) {
    CAPTURE(uri);
    Listing listing = list(root, uri);
    CHECK(listing.objects.empty());
    REQUIRE(listing.problems.size() == 1);
    CHECK(listing.problems[0].kind == ProblemKind::missing);
  }
  S3Location with_nul{"b", std::string("data/train.csv\0.bak", 19)};
  CHECK(std::get<Problem>(DataRoot(root.path / "root").find_object(with_nul)).kind ==
        ProblemKind::missing);
}

TEST_CASE("manifests parse into URIs, or say what is wrong") {
  auto manifest = parse_manifest(R"([{"prefix": "s3://b/p/"}, "a.csv", "x/b.csv"])");
  REQUIRE(std::holds_alternative<Manifest>(manifest));
  CHECK(std::get<Manifest>(manifest).uris ==
        std::vector<std::string>{"s3://b/p/a.csv", "s3://b/p/x/b.csv"});
  for (const char* bad : {"", "{}", "[]", R"(["s3://b/a.csv"])", R"([{"prefix": "b/p/"}, "a"])",
                          R"([{"prefix": "s3://b/"}])", R"([{"prefix": "s3://b/"}, 3])",
                          R"([{"prefix": "s3://b/", "x": 1}, "a"])"}) {
    CAPTURE(bad);
    auto result = parse_manifest(bad);
    REQUIRE(std::holds_alternative<std::string>(result));
    CHECK_FALSE(std::get<std::string>(result).empty());
  }
}

TEST_CASE("a repeated manifest entry is read once and named") {
  auto manifest = parse_manifest(R"([{"prefix": "s3://b/"}, "a", "b", "a"])");
  REQUIRE(std::holds_alternative<Manifest>(manifest));
  CHECK(std::get<Manifest>(manifest).uris == std::vector<std::string>{"s3://b/a", "s3://b/b"});
  CHECK(std::get<Manifest>(manifest).repeated == std::vector<std::string>{"a"});
}

TEST_CASE("feature specifications parse, and their shape errors are listed") {
  FeatureSpec spec;
  parse_feature_spec(R"({"FeatureAttributeNames": ["a", "b"], "FeatureDataTypes": {"a": "text"}})",
                     spec);
  CHECK(spec.parsed);
  CHECK(spec.shape_errors.empty());
  CHECK(spec.names == std::vector<std::string>{"a", "b"});
  REQUIRE(spec.types.size() == 1);
  CHECK(spec.types[0].second == "text");

  FeatureSpec bad;
  parse_feature_spec(R"({"FeatureAttributeNames": ["a", 1], "Extra": 2, "FeatureDataTypes": []})",
                     bad);
  CHECK(bad.parsed);
  CHECK(bad.shape_errors.size() == 3);
  CHECK(bad.names == std::vector<std::string>{"a"});

  FeatureSpec empty;
  parse_feature_spec("{}", empty);
  CHECK(empty.shape_errors.size() == 1);

  FeatureSpec broken;
  parse_feature_spec("{", broken);
  CHECK_FALSE(broken.parsed);
  CHECK(broken.shape_errors.size() == 1);
}

TEST_CASE("deeply nested manifests and feature specifications fail without a stack overflow") {
  // The parsers are iterative: nesting costs heap, not stack (the recursive parser crashed here).
  const std::size_t depth = 2'000'000;
  const std::string open(depth, '['), closed = open + std::string(depth, ']');
  for (const std::string* text : {&open, &closed}) {
    REQUIRE(std::holds_alternative<std::string>(parse_manifest(*text)));
    FeatureSpec spec;
    parse_feature_spec(*text, spec);
    CHECK(spec.shape_errors.size() == 1);
  }
  FeatureSpec nested;
  parse_feature_spec("{\"FeatureAttributeNames\": " + closed + "}", nested);
  CHECK(nested.parsed);
  CHECK(nested.names.empty());
}

TEST_CASE("linting with a data root reads nothing outside it and changes nothing") {
  TempRoot root;
  std::string csv = "a,y\n";
  for (int i = 0; i < 600; ++i) csv += std::to_string(i) + ",1\n";
  root.write("root/b/train/part.csv", csv);
  fs::path data = root.path / "root" / "b" / "train" / "part.csv";
  struct stat before {};
  REQUIRE(::stat(data.c_str(), &before) == 0);

  automl_lint::Options options;
  options.data_root = root.path / "root";
  automl_lint::Linter linter(options);
  const std::string request = R"({"AutoMLJobName": "j",
 "InputDataConfig": [{"DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
   "S3Uri": "s3://b/train/"}}, "TargetAttributeName": "y"}],
 "OutputDataConfig": {"S3OutputPath": "s3://b/out/"},
 "AutoMLJobConfig": {"Mode": "ENSEMBLING"},
 "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole"})";
  auto result = linter.lint_buffer(request, "r.json");
  CHECK(result.diagnostics.empty());

  struct stat after {};
  REQUIRE(::stat(data.c_str(), &after) == 0);
  CHECK(after.st_size == before.st_size);
  CHECK(after.st_mtim.tv_sec == before.st_mtim.tv_sec);
  CHECK(after.st_mtim.tv_nsec == before.st_mtim.tv_nsec);

  // The same request with 499 rows is an error.
  root.write("root/b/train/part.csv", csv.substr(0, csv.find("\n499,1\n") + 1));
  auto short_result = linter.lint_buffer(request, "r.json");
  REQUIRE(short_result.diagnostics.size() == 1);
  CHECK(short_result.diagnostics[0].rule == "AML807");
}

TEST_CASE("a FIFO under the prefix is reported, not opened") {
  TempRoot root;
  root.write("root/b/train/a.csv", "a,y\n1,2\n");
  REQUIRE(::mkfifo((root.path / "root/b/train/b.fifo").c_str(), 0600) == 0);
  Listing listing = list(root, "s3://b/train/");
  // A FIFO is no S3 object: it is reported, not listed, and never opened (that would block).
  CHECK(uris(listing) == std::vector<std::string>{"s3://b/train/a.csv"});
  REQUIRE(listing.problems.size() == 1);
  CHECK(listing.problems[0].kind == ProblemKind::unreadable);
  CHECK(listing.problems[0].uri == "s3://b/train/b.fifo");
}
