#include "data/parquet_footer.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <rapidjson/document.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using automl_lint::data::ParquetError;
using automl_lint::data::ParquetFooter;
using automl_lint::data::parse_parquet_file;
using automl_lint::data::read_parquet_footer;
using automl_lint::data::starts_with_parquet_magic;

namespace {

const std::string kFixtureDir = std::string(AUTOML_LINT_SOURCE_DIR) + "/tests/data/parquet/";

std::string read_fixture(const std::string& name) {
  std::ifstream in(kFixtureDir + name, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot open ", name);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

/// Reads a fixture through the pread path, as the linter does.
std::variant<ParquetFooter, ParquetError> read_fixture_footer(const std::string& name) {
  int fd = ::open((kFixtureDir + name).c_str(), O_RDONLY);
  REQUIRE_MESSAGE(fd >= 0, "cannot open ", name);
  struct stat info {};
  REQUIRE(::fstat(fd, &info) == 0);
  auto result = read_parquet_footer(fd, static_cast<std::uint64_t>(info.st_size));
  ::close(fd);
  return result;
}

std::string error_of(const std::variant<ParquetFooter, ParquetError>& result) {
  REQUIRE_MESSAGE(std::holds_alternative<ParquetError>(result), "expected a ParquetError");
  return std::get<ParquetError>(result).message;
}

ParquetFooter footer_of(const std::variant<ParquetFooter, ParquetError>& result) {
  if (const auto* error = std::get_if<ParquetError>(&result)) FAIL(error->message);
  return std::get<ParquetFooter>(result);
}

std::string le32(std::uint32_t value) {
  std::string bytes;
  for (int i = 0; i < 4; ++i) bytes += static_cast<char>((value >> (8 * i)) & 0xff);
  return bytes;
}

/// A file around `footer`: magic, footer, its length, magic.
std::string parquet_file(const std::string& footer) {
  return "PAR1" + footer + le32(static_cast<std::uint32_t>(footer.size())) + "PAR1";
}

// Thrift Compact Protocol type ids.
enum : int { kTrue = 1, kFalse = 2, kByte = 3, kI16 = 4, kI32 = 5, kI64 = 6, kDouble = 7 };
enum : int { kBinary = 8, kList = 9, kSet = 10, kMap = 11, kStruct = 12 };

/// Writes Thrift Compact Protocol bytes by hand, including malformed ones.
struct Thrift {
  std::string bytes;

  Thrift& raw(std::string_view b) {
    bytes += b;
    return *this;
  }
  Thrift& byte(int b) {
    bytes += static_cast<char>(b);
    return *this;
  }
  Thrift& varint(std::uint64_t v) {
    for (; v >= 0x80; v >>= 7) byte(static_cast<int>((v & 0x7f) | 0x80));
    return byte(static_cast<int>(v));
  }
  Thrift& zigzag(std::int64_t v) {
    return varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
  }
  /// A field header in the short form: id delta from the previous field, and type.
  Thrift& field(int delta, int type) { return byte(delta << 4 | type); }
  Thrift& string(std::string_view s) {
    varint(s.size());
    return raw(s);
  }
  Thrift& list(int element_type, std::uint64_t size) {
    if (size < 15) return byte(static_cast<int>(size << 4) | element_type);
    byte(0xf0 | element_type);
    return varint(size);
  }
  Thrift& stop() { return byte(0); }
};

struct Element {
  std::string name;
  std::optional<std::int32_t> num_children = std::nullopt;  // Absent in a leaf.
};

/// SchemaElement structs: name (field 4) and num_children (field 5).
std::string schema_list(const std::vector<Element>& elements) {
  Thrift t;
  t.list(kStruct, elements.size());
  for (const Element& e : elements) {
    t.field(4, kBinary).string(e.name);
    if (e.num_children) t.field(1, kI32).zigzag(*e.num_children);
    t.stop();
  }
  return t.bytes;
}

/// FileMetaData: version, the schema, num_rows, no row groups, created_by.
std::string footer_with(const std::vector<Element>& schema, std::int64_t num_rows = 7) {
  Thrift t;
  t.field(1, kI32).zigzag(2);
  t.field(1, kList).raw(schema_list(schema));
  t.field(1, kI64).zigzag(num_rows);
  t.field(1, kList).list(kStruct, 0);
  t.field(2, kBinary).string("hand-made");
  return t.stop().bytes;
}

const std::vector<Element> kTwoColumns = {{"schema", 2}, {"a"}, {"b"}};

}  // namespace

TEST_CASE("parquet: every fixture's footer matches what hyparquet read") {
  rapidjson::Document expected;
  expected.Parse(read_fixture("expected.json").c_str());
  REQUIRE_FALSE(expected.HasParseError());
  const auto& files = expected["files"];
  REQUIRE(files.MemberCount() >= 12);
  for (const auto& file : files.GetObject()) {
    const std::string name = file.name.GetString();
    CAPTURE(name);
    const auto& want = file.value;
    std::vector<std::string> columns;
    for (const auto& c : want["columns"].GetArray()) columns.emplace_back(c.GetString());

    for (const auto& result : {read_fixture_footer(name), parse_parquet_file(read_fixture(name))}) {
      const ParquetFooter footer = footer_of(result);
      CHECK(footer.num_rows == want["num_rows"].GetInt64());
      CHECK(footer.columns == columns);
      CHECK(footer.row_groups == want["row_groups"].GetUint64());
      CHECK(footer.created_by == want["created_by"].GetString());
    }
  }
}

TEST_CASE("parquet: the corrupt fixtures give a clear error") {
  CHECK(error_of(read_fixture_footer("truncated.parquet")) ==
        "not a Parquet file: no PAR1 magic at the end");
  CHECK(error_of(read_fixture_footer("bad-footer-length.parquet"))
            .starts_with("footer length 123456789 exceeds the file size"));
  CHECK(error_of(parse_parquet_file(read_fixture("bad-footer-length.parquet")))
            .starts_with("footer length 123456789 exceeds the file size"));
}

TEST_CASE("parquet: a hand-built footer is decoded") {
  const ParquetFooter& footer =
      footer_of(parse_parquet_file(parquet_file(footer_with(kTwoColumns))));
  CHECK(footer.num_rows == 7);
  CHECK(footer.columns == std::vector<std::string>{"a", "b"});
  CHECK(footer.row_groups == 0);
  CHECK(footer.created_by == "hand-made");
}

TEST_CASE("parquet: top-level names skip over nested groups' descendants") {
  // address { street, geo { lat, lon } }, tags (list: tags { list { element } }), label
  std::vector<Element> schema = {{"schema", 3}, {"address", 2}, {"street"},  {"geo", 2},
                                 {"lat"},       {"lon"},        {"tags", 1}, {"list", 1},
                                 {"element"},   {"label"}};
  const ParquetFooter footer = footer_of(parse_parquet_file(parquet_file(footer_with(schema))));
  CHECK(footer.columns == std::vector<std::string>{"address", "tags", "label"});
}

TEST_CASE("parquet: unknown fields of every Thrift type are skipped") {
  Thrift t;
  t.field(1, kI32).zigzag(1);
  t.field(1, kList).raw(schema_list(kTwoColumns));
  t.field(1, kI64).zigzag(3);
  t.field(1, kList).list(kStruct, 1).field(1, kI64).zigzag(10).stop();  // A row group.
  // Key-value metadata: a list of structs of two strings.
  t.field(1, kList).list(kStruct, 1).field(1, kBinary).string("k").field(1, kBinary).string("v");
  t.stop();
  t.field(1, kBinary).string("writer");
  t.field(1, kTrue).field(1, kFalse).field(1, kByte).byte(0x7f).field(1, kI16).zigzag(-300);
  t.field(1, kDouble).raw("12345678");
  t.field(0, kI32).zigzag(1000).zigzag(-5);  // Long form: id 1000.
  t.field(1, kSet).list(kTrue, 2).byte(1).byte(2);
  t.field(1, kMap).varint(2).byte(kBinary << 4 | kList);
  t.string("x").list(kI64, 1).zigzag(1).string("y").list(kI64, 0);
  t.field(1, kMap).varint(0);
  t.field(1, kList).list(kDouble, 20);
  for (int i = 0; i < 20; ++i) t.raw("abcdefgh");
  t.field(1, kStruct).field(1, kStruct).field(3, kBinary).string("deep").stop().stop();
  t.stop();
  const ParquetFooter footer = footer_of(parse_parquet_file(parquet_file(t.bytes)));
  CHECK(footer.num_rows == 3);
  CHECK(footer.columns == std::vector<std::string>{"a", "b"});
  CHECK(footer.row_groups == 1);
  CHECK(footer.created_by == "writer");
}

TEST_CASE("parquet: the magic is checked at both ends") {
  std::string file = parquet_file(footer_with(kTwoColumns));
  CHECK(error_of(parse_parquet_file("XXXX" + file.substr(4))) ==
        "not a Parquet file: no PAR1 magic at the start");
  CHECK(error_of(parse_parquet_file(file.substr(0, file.size() - 4) + "PAR2")) ==
        "not a Parquet file: no PAR1 magic at the end");
  CHECK(error_of(parse_parquet_file(file.substr(0, file.size() - 4) + "PARE")) ==
        "encrypted footer (PARE) is not supported");
  CHECK(error_of(parse_parquet_file("PAR1PAR1")) == "not a Parquet file: 8 bytes is too small");
  CHECK(error_of(parse_parquet_file("")) == "not a Parquet file: 0 bytes is too small");
  CHECK(starts_with_parquet_magic("PAR1\x15\x04"));
  CHECK_FALSE(starts_with_parquet_magic("PAR"));
  CHECK_FALSE(starts_with_parquet_magic("age,income\n"));
}

TEST_CASE("parquet: the footer length must fit the file and the limit") {
  CHECK(error_of(parse_parquet_file("PAR1" + le32(0) + "PAR1")) ==
        "corrupt footer: footer length is 0");
  CHECK(error_of(parse_parquet_file("PAR1xyz" + le32(4) + "PAR1")) ==
        "footer length 4 exceeds the file size (15 bytes)");
  // The longest footer that fits between the magics is decoded (and here found corrupt).
  CHECK(error_of(parse_parquet_file("PAR1xyz" + le32(3) + "PAR1")) ==
        "corrupt footer: string length runs past the end of the footer");
}

TEST_CASE("parquet: a footer above the size limit is refused before it is read") {
  // A sparse file of 100 MiB: only its first and last bytes are ever written or read.
  std::FILE* file = std::tmpfile();
  REQUIRE(file != nullptr);
  const int fd = ::fileno(file);
  const std::uint64_t size = 100 * 1024 * 1024;
  const std::string tail = le32(automl_lint::data::kMaxParquetFooterBytes + 1) + "PAR1";
  REQUIRE(::pwrite(fd, "PAR1", 4, 0) == 4);
  REQUIRE(::pwrite(fd, tail.data(), tail.size(), static_cast<off_t>(size - tail.size())) == 8);
  CHECK(error_of(read_parquet_footer(fd, size)) ==
        "footer length 67108865 exceeds the limit of 67108864 bytes");
  // A size larger than the file (it shrank after the stat): the reads come up short.
  CHECK(error_of(read_parquet_footer(fd, size + 50)) ==
        "the file became shorter while its footer was read");
  std::fclose(file);
}

TEST_CASE("parquet: malformed Thrift gives a corrupt-footer error") {
  SUBCASE("a varint running past the end") {
    CHECK(
        error_of(parse_parquet_file(parquet_file(Thrift().field(3, kI64).raw("\xff\xff").bytes))) ==
        "corrupt footer: unexpected end of the footer");
  }
  SUBCASE("a varint longer than 10 bytes") {
    std::string footer = Thrift().field(3, kI64).raw(std::string(11, '\xff')).byte(1).bytes;
    CHECK(error_of(parse_parquet_file(parquet_file(footer))) ==
          "corrupt footer: varint longer than 10 bytes");
  }
  SUBCASE("structs nested beyond the limit") {
    Thrift t;
    for (int i = 0; i < 100; ++i) t.field(1, kStruct);
    for (int i = 0; i < 101; ++i) t.stop();
    CHECK(error_of(parse_parquet_file(parquet_file(t.bytes))) ==
          "corrupt footer: Thrift structures nested too deeply");
  }
  SUBCASE("lists nested beyond the limit") {
    Thrift t;
    t.field(7, kList);
    for (int i = 0; i < 100; ++i) t.list(kList, 1);
    CHECK(error_of(parse_parquet_file(parquet_file(t.bytes))) ==
          "corrupt footer: Thrift structures nested too deeply");
  }
  SUBCASE("a list header claiming 2^31 elements") {
    std::string footer = Thrift().field(2, kList).list(kStruct, 1ULL << 31).stop().bytes;
    CHECK(error_of(parse_parquet_file(parquet_file(footer))) ==
          "corrupt footer: list of 2147483648 elements is longer than the footer");
  }
  SUBCASE("a map claiming 2^40 entries") {
    std::string footer = Thrift().field(9, kMap).varint(1ULL << 40).byte(0x88).stop().bytes;
    CHECK(error_of(parse_parquet_file(parquet_file(footer))) ==
          "corrupt footer: map is longer than the footer");
  }
  SUBCASE("a string longer than the footer") {
    std::string footer = Thrift().field(6, kBinary).varint(1000).raw("abc").bytes;
    CHECK(error_of(parse_parquet_file(parquet_file(footer))) ==
          "corrupt footer: string length runs past the end of the footer");
  }
  SUBCASE("an unknown type id") {
    CHECK(error_of(parse_parquet_file(parquet_file(Thrift().field(1, 13).stop().bytes))) ==
          "corrupt footer: unknown Thrift type 13");
  }
  SUBCASE("a known field with the wrong type") {
    CHECK(
        error_of(parse_parquet_file(parquet_file(Thrift().field(3, kBinary).string("7").bytes))) ==
        "corrupt footer: field FileMetaData.num_rows has the wrong Thrift type");
  }
  SUBCASE("required fields missing") {
    CHECK(error_of(parse_parquet_file(parquet_file(Thrift().stop().bytes))) ==
          "corrupt footer: no schema");
  }
}

TEST_CASE("parquet: an inconsistent schema is rejected") {
  auto error = [](const std::vector<Element>& schema) {
    return error_of(parse_parquet_file(parquet_file(footer_with(schema))));
  };
  CHECK(error({{"schema", 5}, {"a"}, {"b"}}) ==
        "corrupt footer: num_children 5 of schema element 'schema' exceeds the 2 schema elements "
        "after it");
  CHECK(error({{"schema", 2}, {"a", 3}, {"b"}}) ==
        "corrupt footer: num_children 3 of schema element 'a' exceeds the 1 schema elements after "
        "it");
  CHECK(error({{"schema", 2}, {"a", -1}, {"b"}}) ==
        "corrupt footer: negative num_children -1 in schema element 'a'");
  CHECK(error({{"schema", 1}, {"a"}, {"b"}}) ==
        "corrupt footer: schema element 'b' is outside the schema tree");
  CHECK(error({}) == "corrupt footer: empty schema");
  CHECK(error_of(parse_parquet_file(parquet_file(footer_with(kTwoColumns, -1)))) ==
        "corrupt footer: negative num_rows -1");
}

TEST_CASE("parquet: randomly damaged footers never crash the reader") {
  // Only the footer is mutated, and the file rebuilt around it with a consistent length, so
  // the damage reaches the Thrift decoder instead of stopping at the magic checks.
  const std::string file = read_fixture("train-500-snappy.parquet");
  REQUIRE(std::holds_alternative<ParquetFooter>(parse_parquet_file(file)));
  std::uint32_t length = 0;
  for (int i = 3; i >= 0; --i) {
    length = length << 8 | static_cast<std::uint8_t>(file[file.size() - 8 + i]);
  }
  const std::string footer = file.substr(file.size() - 8 - length, length);
  std::mt19937 random(20240601);
  int decoded = 0, rejected = 0;
  for (int i = 0; i < 10000; ++i) {
    std::string damaged = footer;
    int flips = 1 + static_cast<int>(random() % 8);
    for (int f = 0; f < flips; ++f) {
      damaged[random() % damaged.size()] = static_cast<char>(random() & 0xff);
    }
    if (random() % 4 == 0) damaged.resize(1 + random() % damaged.size());
    auto result = parse_parquet_file(parquet_file(damaged));
    (std::holds_alternative<ParquetFooter>(result) ? decoded : rejected)++;
  }
  // Both outcomes occur: the mutations reach the decoder, and not every change is fatal.
  CHECK(decoded > 0);
  CHECK(rejected > 0);
}
