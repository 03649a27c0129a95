// A parsed request file (JSON or YAML) that remembers where every key and value came from.
//
// Both readers (json_reader.cpp, yaml_reader.cpp) produce the same model, a LoadedDocument: the
// RapidJSON DOM, the byte offset where each key and value starts (in preorder), notes on values
// the DOM cannot say everything about, the reader's own findings, and the load error. The rest of
// the library sees only SourceDocument and never knows which format a request was written in,
// except for the wording of a few hints (format()).
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
#include "finding.hpp"
#include "source_text.hpp"

namespace automl_lint::detail {

/// Reads a regular file, refusing directories, FIFOs, devices and files over the size limit
/// before reading them (AML005, AML004). Opens read-only and never locks, so the file is left as
/// it was.
std::variant<std::string, LoadError> read_request_file(const std::filesystem::path& path,
                                                       const Limits& limits);

/// What the DOM does not say about a value. A YAML timestamp, binary data or a set has no JSON
/// type: the DOM holds null there, which no member of either schema accepts, so the shape check
/// reports it as a value of the wrong type, and the note names what it is ("found a date"). A
/// number beyond the range of a double stays a number (±infinity), so that a number member
/// reports it as out of range.
struct ValueNote {
  enum class Kind : std::uint8_t {
    plain_scalar,   ///< YAML: an unquoted scalar read as a number, boolean or null; as written.
    beyond_double,  ///< A number written beyond ±1.8e308 (`1e400`): the DOM holds ±infinity.
    infinity,       ///< YAML `.inf`, `-.inf`: the DOM holds ±infinity.
    not_a_number,   ///< YAML `.nan`: the DOM holds a NaN.
    date,           ///< YAML `2024-01-01`: the DOM holds null.
    timestamp,      ///< YAML `2024-01-01T10:00:00Z`: the DOM holds null.
    binary,         ///< YAML `!!binary`: the DOM holds null.
    set,            ///< YAML `!!set`: the DOM holds null.
  };
  Kind kind = Kind::plain_scalar;
  std::string written;    ///< The value as the file spells it.
  std::string canonical;  ///< The value ruamel.yaml constructs: ISO 8601 text for a date or a
                          ///< timestamp (UTC), base64 for binary, a JSON list of a set's keys.
};

/// What a reader produces.
struct LoadedDocument {
  rapidjson::Document dom;
  /// One per key and value, in preorder (a member's key before its value): byte offsets from
  /// the start of the body (after the BOM).
  std::vector<std::uint32_t> start_offsets;
  /// Notes by preorder index (an index into start_offsets), in increasing order.
  std::vector<std::pair<std::uint32_t, ValueNote>> notes;
  /// Problems the reader found that leave the request readable (a YAML key that is not a
  /// string); offsets into the text as given.
  std::vector<Finding> findings;
  std::optional<LoadError> error;
};

/// The JSON reader: RapidJSON's iterative parser with a SAX handler that records the offsets.
void read_json(const SourceText& source, const Limits& limits, LoadedDocument& out);
/// The YAML reader: libyaml's event API, composed into nodes and read as the AWS CLI reads YAML
/// (ruamel.yaml's safe loader: YAML 1.2 unless the file says %YAML 1.1).
void read_yaml(const SourceText& source, const Limits& limits, LoadedDocument& out);

/// The format of a request named `name` (.json: JSON, .yaml and .yml: YAML) or, for other names,
/// by its first character other than a BOM or white space: `{` or `[` is JSON, anything else
/// YAML. Never returns automatic.
InputFormat resolve_format(InputFormat requested, std::string_view name, std::string_view text);

/// The DOM of one request plus the byte offset of each key and value, recorded while parsing.
/// Line and column are computed only when a diagnostic asks for them.
class SourceDocument {
 public:
  /// Reads `text` (UTF-8, optional BOM) without recursion. On failure `load_error()` is set.
  /// `format` must be json or yaml (resolve_format() decides an automatic one).
  SourceDocument(std::string_view text, const Limits& limits,
                 InputFormat format = InputFormat::json);

  InputFormat format() const { return format_; }
  const std::optional<LoadError>& load_error() const { return loaded_.error; }
  /// The reader's findings on a request that loaded (see LoadedDocument::findings).
  const std::vector<Finding>& load_findings() const { return loaded_.findings; }
  const rapidjson::Document& root() const { return loaded_.dom; }
  std::string_view text() const { return source_.text(); }

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
  Position position_of_offset(std::size_t offset) const {
    return source_.position_of_offset(offset);
  }

  /// Byte offset of the start of a node of this document (a key or a value).
  std::size_t offset_of(const rapidjson::Value* node) const;

  /// The note on a node, or nullptr (most nodes have none).
  const ValueNote* note(const rapidjson::Value* node) const;
  /// True when some node has a note other than plain_scalar (a value JSON has no type for, or
  /// a number beyond double range).
  bool has_special_values() const;

 private:
  void build_offset_index() const;

  SourceText source_;
  InputFormat format_;
  LoadedDocument loaded_;
  /// Each node's offset, sorted by node address: one allocation, where a hash map made one per
  /// node (they were half of the allocations of a valid file).
  mutable std::vector<std::pair<const rapidjson::Value*, std::uint32_t>> offset_by_node_;
  mutable std::unordered_map<const rapidjson::Value*, const ValueNote*> note_by_node_;
};

/// Escapes one reference token for a JSON pointer (RFC 6901: ~ as ~0, / as ~1).
std::string escape_pointer_token(std::string_view token);
/// Whether a token holds '~' or '/', which a JSON pointer escapes.
bool needs_escape(std::string_view token);

/// Splits a JSON pointer into unescaped reference tokens.
std::vector<std::string> split_pointer(std::string_view pointer);

/// The JSON pointer of the `index`-th node in preorder (the numbering of start_offsets): a key
/// gives its member's pointer. Empty for the root or an index past the end.
std::string pointer_of_preorder_index(const rapidjson::Value& root, std::size_t index);

/// Reports every key that appears twice in one object (AML003), as load errors with pointers.
struct DuplicateKey {
  std::string pointer;  ///< Pointer of the later member.
  const rapidjson::Value* key = nullptr;
  const rapidjson::Value* first_key = nullptr;
};
std::vector<DuplicateKey> find_duplicate_keys(const rapidjson::Value& root);

/// Visits every node of `root` in preorder (keys before their values), without recursion:
/// `visit(node, is_key)`.
template <typename Visit>
void for_each_in_preorder(const rapidjson::Value& root, Visit visit) {
  struct Frame {
    const rapidjson::Value* node;
    rapidjson::SizeType next;
  };
  visit(root, false);
  if (!root.IsObject() && !root.IsArray()) return;
  std::vector<Frame> stack{{&root, 0}};
  while (!stack.empty()) {
    Frame& frame = stack.back();
    const rapidjson::Value* child = nullptr;
    if (frame.node->IsObject() && frame.next < frame.node->MemberCount()) {
      const auto& member = *(frame.node->MemberBegin() + frame.next++);
      visit(member.name, true);
      child = &member.value;
    } else if (frame.node->IsArray() && frame.next < frame.node->Size()) {
      child = &(*frame.node)[frame.next++];
    } else {
      stack.pop_back();
      continue;
    }
    visit(*child, false);
    if (child->IsObject() || child->IsArray()) stack.push_back({child, 0});
  }
}

}  // namespace automl_lint::detail
