// Boundary tests for every constrained member of the V1 CreateAutoMLJob request.
//
// The expectations below are written by hand from the independent source
// ../shared/reference/rules-catalog.md (beside the repository), Appendix B "V1
// (CreateAutoMLJobRequest)" (checked against the botocore 1.43.11 model), NOT from
// schemas/create-auto-ml-job.schema.json, so they also check the schema generator. Each case edits
// one realistic valid base request at a JSON pointer (or removes a member), lints it, and expects
// either no diagnostic or exactly one diagnostic with the given rule id at the given pointer.
//
// Only the shape layer is asserted per case: input errors (AML0xx), shape rules (AML1xx) and the
// two documented limits that live in the generated schema (AML201, AML301). Semantic rules in
// code (e.g. "ValidationFraction >= 0.5 is not recommended") are a separate layer with their own
// tests; several values that are shape-valid here are semantically dubious on purpose (time-series
// metrics and algorithms in V1). The base request itself must give no diagnostic at all.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <automl_lint/linter.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using automl_lint::Diagnostic;
using automl_lint::Linter;
using automl_lint::LintResult;

// A realistic request with every optional member present; shape-valid and consistent.
constexpr std::string_view kBaseRequest = R"json({
  "AutoMLJobName": "churn-ensemble-2024-06",
  "InputDataConfig": [
    {
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme-ml-data/churn/train/"}
      },
      "CompressionType": "None",
      "TargetAttributeName": "churned",
      "ContentType": "text/csv;header=present",
      "ChannelType": "training",
      "SampleWeightAttributeName": "sample_weight"
    }
  ],
  "OutputDataConfig": {
    "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "S3OutputPath": "s3://acme-ml-data/churn/output/"
  },
  "ProblemType": "BinaryClassification",
  "AutoMLJobObjective": {"MetricName": "F1"},
  "AutoMLJobConfig": {
    "CompletionCriteria": {
      "MaxCandidates": 10,
      "MaxRuntimePerTrainingJobInSeconds": 3600,
      "MaxAutoMLJobRuntimeInSeconds": 86400
    },
    "SecurityConfig": {
      "VolumeKmsKeyId": "alias/automl-volume",
      "EnableInterContainerTrafficEncryption": true,
      "VpcConfig": {
        "SecurityGroupIds": ["sg-0123456789abcdef0"],
        "Subnets": ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
      }
    },
    "CandidateGenerationConfig": {
      "FeatureSpecificationS3Uri": "s3://acme-ml-data/churn/features.json",
      "AlgorithmsConfig": [{"AutoMLAlgorithms": ["xgboost", "lightgbm", "catboost"]}]
    },
    "DataSplitConfig": {"ValidationFraction": 0.2},
    "Mode": "ENSEMBLING"
  },
  "RoleArn": "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
  "GenerateCandidateDefinitionsOnly": false,
  "Tags": [{"Key": "project", "Value": "churn"}, {"Key": "cost-center", "Value": "4711"}],
  "ModelDeployConfig": {"AutoGenerateEndpointName": false, "EndpointName": "churn-endpoint"}
})json";

// Frequently used pointers.
const std::string kChannel = "/InputDataConfig/0";
const std::string kS3Source = kChannel + "/DataSource/S3DataSource";
const std::string kCriteria = "/AutoMLJobConfig/CompletionCriteria";
const std::string kSecurity = "/AutoMLJobConfig/SecurityConfig";
const std::string kVpc = kSecurity + "/VpcConfig";
const std::string kCandidates = "/AutoMLJobConfig/CandidateGenerationConfig";
const std::string kAlgorithms = kCandidates + "/AlgorithmsConfig/0/AutoMLAlgorithms";
const std::string kFraction = "/AutoMLJobConfig/DataSplitConfig/ValidationFraction";

// Only the loader and the schema: a cross-field rule may explain a shape finding better and
// replace it (AML404 for LogLoss), which is not what these cases are about.
const Linter& linter() {
  static const Linter instance([] {
    automl_lint::Options options;
    options.select = {"AML0", "AML1", "AML201", "AML301"};
    return options;
  }());
  return instance;
}

/// `text` as a JSON string literal (escaped by rapidjson).
std::string json_string(std::string_view text) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  return {buffer.GetString(), buffer.GetSize()};
}

std::string repeat(std::string_view text, std::size_t count) {
  std::string result;
  result.reserve(text.size() * count);
  for (std::size_t i = 0; i < count; ++i) result += text;
  return result;
}

/// A string of exactly `length` characters: `prefix` padded with `fill`.
std::string sized(std::string_view prefix, std::size_t length, char fill = 'a') {
  REQUIRE(prefix.size() <= length);
  return std::string(prefix) + std::string(length - prefix.size(), fill);
}

/// A JSON list of `count` items, item i being `item(i)` (JSON text).
template <typename Item>
std::string list_of(std::size_t count, Item item) {
  std::string json = "[";
  for (std::size_t i = 0; i < count; ++i) json += (i ? ", " : "") + item(i);
  return json + "]";
}

/// One change to the base request: set the value at `pointer` (JSON text), or remove it.
struct Edit {
  std::string pointer;
  std::optional<std::string> json;  // nullopt removes the member
};

Edit set(std::string pointer, std::string json) {
  return {std::move(pointer), std::move(json)};
}
Edit set_string(std::string pointer, std::string_view text) {
  return {std::move(pointer), json_string(text)};
}
Edit drop(std::string pointer) {
  return {std::move(pointer), std::nullopt};
}

/// The base request with `edits` applied, pretty-printed (so members sit on distinct lines).
std::string edited_request(const std::vector<Edit>& edits) {
  rapidjson::Document document;
  document.Parse(kBaseRequest.data(), kBaseRequest.size());
  REQUIRE_FALSE(document.HasParseError());
  for (const Edit& edit : edits) {
    rapidjson::Pointer pointer(edit.pointer.c_str());
    REQUIRE_MESSAGE(pointer.IsValid(), "bad test pointer ", edit.pointer);
    if (!edit.json) {
      REQUIRE_MESSAGE(pointer.Erase(document), "nothing to remove at ", edit.pointer);
      continue;
    }
    rapidjson::Document value(&document.GetAllocator());
    value.Parse(edit.json->data(), edit.json->size());
    REQUIRE_MESSAGE(!value.HasParseError(), "bad test JSON ", *edit.json);
    pointer.Set(document, value);  // copies into document's allocator
  }
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
  document.Accept(writer);
  return {buffer.GetString(), buffer.GetSize()};
}

LintResult lint_edited(const std::vector<Edit>& edits) {
  return linter().lint_buffer(edited_request(edits), "request.json");
}

/// The diagnostics of the layer under test (see the comment at the top of the file).
std::vector<Diagnostic> shape_diagnostics(const LintResult& result) {
  std::vector<Diagnostic> kept;
  for (const Diagnostic& diagnostic : result.diagnostics) {
    std::string_view rule = diagnostic.rule;
    if (rule.starts_with("AML0") || rule.starts_with("AML1") || rule == "AML201" ||
        rule == "AML301") {
      kept.push_back(diagnostic);
    }
  }
  return kept;
}

std::string describe(const std::vector<Diagnostic>& diagnostics) {
  std::string text = std::to_string(diagnostics.size()) + " diagnostic(s)";
  for (const Diagnostic& diagnostic : diagnostics) {
    text += "\n  " + diagnostic.rule + " at '" + diagnostic.pointer + "' line " +
            std::to_string(diagnostic.line) + ": " + diagnostic.message.substr(0, 200);
  }
  return text;
}

/// One table row: the edits, and either no diagnostic (`rule` empty) or exactly one.
struct Case {
  std::string name;
  std::vector<Edit> edits;
  std::string rule;     // "" = the request must stay valid
  std::string pointer;  // where the one diagnostic must point
};

/// Sets `pointer` to `json`; expects no diagnostic.
Case ok(std::string name, std::string pointer, std::string json) {
  return {std::move(name), {set(std::move(pointer), std::move(json))}, "", ""};
}
Case ok_string(std::string name, std::string pointer, std::string_view text) {
  return ok(std::move(name), std::move(pointer), json_string(text));
}
/// Sets `pointer` to `json`; expects exactly one `rule` diagnostic at `pointer`.
Case bad(std::string name, const std::string& pointer, std::string json, std::string rule) {
  return {std::move(name), {set(pointer, std::move(json))}, std::move(rule), pointer};
}
Case bad_string(std::string name, const std::string& pointer, std::string_view text,
                std::string rule) {
  return bad(std::move(name), pointer, json_string(text), std::move(rule));
}

/// Lints every case and checks its outcome exactly; returns the first diagnostic of the last
/// case (for extra checks by a caller with a single case).
std::optional<Diagnostic> check_cases(const std::vector<Case>& cases) {
  std::optional<Diagnostic> last;
  for (const Case& c : cases) {
    CAPTURE(c.name);
    LintResult result = lint_edited(c.edits);
    CHECK_FALSE(result.input_failed);
    std::vector<Diagnostic> found = shape_diagnostics(result);
    INFO(describe(found));
    if (c.rule.empty()) {
      CHECK(found.empty());
      continue;
    }
    CHECK(found.size() == 1);
    if (found.size() != 1) continue;
    CHECK(found[0].rule == c.rule);
    CHECK(found[0].pointer == c.pointer);
    CHECK(found[0].line > 0);
    last = found[0];
  }
  return last;
}

const std::string kRolePrefix = "arn:aws:iam::123456789012:role/";  // 31 characters

}  // namespace

TEST_CASE("schema boundaries: the base request is valid") {
  LintResult result = linter().lint_buffer(edited_request({}), "request.json");
  INFO(describe(result.diagnostics));
  CHECK_FALSE(result.input_failed);
  CHECK(result.diagnostics.empty());
}

TEST_CASE("schema boundaries: string lengths") {
  check_cases({
      // AutoMLJobName: min 1, max 32.
      ok_string("job name 1 char", "/AutoMLJobName", "a"),
      ok_string("job name 32 chars", "/AutoMLJobName", sized("job", 32)),
      bad_string("job name 33 chars", "/AutoMLJobName", sized("job", 33), "AML105"),
      bad_string("job name empty (also off-pattern)", "/AutoMLJobName", "", "AML105"),
      bad_string("job name too long and off-pattern", "/AutoMLJobName", sized("my_job", 40),
                 "AML105"),
      // RoleArn: min 20, max 2048.
      ok_string("role arn 2048 chars", "/RoleArn", sized(kRolePrefix, 2048)),
      bad_string("role arn 2049 chars", "/RoleArn", sized(kRolePrefix, 2049), "AML105"),
      bad_string("role arn 19 chars (also off-pattern)", "/RoleArn", "arn:aws:iam::1234:r",
                 "AML105"),
      bad_string("role arn too long and off-pattern", "/RoleArn", sized("arn:aws:iam::x", 2049),
                 "AML105"),
      // EndpointName: min 0 (the pattern needs 1), max 63.
      ok_string("endpoint name 63 chars", "/ModelDeployConfig/EndpointName", sized("ep", 63)),
      bad_string("endpoint name 64 chars", "/ModelDeployConfig/EndpointName", sized("ep", 64),
                 "AML105"),
      bad_string("endpoint name empty fails the pattern", "/ModelDeployConfig/EndpointName", "",
                 "AML106"),
      // KmsKeyId: min 0, max 2048 (both members that use the shape).
      ok_string("output kms key 2048 chars", "/OutputDataConfig/KmsKeyId", sized("alias/", 2048)),
      bad_string("output kms key 2049 chars", "/OutputDataConfig/KmsKeyId", sized("alias/", 2049),
                 "AML105"),
      ok_string("output kms key empty", "/OutputDataConfig/KmsKeyId", ""),
      ok_string("volume kms key 2048 chars", kSecurity + "/VolumeKmsKeyId", sized("k", 2048)),
      bad_string("volume kms key 2049 chars", kSecurity + "/VolumeKmsKeyId", sized("k", 2049),
                 "AML105"),
      bad_string("kms key too long with a space", "/OutputDataConfig/KmsKeyId",
                 sized("alias/a b", 2049), "AML105"),
      // S3Uri: min 0, max 1024.
      ok_string("input s3 uri 1024 chars", kS3Source + "/S3Uri", sized("s3://bucket/", 1024)),
      bad_string("input s3 uri 1025 chars", kS3Source + "/S3Uri", sized("s3://bucket/", 1025),
                 "AML105"),
      bad_string("input s3 uri too long and off-pattern", kS3Source + "/S3Uri",
                 sized("ftp://bucket/", 1025), "AML105"),
      ok_string("feature spec uri 1024 chars", kCandidates + "/FeatureSpecificationS3Uri",
                sized("s3://bucket/", 1024)),
      bad_string("feature spec uri 1025 chars", kCandidates + "/FeatureSpecificationS3Uri",
                 sized("s3://bucket/", 1025), "AML105"),
      // S3OutputPath: documented limit 512 (AML201), stricter than the shape's 1024.
      ok_string("output path 512 chars", "/OutputDataConfig/S3OutputPath",
                sized("s3://bucket/", 512)),
      bad_string("output path 513 chars", "/OutputDataConfig/S3OutputPath",
                 sized("s3://bucket/", 513), "AML201"),
      bad_string("output path 1024 chars", "/OutputDataConfig/S3OutputPath",
                 sized("s3://bucket/", 1024), "AML201"),
      bad_string("output path 1025 chars", "/OutputDataConfig/S3OutputPath",
                 sized("s3://bucket/", 1025), "AML201"),
      bad_string("output path too long and off-pattern", "/OutputDataConfig/S3OutputPath",
                 sized("ftp://bucket/", 513), "AML201"),
      // TagKey: min 1, max 128. TagValue: min 0, max 256. Counted in characters, not bytes.
      ok_string("tag key 1 char", "/Tags/0/Key", "k"),
      ok_string("tag key 128 chars", "/Tags/0/Key", sized("k", 128)),
      bad_string("tag key 129 chars", "/Tags/0/Key", sized("k", 129), "AML105"),
      bad_string("tag key empty", "/Tags/0/Key", "", "AML105"),
      ok_string("tag key 128 two-byte chars", "/Tags/0/Key", repeat("\xC3\x84", 128)),
      bad_string("tag key too long and off-pattern", "/Tags/0/Key", sized("a#", 129), "AML105"),
      ok_string("tag value empty", "/Tags/0/Value", ""),
      ok_string("tag value 256 chars", "/Tags/0/Value", sized("v", 256)),
      bad_string("tag value 257 chars", "/Tags/0/Value", sized("v", 257), "AML105"),
      ok_string("tag value 256 two-byte chars", "/Tags/0/Value", repeat("\xC3\xBC", 256)),
      bad_string("tag value 257 two-byte chars", "/Tags/0/Value", repeat("\xC3\xBC", 257),
                 "AML105"),
      // SampleWeightAttributeName: min 1, max 256.
      ok_string("weight name 1 char", kChannel + "/SampleWeightAttributeName", "w"),
      ok_string("weight name 256 chars", kChannel + "/SampleWeightAttributeName", sized("w", 256)),
      bad_string("weight name 257 chars", kChannel + "/SampleWeightAttributeName", sized("w", 257),
                 "AML105"),
      bad_string("weight name empty (also off-pattern)", kChannel + "/SampleWeightAttributeName",
                 "", "AML105"),
      // SecurityGroupId / SubnetId: min 0 (the pattern needs 1), max 32.
      ok_string("security group id 32 chars", kVpc + "/SecurityGroupIds/0", sized("sg-", 32)),
      bad_string("security group id 33 chars", kVpc + "/SecurityGroupIds/0", sized("sg-", 33),
                 "AML105"),
      bad_string("security group id empty", kVpc + "/SecurityGroupIds/0", "", "AML106"),
      ok_string("subnet id 32 chars", kVpc + "/Subnets/1", sized("subnet-", 32)),
      bad_string("subnet id 33 chars", kVpc + "/Subnets/1", sized("subnet-", 33), "AML105"),
      bad_string("subnet id empty", kVpc + "/Subnets/0", "", "AML106"),
      // ContentType: min 0, max 256, pattern .* (any single line).
      ok_string("content type empty", kChannel + "/ContentType", ""),
      ok_string("content type 256 chars", kChannel + "/ContentType", sized("text/csv;", 256)),
      bad_string("content type 257 chars", kChannel + "/ContentType", sized("text/csv;", 257),
                 "AML105"),
      // TargetAttributeName: min 1, no max, no pattern.
      ok_string("target 1 char", kChannel + "/TargetAttributeName", "y"),
      ok_string("target 5000 chars, any characters", kChannel + "/TargetAttributeName",
                sized("Zielgröße #1 (€) ", 5000)),
      bad_string("target empty", kChannel + "/TargetAttributeName", "", "AML105"),
  });
}

TEST_CASE("schema boundaries: patterns match whole values") {
  check_cases({
      // AutoMLJobName: [a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}
      ok_string("job name a-b", "/AutoMLJobName", "a-b"),
      ok_string("job name with a run of hyphens", "/AutoMLJobName", "a---b"),
      ok_string("job name 32 chars of hyphens", "/AutoMLJobName", "a" + std::string(30, '-') + "b"),
      bad_string("job name my_job", "/AutoMLJobName", "my_job", "AML106"),
      bad_string("job name -ab", "/AutoMLJobName", "-ab", "AML106"),
      bad_string("job name ab-", "/AutoMLJobName", "ab-", "AML106"),
      bad_string("job name with a space", "/AutoMLJobName", "churn model", "AML106"),
      bad_string("job name with a dot", "/AutoMLJobName", "churn.v2", "AML106"),
      bad_string("job name non-ASCII letter", "/AutoMLJobName", "z\xC3\xBCrich", "AML106"),
      // RoleArn: arn:aws[a-z\-]*:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+
      ok_string("role arn aws-cn partition", "/RoleArn", "arn:aws-cn:iam::123456789012:role/R"),
      ok_string("role arn aws-us-gov partition", "/RoleArn",
                "arn:aws-us-gov:iam::123456789012:role/R"),
      ok_string("role arn with path and all symbols", "/RoleArn",
                kRolePrefix + "path/to/My-Role_1+=,.@"),
      ok_string("role arn without the slash after role", "/RoleArn",
                "arn:aws:iam::123456789012:roleMyRole"),
      bad_string("role arn 11-digit account", "/RoleArn", "arn:aws:iam::12345678901:role/R",
                 "AML106"),
      bad_string("role arn 13-digit account", "/RoleArn", "arn:aws:iam::1234567890123:role/R",
                 "AML106"),
      bad_string("role arn user instead of role", "/RoleArn", "arn:aws:iam::123456789012:user/R",
                 "AML106"),
      // The name class includes '/', so "role/" alone is a one-character name after "role".
      ok_string("role arn ending in role/", "/RoleArn", "arn:aws:iam::123456789012:role/"),
      bad_string("role arn without a role name", "/RoleArn", "arn:aws:iam::123456789012:role",
                 "AML106"),
      bad_string("role arn with a space", "/RoleArn", kRolePrefix + "My Role", "AML106"),
      bad_string("role arn with a prefix", "/RoleArn", "x" + kRolePrefix + "R", "AML106"),
      bad_string("role arn upper-case partition", "/RoleArn", "arn:AWS:iam::123456789012:role/R",
                 "AML106"),
      bad_string("role arn with region", "/RoleArn", "arn:aws:iam:us-east-1:123456789012:role/R",
                 "AML106"),
      // S3Uri: (https|s3)://([^/]+)/?(.*)
      ok_string("s3 uri s3://b/k", kS3Source + "/S3Uri", "s3://b/k"),
      ok_string("s3 uri bucket only", kS3Source + "/S3Uri", "s3://b"),
      ok_string("s3 uri https", kS3Source + "/S3Uri", "https://b.s3.amazonaws.com/k"),
      bad_string("s3 uri ftp://b", kS3Source + "/S3Uri", "ftp://b", "AML106"),
      bad_string("s3 uri xs3://b/k", kS3Source + "/S3Uri", "xs3://b/k", "AML106"),
      bad_string("s3 uri S3:// upper case", kS3Source + "/S3Uri", "S3://b/k", "AML106"),
      bad_string("s3 uri without bucket", kS3Source + "/S3Uri", "s3://", "AML106"),
      bad_string("s3 uri empty bucket", kS3Source + "/S3Uri", "s3:///k", "AML106"),
      bad_string("s3 uri empty", kS3Source + "/S3Uri", "", "AML106"),
      bad_string("s3 uri with a line break", kS3Source + "/S3Uri", "s3://b/k\nx", "AML106"),
      bad_string("output path xs3://b/k", "/OutputDataConfig/S3OutputPath", "xs3://b/k", "AML106"),
      bad_string("feature spec uri ftp", kCandidates + "/FeatureSpecificationS3Uri",
                 "ftp://b/f.json", "AML106"),
      // TagKey / TagValue: ([\p{L}\p{Z}\p{N}_.:/=+\-@]*)
      ok_string("tag key Projekt \xC3\x84-1", "/Tags/0/Key", "Projekt \xC3\x84-1"),
      ok_string("tag key all symbols", "/Tags/0/Key", "a_.:/=+-@b"),
      bad_string("tag key a#b", "/Tags/0/Key", "a#b", "AML106"),
      bad_string("tag key with a comma", "/Tags/0/Key", "a,b", "AML106"),
      bad_string("tag key with a tab", "/Tags/0/Key", "a\tb", "AML106"),
      ok_string("tag value Z\xC3\xBCrich 2", "/Tags/0/Value", "Z\xC3\xBCrich 2"),
      ok_string("tag value CJK and Arabic-Indic digits", "/Tags/0/Value",
                "\xE6\x9D\xB1\xE4\xBA\xAC \xD9\xA3"),
      bad_string("tag value a#b", "/Tags/0/Value", "a#b", "AML106"),
      bad_string("tag value with an emoji", "/Tags/0/Value", "ok \xF0\x9F\x98\x80", "AML106"),
      // KmsKeyId: [a-zA-Z0-9:/_-]*
      ok_string("kms key alias", "/OutputDataConfig/KmsKeyId", "alias/my_key-1"),
      ok_string("kms key id", "/OutputDataConfig/KmsKeyId", "1234abcd-12ab-34cd-56ef-1234567890ab"),
      bad_string("kms key with a space", "/OutputDataConfig/KmsKeyId", "alias/my key", "AML106"),
      bad_string("volume kms key with a dot", kSecurity + "/VolumeKmsKeyId", "alias/my.key",
                 "AML106"),
      // EndpointName: [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}
      ok_string("endpoint name a-b", "/ModelDeployConfig/EndpointName", "a-b"),
      bad_string("endpoint name my_endpoint", "/ModelDeployConfig/EndpointName", "my_endpoint",
                 "AML106"),
      bad_string("endpoint name -ab", "/ModelDeployConfig/EndpointName", "-ab", "AML106"),
      bad_string("endpoint name ab-", "/ModelDeployConfig/EndpointName", "ab-", "AML106"),
      // SampleWeightAttributeName: [a-zA-Z0-9_-]+
      ok_string("weight name sample_weight-1", kChannel + "/SampleWeightAttributeName",
                "sample_weight-1"),
      bad_string("weight name w.1", kChannel + "/SampleWeightAttributeName", "w.1", "AML106"),
      bad_string("weight name with a space", kChannel + "/SampleWeightAttributeName", "w 1",
                 "AML106"),
      // SecurityGroupId / SubnetId: [-0-9a-zA-Z]+
      bad_string("security group id sg_1", kVpc + "/SecurityGroupIds/0", "sg_1", "AML106"),
      bad_string("subnet id with a space", kVpc + "/Subnets/0", "subnet 1", "AML106"),
      // ContentType: .* matches any single line (a line break is not matched by '.').
      ok_string("content type parquet", kChannel + "/ContentType",
                "x-application/vnd.amazon+parquet"),
      bad_string("content type with a line break", kChannel + "/ContentType", "text/csv\n",
                 "AML106"),
  });
}

TEST_CASE("schema boundaries: enums accept every value and are case-sensitive") {
  struct Enum {
    std::string pointer;
    std::vector<std::string> values;
    std::vector<std::string> wrong;  // near misses: case, spelling
  };
  const std::vector<Enum> enums = {
      {kS3Source + "/S3DataType",
       {"ManifestFile", "S3Prefix", "AugmentedManifestFile"},
       {"s3prefix", "S3PREFIX"}},
      {kChannel + "/CompressionType", {"None", "Gzip"}, {"gzip", "none", "GZIP"}},
      {kChannel + "/ChannelType", {"training", "validation"}, {"Training"}},
      {"/ProblemType",
       {"BinaryClassification", "MulticlassClassification", "Regression"},
       {"regression", "Binary"}},
      {"/AutoMLJobObjective/MetricName",
       {"Accuracy", "MSE", "F1", "F1macro", "AUC", "RMSE", "BalancedAccuracy", "R2", "Recall",
        "RecallMacro", "Precision", "PrecisionMacro", "MAE", "MAPE", "MASE", "WAPE",
        "AverageWeightedQuantileLoss"},
       {"F1Macro", "accuracy", "auc"}},
      {"/AutoMLJobConfig/Mode",
       {"AUTO", "ENSEMBLING", "HYPERPARAMETER_TUNING"},
       {"Ensembling", "auto"}},
      {kAlgorithms + "/0",
       {"xgboost", "linear-learner", "mlp", "lightgbm", "catboost", "randomforest", "extra-trees",
        "nn-torch", "fastai", "cnn-qr", "deepar", "prophet", "npts", "arima", "ets"},
       {"XGBoost", "linear_learner"}},
  };
  std::vector<Case> cases;
  for (const Enum& e : enums) {
    for (const std::string& value : e.values) {
      cases.push_back(ok_string(e.pointer + " = " + value, e.pointer, value));
    }
    for (const std::string& value : e.wrong) {
      cases.push_back(bad_string(e.pointer + " = " + value, e.pointer, value, "AML104"));
    }
    cases.push_back(bad_string(e.pointer + " = ''", e.pointer, "", "AML104"));
  }
  cases.push_back(bad_string("metric reported only (LogLoss)", "/AutoMLJobObjective/MetricName",
                             "LogLoss", "AML104"));
  cases.push_back(
      bad_string("enum value with a trailing space", "/ProblemType", "Regression ", "AML104"));
  check_cases(cases);
}

TEST_CASE("schema boundaries: numbers") {
  check_cases({
      // MaxCandidates: integer 1..750.
      ok("max candidates 1", kCriteria + "/MaxCandidates", "1"),
      ok("max candidates 750", kCriteria + "/MaxCandidates", "750"),
      bad("max candidates 0", kCriteria + "/MaxCandidates", "0", "AML107"),
      bad("max candidates 751", kCriteria + "/MaxCandidates", "751", "AML107"),
      bad("max candidates -1", kCriteria + "/MaxCandidates", "-1", "AML107"),
      // Integer shapes without a model max are Java ints: 1..2147483647.
      ok("per-job runtime 1", kCriteria + "/MaxRuntimePerTrainingJobInSeconds", "1"),
      bad("per-job runtime 0", kCriteria + "/MaxRuntimePerTrainingJobInSeconds", "0", "AML107"),
      ok("per-job runtime int32 max", kCriteria + "/MaxRuntimePerTrainingJobInSeconds",
         "2147483647"),
      bad("per-job runtime int32 max + 1", kCriteria + "/MaxRuntimePerTrainingJobInSeconds",
          "2147483648", "AML107"),
      bad("per-job runtime -2147483649", kCriteria + "/MaxRuntimePerTrainingJobInSeconds",
          "-2147483649", "AML107"),
      ok("job runtime 1", kCriteria + "/MaxAutoMLJobRuntimeInSeconds", "1"),
      bad("job runtime 0", kCriteria + "/MaxAutoMLJobRuntimeInSeconds", "0", "AML107"),
      ok("job runtime int32 max", kCriteria + "/MaxAutoMLJobRuntimeInSeconds", "2147483647"),
      bad("job runtime int32 max + 1", kCriteria + "/MaxAutoMLJobRuntimeInSeconds", "2147483648",
          "AML107"),
      bad("job runtime beyond uint64", kCriteria + "/MaxAutoMLJobRuntimeInSeconds",
          "99999999999999999999", "AML107"),
      // ValidationFraction: shape [0, 1]; documented 0 < x < 1 (AML301, replaces the shape range).
      ok("fraction 0.5", kFraction, "0.5"),
      ok("fraction 0.0001", kFraction, "0.0001"),
      ok("fraction 0.9999", kFraction, "0.9999"),
      bad("fraction 0", kFraction, "0", "AML301"),
      bad("fraction 0.0", kFraction, "0.0", "AML301"),
      bad("fraction 1", kFraction, "1", "AML301"),
      bad("fraction 1.0", kFraction, "1.0", "AML301"),
      bad("fraction -0.1", kFraction, "-0.1", "AML301"),
      bad("fraction 1.5", kFraction, "1.5", "AML301"),
  });
}

TEST_CASE("schema boundaries: types") {
  check_cases({
      // Integers must be JSON integers.
      bad("integer as string \"5\"", kCriteria + "/MaxCandidates", R"("5")", "AML103"),
      bad("integer as 5.5", kCriteria + "/MaxCandidates", "5.5", "AML103"),
      bad("integer as 5.0", kCriteria + "/MaxCandidates", "5.0", "AML103"),
      bad("integer as 5e0", kCriteria + "/MaxCandidates", "5e0", "AML103"),
      bad("integer as true", kCriteria + "/MaxAutoMLJobRuntimeInSeconds", "true", "AML103"),
      bad("integer as 3600.0", kCriteria + "/MaxRuntimePerTrainingJobInSeconds", "3600.0",
          "AML103"),
      // Booleans.
      bad("boolean as string \"true\"", "/GenerateCandidateDefinitionsOnly", R"("true")", "AML103"),
      bad("boolean as 1", "/GenerateCandidateDefinitionsOnly", "1", "AML103"),
      bad("boolean as string \"false\"", kSecurity + "/EnableInterContainerTrafficEncryption",
          R"("false")", "AML103"),
      bad("boolean as 0", kSecurity + "/EnableInterContainerTrafficEncryption", "0", "AML103"),
      bad("boolean as 1 (deploy)", "/ModelDeployConfig/AutoGenerateEndpointName", "1", "AML103"),
      // Strings.
      bad("string as 5", "/AutoMLJobName", "5", "AML103"),
      bad("string as 5 (tag value)", "/Tags/0/Value", "5", "AML103"),
      bad("string as true (tag key)", "/Tags/0/Key", "true", "AML103"),
      bad("string as number (subnet item)", kVpc + "/Subnets/1", "123", "AML103"),
      bad("string as list (target)", kChannel + "/TargetAttributeName", R"(["y"])", "AML103"),
      // A non-string value for an enum member fails the enum too; only the type is reported.
      bad("enum string as 1", "/ProblemType", "1", "AML103"),
      bad("enum string as object", "/AutoMLJobConfig/Mode", R"({"Mode": "AUTO"})", "AML103"),
      // Numbers.
      bad("number as string \"0.2\"", kFraction, R"("0.2")", "AML103"),
      bad("number as true", kFraction, "true", "AML103"),
      // Lists given as objects or scalars.
      bad("list as object (channels)", "/InputDataConfig", R"({"TargetAttributeName": "y"})",
          "AML103"),
      bad("list as object (tags)", "/Tags", R"({"Key": "a", "Value": "b"})", "AML103"),
      bad("list as string (security groups)", kVpc + "/SecurityGroupIds",
          R"("sg-0123456789abcdef0")", "AML103"),
      bad("list as object (algorithms config)", kCandidates + "/AlgorithmsConfig",
          R"({"AutoMLAlgorithms": ["xgboost"]})", "AML103"),
      // Objects given as lists or scalars.
      bad("object as list (output)", "/OutputDataConfig", "[]", "AML103"),
      bad("object as list (job config)", "/AutoMLJobConfig", R"([{"Mode": "AUTO"}])", "AML103"),
      bad("object as list (channel)", kChannel, "[]", "AML103"),
      bad("object as string (objective)", "/AutoMLJobObjective", R"("F1")", "AML103"),
      bad("object as list (vpc)", kVpc, "[]", "AML103"),
      bad("object as list (tag)", "/Tags/0", R"(["project", "churn"])", "AML103"),
  });
}

TEST_CASE("schema boundaries: list sizes") {
  const std::string training = R"({
      "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme/train/"}},
      "TargetAttributeName": "churned", "ChannelType": "training"})";
  const std::string validation = R"({
      "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme/valid/"}},
      "TargetAttributeName": "churned", "ChannelType": "validation"})";
  auto tags = [](std::size_t count) {
    return list_of(count, [](std::size_t i) {
      return R"({"Key": "key-)" + std::to_string(i) + R"(", "Value": "v"})";
    });
  };
  auto ids = [](std::string_view prefix, std::size_t count) {
    return list_of(count, [prefix](std::size_t i) {
      return json_string(std::string(prefix) + std::to_string(i));
    });
  };
  const std::vector<std::string> all_algorithms = {
      "xgboost",     "linear-learner", "mlp",    "lightgbm", "catboost", "randomforest",
      "extra-trees", "nn-torch",       "fastai", "cnn-qr",   "deepar",   "prophet"};
  auto algorithms = [&](std::size_t count) {
    return list_of(count, [&](std::size_t i) { return json_string(all_algorithms.at(i)); });
  };
  // A validation channel rules out ValidationFraction; drop it for the two-channel cases.
  auto channels = [&](std::string json) {
    return std::vector<Edit>{set("/InputDataConfig", std::move(json)),
                             drop("/AutoMLJobConfig/DataSplitConfig/ValidationFraction")};
  };
  check_cases({
      // InputDataConfig: 1..2.
      bad("channels: 0", "/InputDataConfig", "[]", "AML108"),
      ok("channels: 1", "/InputDataConfig", "[" + training + "]"),
      {"channels: 2", channels("[" + training + "," + validation + "]"), "", ""},
      {"channels: 3", channels("[" + training + "," + validation + "," + validation + "]"),
       "AML108", "/InputDataConfig"},
      // Tags: 0..50 (unique keys).
      ok("tags: 0", "/Tags", "[]"),
      ok("tags: 50", "/Tags", tags(50)),
      bad("tags: 51", "/Tags", tags(51), "AML108"),
      // SecurityGroupIds: 1..5. Subnets: 1..16.
      bad("security groups: 0", kVpc + "/SecurityGroupIds", "[]", "AML108"),
      ok("security groups: 1", kVpc + "/SecurityGroupIds", ids("sg-", 1)),
      ok("security groups: 5", kVpc + "/SecurityGroupIds", ids("sg-", 5)),
      bad("security groups: 6", kVpc + "/SecurityGroupIds", ids("sg-", 6), "AML108"),
      bad("subnets: 0", kVpc + "/Subnets", "[]", "AML108"),
      ok("subnets: 1", kVpc + "/Subnets", ids("subnet-", 1)),
      ok("subnets: 16", kVpc + "/Subnets", ids("subnet-", 16)),
      bad("subnets: 17", kVpc + "/Subnets", ids("subnet-", 17), "AML108"),
      // AlgorithmsConfig: 0..1. AutoMLAlgorithms: 0..11.
      ok("algorithms config: 0", kCandidates + "/AlgorithmsConfig", "[]"),
      ok("algorithms config: 1", kCandidates + "/AlgorithmsConfig",
         R"([{"AutoMLAlgorithms": ["xgboost"]}])"),
      bad("algorithms config: 2", kCandidates + "/AlgorithmsConfig",
          R"([{"AutoMLAlgorithms": ["xgboost"]}, {"AutoMLAlgorithms": ["mlp"]}])", "AML108"),
      ok("algorithms: 0", kAlgorithms, "[]"),
      ok("algorithms: 11", kAlgorithms, algorithms(11)),
      bad("algorithms: 12", kAlgorithms, algorithms(12), "AML108"),
  });
}

TEST_CASE("schema boundaries: required members") {
  const std::vector<std::string> required = {
      "/AutoMLJobName",
      "/InputDataConfig",
      "/OutputDataConfig",
      "/RoleArn",
      kChannel + "/TargetAttributeName",
      kChannel + "/DataSource/S3DataSource",
      kS3Source + "/S3DataType",
      kS3Source + "/S3Uri",
      "/OutputDataConfig/S3OutputPath",
      "/AutoMLJobObjective/MetricName",
      kVpc + "/SecurityGroupIds",
      kVpc + "/Subnets",
      "/Tags/0/Key",
      "/Tags/1/Value",
      kAlgorithms,
  };
  std::vector<Case> cases;
  for (const std::string& pointer : required) {
    cases.push_back({"remove " + pointer, {drop(pointer)}, "AML102", pointer});
  }
  // Optional members may go (each one alone).
  const std::vector<std::string> optional = {
      "/ProblemType",
      "/AutoMLJobObjective",
      "/AutoMLJobConfig",
      "/GenerateCandidateDefinitionsOnly",
      "/Tags",
      "/ModelDeployConfig",
      kChannel + "/CompressionType",
      kChannel + "/ContentType",
      kChannel + "/ChannelType",
      kChannel + "/SampleWeightAttributeName",
      "/OutputDataConfig/KmsKeyId",
      kCriteria,
      kCriteria + "/MaxCandidates",
      kSecurity,
      kSecurity + "/VpcConfig",
      kSecurity + "/VolumeKmsKeyId",
      kCandidates,
      kCandidates + "/AlgorithmsConfig",
      kCandidates + "/FeatureSpecificationS3Uri",
      kFraction,
      "/AutoMLJobConfig/Mode",
      "/ModelDeployConfig/EndpointName",
  };
  for (const std::string& pointer : optional) {
    cases.push_back({"remove optional " + pointer, {drop(pointer)}, "", ""});
  }
  check_cases(cases);
}

TEST_CASE("schema boundaries: unknown keys at every object level") {
  const std::vector<std::string> objects = {
      "",
      kChannel,
      kChannel + "/DataSource",
      kS3Source,
      "/OutputDataConfig",
      "/AutoMLJobObjective",
      "/AutoMLJobConfig",
      kCriteria,
      kSecurity,
      kVpc,
      kCandidates,
      "/AutoMLJobConfig/DataSplitConfig",
      "/Tags/1",
      "/ModelDeployConfig",
      kCandidates + "/AlgorithmsConfig/0",
  };
  std::vector<Case> cases;
  for (const std::string& object : objects) {
    cases.push_back(bad("unknown key in '" + object + "'", object + "/Extra", "1", "AML101"));
  }
  // Pointer escaping of odd key names (RFC 6901: '~' -> '~0', '/' -> '~1').
  cases.push_back(bad("unknown key with / and ~", "/Foo~1Bar~0", "true", "AML101"));
  // Keys are case-sensitive.
  cases.push_back(
      {"misspelled optional key",
       {drop(kFraction), set("/AutoMLJobConfig/DataSplitConfig/ValidationFraktion", "0.2")},
       "AML101",
       "/AutoMLJobConfig/DataSplitConfig/ValidationFraktion"});
  check_cases(cases);
}

TEST_CASE("schema boundaries: did-you-mean hints") {
  SUBCASE("misspelled key") {
    auto found = check_cases(
        {{"ValidationFraktion",
          {drop(kFraction), set("/AutoMLJobConfig/DataSplitConfig/ValidationFraktion", "0.2")},
          "AML101",
          "/AutoMLJobConfig/DataSplitConfig/ValidationFraktion"}});
    REQUIRE(found);
    CHECK(found->hint.find("ValidationFraction") != std::string::npos);
  }
  SUBCASE("misspelled required key: one AML101 with a hint, no separate AML102") {
    auto found = check_cases(
        {{"AutoMLJobname",
          {drop("/AutoMLJobName"), set_string("/AutoMLJobname", "churn-ensemble-2024-06")},
          "AML101",
          "/AutoMLJobname"}});
    REQUIRE(found);
    CHECK(found->hint.find("AutoMLJobName") != std::string::npos);
  }
  SUBCASE("wrong-case enum value") {
    auto found =
        check_cases({bad_string("Ensembling", "/AutoMLJobConfig/Mode", "Ensembling", "AML104")});
    REQUIRE(found);
    CHECK(found->hint.find("ENSEMBLING") != std::string::npos);
  }
}

TEST_CASE("schema boundaries: realistic and huge job names") {
  const std::string realistic = "customer-churn-xgb-2024-06-01-v2";
  REQUIRE(realistic.size() == 32);
  check_cases({ok_string("realistic 32-char name", "/AutoMLJobName", realistic),
               bad_string("realistic name + 1 char", "/AutoMLJobName", realistic + "3", "AML105")});

  const std::string huge = sized("churn-", 1024 * 1024);
  auto start = std::chrono::steady_clock::now();
  check_cases({bad_string("1 MB name", "/AutoMLJobName", huge, "AML105"),
               bad_string("1 MB name, off-pattern", "/AutoMLJobName", sized("my_job", 1024 * 1024),
                          "AML105")});
  auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() < 2000);
}
