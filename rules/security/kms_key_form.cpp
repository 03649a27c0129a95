// KMS keys are named by key ID, key ARN, alias name or alias ARN.
#include <string>
#include <string_view>

#include "rule.hpp"

namespace automl_lint::rules {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/// The shape of KmsKeyId: [a-zA-Z0-9:/_-]*, at most 2048 characters. Other values are the
/// schema's to report.
bool passes_shape(std::string_view value) {
  if (value.size() > 2048) return false;
  for (char c : value) {
    bool alnum = is_digit(c) || is_lower(c) || (c >= 'A' && c <= 'Z');
    if (!alnum && c != ':' && c != '/' && c != '_' && c != '-') return false;
  }
  return true;
}

/// 1234abcd-12ab-34cd-56ef-1234567890ab
bool is_uuid(std::string_view id) {
  if (id.size() != 36) return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    bool dash_place = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash_place ? id[i] != '-' : !is_hex(id[i])) return false;
  }
  return true;
}

/// A key ID: a UUID, or mrk- and 32 hex digits for a multi-Region key.
bool is_key_id(std::string_view id) {
  if (is_uuid(id)) return true;
  if (!id.starts_with("mrk-") || id.size() != 4 + 32) return false;
  for (char c : id.substr(4)) {
    if (!is_hex(c)) return false;
  }
  return true;
}

/// alias/ and a name of letters, digits, '/', '_' and '-'.
bool is_alias_name(std::string_view alias) {
  if (!alias.starts_with("alias/") || alias.size() == 6) return false;
  for (char c : alias.substr(6)) {
    bool alnum = is_digit(c) || is_lower(c) || (c >= 'A' && c <= 'Z');
    if (!alnum && c != '/' && c != '_' && c != '-') return false;
  }
  return true;
}

/// aws, aws-cn, aws-us-gov, aws-iso-b, ...
bool is_partition(std::string_view partition) {
  if (!partition.starts_with("aws")) return false;
  for (char c : partition.substr(3)) {
    if (!is_lower(c) && c != '-') return false;
  }
  return true;
}

/// us-east-1, us-gov-west-1, eu-central-2, ...: lowercase words joined by '-', then a number.
bool is_region(std::string_view region) {
  std::size_t last_dash = region.rfind('-');
  if (last_dash == std::string_view::npos || last_dash == 0) return false;
  std::string_view number = region.substr(last_dash + 1);
  if (number.empty()) return false;
  for (char c : number) {
    if (!is_digit(c)) return false;
  }
  std::string_view words = region.substr(0, last_dash);
  if (words.front() == '-' || words.back() == '-' || words.find("--") != std::string_view::npos)
    return false;
  for (char c : words) {
    if (!is_lower(c) && c != '-') return false;
  }
  return true;
}

bool is_account(std::string_view account) {
  if (account.size() != 12) return false;
  for (char c : account) {
    if (!is_digit(c)) return false;
  }
  return true;
}

/// What is wrong with an ARN given for a KMS key, or empty when it is a key ARN or alias ARN:
/// arn:<partition>:kms:<region>:<account>:key/<key id> or ...:alias/<name>.
std::string arn_problem(std::string_view arn) {
  std::string_view parts[6];
  for (int i = 0; i < 5; ++i) {
    std::size_t colon = arn.find(':');
    if (colon == std::string_view::npos) return "it does not have the six parts of an ARN";
    parts[i] = arn.substr(0, colon);
    arn.remove_prefix(colon + 1);
  }
  parts[5] = arn;
  if (parts[2] != "kms")
    return concat("it is an ARN of the '", parts[2], "' service, not of AWS KMS");
  if (!is_partition(parts[1]))
    return concat("its partition '", parts[1], "' is not an AWS partition");
  if (!is_region(parts[3]))
    return concat("its Region '", parts[3], "' is not a Region code such as us-east-1");
  if (!is_account(parts[4])) return concat("its account '", parts[4], "' is not 12 digits");
  const std::string_view resource = parts[5];
  if (resource.starts_with("key/")) {
    if (is_key_id(resource.substr(4))) return {};
    return concat("its key ID '", resource.substr(4), "' is not a UUID or an mrk- id");
  }
  if (is_alias_name(resource)) return {};
  return concat("its resource '", resource, "' is neither key/<key ID> nor alias/<name>");
}

bool only_hex_and_dashes(std::string_view value) {
  for (char c : value) {
    if (!is_hex(c) && c != '-') return false;
  }
  return true;
}

constexpr const char* kExampleKeyArn =
    "'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'";

void check_key(const Text& key, std::string_view member, Reporter& reporter) {
  if (!key.has_value() || !passes_shape(*key)) return;
  const std::string& value = *key;
  if (value.empty()) {
    reporter.report(key.pointer, concat(member, " is an empty string, which names no KMS key"),
                    concat("remove ", member,
                           " to use the default encryption, or give a key ID, key ARN, alias "
                           "name or alias ARN"));
    return;
  }
  if (is_key_id(value) || is_alias_name(value)) return;
  if (value.starts_with("arn:")) {
    const std::string problem = arn_problem(value);
    if (problem.empty()) return;
    reporter.report(
        key.pointer,
        concat(member, " ", quote(value), " is not a KMS key ARN or alias ARN: ", problem),
        concat("give the key's ARN as the AWS KMS console shows it, e.g. ", kExampleKeyArn,
               ", or an alias ARN ending in ':alias/<name>'"));
    return;
  }
  if (value.starts_with("key/")) {
    reporter.report(
        key.pointer,
        concat(member, " ", quote(value), " is the end of a key ARN, not a key identifier"),
        concat("give the key ID alone (", quote(std::string_view(value).substr(4)),
               ") or the full key ARN"));
    return;
  }
  std::string hint;
  if (only_hex_and_dashes(value)) {
    hint =
        "a key ID is a UUID of 8-4-4-4-12 hex digits such as "
        "'1234abcd-12ab-34cd-56ef-1234567890ab'; check for a truncated or mistyped id";
  } else if (value.find_first_of(":/") == std::string::npos) {
    hint = concat("if ", quote(value),
                  " is an alias, write it with its prefix: ", quote(concat("alias/", value)));
  } else {
    hint = concat("give a key ID, a key ARN such as ", kExampleKeyArn,
                  ", an alias name 'alias/<name>' or an alias ARN");
  }
  reporter.report(
      key.pointer,
      concat(member, " ", quote(value), " is not a KMS key ID, key ARN, alias name or alias ARN"),
      hint);
}

void check(const Request& request, Reporter& reporter) {
  check_key(request.output_data_config.kms_key_id, "KmsKeyId", reporter);
  check_key(request.security_config.volume_kms_key_id, "VolumeKmsKeyId", reporter);
}

}  // namespace

extern const Rule kKmsKeyForm{
    .info = {.id = "AML752",
             .name = "kms-key-form",
             .severity = Severity::warning,
             .title = "KMS key ids should be a key ID, key ARN, alias name or alias ARN.",
             .rationale = R"md(
**What it checks**: `OutputDataConfig.KmsKeyId` and
`AutoMLJobConfig.SecurityConfig.VolumeKmsKeyId`, when set, have one of the forms AWS KMS
documents for key identifiers: a key ID (`1234abcd-12ab-34cd-56ef-1234567890ab`, or
`mrk-` and 32 hex digits for a multi-Region key), a key ARN
(`arn:aws:kms:us-east-1:111122223333:key/<key ID>`), an alias name (`alias/<name>`) or an alias
ARN (`arn:aws:kms:us-east-1:111122223333:alias/<name>`). An empty string is reported too.
Values that break the shape (`[a-zA-Z0-9:/_-]*`, at most 2048 characters) are left to the
schema.

**Why it matters**: the shape accepts almost any text, and the KMS developer guide says "To
specify a KMS key, use its key ID, key ARN, alias name, or alias ARN". An alias written without
its `alias/` prefix, the tail of an ARN, or another service's ARN names no key; the job fails
when it first encrypts its volumes or output.

**Example**: `"KmsKeyId": "my-autopilot-key"` (an alias name without `alias/`).

**Fix**: use the key ARN or key ID from the AWS KMS console, or `alias/<name>`.
)md",
             .source_url = "https://docs.aws.amazon.com/kms/latest/developerguide/"
                           "concepts.html#key-id",
             .applies_to = scope::all},
    .check = check,
};

}  // namespace automl_lint::rules
