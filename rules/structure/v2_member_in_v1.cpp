// A top-level member of CreateAutoMLJobV2 written into a CreateAutoMLJob (V1) request.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "rule.hpp"

namespace automl_lint::rules {
namespace {

struct V2Member {
  std::string_view name;
  std::string_view message;
  std::string_view hint;
  /// Where V1 keeps the same setting, if anywhere: then the hint says to move it there.
  bool (*v1_place_taken)(const Request&) = nullptr;
  std::string_view hint_when_taken = {};
  /// The required V1 member this one stands for: its "missing" finding is the same mistake.
  std::string_view v1_member = {};
};

constexpr V2Member kV2Members[] = {
    {"AutoMLJobInputDataConfig",
     "'AutoMLJobInputDataConfig' is the CreateAutoMLJobV2 name of the input channels; "
     "CreateAutoMLJob calls them InputDataConfig",
     "rename it to \"InputDataConfig\" and give each channel its TargetAttributeName, or send the "
     "request with CreateAutoMLJobV2",
     [](const Request& request) { return request.channels.present; },
     "remove it, as InputDataConfig is already set, or send the request with CreateAutoMLJobV2",
     "/InputDataConfig"},
    {"AutoMLProblemTypeConfig",
     "'AutoMLProblemTypeConfig' exists only in CreateAutoMLJobV2; CreateAutoMLJob has no problem "
     "type configuration and trains tabular models only",
     "send the request with CreateAutoMLJobV2, or for tabular data use the top-level ProblemType "
     "and AutoMLJobConfig and each channel's TargetAttributeName"},
    {"DataSplitConfig",
     "'DataSplitConfig' is a top-level member of CreateAutoMLJobV2 only; in CreateAutoMLJob it "
     "goes under /AutoMLJobConfig/DataSplitConfig",
     "move it into \"AutoMLJobConfig\"",
     [](const Request& request) { return request.data_split_config.present; },
     "remove it, as /AutoMLJobConfig/DataSplitConfig is already set"},
    {"SecurityConfig",
     "'SecurityConfig' is a top-level member of CreateAutoMLJobV2 only; in CreateAutoMLJob it "
     "goes under /AutoMLJobConfig/SecurityConfig",
     "move it into \"AutoMLJobConfig\"",
     [](const Request& request) { return request.security_config.present; },
     "remove it, as /AutoMLJobConfig/SecurityConfig is already set"},
    {"AutoMLComputeConfig",
     "'AutoMLComputeConfig' exists only in CreateAutoMLJobV2; CreateAutoMLJob has no compute "
     "configuration",
     "remove it, or send the request with CreateAutoMLJobV2"},
};

const V2Member* find_v2_member(std::string_view key) {
  for (const V2Member& member : kV2Members) {
    if (member.name == key) return &member;
  }
  return nullptr;
}

void check(const Request& request, Reporter& reporter) {
  std::vector<std::string_view> reported;
  for (const std::string& key : request.root_keys) {
    const V2Member* member = find_v2_member(key);
    if (!member) continue;
    // A key written twice is AML003's; one diagnostic here is enough.
    if (std::find(reported.begin(), reported.end(), member->name) != reported.end()) continue;
    reported.push_back(member->name);
    bool taken = member->v1_place_taken && member->v1_place_taken(request);
    reporter.add(Report{
        .severity = Severity::error,
        .pointer = "/" + key,
        .message = std::string(member->message),
        .hint = std::string(taken ? member->hint_when_taken : member->hint),
        .at_key = true,
        .replaces_shape_finding = true,
        .also_replaces = taken || member->v1_member.empty()
                             ? std::vector<std::string>{}
                             : std::vector<std::string>{std::string(member->v1_member)},
    });
  }
}

}  // namespace

extern const Rule kV2MemberInV1{
    .info = {.id = "AML203",
             .name = "v2-member-in-v1",
             .severity = Severity::error,
             .title = "A CreateAutoMLJobV2 member is written at the top of a CreateAutoMLJob "
                      "request.",
             .rationale = R"md(
**What it checks**: the top level holds none of the members that only `CreateAutoMLJobV2`
has there: `AutoMLJobInputDataConfig`, `AutoMLProblemTypeConfig`, `DataSplitConfig`,
`SecurityConfig` and `AutoMLComputeConfig`. This diagnostic replaces the schema's
unknown-key finding (AML101) for them with the way to migrate.

**Why it matters**: the request is rejected (`Unknown parameter in input`). Requests mixing
the two APIs are common when an example for one is adapted to the other: V1 keeps
`DataSplitConfig` and `SecurityConfig` under `AutoMLJobConfig`, calls the channels
`InputDataConfig`, and has no problem-type or compute configuration (time-series, text,
image and LLM jobs need `CreateAutoMLJobV2`).

**Example**: `"DataSplitConfig": {"ValidationFraction": 0.2}` next to `AutoMLJobConfig`.

**Fix**: move the member to its V1 place (`/AutoMLJobConfig/DataSplitConfig`,
`/AutoMLJobConfig/SecurityConfig`, `InputDataConfig`), or send the request with
`CreateAutoMLJobV2`.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
                           "API_CreateAutoMLJob.html",
             .applies_to = scope::v1},
    .check = check,
};

}  // namespace automl_lint::rules
