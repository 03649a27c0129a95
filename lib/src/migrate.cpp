// `automl-lint migrate`: a CreateAutoMLJob request rewritten as CreateAutoMLJobV2, member by
// member through the one table of member moves (member_moves.hpp).
//
// The parsed V1 document is walked in document order. A member with no move inside it is copied
// whole to its V2 place (v2_pointer_of); the root, the channels, AutoMLJobConfig and its
// CandidateGenerationConfig are walked into, because their members go different ways. The copy
// is a tree of references into the V1 DOM, written out at the end: numbers are written from
// their spelling in the source text, never re-serialised.
#include "automl_lint/migrate.hpp"

#include <fmt/format.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <memory>
#include <set>
#include <variant>

#include "member_moves.hpp"
#include "messages.hpp"
#include "request_view.hpp"
#include "rule_ids.hpp"
#include "source_document.hpp"

namespace automl_lint {
namespace {

using Json = rapidjson::Value;

/// One value of the V2 request being built.
struct Node {
  enum class Kind {
    copy,    ///< The V1 value `value`, written whole.
    object,  ///< An object whose members are listed here.
    array,   ///< A list whose items are listed here.
  };
  Kind kind = Kind::copy;
  const Json* value = nullptr;  ///< The V1 value it comes from; null for a container it needed.
  const Json* key = nullptr;    ///< The V1 key of that value, when it is an object member.
  std::string v1_pointer;       ///< Where the V1 value is.
  bool fan_in = false;          ///< A channel's member that V2 has once per job.
  std::string made_for;         ///< For a container it needed: the V1 member that needed it.
  std::vector<std::pair<std::string, std::unique_ptr<Node>>> members;
  std::vector<std::unique_ptr<Node>> items;

  /// A container the migration made because a member moved into it (AutoMLProblemTypeConfig).
  bool made() const { return value == nullptr; }
};

std::string_view name_of(const Json& key) {
  return {key.GetString(), key.GetStringLength()};
}

std::optional<std::size_t> parse_index(std::string_view token) {
  if (token.empty() || (token.size() > 1 && token[0] == '0')) return std::nullopt;
  std::size_t index = 0;
  auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), index);
  if (error != std::errc() || end != token.data() + token.size()) return std::nullopt;
  return index;
}

/// A pointer as members are named in messages: `InputDataConfig[1].TargetAttributeName`.
std::string member_path(std::string_view pointer) {
  std::string path;
  for (const std::string& token : detail::split_pointer(pointer)) {
    if (!path.empty() && parse_index(token)) {
      path += "[" + token + "]";
      continue;
    }
    if (!path.empty()) path += '.';
    path += token;
  }
  return path.empty() ? std::string("the top level") : path;
}

/// The number as the source text spells it.
std::string_view number_text(const detail::SourceDocument& document, const Json& number) {
  std::string_view text = document.text();
  std::size_t start = std::min(document.offset_of(&number), text.size());
  std::size_t end = start;
  while (end < text.size() &&
         std::string_view("+-.0123456789eE").find(text[end]) != std::string_view::npos) {
    ++end;
  }
  return text.substr(start, end - start);
}

/// Writes V1 values and the V2 tree with one writer (pretty for the request, compact to compare).
template <typename Writer>
class ValueWriter {
 public:
  ValueWriter(const detail::SourceDocument& document, Writer& writer)
      : document_(document), writer_(writer) {}

  void value(const Json& json) {
    switch (json.GetType()) {
      case rapidjson::kObjectType:
        writer_.StartObject();
        for (const auto& member : json.GetObject()) {
          writer_.Key(member.name.GetString(), member.name.GetStringLength());
          value(member.value);
        }
        writer_.EndObject();
        return;
      case rapidjson::kArrayType:
        writer_.StartArray();
        for (const Json& item : json.GetArray()) value(item);
        writer_.EndArray();
        return;
      case rapidjson::kStringType:
        writer_.String(json.GetString(), json.GetStringLength());
        return;
      case rapidjson::kNumberType: {
        std::string_view text = number_text(document_, json);
        writer_.RawValue(text.data(), text.size(), rapidjson::kNumberType);
        return;
      }
      case rapidjson::kTrueType:
      case rapidjson::kFalseType:
        writer_.Bool(json.GetBool());
        return;
      case rapidjson::kNullType:
        writer_.Null();
        return;
    }
  }

  void node(const Node& node) {
    switch (node.kind) {
      case Node::Kind::copy:
        return value(*node.value);
      case Node::Kind::object:
        writer_.StartObject();
        for (const auto& [name, member] : node.members) {
          writer_.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
          this->node(*member);
        }
        writer_.EndObject();
        return;
      case Node::Kind::array:
        writer_.StartArray();
        for (const auto& item : node.items) this->node(*item);
        writer_.EndArray();
        return;
    }
  }

 private:
  const detail::SourceDocument& document_;
  Writer& writer_;
};

/// A value in compact JSON with its numbers as written: two values are the same request
/// content when these are equal.
std::string compact(const detail::SourceDocument& document, const Json& json) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  ValueWriter(document, writer).value(json);
  return {buffer.GetString(), buffer.GetSize()};
}

/// The diagnostics of fan-in conflicts: which channel member, which rule.
struct FanIn {
  std::string_view member;
  std::string_view rule;
  std::string_view column_kind;
  std::string_view hint;
};
constexpr std::array<FanIn, 2> kFanIns = {{
    {"TargetAttributeName", detail::ids::kChannelTargetMatch, "target column",
     "name the same target column in every channel, then migrate"},
    {"SampleWeightAttributeName", detail::ids::kChannelWeightMatch, "sample weight column",
     "name the same weight column in every channel that names one, then migrate"},
}};

class Migrator {
 public:
  Migrator(const detail::SourceDocument& document, std::string_view file)
      : document_(document), file_(file) {
    root_.kind = Node::Kind::object;
    root_.value = &document.root();
  }

  void run() {
    for (const auto& member : document_.root().GetObject()) {
      walk(member.value, &member.name, "/" + detail::escape_pointer_token(name_of(member.name)),
           false);
    }
    if (diagnostics_.empty()) check_one_sided_fan_ins();
  }

  bool failed() const { return has_severity_at_least(diagnostics_, Severity::error); }

  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }

  std::string text() const {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    ValueWriter(document_, writer).node(root_);
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
  }

 private:
  static bool has_content(const Json& json) {
    return (json.IsObject() && json.MemberCount() > 0) || (json.IsArray() && !json.Empty());
  }

  std::unique_ptr<Node> node_for(const Json& value, const Json* key, std::string pointer) const {
    auto node = std::make_unique<Node>();
    node->value = &value;
    node->key = key;
    const detail::MemberMove* move = detail::move_of(pointer);
    node->fan_in = move && move->fan_in();
    node->v1_pointer = std::move(pointer);
    return node;
  }

  /// Moves the V1 member at `pointer`: whole when no move starts inside it, else member by
  /// member. Lists and list items are made when the walk enters them, so that indexes stay;
  /// other objects appear where their first member lands.
  void walk(const Json& value, const Json* key, const std::string& pointer, bool list_item) {
    if (!has_content(value) || !detail::moves_inside(pointer)) {
      place(node_for(value, key, pointer));
      return;
    }
    if (value.IsArray() || list_item) {
      auto container = node_for(value, key, pointer);
      container->kind = value.IsArray() ? Node::Kind::array : Node::Kind::object;
      if (!place(std::move(container))) return;
    }
    if (value.IsObject()) {
      for (const auto& member : value.GetObject()) {
        walk(member.value, &member.name,
             pointer + "/" + detail::escape_pointer_token(name_of(member.name)), false);
      }
    } else {
      for (rapidjson::SizeType i = 0; i < value.Size(); ++i) {
        walk(value[i], nullptr, pointer + "/" + std::to_string(i), true);
      }
    }
  }

  /// The last member of that name: the one a key written twice in V1 moves its members into.
  static Node* find_member(Node& object, std::string_view name) {
    for (auto it = object.members.rbegin(); it != object.members.rend(); ++it) {
      if (it->first == name) return it->second.get();
    }
    return nullptr;
  }

  /// Turns a copied V1 object or list into a container of copies, so that a member can move
  /// into it; false (and a diagnostic) when it is neither.
  bool open(Node& at, const Node& incoming) {
    if (at.kind != Node::Kind::copy) return true;
    if (at.value->IsObject()) {
      at.kind = Node::Kind::object;
      for (const auto& member : at.value->GetObject()) {
        at.members.emplace_back(
            std::string(name_of(member.name)),
            node_for(member.value, &member.name,
                     at.v1_pointer + "/" + detail::escape_pointer_token(name_of(member.name))));
      }
      return true;
    }
    if (at.value->IsArray()) {
      at.kind = Node::Kind::array;
      for (rapidjson::SizeType i = 0; i < at.value->Size(); ++i) {
        at.items.push_back(
            node_for((*at.value)[i], nullptr, at.v1_pointer + "/" + std::to_string(i)));
      }
      return true;
    }
    not_a_container(at, incoming);
    return false;
  }

  /// Puts `node` at the V2 place of its V1 pointer; false when it cannot go there.
  bool place(std::unique_ptr<Node> node) {
    std::vector<std::string> tokens =
        detail::split_pointer(detail::v2_pointer_of(node->v1_pointer));
    Node* at = &root_;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
      if (!open(*at, *node)) return false;
      Node* next = nullptr;
      if (at->kind == Node::Kind::array) {
        auto index = parse_index(tokens[i]);
        if (index && *index < at->items.size()) next = at->items[*index].get();
      } else if (!(next = find_member(*at, tokens[i]))) {
        auto made = std::make_unique<Node>();
        made->kind = Node::Kind::object;
        made->made_for = node->v1_pointer;
        next = made.get();
        at->members.emplace_back(tokens[i], std::move(made));
      }
      if (!next) {
        not_a_container(*at, *node);
        return false;
      }
      at = next;
    }
    if (!open(*at, *node)) return false;
    if (at->kind == Node::Kind::array) {
      at->items.push_back(std::move(node));
      return true;
    }
    Node* existing = find_member(*at, tokens.back());
    if (existing && existing->v1_pointer != node->v1_pointer) return join(*existing, *node);
    // A key the V1 object holds twice stays twice (the V2 linter reports AML003 there).
    at->members.emplace_back(tokens.back(), std::move(node));
    return true;
  }

  /// A second V1 member for a V2 place that is taken.
  bool join(Node& existing, const Node& incoming) {
    if (existing.made() && incoming.value->IsObject()) {
      // The container was made for moved members; the V1 object at that place joins it.
      for (const auto& member : incoming.value->GetObject()) {
        walk(member.value, &member.name,
             incoming.v1_pointer + "/" + detail::escape_pointer_token(name_of(member.name)), false);
      }
      return true;
    }
    if (existing.made()) {
      not_a_container(incoming, existing);
      return false;
    }
    if (existing.fan_in && incoming.fan_in) {
      if (compact(document_, *existing.value) == compact(document_, *incoming.value)) return true;
      fan_in_conflict(existing, incoming);
      return false;
    }
    // Point at the member that is out of place in V1: the one no documented move places.
    bool existing_in_place = documented(existing.v1_pointer);
    const Node& at = existing_in_place || !documented(incoming.v1_pointer) ? incoming : existing;
    const Node& other = &at == &incoming ? existing : incoming;
    report(detail::ids::kDuplicateKey, at.v1_pointer, at.key ? *at.key : *at.value,
           fmt::format("{} and {} both move to {} in CreateAutoMLJobV2, which holds it once, so "
                       "the request cannot be migrated",
                       member_path(at.v1_pointer), member_path(other.v1_pointer),
                       member_path(detail::v2_pointer_of(incoming.v1_pointer))),
           fmt::format("remove {} (or the other one), then migrate", member_path(at.v1_pointer)));
    return false;
  }

  /// Placed by a move the migration guide documents (not kept in place, not the fallback).
  static bool documented(const std::string& v1_pointer) {
    const detail::MemberMove* move = detail::move_of(v1_pointer);
    return move && !move->fallback;
  }

  /// A member that one channel names and another does not: V2's one member per job would apply
  /// it to every channel (a weight), or make a request valid that is not (a target).
  void check_one_sided_fan_ins() {
    const Json* channels = document_.find("/InputDataConfig");
    if (!channels || !channels->IsArray() || channels->Size() < 2) return;
    for (const FanIn& fan_in : kFanIns) {
      const Json* named = nullptr;
      std::string named_at;
      std::vector<rapidjson::SizeType> without;
      for (rapidjson::SizeType i = 0; i < channels->Size(); ++i) {
        const Json& channel = (*channels)[i];
        if (!channel.IsObject()) return;  // The V1 linter reports it; nothing to compare.
        auto found = channel.FindMember(Json(rapidjson::StringRef(
            fan_in.member.data(), static_cast<rapidjson::SizeType>(fan_in.member.size()))));
        if (found == channel.MemberEnd()) {
          without.push_back(i);
        } else if (!named) {
          named = &found->value;
          named_at = "/InputDataConfig/" + std::to_string(i);
        }
      }
      if (!named || without.empty()) continue;
      std::string channel_pointer = "/InputDataConfig/" + std::to_string(without.front());
      std::string start = fmt::format(
          "{} names no {} while {} names {}; CreateAutoMLJobV2 has one {} per job "
          "(TabularJobConfig.{})",
          member_path(channel_pointer), fan_in.member, member_path(named_at),
          detail::quote_value(*named), fan_in.column_kind, fan_in.member);
      if (fan_in.member == "TargetAttributeName") {
        // V1 requires a target in every channel: a V2 request would hide that mistake.
        report(fan_in.rule, channel_pointer, (*channels)[without.front()],
               start + ", so the request cannot be migrated", std::string(fan_in.hint));
        continue;
      }
      report(fan_in.rule, channel_pointer, (*channels)[without.front()],
             start + ", so in the migrated request the weights apply to every channel",
             "check that every channel's data has that column, or remove the weights",
             Severity::warning);
    }
  }

  void fan_in_conflict(const Node& first, const Node& second) {
    std::string_view member = name_of(*second.key);
    for (const FanIn& fan_in : kFanIns) {
      if (fan_in.member != member) continue;
      report(
          fan_in.rule, second.v1_pointer, *second.value,
          fmt::format("{} {} of {} differs from {} of {}; CreateAutoMLJobV2 has one {} per job "
                      "(TabularJobConfig.{}), so the request cannot be migrated",
                      member, detail::quote_value(*second.value),
                      member_path(parent_of(second.v1_pointer)), detail::quote_value(*first.value),
                      member_path(parent_of(first.v1_pointer)), fan_in.column_kind, member),
          std::string(fan_in.hint));
      return;
    }
  }

  /// `holder` is not an object (or list) but `incoming` (or the member a container was made
  /// for) must move into it.
  void not_a_container(const Node& holder, const Node& incoming) {
    if (holder.made() || !reported_holders_.insert(&holder).second) return;
    const std::string& member = incoming.made() ? incoming.made_for : incoming.v1_pointer;
    std::string_view found = detail::json_type_name(*holder.value);
    report(detail::ids::kWrongType, holder.v1_pointer, *holder.value,
           fmt::format("{} is not an object (found {} {}), but CreateAutoMLJobV2 puts {} into it "
                       "(as {}), so the request cannot be migrated",
                       member_path(holder.v1_pointer),
                       found == "integer" || found == "object" ? "an" : "a", found,
                       member_path(member), member_path(detail::v2_pointer_of(member))),
           fmt::format("make {} an object, or remove it", member_path(holder.v1_pointer)));
  }

  static std::string parent_of(const std::string& pointer) {
    return pointer.substr(0, pointer.rfind('/'));
  }

  void report(std::string_view rule, const std::string& pointer, const Json& at,
              std::string message, std::string hint, Severity severity = Severity::error) {
    auto position = document_.position_of_offset(document_.offset_of(&at));
    diagnostics_.push_back(Diagnostic{std::string(file_), std::string(rule), severity,
                                      std::move(message), pointer, position.line, position.column,
                                      std::move(hint)});
  }

  const detail::SourceDocument& document_;
  std::string_view file_;
  Node root_;
  std::vector<Diagnostic> diagnostics_;
  std::set<const Node*> reported_holders_;
};

Diagnostic at_offset(const detail::SourceDocument& document, std::string_view file,
                     std::string rule, std::string message, std::string pointer, std::size_t offset,
                     std::string hint) {
  auto position = document.position_of_offset(offset);
  return Diagnostic{std::string(file),  std::move(rule), Severity::error, std::move(message),
                    std::move(pointer), position.line,   position.column, std::move(hint)};
}

/// The diagnostic for a request that is already V2: at its first V2-only top-level member.
Diagnostic already_v2(const detail::SourceDocument& document, std::string_view file) {
  const auto& v2_only = detail::v2_only_root_members();
  for (const auto& member : document.root().GetObject()) {
    std::string_view name = name_of(member.name);
    if (std::find(v2_only.begin(), v2_only.end(), name) == v2_only.end()) continue;
    return at_offset(document, file, detail::ids::kMigrateInputIsV2,
                     fmt::format("The request is already a CreateAutoMLJobV2 request (its top "
                                 "level has {}), so there is nothing to migrate",
                                 name),
                     "/" + detail::escape_pointer_token(name), document.offset_of(&member.name),
                     "lint it as it is: automl-lint FILE");
  }
  return at_offset(document, file, detail::ids::kMigrateInputIsV2,
                   "The request is already a CreateAutoMLJobV2 request, so there is nothing to "
                   "migrate",
                   "", document.offset_of(&document.root()), "lint it as it is: automl-lint FILE");
}

}  // namespace

MigrationResult migrate_to_v2(std::string_view text, std::string_view display_name,
                              const Limits& limits) {
  detail::SourceDocument document(text, limits);
  MigrationResult result;
  if (const auto& error = document.load_error()) {
    result.input_failed = true;
    result.diagnostics.push_back(at_offset(document, display_name, error->rule, error->message, "",
                                           error->offset, error->hint));
    return result;
  }
  const Json& root = document.root();
  if (!root.IsObject()) {
    result.diagnostics.push_back(at_offset(
        document, display_name, detail::ids::kWrongType,
        fmt::format("The top level is {}, not a request object, so there is nothing to migrate",
                    detail::quote_value(root)),
        "", document.offset_of(&root), "a CreateAutoMLJob request is one JSON object"));
    return result;
  }
  if (rules::detect_api(document) == ApiVersion::v2) {
    result.diagnostics.push_back(already_v2(document, display_name));
    return result;
  }
  Migrator migrator(document, display_name);
  migrator.run();
  bool failed = migrator.failed();
  result.diagnostics = std::move(migrator.diagnostics());
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                   });
  if (!failed) result.text = migrator.text();
  return result;
}

MigrationResult migrate_file(const std::filesystem::path& path, const Limits& limits) {
  auto content = detail::read_request_file(path, limits);
  if (auto* text = std::get_if<std::string>(&content)) {
    return migrate_to_v2(*text, path.string(), limits);
  }
  auto& error = std::get<detail::LoadError>(content);
  MigrationResult result;
  result.input_failed = true;
  result.diagnostics.push_back(
      Diagnostic{path.string(), error.rule, Severity::error, error.message, "", 0, 0, error.hint});
  return result;
}

}  // namespace automl_lint
