// A parsed request file that remembers where every key and value came from.
#pragma once

#include <rapidjson/document.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "automl_lint/diagnostic.hpp"
#include "automl_lint/linter.hpp"

namespace automl_lint::detail {

struct Position {
  int line = 0;
  int column = 0;
};

/// Why a file could not be loaded; each maps to one diagnostic.
struct LoadError {
  std::string rule;
  std::string message;
  std::string hint;
  std::size_t offset = 0;  ///< Byte offset into the text as given (BOM included).
};

/// Reads a regular file, refusing directories, FIFOs, devices and files over the size limit
/// before reading them (AML005, AML004). Opens read-only and never locks, so the file is left as
/// it was.
std::variant<std::string, LoadError> read_request_file(const std::filesystem::path& path,
                                                       const Limits& limits);

/// The DOM of one request plus the byte offset of each key and value, recorded while parsing.
/// Line and column are computed only when a diagnostic asks for them.
class SourceDocument {
 public:
  /// Parses `text` (UTF-8, optional BOM) without recursion. On failure `load_error()` is set.
  SourceDocument(std::string_view text, const Limits& limits);

  const std::optional<LoadError>& load_error() const { return error_; }
  const rapidjson::Document& root() const { return document_; }
  std::string_view text() const { return text_; }

  /// The node a JSON pointer designates, or nullptr.
  const rapidjson::Value* find(std::string_view pointer) const;

  /// Where the value at `pointer` starts; falls back to the nearest existing ancestor.
  std::size_t value_offset(std::string_view pointer) const;
  /// Where the key of the member at `pointer` starts; the value's offset for array items.
  std::size_t key_offset(std::string_view pointer) const;
  Position value_position(std::string_view pointer) const {
    return position_of_offset(value_offset(pointer));
  }
  Position key_position(std::string_view pointer) const {
    return position_of_offset(key_offset(pointer));
  }
  /// Line and column of a byte offset into text().
  Position position_of_offset(std::size_t offset) const;

  /// Byte offset of the start of a node of this document (its key when `key` is true).
  std::size_t offset_of(const rapidjson::Value* node) const;

 private:
  friend class PositionRecorder;
  void build_offset_index() const;

  std::string_view text_;
  std::size_t bom_bytes_ = 0;
  rapidjson::Document document_;
  std::optional<LoadError> error_;
  std::vector<std::uint32_t> start_offsets_;  // One per key and value, in parse (preorder) order.
  mutable std::unordered_map<const rapidjson::Value*, std::uint32_t> offset_by_node_;
  mutable std::vector<std::size_t> line_starts_;
  struct ColumnCursor {
    std::size_t line_start = 0;
    std::size_t offset = 0;
    std::size_t column = 1;
  };
  mutable ColumnCursor last_column_;
};

/// Escapes one reference token for a JSON pointer (RFC 6901: ~ as ~0, / as ~1).
std::string escape_pointer_token(std::string_view token);

/// Splits a JSON pointer into unescaped reference tokens.
std::vector<std::string> split_pointer(std::string_view pointer);

/// Reports every key that appears twice in one object (AML003), as load errors with pointers.
struct DuplicateKey {
  std::string pointer;  ///< Pointer of the later member.
  const rapidjson::Value* key = nullptr;
  const rapidjson::Value* first_key = nullptr;
};
std::vector<DuplicateKey> find_duplicate_keys(const rapidjson::Value& root);

}  // namespace automl_lint::detail
