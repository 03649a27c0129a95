#include "member_moves.hpp"

#include <array>

namespace automl_lint::detail {
namespace {

constexpr std::string_view kTabular = "/AutoMLProblemTypeConfig/TabularJobConfig";

// Most specific first: a lookup takes the first entry whose side is a prefix.
constexpr std::array<MemberMove, 12> kMoves = {{
    {"/InputDataConfig/*/TargetAttributeName",
     "/AutoMLProblemTypeConfig/TabularJobConfig/TargetAttributeName"},
    {"/InputDataConfig/*/SampleWeightAttributeName",
     "/AutoMLProblemTypeConfig/TabularJobConfig/SampleWeightAttributeName"},
    {"/InputDataConfig", "/AutoMLJobInputDataConfig"},
    {"/ProblemType", "/AutoMLProblemTypeConfig/TabularJobConfig/ProblemType"},
    {"/GenerateCandidateDefinitionsOnly",
     "/AutoMLProblemTypeConfig/TabularJobConfig/GenerateCandidateDefinitionsOnly"},
    {"/AutoMLJobConfig/CompletionCriteria",
     "/AutoMLProblemTypeConfig/TabularJobConfig/CompletionCriteria"},
    {"/AutoMLJobConfig/Mode", "/AutoMLProblemTypeConfig/TabularJobConfig/Mode"},
    {"/AutoMLJobConfig/CandidateGenerationConfig/FeatureSpecificationS3Uri",
     "/AutoMLProblemTypeConfig/TabularJobConfig/FeatureSpecificationS3Uri"},
    {"/AutoMLJobConfig/CandidateGenerationConfig",
     "/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig"},
    {"/AutoMLJobConfig/SecurityConfig", "/SecurityConfig"},
    {"/AutoMLJobConfig/DataSplitConfig", "/DataSplitConfig"},
    // What else AutoMLJobConfig holds (a misspelt member) goes with the tabular settings.
    {"/AutoMLJobConfig", kTabular, true},
}};

constexpr std::array<std::string_view, 4> kV1OnlyRootMembers = {
    "InputDataConfig", "AutoMLJobConfig", "ProblemType", "GenerateCandidateDefinitionsOnly"};

constexpr std::array<std::string_view, 5> kV2OnlyRootMembers = {
    "AutoMLJobInputDataConfig", "AutoMLProblemTypeConfig", "DataSplitConfig", "SecurityConfig",
    "AutoMLComputeConfig"};

/// The length of `pointer`'s prefix that `pattern` matches (`*` matching one list index, a
/// prefix ending at a token boundary), or nullopt.
std::optional<std::size_t> matched_prefix(std::string_view pattern, std::string_view pointer) {
  std::size_t p = 0;
  std::size_t i = 0;
  while (p < pattern.size()) {
    if (pattern[p] == '*') {
      std::size_t start = i;
      while (i < pointer.size() && pointer[i] >= '0' && pointer[i] <= '9') ++i;
      if (i == start) return std::nullopt;
      ++p;
      continue;
    }
    if (i >= pointer.size() || pointer[i] != pattern[p]) return std::nullopt;
    ++p;
    ++i;
  }
  if (i < pointer.size() && pointer[i] != '/') return std::nullopt;
  return i;
}

/// True when `pointer` names a member strictly above the end of `pattern`: `pointer` matches a
/// prefix of `pattern` that ends just before one of its `/`.
bool is_strictly_inside(std::string_view pattern, std::string_view pointer) {
  std::size_t p = 0;
  std::size_t i = 0;
  while (i < pointer.size()) {
    if (p >= pattern.size()) return false;
    if (pattern[p] == '*') {
      std::size_t start = i;
      while (i < pointer.size() && pointer[i] >= '0' && pointer[i] <= '9') ++i;
      if (i == start) return false;
      ++p;
      continue;
    }
    if (pointer[i] != pattern[p]) return false;
    ++p;
    ++i;
  }
  return p < pattern.size() && pattern[p] == '/';
}

}  // namespace

std::span<const MemberMove> member_moves() {
  return kMoves;
}

std::span<const std::string_view> v2_only_root_members() {
  return kV2OnlyRootMembers;
}

std::span<const std::string_view> v1_only_root_members() {
  return kV1OnlyRootMembers;
}

const MemberMove* move_of(std::string_view v1_pointer) {
  for (const MemberMove& move : kMoves) {
    if (matched_prefix(move.v1, v1_pointer)) return &move;
  }
  return nullptr;
}

bool moves_inside(std::string_view v1_pointer) {
  for (const MemberMove& move : kMoves) {
    if (is_strictly_inside(move.v1, v1_pointer)) return true;
  }
  return false;
}

std::string v2_pointer_of(std::string_view v1_pointer) {
  const MemberMove* move = move_of(v1_pointer);
  if (!move) return std::string(v1_pointer);
  return std::string(move->v2) +
         std::string(v1_pointer.substr(*matched_prefix(move->v1, v1_pointer)));
}

std::optional<std::string> v1_pointer_of(std::string_view v2_pointer) {
  for (const MemberMove& move : kMoves) {
    auto length = matched_prefix(move.v2, v2_pointer);
    if (!length) continue;
    if (move.fan_in()) return std::nullopt;
    return std::string(move.v1) + std::string(v2_pointer.substr(*length));
  }
  if (v2_pointer.starts_with("/AutoMLProblemTypeConfig")) return std::nullopt;
  for (std::string_view member : kV2OnlyRootMembers) {
    if (matched_prefix(std::string("/") + std::string(member), v2_pointer)) return std::nullopt;
  }
  return std::string(v2_pointer);
}

}  // namespace automl_lint::detail
