#include "source_document.hpp"

#include <algorithm>
#include <charconv>
#include <unordered_set>

namespace automl_lint::detail {

InputFormat resolve_format(InputFormat requested, std::string_view name, std::string_view text) {
  if (requested != InputFormat::automatic) return requested;
  auto extension = std::filesystem::path(name).extension().string();
  for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (extension == ".json") return InputFormat::json;
  if (extension == ".yaml" || extension == ".yml") return InputFormat::yaml;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return InputFormat::json;
  return text[first] == '{' || text[first] == '[' ? InputFormat::json : InputFormat::yaml;
}

SourceDocument::SourceDocument(std::string_view text, const Limits& limits, InputFormat format)
    : source_(text), format_(format == InputFormat::yaml ? InputFormat::yaml : InputFormat::json) {
  std::string_view expected =
      format_ == InputFormat::yaml ? "a YAML mapping of the request's members" : "a JSON object";
  if ((loaded_.error = check_source(source_, limits, expected))) return;
  if (format_ == InputFormat::yaml) {
    read_yaml(source_, limits, loaded_);
  } else {
    read_json(source_, limits, loaded_);
  }
}

void SourceDocument::build_offset_index() const {
  const auto& starts = loaded_.start_offsets;
  offset_by_node_.reserve(starts.size());
  std::size_t index = 0;
  auto note = loaded_.notes.begin();
  for_each_in_preorder(loaded_.dom, [&](const rapidjson::Value& node, bool) {
    if (index >= starts.size()) return;
    if (note != loaded_.notes.end() && note->first == index) {
      note_by_node_.emplace(&node, &note->second);
      ++note;
    }
    offset_by_node_.emplace_back(&node, starts[index++]);
  });
  // Stable, and the last entry of a node wins: a node visited twice keeps its later offset.
  std::stable_sort(offset_by_node_.begin(), offset_by_node_.end(),
                   [](const auto& a, const auto& b) { return std::less<>()(a.first, b.first); });
}

std::size_t SourceDocument::offset_of(const rapidjson::Value* node) const {
  if (offset_by_node_.empty() && !loaded_.start_offsets.empty()) build_offset_index();
  auto after = std::upper_bound(
      offset_by_node_.begin(), offset_by_node_.end(), node,
      [](const auto* key, const auto& entry) { return std::less<>()(key, entry.first); });
  bool known = after != offset_by_node_.begin() && std::prev(after)->first == node;
  return source_.bom_bytes() + (known ? std::prev(after)->second : 0);
}

const ValueNote* SourceDocument::note(const rapidjson::Value* node) const {
  if (loaded_.notes.empty()) return nullptr;
  if (offset_by_node_.empty() && !loaded_.start_offsets.empty()) build_offset_index();
  auto found = note_by_node_.find(node);
  return found == note_by_node_.end() ? nullptr : found->second;
}

bool SourceDocument::has_special_values() const {
  return std::any_of(loaded_.notes.begin(), loaded_.notes.end(), [](const auto& note) {
    return note.second.kind != ValueNote::Kind::plain_scalar;
  });
}

std::string pointer_of_preorder_index(const rapidjson::Value& root, std::size_t index) {
  // The pointer of each open container, and of the member whose key was seen last.
  struct Open {
    const rapidjson::Value* node;
    std::string pointer;
    std::size_t next_item = 0;
  };
  std::vector<Open> open;
  std::string member_pointer;
  std::size_t seen = 0;
  std::string result;
  bool found = false;
  for_each_in_preorder(root, [&](const rapidjson::Value& node, bool is_key) {
    if (found) return;
    // Close the containers this node is not inside of: its parent is the innermost container
    // that still has members or items left to visit.
    auto done = [](const Open& o, std::size_t next) {
      return o.node->IsObject() ? next >= o.node->MemberCount() : next >= o.node->Size();
    };
    std::string pointer;
    if (seen > 0) {
      while (!open.empty() && done(open.back(), open.back().next_item)) open.pop_back();
      if (!open.empty()) {
        Open& parent = open.back();
        if (parent.node->IsObject()) {
          if (is_key) {
            member_pointer = parent.pointer + "/" +
                             escape_pointer_token({node.GetString(), node.GetStringLength()});
            pointer = member_pointer;
          } else {
            pointer = member_pointer;
            ++parent.next_item;
          }
        } else {
          pointer = parent.pointer + "/" + std::to_string(parent.next_item++);
        }
      }
    }
    if (seen++ == index) {
      result = pointer;
      found = true;
      return;
    }
    if (!is_key && (node.IsObject() || node.IsArray()) &&
        (node.IsObject() ? node.MemberCount() > 0 : node.Size() > 0)) {
      open.push_back({&node, pointer, 0});
    }
  });
  return result;
}

namespace {

std::optional<rapidjson::SizeType> parse_index(std::string_view token) {
  if (token.empty() || (token.size() > 1 && token[0] == '0')) return std::nullopt;
  rapidjson::SizeType index = 0;
  auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), index);
  if (error != std::errc() || end != token.data() + token.size()) return std::nullopt;
  return index;
}

struct Resolved {
  const rapidjson::Value* key = nullptr;    // Set when the last step was an object member.
  const rapidjson::Value* value = nullptr;  // Deepest node reached.
  bool complete = false;
};

Resolved resolve(const rapidjson::Value& root, std::string_view pointer) {
  Resolved result{nullptr, &root, true};
  for (const std::string& token : split_pointer(pointer)) {
    const rapidjson::Value& node = *result.value;
    if (node.IsObject()) {
      auto member =
          node.FindMember(rapidjson::Value(rapidjson::StringRef(token.data(), token.size())));
      if (member == node.MemberEnd()) return {result.key, result.value, false};
      result = {&member->name, &member->value, true};
    } else if (auto index = parse_index(token); node.IsArray() && index && *index < node.Size()) {
      result = {nullptr, &node[*index], true};
    } else {
      return {result.key, result.value, false};
    }
  }
  return result;
}

}  // namespace

const rapidjson::Value* SourceDocument::find(std::string_view pointer) const {
  Resolved resolved = resolve(loaded_.dom, pointer);
  return resolved.complete ? resolved.value : nullptr;
}

std::size_t SourceDocument::value_offset(std::string_view pointer) const {
  if (loaded_.error) return loaded_.error->offset;
  return offset_of(resolve(loaded_.dom, pointer).value);
}

std::size_t SourceDocument::key_offset(std::string_view pointer) const {
  if (loaded_.error) return loaded_.error->offset;
  Resolved resolved = resolve(loaded_.dom, pointer);
  return offset_of(resolved.complete && resolved.key ? resolved.key : resolved.value);
}

bool needs_escape(std::string_view token) {
  // A loop, not find_first_of, which calls memchr for each character.
  return std::any_of(token.begin(), token.end(), [](char c) { return c == '~' || c == '/'; });
}

std::string escape_pointer_token(std::string_view token) {
  if (!needs_escape(token)) return std::string(token);
  std::string escaped;
  escaped.reserve(token.size() + 2);
  for (char c : token) {
    if (c == '~') {
      escaped += "~0";
    } else if (c == '/') {
      escaped += "~1";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

std::vector<std::string> split_pointer(std::string_view pointer) {
  std::vector<std::string> tokens;
  if (pointer.empty()) return tokens;
  std::size_t start = 1;  // Skip the leading '/'.
  while (true) {
    std::size_t end = pointer.find('/', start);
    std::string_view raw = pointer.substr(start, end == std::string_view::npos ? end : end - start);
    std::string token;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
        token += raw[++i] == '0' ? '~' : '/';
      } else {
        token += raw[i];
      }
    }
    tokens.push_back(std::move(token));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return tokens;
}

namespace {

std::string_view name_of(const rapidjson::Value& key) {
  return {key.GetString(), key.GetStringLength()};
}

/// Index of the earlier member with the same name, for each member that repeats one. Objects of a
/// request are small: pairwise comparison without allocation, a hash map only for large ones.
std::vector<std::pair<rapidjson::SizeType, rapidjson::SizeType>> repeated_members(
    const rapidjson::Value& object) {
  constexpr rapidjson::SizeType kPairwiseUpTo = 32;
  std::vector<std::pair<rapidjson::SizeType, rapidjson::SizeType>> repeats;
  rapidjson::SizeType count = object.MemberCount();
  auto name = [&](rapidjson::SizeType i) { return name_of((object.MemberBegin() + i)->name); };
  if (count <= kPairwiseUpTo) {
    for (rapidjson::SizeType later = 1; later < count; ++later) {
      for (rapidjson::SizeType earlier = 0; earlier < later; ++earlier) {
        if (name(earlier) == name(later)) {
          repeats.emplace_back(later, earlier);
          break;
        }
      }
    }
    return repeats;
  }
  std::unordered_map<std::string_view, rapidjson::SizeType> first_index;
  for (rapidjson::SizeType i = 0; i < count; ++i) {
    auto [slot, inserted] = first_index.emplace(name(i), i);
    if (!inserted) repeats.emplace_back(i, slot->second);
  }
  return repeats;
}

/// Visits every object below `root` without recursion, with the JSON pointer of each built only
/// when `with_pointers` (it costs an allocation per container).
template <typename Visit>
void for_each_object(const rapidjson::Value& root, bool with_pointers, Visit visit) {
  std::vector<std::pair<const rapidjson::Value*, std::string>> pending{{&root, ""}};
  auto push = [&](const rapidjson::Value& child, const std::string& parent, auto token) {
    if (!child.IsObject() && !child.IsArray()) return;
    pending.emplace_back(&child, with_pointers ? parent + "/" + token() : std::string());
  };
  while (!pending.empty()) {
    auto [node, pointer] = std::move(pending.back());
    pending.pop_back();
    if (node->IsObject()) {
      visit(*node, pointer);
      for (const auto& member : node->GetObject()) {
        push(member.value, pointer, [&] { return escape_pointer_token(name_of(member.name)); });
      }
    } else if (node->IsArray()) {
      for (rapidjson::SizeType i = 0; i < node->Size(); ++i) {
        push((*node)[i], pointer, [&] { return std::to_string(i); });
      }
    }
  }
}

}  // namespace

std::vector<DuplicateKey> find_duplicate_keys(const rapidjson::Value& root) {
  // Duplicates are rare: a first pass without pointers tells whether a second one is needed.
  bool any = false;
  for_each_object(root, false, [&](const rapidjson::Value& object, const std::string&) {
    any = any || !repeated_members(object).empty();
  });
  std::vector<DuplicateKey> duplicates;
  if (!any) return duplicates;
  for_each_object(root, true, [&](const rapidjson::Value& object, const std::string& pointer) {
    for (auto [later, earlier] : repeated_members(object)) {
      const auto& member = *(object.MemberBegin() + later);
      duplicates.push_back({pointer + "/" + escape_pointer_token(name_of(member.name)),
                            &member.name, &(object.MemberBegin() + earlier)->name});
    }
  });
  return duplicates;
}

}  // namespace automl_lint::detail
