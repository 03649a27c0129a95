#include "data/parquet_footer.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <functional>

namespace automl_lint::data {

namespace {

constexpr std::string_view kMagic = "PAR1";
constexpr std::string_view kEncryptedMagic = "PARE";
// "PAR1" at the start, then at the end the footer length (u32 little-endian) and "PAR1".
constexpr std::uint64_t kTailBytes = 8;
constexpr std::uint64_t kMinFileBytes = kMagic.size() + kTailBytes;

// Any malformed Thrift stops the decoding; thrown inside this file only and turned into a
// ParquetError by parse_footer, which keeps the decoder free of error plumbing.
struct CorruptFooter {
  std::string what;
};

[[noreturn]] void corrupt(std::string what) {
  throw CorruptFooter{std::move(what)};
}

// Thrift Compact Protocol type ids (the low nibble of field and list headers).
enum class Type : std::uint8_t {
  stop = 0,
  bool_true = 1,
  bool_false = 2,
  byte = 3,
  i16 = 4,
  i32 = 5,
  i64 = 6,
  double_ = 7,
  binary = 8,
  list = 9,
  set = 10,
  map = 11,
  struct_ = 12,
};

Type to_type(std::uint8_t nibble) {
  if (nibble > static_cast<std::uint8_t>(Type::struct_)) {
    corrupt("unknown Thrift type " + std::to_string(nibble));
  }
  return static_cast<Type>(nibble);
}

struct FieldHeader {
  Type type;
  std::int16_t id;
};

struct ListHeader {
  Type element;
  std::uint32_t size;
};

/// A bounds-checked reader of Thrift Compact Protocol values.
class CompactReader {
 public:
  explicit CompactReader(std::string_view bytes) : bytes_(bytes) {}

  std::size_t remaining() const { return bytes_.size() - pos_; }

  std::uint8_t byte() {
    if (pos_ >= bytes_.size()) corrupt("unexpected end of the footer");
    return static_cast<std::uint8_t>(bytes_[pos_++]);
  }

  /// ULEB128; at most 10 bytes, enough for 64 bits.
  std::uint64_t varint() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      std::uint8_t b = byte();
      value |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return value;
    }
    corrupt("varint longer than 10 bytes");
  }

  /// i16, i32 and i64 are all zigzag varints; the caller checks the range.
  std::int64_t zigzag() {
    std::uint64_t n = varint();
    return static_cast<std::int64_t>(n >> 1) ^ -static_cast<std::int64_t>(n & 1);
  }

  std::int32_t i32() {
    std::int64_t value = zigzag();
    if (value < INT32_MIN || value > INT32_MAX) corrupt("i32 value out of range");
    return static_cast<std::int32_t>(value);
  }

  std::string_view binary() {
    std::uint64_t length = varint();
    if (length > remaining()) corrupt("string length runs past the end of the footer");
    std::string_view value = bytes_.substr(pos_, length);
    pos_ += length;
    return value;
  }

  /// Reads a field header, or a stop (type stop). Field ids are deltas from the previous one
  /// (high nibble), or when the delta is 0 a zigzag i16 that follows.
  FieldHeader field_header(std::int16_t previous_id) {
    std::uint8_t b = byte();
    Type type = to_type(b & 0x0f);
    if (type == Type::stop) return {type, 0};
    std::uint8_t delta = b >> 4;
    if (delta != 0) return {type, static_cast<std::int16_t>(previous_id + delta)};
    std::int64_t id = zigzag();
    if (id < INT16_MIN || id > INT16_MAX) corrupt("field id out of range");
    return {type, static_cast<std::int16_t>(id)};
  }

  /// Lists and sets: size in the high nibble, or 15 there and a varint size after.
  ListHeader list_header() {
    std::uint8_t b = byte();
    Type element = to_type(b & 0x0f);
    std::uint64_t size = b >> 4;
    if (size == 15) size = varint();
    // Every element takes at least one byte, so this bounds loops and reservations by the input.
    if (size > remaining()) {
      corrupt("list of " + std::to_string(size) + " elements is longer than the footer");
    }
    if (element == Type::stop && size > 0) corrupt("list of elements of type stop");
    return {element, static_cast<std::uint32_t>(size)};
  }

  /// Skips a field's value. A bool field's value is in its type, so there is nothing to skip.
  void skip_field(Type type, int depth) {
    if (type != Type::bool_true && type != Type::bool_false) skip_value(type, depth);
  }

  /// Reads a struct's fields up to its stop, passing each header to `on_field`, which reads the
  /// value and returns true, or returns false to have it skipped.
  void read_struct(int depth, const std::function<bool(const FieldHeader&)>& on_field) {
    if (depth > kMaxParquetNesting) corrupt("Thrift structures nested too deeply");
    std::int16_t previous_id = 0;
    for (FieldHeader field = field_header(0); field.type != Type::stop;
         field = field_header(previous_id)) {
      if (!on_field(field)) skip_field(field.type, depth + 1);
      previous_id = field.id;
    }
  }

 private:
  /// Skips a value in a list, set or map, or a non-bool field value. Bools in containers are one
  /// byte each.
  void skip_value(Type type, int depth) {
    if (depth > kMaxParquetNesting) corrupt("Thrift structures nested too deeply");
    switch (type) {
      case Type::bool_true:
      case Type::bool_false:
      case Type::byte:
        byte();
        return;
      case Type::i16:
      case Type::i32:
      case Type::i64:
        varint();
        return;
      case Type::double_:
        skip_bytes(8);
        return;
      case Type::binary:
        binary();
        return;
      case Type::list:
      case Type::set:
        skip_list(depth);
        return;
      case Type::map:
        skip_map(depth);
        return;
      case Type::struct_:
        read_struct(depth, [](const FieldHeader&) { return false; });
        return;
      case Type::stop:
        break;
    }
    corrupt("unexpected stop");
  }

  void skip_bytes(std::size_t count) {
    if (count > remaining()) corrupt("unexpected end of the footer");
    pos_ += count;
  }

  void skip_list(int depth) {
    ListHeader header = list_header();
    for (std::uint32_t i = 0; i < header.size; ++i) skip_value(header.element, depth + 1);
  }

  /// Maps: a varint size, then (when not empty) one byte with the key and value types.
  void skip_map(int depth) {
    std::uint64_t size = varint();
    if (size == 0) return;
    if (size > remaining()) corrupt("map is longer than the footer");
    std::uint8_t types = byte();
    Type key = to_type(types >> 4);
    Type value = to_type(types & 0x0f);
    for (std::uint64_t i = 0; i < size; ++i) {
      skip_value(key, depth + 1);
      skip_value(value, depth + 1);
    }
  }

  std::string_view bytes_;
  std::size_t pos_ = 0;
};

void expect_type(const FieldHeader& field, Type type, const char* name) {
  if (field.type != type) corrupt(std::string("field ") + name + " has the wrong Thrift type");
}

/// One element of FileMetaData.schema; only what the column walk needs.
struct SchemaElement {
  std::string_view name;
  bool has_name = false;
  std::int32_t num_children = 0;  // 0 for a leaf; the field is absent there.
};

SchemaElement read_schema_element(CompactReader& in, int depth) {
  SchemaElement element;
  in.read_struct(depth, [&](const FieldHeader& field) {
    if (field.id == 4) {
      expect_type(field, Type::binary, "SchemaElement.name");
      element.name = in.binary();
      element.has_name = true;
      return true;
    }
    if (field.id == 5) {
      expect_type(field, Type::i32, "SchemaElement.num_children");
      element.num_children = in.i32();
      return true;
    }
    return false;
  });
  if (!element.has_name) corrupt("schema element without a name");
  if (element.num_children < 0) {
    corrupt("negative num_children " + std::to_string(element.num_children) +
            " in schema element '" + std::string(element.name) + "'");
  }
  return element;
}

/// Reads the schema list, a depth-first flattening of the tree whose first element is the root,
/// and keeps only the names of the root's direct children. Nested groups' descendants are
/// counted off with num_children, so memory stays proportional to the top-level columns.
std::vector<std::string> read_top_level_columns(CompactReader& in, int depth) {
  ListHeader list = in.list_header();
  if (list.element != Type::struct_) corrupt("schema is not a list of structs");
  if (list.size == 0) corrupt("empty schema");
  std::vector<std::string> columns;
  std::int64_t top_level_left = 0;    // Root children not yet seen.
  std::int64_t descendants_left = 0;  // Elements below the current top-level field not yet seen.
  for (std::uint32_t i = 0; i < list.size; ++i) {
    SchemaElement element = read_schema_element(in, depth + 1);
    std::uint32_t elements_after = list.size - 1 - i;
    if (static_cast<std::uint32_t>(element.num_children) > elements_after) {
      corrupt("num_children " + std::to_string(element.num_children) + " of schema element '" +
              std::string(element.name) + "' exceeds the " + std::to_string(elements_after) +
              " schema elements after it");
    }
    if (i == 0) {
      top_level_left = element.num_children;
    } else if (descendants_left > 0) {
      descendants_left += element.num_children - 1;
    } else if (top_level_left > 0) {
      --top_level_left;
      // A crafted footer of millions of empty names would otherwise cost gigabytes.
      if (columns.size() >= kMaxParquetColumns) {
        corrupt("more than " + std::to_string(kMaxParquetColumns) + " top-level columns");
      }
      columns.emplace_back(element.name);
      descendants_left = element.num_children;
    } else {
      corrupt("schema element '" + std::string(element.name) + "' is outside the schema tree");
    }
  }
  if (top_level_left > 0 || descendants_left > 0) {
    corrupt("num_children add up to more elements than the schema has");
  }
  return columns;
}

/// Counts the row groups without decoding them.
std::size_t count_row_groups(CompactReader& in, int depth) {
  ListHeader list = in.list_header();
  if (list.element != Type::struct_ && list.size > 0)
    corrupt("row_groups is not a list of structs");
  for (std::uint32_t i = 0; i < list.size; ++i) {
    in.read_struct(depth + 1, [](const FieldHeader&) { return false; });
  }
  return list.size;
}

/// Decodes FileMetaData: 2 schema, 3 num_rows, 4 row_groups, 6 created_by; the rest is skipped.
ParquetFooter read_file_metadata(CompactReader& in) {
  ParquetFooter footer;
  bool has_schema = false, has_num_rows = false, has_row_groups = false;
  in.read_struct(1, [&](const FieldHeader& field) {
    switch (field.id) {
      case 2:
        expect_type(field, Type::list, "FileMetaData.schema");
        footer.columns = read_top_level_columns(in, 1);
        has_schema = true;
        return true;
      case 3:
        expect_type(field, Type::i64, "FileMetaData.num_rows");
        footer.num_rows = in.zigzag();
        has_num_rows = true;
        return true;
      case 4:
        expect_type(field, Type::list, "FileMetaData.row_groups");
        footer.row_groups = count_row_groups(in, 1);
        has_row_groups = true;
        return true;
      case 6:
        expect_type(field, Type::binary, "FileMetaData.created_by");
        footer.created_by = in.binary();
        return true;
      default:
        return false;
    }
  });
  if (!has_schema) corrupt("no schema");
  if (!has_num_rows) corrupt("no num_rows");
  if (!has_row_groups) corrupt("no row_groups");
  if (footer.num_rows < 0) corrupt("negative num_rows " + std::to_string(footer.num_rows));
  // Bytes after FileMetaData's stop are ignored: nothing needs them, and readers accept them.
  return footer;
}

std::variant<ParquetFooter, ParquetError> parse_footer(std::string_view footer) {
  try {
    CompactReader in(footer);
    return read_file_metadata(in);
  } catch (const CorruptFooter& error) {
    return ParquetError{"corrupt footer: " + error.what};
  }
}

std::uint32_t little_endian_u32(std::string_view bytes) {
  std::uint32_t value = 0;
  for (int i = 3; i >= 0; --i) value = (value << 8) | static_cast<std::uint8_t>(bytes[i]);
  return value;
}

/// Reads `length` bytes at `offset`, or says why it could not.
using ReadAt = std::function<std::variant<std::string, ParquetError>(std::uint64_t offset,
                                                                     std::size_t length)>;

/// The footer length from the last 8 bytes, checked against the magic, the file size and the cap.
std::variant<std::uint32_t, ParquetError> footer_length(std::string_view tail,
                                                        std::uint64_t file_size) {
  std::string_view magic = tail.substr(4);
  if (magic == kEncryptedMagic) return ParquetError{"encrypted footer (PARE) is not supported"};
  if (magic != kMagic) return ParquetError{"not a Parquet file: no PAR1 magic at the end"};
  std::uint32_t length = little_endian_u32(tail);
  if (length == 0) return ParquetError{"corrupt footer: footer length is 0"};
  if (length > file_size - kMinFileBytes) {
    return ParquetError{"footer length " + std::to_string(length) + " exceeds the file size (" +
                        std::to_string(file_size) + " bytes)"};
  }
  if (length > kMaxParquetFooterBytes) {
    return ParquetError{"footer length " + std::to_string(length) + " exceeds the limit of " +
                        std::to_string(kMaxParquetFooterBytes) + " bytes"};
  }
  return length;
}

/// The shared steps of both entry points: tail, leading magic, footer; three small reads.
std::variant<ParquetFooter, ParquetError> read_footer(std::uint64_t file_size,
                                                      const ReadAt& read_at) {
  if (file_size < kMinFileBytes) {
    return ParquetError{"not a Parquet file: " + std::to_string(file_size) + " bytes is too small"};
  }
  auto tail = read_at(file_size - kTailBytes, kTailBytes);
  if (auto* error = std::get_if<ParquetError>(&tail)) return *error;
  auto length = footer_length(std::get<std::string>(tail), file_size);
  if (auto* error = std::get_if<ParquetError>(&length)) return *error;
  auto head = read_at(0, kMagic.size());
  if (auto* error = std::get_if<ParquetError>(&head)) return *error;
  if (!starts_with_parquet_magic(std::get<std::string>(head))) {
    return ParquetError{"not a Parquet file: no PAR1 magic at the start"};
  }
  std::uint32_t footer_bytes = std::get<std::uint32_t>(length);
  auto footer = read_at(file_size - kTailBytes - footer_bytes, footer_bytes);
  if (auto* error = std::get_if<ParquetError>(&footer)) return *error;
  return parse_footer(std::get<std::string>(footer));
}

/// pread until `length` bytes are read: it may return fewer, or be interrupted.
std::variant<std::string, ParquetError> pread_exactly(int fd, std::uint64_t offset,
                                                      std::size_t length) {
  std::string buffer(length, '\0');
  std::size_t done = 0;
  while (done < length) {
    ssize_t n = ::pread(fd, buffer.data() + done, length - done, static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return ParquetError{std::string("cannot read the footer: ") + std::strerror(errno)};
    if (n == 0) return ParquetError{"the file became shorter while its footer was read"};
    done += static_cast<std::size_t>(n);
  }
  return buffer;
}

}  // namespace

std::variant<ParquetFooter, ParquetError> read_parquet_footer(int fd, std::uint64_t file_size) {
  return read_footer(file_size, [fd](std::uint64_t offset, std::size_t length) {
    return pread_exactly(fd, offset, length);
  });
}

std::variant<ParquetFooter, ParquetError> parse_parquet_file(std::string_view bytes) {
  return read_footer(bytes.size(), [bytes](std::uint64_t offset, std::size_t length) {
    return std::variant<std::string, ParquetError>(std::string(bytes.substr(offset, length)));
  });
}

bool starts_with_parquet_magic(std::string_view first_bytes) {
  return first_bytes.substr(0, kMagic.size()) == kMagic;
}

}  // namespace automl_lint::data
