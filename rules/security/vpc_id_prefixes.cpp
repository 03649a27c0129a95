// Security group ids look like sg-xxxxxxxx, subnet ids like subnet-xxxxxxxx, and neither list takes
// the other's.
#include <string>
#include <string_view>

#include "rule.hpp"

namespace automl_lint::rules {
namespace {

/// The shape of SecurityGroupId and SubnetId: [-0-9a-zA-Z]+, at most 32 characters. Other
/// values are the schema's to report.
bool passes_shape(std::string_view id) {
  if (id.empty() || id.size() > 32) return false;
  for (char c : id) {
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum && c != '-') return false;
  }
  return true;
}

/// `prefix` followed by 8 or 17 lowercase hex digits, the forms of EC2 resource ids.
bool is_ec2_id(std::string_view id, std::string_view prefix) {
  if (!id.starts_with(prefix)) return false;
  std::string_view digits = id.substr(prefix.size());
  if (digits.size() != 8 && digits.size() != 17) return false;
  for (char c : digits) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

/// One of the two lists, what it expects and what belongs in the other one.
struct IdList {
  const List<Text>& items;
  std::string_view list_name;
  std::string_view prefix;
  std::string_view what;
  std::string_view other_list;
  std::string_view other_prefix;
  std::string_view other_what;
};

void check_item(const IdList& list, const Text& item, Reporter& reporter) {
  if (!item.has_value() || !passes_shape(*item)) return;
  const std::string& id = *item;
  if (is_ec2_id(id, list.prefix)) return;
  if (id.starts_with(list.other_prefix)) {
    reporter.report(item.pointer,
                    concat(list.list_name, " item ", quote(id), " is a ", list.other_what,
                           ", not a ", list.what),
                    concat("this is a ", list.other_what, ": move it to ", list.other_list,
                           " and list ", list.what, "s (", list.prefix, "xxxxxxxx) here"));
    return;
  }
  if (id.starts_with("vpc-")) {
    reporter.report(item.pointer,
                    concat(list.list_name, " item ", quote(id), " is a VPC id, not a ", list.what),
                    concat("this is a VPC id: list the ", list.what, "s (", list.prefix,
                           "xxxxxxxx) of that VPC instead"));
    return;
  }
  reporter.report(item.pointer,
                  concat(list.list_name, " item ", quote(id), " does not look like a ", list.what,
                         "; expected '", list.prefix, "' followed by 8 or 17 lowercase hex digits"),
                  concat("copy the ", list.what, " from the Amazon VPC console, e.g. '",
                         list.prefix, "0123456789abcdef0'"));
}

void check(const Request& request, Reporter& reporter) {
  const VpcConfig& vpc = request.security_config.vpc_config;
  const IdList groups{.items = vpc.security_group_ids,
                      .list_name = "SecurityGroupIds",
                      .prefix = "sg-",
                      .what = "security group id",
                      .other_list = "Subnets",
                      .other_prefix = "subnet-",
                      .other_what = "subnet id"};
  const IdList subnets{.items = vpc.subnets,
                       .list_name = "Subnets",
                       .prefix = "subnet-",
                       .what = "subnet id",
                       .other_list = "SecurityGroupIds",
                       .other_prefix = "sg-",
                       .other_what = "security group id"};
  for (const Text& item : groups.items.items) check_item(groups, item, reporter);
  for (const Text& item : subnets.items.items) check_item(subnets, item, reporter);
}

}  // namespace

extern const Rule kVpcIdPrefixes{
    .info = {.id = "AML751",
             .name = "vpc-id-prefixes",
             .severity = Severity::warning,
             .title = "VPC security group ids should look like sg-xxxxxxxx and subnet ids like "
                      "subnet-xxxxxxxx.",
             .rationale = R"md(
**What it checks**: in `AutoMLJobConfig.SecurityConfig.VpcConfig`, every `SecurityGroupIds` item
is `sg-` followed by 8 or 17 lowercase hex digits and every `Subnets` item is `subnet-` followed
by 8 or 17 lowercase hex digits. It names the usual mix-ups: a subnet id among the security
groups, a security group id among the subnets, and a VPC id (`vpc-...`) in either list. Values
that break the shape (`[-0-9a-zA-Z]+`, at most 32 characters) are left to the schema.

**Why it matters**: the API reference asks for "The VPC security group IDs, in the form
sg-xxxxxxxx" and "The ID of the subnets in the VPC"; the shape itself accepts any alphanumeric
text, so a swapped or mistyped id is only found when the job fails to start its containers in
the VPC.

**Example**: `"SecurityGroupIds": ["subnet-0f1e2d3c4b5a69788"]`, `"Subnets": ["vpc-0a1b2c3d"]`.

**Fix**: list the security group ids (`sg-...`) under `SecurityGroupIds` and the subnet ids
(`subnet-...`) under `Subnets`, as shown in the Amazon VPC console.
)md",
             .source_url =
                 "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_VpcConfig.html",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
