// A CreateAutoMLJob (V1) member written into a CreateAutoMLJobV2 request.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "member_moves.hpp"
#include "messages.hpp"
#include "rule.hpp"

namespace automl_lint::rules {
namespace {

constexpr std::array<std::string_view, 2> kV1OnlyChannelMembers = {"TargetAttributeName",
                                                                   "SampleWeightAttributeName"};

/// The required V2 member that a V1 member stands for: its "missing" finding is the same
/// mistake, so this report replaces it.
std::vector<std::string> stands_for(const Request& request, std::string_view member) {
  if (member == "InputDataConfig" && !request.channels.present) {
    return {"/AutoMLJobInputDataConfig"};
  }
  bool tabular_member = member == "ProblemType" || member == "AutoMLJobConfig" ||
                        member == "GenerateCandidateDefinitionsOnly";
  if (tabular_member && !request.problem_type_config.present) return {"/AutoMLProblemTypeConfig"};
  return {};
}

/// "Mode to /AutoMLProblemTypeConfig/TabularJobConfig/Mode, ...": where each member of the
/// misplaced AutoMLJobConfig goes.
std::string member_places(const Request& request) {
  std::string places;
  for (const std::string& pointer : request.misplaced_job_config_members) {
    if (!places.empty()) places += ", ";
    std::string_view name = std::string_view(pointer).substr(pointer.rfind('/') + 1);
    places +=
        concat(detail::shorten(name), " to ", detail::shorten(detail::v2_pointer_of(pointer), 200));
  }
  return places;
}

std::string root_hint(const Request& request, std::string_view member) {
  std::string pointer = concat("/", member);
  if (member == "InputDataConfig") {
    if (request.channels.present) {
      return "remove it: AutoMLJobInputDataConfig holds the channels already";
    }
    return request.problem == ProblemKind::tabular
               ? "rename it to \"AutoMLJobInputDataConfig\" and move the channels' "
                 "TargetAttributeName to /AutoMLProblemTypeConfig/TabularJobConfig"
               : "rename it to \"AutoMLJobInputDataConfig\"";
  }
  if (member == "AutoMLJobConfig") {
    std::string places = member_places(request);
    return places.empty() ? std::string("remove it") : concat("move its members: ", places);
  }
  return concat("move it to ", detail::v2_pointer_of(pointer),
                " (`automl-lint migrate` converts a whole V1 request)");
}

std::string root_message(std::string_view member) {
  if (member == "InputDataConfig") {
    return "'InputDataConfig' is the CreateAutoMLJob (V1) name of the input channels; "
           "CreateAutoMLJobV2 calls them AutoMLJobInputDataConfig";
  }
  if (member == "AutoMLJobConfig") {
    return "'AutoMLJobConfig' exists only in CreateAutoMLJob (V1); CreateAutoMLJobV2 keeps its "
           "members in AutoMLProblemTypeConfig/TabularJobConfig and at the top level";
  }
  return concat("'", member, "' is a top-level member of CreateAutoMLJob (V1) only; ",
                "CreateAutoMLJobV2 keeps it in ", detail::v2_pointer_of(concat("/", member)));
}

void check_root(const Request& request, Reporter& reporter) {
  std::vector<std::string_view> reported;
  for (const std::string& key : request.root_keys) {
    const auto v1_only = detail::v1_only_root_members();
    auto known = std::find(v1_only.begin(), v1_only.end(), key);
    if (known == v1_only.end()) continue;
    // A key written twice is AML003's; one diagnostic here is enough.
    if (std::find(reported.begin(), reported.end(), *known) != reported.end()) continue;
    reported.push_back(*known);
    reporter.add(Report{.severity = Severity::error,
                        .pointer = concat("/", key),
                        .message = root_message(*known),
                        .hint = root_hint(request, *known),
                        .at_key = true,
                        .replaces_shape_finding = true,
                        .also_replaces = stands_for(request, *known)});
  }
}

/// Where a V2 job of this problem type names what a V1 channel member said, or empty.
std::string v2_place(ProblemKind problem, std::string_view member) {
  bool target = member == "TargetAttributeName";
  switch (problem) {
    case ProblemKind::tabular:
    case ProblemKind::unknown:
      return concat("/AutoMLProblemTypeConfig/TabularJobConfig/", member);
    case ProblemKind::time_series:
      return target ? "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/"
                      "TargetAttributeName"
                    : "";
    case ProblemKind::text_classification:
      return target ? "/AutoMLProblemTypeConfig/TextClassificationJobConfig/TargetLabelColumn" : "";
    case ProblemKind::text_generation:
    case ProblemKind::image_classification:
      break;
  }
  return "";
}

/// Whether the V2 problem type configuration names what the V1 channel member says.
bool target_named(const Request& request, std::string_view member) {
  bool target = member == "TargetAttributeName";
  switch (request.problem) {
    case ProblemKind::tabular:
      return target ? request.tabular.target_attribute_name.present
                    : request.tabular.sample_weight_attribute_name.present;
    case ProblemKind::time_series:
      return request.time_series.time_series_config.target_attribute_name.present;
    case ProblemKind::text_classification:
      return request.text_classification.target_label_column.present;
    default:
      return true;
  }
}

void check_channels(const Request& request, Reporter& reporter) {
  for (const Channel& channel : request.channels.items) {
    for (std::string_view member : kV1OnlyChannelMembers) {
      const Text& field = member == "TargetAttributeName" ? channel.target_attribute_name
                                                          : channel.sample_weight_attribute_name;
      if (!field.present) continue;
      std::string place = v2_place(request.problem, member);
      std::string start = concat("'", member, "' is a channel member in CreateAutoMLJob (V1) only");
      std::string message =
          place.empty() ? concat(start, "; this CreateAutoMLJobV2 problem type has no such setting")
                        : concat(start, "; CreateAutoMLJobV2 names it once per job, in ", place);
      std::string hint = place.empty() ? std::string("remove it") : concat("move it to ", place);
      // The missing member it stands for (the target of the problem type) is the same mistake.
      std::vector<std::string> replaced;
      if (!place.empty() && !target_named(request, member)) replaced.push_back(place);
      reporter.add(Report{.severity = Severity::error,
                          .pointer = field.pointer,
                          .message = std::move(message),
                          .hint = std::move(hint),
                          .at_key = true,
                          .replaces_shape_finding = true,
                          .also_replaces = std::move(replaced)});
    }
  }
}

void check(const Request& request, Reporter& reporter) {
  check_root(request, reporter);
  check_channels(request, reporter);
}

}  // namespace

extern const Rule kV1MemberInV2{
    .info = {.id = "AML207",
             .name = "v1-member-in-v2",
             .severity = Severity::error,
             .title = "A CreateAutoMLJob member is written into a CreateAutoMLJobV2 request.",
             .rationale = R"md(
**What it checks**: a `CreateAutoMLJobV2` request holds none of the members that only
`CreateAutoMLJob` (V1) has: `InputDataConfig`, `AutoMLJobConfig`, `ProblemType` and
`GenerateCandidateDefinitionsOnly` at the top level, `TargetAttributeName` and
`SampleWeightAttributeName` in a channel. One diagnostic per misplaced key, naming where the
member belongs in V2 (the moves of AWS's migration guide, as `automl-lint migrate` applies
them); it replaces the schema's unknown-key finding (AML101), and the missing-member finding
(AML102) of the V2 member it stands for.

**Why it matters**: the request is rejected (`Unknown parameter in input`). Requests that mix
the two APIs are common when a V1 example is adapted to V2: V2 moves the tabular settings into
`AutoMLProblemTypeConfig/TabularJobConfig`, names the target and weight columns once per job
instead of per channel, and moves `SecurityConfig` and `DataSplitConfig` to the top level.

**Example**: `"ProblemType": "Regression"` at the top of a V2 request, or
`"TargetAttributeName": "price"` inside an `AutoMLJobInputDataConfig` channel.

**Fix**: move the member to the place the hint names, e.g.
`/AutoMLProblemTypeConfig/TabularJobConfig/ProblemType`; to convert a whole V1 request, run
`automl-lint migrate`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_CreateAutoMLJobV2.html",
             .applies_to = scope::v2},
    .check = check,
};

}  // namespace automl_lint::rules
