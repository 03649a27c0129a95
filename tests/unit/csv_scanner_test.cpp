#include "data/csv_scanner.hpp"

#include <doctest/doctest.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "data/byte_stream.hpp"

using automl_lint::data::ByteStream;
using automl_lint::data::CsvScanOptions;
using automl_lint::data::CsvScanResult;
using automl_lint::data::open_file_stream;
using automl_lint::data::open_gzip_stream;
using automl_lint::data::scan_csv;
using automl_lint::data::starts_with_gzip_magic;
using automl_lint::data::detail::classify_block;
using automl_lint::data::detail::classify_block_scalar;
using automl_lint::data::detail::classify_number;
using automl_lint::data::detail::NumberClass;

namespace {

/// Serves a string in pieces of random size (1..max_piece; the whole string when max_piece is
/// 0). Each piece is copied into a reused buffer, so a scanner that kept a view across next()
/// calls would read overwritten bytes.
class PieceStream final : public ByteStream {
 public:
  PieceStream(std::string text, std::size_t max_piece, unsigned seed = 1)
      : text_(std::move(text)), max_piece_(max_piece), rng_(seed) {}

  std::string_view next() override {
    if (position_ == text_.size()) return {};
    std::size_t n = text_.size() - position_;
    if (max_piece_ > 0) {
      n = std::min(n, std::uniform_int_distribution<std::size_t>(1, max_piece_)(rng_));
    }
    buffer_.assign(text_, position_, n);
    position_ += n;
    return buffer_;
  }

 private:
  std::string text_;
  std::size_t max_piece_;
  std::mt19937 rng_;
  std::size_t position_ = 0;
  std::string buffer_;
};

/// The same chunk `count` times: large inputs without holding them in memory.
class RepeatStream final : public ByteStream {
 public:
  RepeatStream(std::string first, std::string chunk, std::size_t count)
      : first_(std::move(first)), chunk_(std::move(chunk)), count_(count) {}

  std::string_view next() override {
    if (!first_sent_) {
      first_sent_ = true;
      if (!first_.empty()) return first_;
    }
    if (count_ == 0) return {};
    --count_;
    return chunk_;
  }

 private:
  std::string first_;
  std::string chunk_;
  std::size_t count_;
  bool first_sent_ = false;
};

CsvScanResult scan(const std::string& text, std::size_t max_piece = 0,
                   std::optional<std::string> weight = std::nullopt, unsigned seed = 1) {
  PieceStream stream(text, max_piece, seed);
  CsvScanOptions options;
  options.value_column = std::move(weight);
  return scan_csv(stream, options);
}

std::uint64_t records(const std::string& text) {
  return scan(text).records;
}

// ---------------------------------------------------------------------------------------------
// A plain reference reader, written straightforwardly and independently of the scanner.

struct Reference {
  std::vector<std::vector<std::string>> rows;  // header first
  bool unterminated = false;
  std::uint64_t unterminated_line = 0;
  bool nul = false;
};

Reference reference_read(std::string_view text) {
  Reference ref;
  ref.nul = text.find('\0') != std::string_view::npos;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t i = 0;
  std::uint64_t line = 1;
  while (i < text.size()) {
    if (text[i] == '\n') {  // Blank line.
      ++i;
      ++line;
      continue;
    }
    if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] == '\n')) {  // "\r" line.
      i += 2;
      ++line;
      continue;
    }
    std::vector<std::string> row;
    for (;;) {  // One field per iteration.
      std::string field;
      bool last_is_unquoted_cr = false;
      if (text[i] == '"') {
        const std::uint64_t open_line = line;
        ++i;
        for (;;) {
          if (i == text.size()) {
            ref.unterminated = true;
            ref.unterminated_line = open_line;
            break;
          }
          if (text[i] == '"') {
            if (i + 1 < text.size() && text[i + 1] == '"') {
              field += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          line += text[i] == '\n';
          field += text[i++];
        }
      }
      while (i < text.size() && text[i] != ',' && text[i] != '\n') {
        last_is_unquoted_cr = text[i] == '\r';
        field += text[i++];
      }
      if (last_is_unquoted_cr && (i == text.size() || text[i] == '\n')) field.pop_back();
      row.push_back(field);
      if (i < text.size() && text[i] == ',') {
        ++i;
        if (i < text.size()) continue;
        row.emplace_back();  // "a," at the very end: a last, empty field.
      }
      break;
    }
    if (i < text.size()) {  // The LF.
      ++i;
      ++line;
    }
    ref.rows.push_back(std::move(row));
  }
  return ref;
}

/// Random CSV-like text: structured pieces (quoted fields, CRLF, blank lines, numbers) mixed with
/// random bytes from a small alphabet, so all the awkward cases meet chunk and block edges.
std::string random_csv(std::mt19937& rng, std::size_t max_pieces) {
  static const std::vector<std::string> kPieces = {"a",
                                                   "b1",
                                                   "12",
                                                   "-3",
                                                   ".5",
                                                   "1e5",
                                                   "x y",
                                                   ",",
                                                   ",",
                                                   ",",
                                                   "\n",
                                                   "\n",
                                                   "\n",
                                                   "\r\n",
                                                   "\r\n",
                                                   "\r",
                                                   "\"",
                                                   "\"\"",
                                                   "\"a,b\"",
                                                   "\"l1\nl2\"",
                                                   "\"q\"\"q\"",
                                                   "\"\r\n\"",
                                                   std::string(1, '\0'),
                                                   " ",
                                                   "\xEF\xBB\xBF",
                                                   "w",
                                                   "\"\"\"",
                                                   "5'10\"",
                                                   "\n\n",
                                                   "\r\n\r\n"};
  std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<std::size_t> count(0, max_pieces);
  std::string text;
  if (rng() % 2 == 0) text = "w,a,b\n";
  for (std::size_t n = count(rng); n > 0; --n) text += kPieces[piece(rng)];
  return text;
}

void check_against_reference(const std::string& text, std::size_t max_piece, unsigned seed) {
  const Reference ref = reference_read(text);
  const std::uint64_t expected_records = ref.rows.empty() ? 0 : ref.rows.size() - 1;
  const CsvScanResult fast = scan(text, max_piece, std::nullopt, seed);
  const CsvScanResult fields = scan(text, max_piece, "w", seed);  // Byte-at-a-time path.

  CHECK(fast.has_header == !ref.rows.empty());
  if (!ref.rows.empty()) CHECK(fast.header == ref.rows.front());
  CHECK(fast.records == expected_records);
  CHECK(fast.unterminated_quote == ref.unterminated);
  if (ref.unterminated) CHECK(fast.unterminated_quote_line == ref.unterminated_line);
  CHECK(fast.contains_nul == ref.nul);
  CHECK(fast.bytes == text.size());

  CHECK(fields.records == expected_records);
  CHECK(fields.unterminated_quote == ref.unterminated);
  CHECK(fields.unterminated_quote_line == fast.unterminated_quote_line);
  CHECK(fields.contains_nul == ref.nul);

  // The weight column "w", judged on the reference's rows.
  if (ref.rows.empty()) return;
  const std::vector<std::string>& header = ref.rows.front();
  const auto column = std::find(header.begin(), header.end(), "w");
  CHECK(fields.values.column_found == (column != header.end()));
  if (column == header.end()) return;
  const auto index = static_cast<std::size_t>(column - header.begin());
  std::uint64_t missing = 0, not_numeric = 0, negative = 0;
  std::optional<std::uint64_t> first_bad;
  for (std::size_t r = 1; r < ref.rows.size(); ++r) {
    const std::vector<std::string>& row = ref.rows[r];
    bool bad = true;
    if (index >= row.size() || row[index].empty()) {
      ++missing;
    } else if (classify_number(row[index]) == NumberClass::kNotNumeric) {
      ++not_numeric;
    } else if (classify_number(row[index]) == NumberClass::kNegative) {
      ++negative;
    } else {
      bad = false;
    }
    if (bad && !first_bad) first_bad = r;
  }
  CHECK(fields.values.missing == missing);
  CHECK(fields.values.not_numeric == not_numeric);
  CHECK(fields.values.negative == negative);
  CHECK(fields.values.first_bad_record == first_bad);
}

// ---------------------------------------------------------------------------------------------
// gzip helpers.

std::string gzip(std::string_view data, int level = 6) {
  z_stream z{};
  REQUIRE(deflateInit2(&z, level, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY) == Z_OK);
  std::string out(deflateBound(&z, static_cast<uLong>(data.size())) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

/// An unnamed temporary file holding `bytes`, positioned at its start.
class TempFile {
 public:
  explicit TempFile(std::string_view bytes) : file_(std::tmpfile()) {
    REQUIRE(file_ != nullptr);
    REQUIRE(std::fwrite(bytes.data(), 1, bytes.size(), file_) == bytes.size());
    REQUIRE(std::fflush(file_) == 0);
    REQUIRE(::lseek(fd(), 0, SEEK_SET) == 0);
  }
  ~TempFile() { std::fclose(file_); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  int fd() const { return ::fileno(file_); }

 private:
  std::FILE* file_;
};

struct Drained {
  std::string bytes;
  std::optional<std::string> error;
  std::uint64_t bytes_in = 0;
};

Drained drain(ByteStream& stream) {
  Drained d;
  for (std::string_view chunk = stream.next(); !chunk.empty(); chunk = stream.next()) {
    d.bytes += chunk;
  }
  CHECK(stream.next().empty());  // Stays ended.
  d.error = stream.error();
  d.bytes_in = stream.bytes_in();
  return d;
}

Drained gunzip(std::string_view compressed) {
  TempFile file(compressed);
  return drain(*open_gzip_stream(file.fd()));
}

/// Deterministic CSV of about `size` bytes with quoted multi-line fields.
std::string sample_csv(std::size_t size) {
  std::mt19937 rng(7);
  std::string text = "id,weight,label,note\r\n";
  for (int id = 0; text.size() < size; ++id) {
    text += std::to_string(id) + "," + std::to_string(rng() % 1000) + "." +
            std::to_string(rng() % 100) + "," + (rng() % 2 ? "yes" : "no") + ",";
    text += rng() % 10 == 0 ? "\"multi\nline, \"\"quoted\"\"\"" : "plain";
    text += "\r\n";
  }
  return text;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Record counting.

TEST_CASE("csv: LF and CRLF line ends count the same") {
  CHECK(records("a,b\n1,2\n3,4\n") == 2);
  CHECK(records("a,b\r\n1,2\r\n3,4\r\n") == 2);
  const CsvScanResult crlf = scan("a,b\r\n1,2\r\n");
  CHECK(crlf.header == std::vector<std::string>{"a", "b"});
  CHECK(crlf.bytes == 10);
}

TEST_CASE("csv: the last record counts without a final newline") {
  CHECK(records("a,b\n1,2\n3,4") == 2);
  CHECK(records("a,b\r\n1,2\r\n3,4") == 2);
  CHECK(records("a,b\n1,2\n3,4\r") == 2);  // A final lone CR: part of the line end.
  CHECK(scan("a,b\r").header == std::vector<std::string>{"a", "b"});
}

TEST_CASE("csv: blank lines are not records") {
  CHECK(records("a,b\n1,2\n\n3,4\n") == 2);
  CHECK(records("a,b\r\n1,2\r\n\r\n3,4\r\n") == 2);
  CHECK(records("\n\r\n\na,b\n1,2\n") == 1);      // Before the header.
  CHECK(records("a,b\n1,2\n\n\n\r\n\r\n") == 1);  // At the end.
  CHECK(records("a,b\n1,2\n\r") == 1);            // A final "\r" line.
  CHECK(records("a,b\n\r\r\n1\n") == 2);          // "\r\r" is not blank: a field "\r".
  CHECK(records("a,b\n,\n \n") == 2);             // A lone comma or space is a record.
  CHECK(scan("\r\n\na,b\n").header == std::vector<std::string>{"a", "b"});
}

TEST_CASE("csv: quoted fields may hold commas, newlines, CRLF and escaped quotes") {
  const std::string text =
      "name,\"note, with comma\"\n"
      "1,\"a,b\"\n"
      "2,\"line1\nline2\"\n"
      "3,\"line1\r\nline2\r\n\"\r\n"
      "4,\"say \"\"hi\"\"\"\n"
      "5,\"\"\n"
      "6,\"\"\"\"\n";
  const CsvScanResult result = scan(text);
  CHECK(result.records == 6);
  CHECK(result.header == std::vector<std::string>{"name", "note, with comma"});
  CHECK_FALSE(result.unterminated_quote);
  CHECK(scan("\"a\"\"b\",\"c\nd\"\r\n1,2\n").header == std::vector<std::string>{"a\"b", "c\nd"});
  CHECK(scan("\"a\"x,b\r\n").header == std::vector<std::string>{"ax", "b"});
  CHECK(scan("\"a\r\",b\n").header == std::vector<std::string>{"a\r", "b"});  // Quoted CR.
}

TEST_CASE("csv: a quote inside an unquoted field is data") {
  // As in pandas: `5'10"` does not open a quoted field, so the comma after it separates.
  CHECK(records("h,w\n5'10\",70\n6'1\",80\n") == 2);
  CHECK(scan("a\"b,c\n").header == std::vector<std::string>{"a\"b", "c"});
  CHECK(records("h\n\"a\"b\"c\nd\n") == 2);  // After a closed quote, a `"` is data too.
  CHECK_FALSE(scan("h\n5\"\n").unterminated_quote);
  // The same on the fast path: put the quirk past the first 64-byte block.
  const std::string padding(200, 'x');
  CHECK(records("h,w\n" + padding + "\n5'10\",70\n\"q,\n\",1\n") == 3);
}

TEST_CASE("csv: 450 records spread over 900 physical lines count 450") {
  std::string text = "id,text\n";
  for (int i = 0; i < 450; ++i) text += std::to_string(i) + ",\"first half\nsecond half\"\n";
  const CsvScanResult result = scan(text);
  CHECK(result.records == 450);
  CHECK(std::count(text.begin(), text.end(), '\n') == 901);
  CHECK(scan(text, 0, "id").records == 450);
}

TEST_CASE("csv: header only, empty and blank-only files") {
  const CsvScanResult header_only = scan("a,b,c\n");
  CHECK(header_only.has_header);
  CHECK(header_only.records == 0);
  CHECK(header_only.header == std::vector<std::string>{"a", "b", "c"});
  CHECK(scan("a,b,c").header == std::vector<std::string>{"a", "b", "c"});

  const CsvScanResult empty = scan("");
  CHECK_FALSE(empty.has_header);
  CHECK(empty.records == 0);
  CHECK(empty.bytes == 0);
  CHECK(empty.header.empty());

  CHECK_FALSE(scan("\n\r\n\n").has_header);
  CHECK(scan("a,\n").header == std::vector<std::string>{"a", ""});
}

TEST_CASE("csv: a UTF-8 BOM is stripped, even when split across chunks") {
  const std::string text = "\xEF\xBB\xBFid,\"x\"\n1,2\n";
  for (std::size_t piece : {0, 1, 2}) {
    const CsvScanResult result = scan(text, piece);
    CHECK(result.header == std::vector<std::string>{"id", "x"});
    CHECK(result.records == 1);
    CHECK(result.bytes == text.size());
  }
  // Only a whole BOM at the very start is dropped.
  CHECK(scan("\xEF\xBB"
             "a\n",
             1)
            .header == std::vector<std::string>{"\xEF\xBB"
                                                "a"});
  CHECK(scan("\xEF\xBB").header == std::vector<std::string>{"\xEF\xBB"});
  CHECK(scan("\xEF\xBB\xBF").has_header == false);
  CHECK(scan("a\n\xEF\xBB\xBF").header == std::vector<std::string>{"a"});
}

TEST_CASE("csv: unterminated quote") {
  const CsvScanResult result = scan("a,b\n1,2\n3,\"open\nstill open\n");
  CHECK(result.unterminated_quote);
  CHECK(result.unterminated_quote_line == 3);
  CHECK(result.records == 2);  // The last record counts, as Python's csv returns it.

  CHECK(scan("\"a,b\n1,2\n").unterminated_quote_line == 1);  // In the header.
  CHECK_FALSE(scan("a\n\"x\"\"\n\"\n").unterminated_quote);  // Escape, then a closing quote.
  // The opening quote of the field, not an escape inside it, gives the line.
  std::string long_text =
      "a\n" + std::string(100, 'x') + "\n\"l3\nl4 \"\" l4\n" + std::string(100, 'y') + "\n";
  CHECK(scan(long_text).unterminated_quote_line == 3);
  CHECK(scan(long_text, 0, "a").unterminated_quote_line == 3);
  CHECK_FALSE(scan("a\n\"closed\"\n").unterminated_quote_line.has_value());
}

TEST_CASE("csv: NUL bytes are reported") {
  CHECK_FALSE(scan("a,b\n1,2\n").contains_nul);
  CHECK(scan(std::string("a,b\n1,\0\n", 8)).contains_nul);
  CHECK(scan(std::string(100, 'x') + std::string("\n\0", 2) + std::string(100, 'y')).contains_nul);
  CHECK(scan(std::string("\0a\n", 3), 0, "a").contains_nul);
}

TEST_CASE("csv: a header longer than 1 MiB is capped; memory stays constant") {
  // 32 MiB without a newline.
  RepeatStream stream("", std::string(1 << 20, 'x'), 32);
  const CsvScanResult result = scan_csv(stream, {});
  CHECK(result.has_header);
  CHECK(result.header_too_long);
  CHECK(result.records == 0);
  CHECK(result.bytes == std::uint64_t{32} << 20);
  std::size_t held = 0;
  for (const std::string& field : result.header) held += field.size();
  CHECK(held <= (1 << 20));

  RepeatStream commas("", std::string(1 << 20, ','), 4);  // Four million empty fields.
  const CsvScanResult many = scan_csv(commas, {});
  CHECK(many.header_too_long);
  CHECK(many.header.size() <= (1 << 20));

  // A huge record after the header: counted, never held.
  CsvScanOptions weight;
  weight.value_column = "w";
  RepeatStream body("w\n", std::string(1 << 20, '7'), 16);
  const CsvScanResult value = scan_csv(body, weight);
  CHECK(value.records == 1);
  CHECK(value.values.not_numeric == 1);  // Longer than 1 KiB.
  CHECK(value.values.first_bad_value.size() == 64);
  CHECK_FALSE(scan("a,b\n1,2\n").header_too_long);
}

TEST_CASE("csv: after a header over 1 MiB the records are still counted exactly") {
  // A 1.5 MiB header whose cut part holds a quoted field with a newline and CRLF, then records
  // with quoted newlines, blank lines and CRLF; chunked at several sizes.
  std::string header(3 << 19, 'h');
  header += ",\"x\ny\",z\r\n";
  std::string body = "1,2\n\"a\nb\",3\r\n\n\r\n4,5";
  for (std::size_t piece : {0, 1, 7, 4096, 65536}) {
    CAPTURE(piece);
    CsvScanResult result = scan(header + body, piece, std::string("w"));
    CHECK(result.has_header);
    CHECK(result.header_too_long);
    CHECK(result.records == 3);
    CHECK_FALSE(result.values.column_found);
    CHECK(scan(header, piece).records == 0);
  }
  // No line break at all: one endless header, no record.
  RepeatStream blob("", std::string(1 << 20, 'x'), 8);
  CHECK(scan_csv(blob, {}).records == 0);
}

// ---------------------------------------------------------------------------------------------
// Weight column.

TEST_CASE("csv: weight column found, values judged") {
  const std::string text =
      "id,w\n"
      "1,0.5\n"
      "2, 3 \r\n"
      "3,-0\n"
      "4,\"1e5\"\n"
      "5,-2\n"
      "6,abc\n"
      "7,\n"
      "8\n"
      "9,\"\"\n"
      "10,nan\n"
      "11,-1.5e3\n";
  for (std::size_t piece : {0, 1, 3}) {
    const CsvScanResult result = scan(text, piece, "w");
    CHECK(result.records == 11);
    CHECK(result.values.column_found);
    CHECK(result.values.missing == 3);      // "7," "8" and "9,\"\""
    CHECK(result.values.not_numeric == 2);  // abc, nan
    CHECK(result.values.negative == 2);     // -2, -1.5e3
    CHECK(result.values.first_bad_record == 5);
    CHECK(result.values.first_bad_value == "-2");
  }
}

TEST_CASE("csv: weight column not found, or not asked for") {
  const CsvScanResult result = scan("id,W\n1,-1\n", 0, "w");  // Case-sensitive.
  CHECK_FALSE(result.values.column_found);
  CHECK(result.records == 1);
  CHECK(result.values.negative == 0);
  CHECK_FALSE(scan("id,w\n1,-1\n").values.column_found);
  CHECK_FALSE(scan("", 0, "w").values.column_found);
  CHECK(scan("\xEF\xBB\xBFw\n-1\n", 0, "w").values.negative == 1);  // BOM-stripped name.
}

TEST_CASE("csv: first bad weight value per kind") {
  CHECK(scan("w\n1\n2\nx\n-1\n", 0, "w").values.first_bad_record == 3);
  CHECK(scan("w\n1\n2\nx\n-1\n", 0, "w").values.first_bad_value == "x");
  CHECK(scan("a,w\n1,2\n3\n", 0, "w").values.first_bad_record == 2);
  CHECK(scan("a,w\n1,2\n3\n", 0, "w").values.first_bad_value.empty());
  CHECK(scan("w\n\n\n-1\n", 0, "w").values.first_bad_record == 1);  // Blank lines skipped.
  CHECK_FALSE(scan("w\n1\n2\n", 0, "w").values.first_bad_record.has_value());
  const std::string long_value(100, 'z');
  CHECK(scan("w\n" + long_value + "\n", 0, "w").values.first_bad_value == long_value.substr(0, 64));
  CHECK(scan("w,w\n1,-1\n", 0, "w").values.negative == 0);  // The first of repeated names.
}

TEST_CASE("csv: what counts as a number") {
  for (const char* text : {"0", "1e5", "-0", ".5", "+2", "5.", " 7 ", "\t8", "1E-5", "-0.0e0",
                           "1.7976931348623157e308", "1e-400", "0.0"}) {
    CAPTURE(text);
    CHECK(classify_number(text) == NumberClass::kNonNegative);
  }
  for (const char* text : {"-1", "-0.5", " -3 ", "-1e-300", "-4.9e-324"}) {
    CAPTURE(text);
    CHECK(classify_number(text) == NumberClass::kNegative);
  }
  for (const char* text : {"",
                           " ",
                           "nan",
                           "NaN",
                           "inf",
                           "-inf",
                           "Infinity",
                           "1e5x",
                           "0x10",
                           "1,5",
                           "e5",
                           ".",
                           "-",
                           "+",
                           "1e",
                           "1e+",
                           "--1",
                           "+-1",
                           "1 2",
                           "1e999",
                           "-1e999",
                           "1_000",
                           "\xEF\xBB\xBF"
                           "1",
                           "0.1.2"}) {
    CAPTURE(text);
    CHECK(classify_number(text) == NumberClass::kNotNumeric);
  }
  const std::string huge = "1" + std::string(400, '0');
  CHECK(classify_number(huge) == NumberClass::kNotNumeric);  // Infinite as a double.
  CHECK(classify_number("0." + std::string(400, '0') + "1") == NumberClass::kNonNegative);
}

// ---------------------------------------------------------------------------------------------
// Fast path against the byte-at-a-time paths and a reference reader.

TEST_CASE("csv: SSE2 and scalar block classification agree") {
  std::mt19937 rng(3);
  const std::string alphabet("\"\n\r,\0ab\xFF\x80", 10);
  std::string block(64, ' ');
  for (int round = 0; round < 2000; ++round) {
    for (char& c : block) c = alphabet[rng() % alphabet.size()];
    const auto simd = classify_block(block.data());
    const auto scalar = classify_block_scalar(block.data());
    CHECK(simd.quote == scalar.quote);
    CHECK(simd.lf == scalar.lf);
    CHECK(simd.cr == scalar.cr);
    CHECK(simd.comma == scalar.comma);
    CHECK(simd.nul == scalar.nul);
  }
}

TEST_CASE("csv: random CSVs give the reference's results whatever the chunking") {
  std::mt19937 rng(12345);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_csv(rng, round % 3 == 0 ? 400 : 40);
    CAPTURE(text);
    for (std::size_t max_piece : {0, 1, 7, 64, 130}) {
      CAPTURE(max_piece);
      check_against_reference(text, max_piece, static_cast<unsigned>(round));
    }
  }
}

TEST_CASE("csv: chunk boundaries inside quotes, CRLF and escapes change nothing") {
  const std::string text = sample_csv(20000);
  const CsvScanResult whole = scan(text);
  const CsvScanResult whole_weight = scan(text, 0, "weight");
  CHECK(whole.records == whole_weight.records);
  for (std::size_t piece : {1, 2, 3, 63, 64, 65, 1000}) {
    for (unsigned seed : {1u, 2u, 3u}) {
      CHECK(scan(text, piece, std::nullopt, seed).records == whole.records);
      CHECK(scan(text, piece, "weight", seed).records == whole.records);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Byte streams.

TEST_CASE("file stream: reads a file; reports read errors") {
  const std::string text = sample_csv(700000);  // Several chunks.
  TempFile file(text);
  auto stream = open_file_stream(file.fd());
  const Drained d = drain(*stream);
  CHECK(d.bytes == text);
  CHECK_FALSE(d.error);
  CHECK(d.bytes_in == text.size());

  const Drained bad = drain(*open_file_stream(-1));
  CHECK(bad.error == "read error: Bad file descriptor");
  CHECK(drain(*open_gzip_stream(-1)).error == "read error: Bad file descriptor");
}

TEST_CASE("gzip: magic number") {
  CHECK(starts_with_gzip_magic("\x1f\x8b\x08"));
  CHECK(starts_with_gzip_magic(gzip("x")));
  CHECK_FALSE(starts_with_gzip_magic("\x1f"));
  CHECK_FALSE(starts_with_gzip_magic("id,w\n"));
  CHECK_FALSE(starts_with_gzip_magic(""));
}

TEST_CASE("gzip: single member, small and large") {
  for (std::size_t size : {std::size_t{0}, std::size_t{10}, std::size_t{3'000'000}}) {
    const std::string text = sample_csv(size);
    const std::string compressed = gzip(text);
    const Drained d = gunzip(compressed);
    CHECK_FALSE(d.error);
    CHECK(d.bytes == text);
    CHECK(d.bytes_in == compressed.size());
  }
  const Drained empty = gunzip(gzip(""));  // A member with no data.
  CHECK_FALSE(empty.error);
  CHECK(empty.bytes.empty());
}

TEST_CASE("gzip: concatenated members and NUL padding") {
  const std::string a = sample_csv(300000);
  const std::string b = "more,data\n1,2\n";
  const Drained two = gunzip(gzip(a) + gzip(b, 1));
  CHECK_FALSE(two.error);
  CHECK(two.bytes == a + b);
  const Drained three = gunzip(gzip("x") + gzip("") + gzip("y"));
  CHECK(three.bytes == "xy");
  const Drained padded =
      gunzip(gzip("x") + std::string(1000, '\0') + gzip("y") + std::string(3, '\0'));
  CHECK_FALSE(padded.error);
  CHECK(padded.bytes == "xy");
}

TEST_CASE("gzip: truncated streams end early") {
  const std::string compressed = gzip(sample_csv(400000));
  for (std::size_t keep : {std::size_t{0}, std::size_t{1}, std::size_t{5}, std::size_t{10},
                           compressed.size() / 2, compressed.size() - 4, compressed.size() - 1}) {
    CAPTURE(keep);
    const Drained d = gunzip(compressed.substr(0, keep));
    REQUIRE(d.error);
    CHECK(d.error->rfind("gzip stream ends early at compressed byte " + std::to_string(keep), 0) ==
          0);
  }
  // Truncated in the second member.
  const std::string two = gzip("a\n") + gzip("b\n");
  CHECK(gunzip(two.substr(0, two.size() - 3)).error.has_value());
  CHECK(gunzip(std::string(5, '\0')).error == "gzip stream ends early at compressed byte 5");
}

TEST_CASE("gzip: corrupt data and data that is not gzip") {
  std::string compressed = gzip("id,w\n1,2\n");
  compressed[10] = '\xFF';  // First deflate block header: reserved block type 3.
  const Drained corrupt = gunzip(compressed);
  REQUIRE(corrupt.error);
  CHECK(corrupt.error->rfind("corrupt gzip data at compressed byte ", 0) == 0);
  CHECK(corrupt.error->find("invalid block type") != std::string::npos);

  std::string bad_crc = gzip("id,w\n1,2\n");
  bad_crc[bad_crc.size() - 6] ^= 1;
  CHECK(gunzip(bad_crc).error.value_or("").find("incorrect data check") != std::string::npos);

  const Drained plain = gunzip("id,w\n1,2\n");
  REQUIRE(plain.error);
  CHECK(plain.error->rfind("corrupt gzip data at compressed byte ", 0) == 0);
  CHECK(plain.error->find(": incorrect header check") != std::string::npos);

  const Drained trailing = gunzip(gzip("x") + "garbage");
  CHECK(trailing.bytes == "x");
  CHECK(trailing.error.value_or("").find("incorrect header check") != std::string::npos);
}

TEST_CASE("gzip: random damage never crashes or hangs") {
  const std::string good = gzip(sample_csv(50000));
  std::mt19937 rng(99);
  for (int round = 0; round < 300; ++round) {
    std::string damaged = good;
    for (int flips = 1 + round % 4; flips > 0; --flips) {
      damaged[rng() % damaged.size()] = static_cast<char>(rng());
    }
    if (round % 3 == 0) damaged.resize(rng() % damaged.size());
    const Drained d = gunzip(damaged);
    CHECK(d.bytes.size() <= 10'000'000);
  }
  for (int round = 0; round < 100; ++round) {  // Garbage behind a gzip header.
    std::string garbage = "\x1f\x8b\x08";
    for (int i = 0; i < 200; ++i) garbage += static_cast<char>(rng());
    CHECK(gunzip(garbage).error.has_value());
  }
}

TEST_CASE("gzip: scanning the gzip gives the same counts as the plain file") {
  const std::string text = sample_csv(1'500'000);
  const std::string compressed = gzip(text.substr(0, 500000)) + gzip(text.substr(500000));
  TempFile file(compressed);
  for (const std::optional<std::string>& weight :
       {std::optional<std::string>{}, std::optional<std::string>{"weight"}}) {
    REQUIRE(::lseek(file.fd(), 0, SEEK_SET) == 0);
    auto stream = open_gzip_stream(file.fd());
    CsvScanOptions options;
    options.value_column = weight;
    const CsvScanResult from_gzip = scan_csv(*stream, options);
    CHECK_FALSE(stream->error());
    CHECK(stream->bytes_in() == compressed.size());
    const CsvScanResult plain = scan(text, 0, weight);
    CHECK(from_gzip.records == plain.records);
    CHECK(from_gzip.bytes == text.size());
    CHECK(from_gzip.header == plain.header);
    CHECK(from_gzip.values.missing == plain.values.missing);
    CHECK(from_gzip.values.column_found == weight.has_value());
  }
}
