// Where each CreateAutoMLJob (V1) member lives in CreateAutoMLJobV2: the one table that both the
// V1 request view and `automl-lint migrate` read (AWS's migration guide, member by member).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace automl_lint::detail {

/// One member move. A V1 pointer may hold `*` for any list index: the member then exists once
/// per channel in V1 and once per job in V2 (a fan-in).
struct MemberMove {
  std::string_view v1;
  std::string_view v2;
  /// The entry for what the guide does not name: members of AutoMLJobConfig other than the
  /// listed ones (a misspelt member) go with the tabular settings.
  bool fallback = false;
  bool fan_in() const { return v1.find("/*/") != std::string_view::npos; }
};

/// Every move, most specific first; members not listed keep their place.
std::span<const MemberMove> member_moves();

/// The move that places the V1 member at `v1_pointer`: the first listed (most specific) whose V1
/// side is a prefix of it; nullptr when the member keeps its place.
const MemberMove* move_of(std::string_view v1_pointer);

/// True when a listed move starts strictly inside the V1 member at `v1_pointer` (it is `/`, a
/// channel, AutoMLJobConfig or its CandidateGenerationConfig): that member cannot move whole, its
/// members go their own ways.
bool moves_inside(std::string_view v1_pointer);

/// The V2 place of a V1 pointer (list indexes kept), by the longest listed V1 prefix; the pointer
/// itself when no move covers it. Fan-in moves match any index.
std::string v2_pointer_of(std::string_view v1_pointer);

/// The V1 place of a V2 pointer, by the longest listed V2 prefix; nullopt for a fan-in member
/// (it has one place per channel) and for V2 members V1 does not have.
std::optional<std::string> v1_pointer_of(std::string_view v2_pointer);

/// The V2-only top-level members; V1 has no place for them.
std::span<const std::string_view> v2_only_root_members();

/// The V1-only top-level members; V2 keeps what they say elsewhere.
std::span<const std::string_view> v1_only_root_members();

}  // namespace automl_lint::detail
