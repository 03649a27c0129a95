// Boundary tests for every shape constraint of the V2 CreateAutoMLJobV2 request.
//
// The expectations below are written by hand from the independent source
// ../shared/reference/rules-catalog.md (beside the repository), Appendix B "V2
// (CreateAutoMLJobV2Request)" (checked against the botocore 1.43.11 model), and from
// schemas/doc-limits.json for the two documented limits, NOT from
// schemas/create-auto-ml-job-v2.schema.json, so they also check the schema generator: where
// Appendix B and the generated schema disagree, a case here fails.
//
// AutoMLProblemTypeConfig is a tagged union, so there is one realistic valid base request per
// problem type (tabular, time series, text generation, text classification, image
// classification); the tabular one also carries every optional top-level member. Each case edits
// one base at JSON pointers (or removes members), lints it as V2, and expects either no
// diagnostic or exactly one diagnostic with the given rule id at the given pointer. One case of
// each constraint kind also pins the exact message (and hint), so wording regressions show.
//
// Only the shape layer is asserted: input errors (AML0xx), shape rules (AML1xx) and the two
// documented limits that live in the generated schema (AML201, AML301). Semantic rules in code
// are a separate layer with their own tests; some values that are shape-valid here are
// semantically dubious on purpose (a time-series algorithm for a tabular job, futurefill).
//
// The last test case holds a verbatim copy of Appendix B's V2 table and checks that every row is
// exercised: a failing case with the row's rule at the row's pointer, and (except for
// "required" rows, whose valid side is the base request) a passing case that edits the row's
// pointer.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <automl_lint/linter.hpp>
#include <functional>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using automl_lint::ApiVersion;
using automl_lint::Diagnostic;
using automl_lint::Linter;
using automl_lint::LintResult;

// ---------------------------------------------------------------------------------------------
// The base requests: realistic, shape-valid, one per member of the union.

enum class Base {
  tabular,
  time_series,
  text_generation,
  text_classification,
  image_classification
};
constexpr std::array kBases = {Base::tabular, Base::time_series, Base::text_generation,
                               Base::text_classification, Base::image_classification};

// Tabular, with every optional member of the request and of TabularJobConfig present.
constexpr std::string_view kTabularRequest = R"json({
  "AutoMLJobName": "churn-v2-ensemble",
  "AutoMLJobInputDataConfig": [
    {
      "ChannelType": "training",
      "ContentType": "text/csv;header=present",
      "CompressionType": "None",
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme-ml-data/churn/train/"}
      }
    }
  ],
  "OutputDataConfig": {
    "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "S3OutputPath": "s3://acme-ml-artifacts/autopilot/churn/"
  },
  "AutoMLProblemTypeConfig": {
    "TabularJobConfig": {
      "CandidateGenerationConfig": {
        "AlgorithmsConfig": [{"AutoMLAlgorithms": ["xgboost", "lightgbm", "catboost"]}]
      },
      "CompletionCriteria": {
        "MaxCandidates": 10,
        "MaxRuntimePerTrainingJobInSeconds": 3600,
        "MaxAutoMLJobRuntimeInSeconds": 86400
      },
      "FeatureSpecificationS3Uri": "s3://acme-ml-data/churn/features.json",
      "Mode": "ENSEMBLING",
      "GenerateCandidateDefinitionsOnly": false,
      "ProblemType": "BinaryClassification",
      "TargetAttributeName": "churned",
      "SampleWeightAttributeName": "sample_weight"
    }
  },
  "RoleArn": "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
  "Tags": [{"Key": "project", "Value": "churn"}, {"Key": "cost-center", "Value": "4711"}],
  "SecurityConfig": {
    "VolumeKmsKeyId": "alias/automl-volume",
    "EnableInterContainerTrafficEncryption": true,
    "VpcConfig": {
      "SecurityGroupIds": ["sg-0123456789abcdef0"],
      "Subnets": ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
    }
  },
  "AutoMLJobObjective": {"MetricName": "F1"},
  "ModelDeployConfig": {"AutoGenerateEndpointName": false, "EndpointName": "churn-endpoint"},
  "DataSplitConfig": {"ValidationFraction": 0.2},
  "AutoMLComputeConfig": {
    "EmrServerlessComputeConfig": {
      "ExecutionRoleARN": "arn:aws:iam::123456789012:role/EMRServerlessExecutionRole"
    }
  }
})json";

// Time series, with Transformations (Filling for two columns, the second at the six-key maximum,
// and Aggregation), GroupingAttributeNames, ForecastQuantiles, HolidayConfig and
// CandidateGenerationConfig.
constexpr std::string_view kTimeSeriesRequest = R"json({
  "AutoMLJobName": "demand-forecast-daily",
  "AutoMLJobInputDataConfig": [
    {
      "ChannelType": "training",
      "ContentType": "text/csv;header=present",
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme-ml-data/demand/train/"}
      }
    }
  ],
  "OutputDataConfig": {"S3OutputPath": "s3://acme-ml-artifacts/autopilot/demand/"},
  "AutoMLProblemTypeConfig": {
    "TimeSeriesForecastingJobConfig": {
      "FeatureSpecificationS3Uri": "s3://acme-ml-data/demand/features.json",
      "CompletionCriteria": {
        "MaxRuntimePerTrainingJobInSeconds": 7200,
        "MaxAutoMLJobRuntimeInSeconds": 172800
      },
      "ForecastFrequency": "1D",
      "ForecastHorizon": 14,
      "ForecastQuantiles": ["p10", "p50", "p90"],
      "Transformations": {
        "Filling": {
          "demand": {"frontfill": "none", "middlefill": "zero", "backfill": "zero"},
          "price": {
            "middlefill": "value",
            "middlefill_value": "0",
            "backfill": "value",
            "backfill_value": "0",
            "futurefill": "value",
            "futurefill_value": "0"
          }
        },
        "Aggregation": {"demand": "sum", "price": "avg"}
      },
      "TimeSeriesConfig": {
        "TargetAttributeName": "demand",
        "TimestampAttributeName": "timestamp",
        "ItemIdentifierAttributeName": "item_id",
        "GroupingAttributeNames": ["store_id", "region"]
      },
      "HolidayConfig": [{"CountryCode": "US"}],
      "CandidateGenerationConfig": {
        "AlgorithmsConfig": [{"AutoMLAlgorithms": ["cnn-qr", "deepar", "prophet", "arima"]}]
      }
    }
  },
  "RoleArn": "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
  "Tags": [{"Key": "project", "Value": "demand"}],
  "SecurityConfig": {"EnableInterContainerTrafficEncryption": true},
  "AutoMLJobObjective": {"MetricName": "AverageWeightedQuantileLoss"}
})json";

// Text generation (fine-tuning), with BaseModelName, TextGenerationHyperParameters and
// ModelAccessConfig.
constexpr std::string_view kTextGenerationRequest = R"json({
  "AutoMLJobName": "support-chat-finetune",
  "AutoMLJobInputDataConfig": [
    {
      "ChannelType": "training",
      "ContentType": "text/csv;header=present",
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme-ml-data/chat/train/"}
      }
    }
  ],
  "OutputDataConfig": {"S3OutputPath": "s3://acme-ml-artifacts/autopilot/chat/"},
  "AutoMLProblemTypeConfig": {
    "TextGenerationJobConfig": {
      "CompletionCriteria": {"MaxAutoMLJobRuntimeInSeconds": 72000},
      "BaseModelName": "Llama2-7BChat",
      "TextGenerationHyperParameters": {
        "epochCount": "3",
        "batchSize": "8",
        "learningRate": "0.00001",
        "learningRateWarmupSteps": "10"
      },
      "ModelAccessConfig": {"AcceptEula": true}
    }
  },
  "RoleArn": "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
  "Tags": [{"Key": "project", "Value": "support-chat"}],
  "SecurityConfig": {"VolumeKmsKeyId": "alias/automl-volume"}
})json";

constexpr std::string_view kTextClassificationRequest = R"json({
  "AutoMLJobName": "review-sentiment",
  "AutoMLJobInputDataConfig": [
    {
      "ChannelType": "training",
      "ContentType": "text/csv;header=present",
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme-ml-data/reviews/train/"}
      }
    }
  ],
  "OutputDataConfig": {"S3OutputPath": "s3://acme-ml-artifacts/autopilot/reviews/"},
  "AutoMLProblemTypeConfig": {
    "TextClassificationJobConfig": {
      "CompletionCriteria": {
        "MaxCandidates": 1,
        "MaxRuntimePerTrainingJobInSeconds": 86400,
        "MaxAutoMLJobRuntimeInSeconds": 172800
      },
      "ContentColumn": "review_text",
      "TargetLabelColumn": "sentiment"
    }
  },
  "RoleArn": "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
  "AutoMLJobObjective": {"MetricName": "Accuracy"},
  "DataSplitConfig": {"ValidationFraction": 0.1}
})json";

constexpr std::string_view kImageClassificationRequest = R"json({
  "AutoMLJobName": "product-photos",
  "AutoMLJobInputDataConfig": [
    {
      "ChannelType": "training",
      "ContentType": "image/png",
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme-ml-data/photos/train/"}
      }
    }
  ],
  "OutputDataConfig": {"S3OutputPath": "s3://acme-ml-artifacts/autopilot/photos/"},
  "AutoMLProblemTypeConfig": {
    "ImageClassificationJobConfig": {
      "CompletionCriteria": {
        "MaxCandidates": 1,
        "MaxRuntimePerTrainingJobInSeconds": 86400,
        "MaxAutoMLJobRuntimeInSeconds": 172800
      }
    }
  },
  "RoleArn": "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
  "AutoMLJobObjective": {"MetricName": "Accuracy"},
  "ModelDeployConfig": {"AutoGenerateEndpointName": true}
})json";

std::string_view base_json(Base base) {
  switch (base) {
    case Base::tabular:
      return kTabularRequest;
    case Base::time_series:
      return kTimeSeriesRequest;
    case Base::text_generation:
      return kTextGenerationRequest;
    case Base::text_classification:
      return kTextClassificationRequest;
    case Base::image_classification:
      return kImageClassificationRequest;
  }
  return {};
}

std::string_view base_name(Base base) {
  switch (base) {
    case Base::tabular:
      return "tabular";
    case Base::time_series:
      return "time series";
    case Base::text_generation:
      return "text generation";
    case Base::text_classification:
      return "text classification";
    case Base::image_classification:
      return "image classification";
  }
  return {};
}

// Frequently used pointers.
const std::string kChannel = "/AutoMLJobInputDataConfig/0";
const std::string kS3Source = kChannel + "/DataSource/S3DataSource";
const std::string kProblem = "/AutoMLProblemTypeConfig";
const std::string kTab = kProblem + "/TabularJobConfig";
const std::string kTs = kProblem + "/TimeSeriesForecastingJobConfig";
const std::string kTg = kProblem + "/TextGenerationJobConfig";
const std::string kTc = kProblem + "/TextClassificationJobConfig";
const std::string kIc = kProblem + "/ImageClassificationJobConfig";
const std::string kTsConfig = kTs + "/TimeSeriesConfig";
const std::string kFilling = kTs + "/Transformations/Filling";
const std::string kAggregation = kTs + "/Transformations/Aggregation";
const std::string kQuantiles = kTs + "/ForecastQuantiles";
const std::string kFrequency = kTs + "/ForecastFrequency";
const std::string kHorizon = kTs + "/ForecastHorizon";
const std::string kCountry = kTs + "/HolidayConfig/0/CountryCode";
const std::string kHyper = kTg + "/TextGenerationHyperParameters";
const std::string kEula = kTg + "/ModelAccessConfig/AcceptEula";
const std::string kTabAlgorithms = kTab + "/CandidateGenerationConfig/AlgorithmsConfig";
const std::string kTsAlgorithms = kTs + "/CandidateGenerationConfig/AlgorithmsConfig";
const std::string kSecurity = "/SecurityConfig";
const std::string kVpc = kSecurity + "/VpcConfig";
const std::string kEmr = "/AutoMLComputeConfig/EmrServerlessComputeConfig";
const std::string kEmrRole = kEmr + "/ExecutionRoleARN";
const std::string kFraction = "/DataSplitConfig/ValidationFraction";
const std::string kRolePrefix = "arn:aws:iam::123456789012:role/";  // 31 characters

// The union's members in the model's order (the order the messages list them in).
const std::string kUnionMembers =
    "ImageClassificationJobConfig, TextClassificationJobConfig, TimeSeriesForecastingJobConfig, "
    "TabularJobConfig, TextGenerationJobConfig";

bool in_shape_layer(std::string_view rule) {
  return rule.starts_with("AML0") || rule.starts_with("AML1") || rule == "AML201" ||
         rule == "AML301";
}

/// The shape layer only (see the comment at the top), every request checked as V2: a case that
/// removes V2-only members must not turn the request into a V1 one.
const Linter& linter() {
  static const Linter instance([] {
    automl_lint::Options options;
    options.api = ApiVersion::v2;
    options.select = {"AML0", "AML1", "AML201", "AML301"};
    return options;
  }());
  return instance;
}

/// The same layer with the API detected from the top-level keys.
const Linter& detecting_linter() {
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
std::string list_of(std::size_t count, const std::function<std::string(std::size_t)>& item) {
  std::string json = "[";
  for (std::size_t i = 0; i < count; ++i) json += (i ? ", " : "") + item(i);
  return json + "]";
}

/// A JSON object of `count` members, member i being `name(i): value(i)` (value is JSON text).
std::string object_of(std::size_t count, const std::function<std::string(std::size_t)>& name,
                      const std::function<std::string(std::size_t)>& value) {
  std::string json = "{";
  for (std::size_t i = 0; i < count; ++i) {
    json += (i ? ", " : "") + json_string(name(i)) + ": " + value(i);
  }
  return json + "}";
}

std::string numbered(std::string_view prefix, std::size_t i) {
  return std::string(prefix) + std::to_string(i);
}

/// One change to a base request: set the value at `pointer` (JSON text), or remove it.
struct Edit {
  std::string pointer;
  std::optional<std::string> json;  // nullopt removes the member
};

Edit set(std::string pointer, std::string json) {
  return {std::move(pointer), std::move(json)};
}
Edit drop(std::string pointer) {
  return {std::move(pointer), std::nullopt};
}

/// The base request with `edits` applied, pretty-printed (so members sit on distinct lines).
std::string edited_request(Base base, const std::vector<Edit>& edits) {
  std::string_view text = base_json(base);
  rapidjson::Document document;
  document.Parse(text.data(), text.size());
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

std::vector<Diagnostic> shape_diagnostics(const LintResult& result) {
  std::vector<Diagnostic> kept;
  for (const Diagnostic& diagnostic : result.diagnostics) {
    if (in_shape_layer(diagnostic.rule)) kept.push_back(diagnostic);
  }
  return kept;
}

std::string describe(const std::vector<Diagnostic>& diagnostics) {
  std::string text = std::to_string(diagnostics.size()) + " diagnostic(s)";
  for (const Diagnostic& diagnostic : diagnostics) {
    text += "\n  " + diagnostic.rule + " at '" + diagnostic.pointer.substr(0, 200) + "' line " +
            std::to_string(diagnostic.line) + ": " + diagnostic.message.substr(0, 300);
    if (!diagnostic.hint.empty()) text += "\n    hint: " + diagnostic.hint.substr(0, 200);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Cases.

struct Case {
  std::string name;
  std::vector<Edit> edits;
  std::string rule;     // "" = the request must stay valid
  std::string pointer;  // where the one diagnostic must point
  Base base = Base::tabular;
  std::optional<std::string> message = std::nullopt;  // the exact message, when pinned
  std::optional<std::string> hint = std::nullopt;     // the exact hint, when pinned
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
/// Applies `edits`; expects exactly one `rule` diagnostic at `pointer` ("" rule: none).
Case edits(std::string name, std::vector<Edit> changes, std::string rule = "",
           std::string pointer = "") {
  return {std::move(name), std::move(changes), std::move(rule), std::move(pointer)};
}
/// Pins the exact message (and hint; "" = no hint) of a failing case.
Case worded(Case c, std::string message, std::optional<std::string> hint = std::nullopt) {
  c.message = std::move(message);
  c.hint = std::move(hint);
  return c;
}
/// Runs `cases` on `base`.
std::vector<Case> on(Base base, std::vector<Case> cases) {
  for (Case& c : cases) c.base = base;
  return cases;
}
Case on_base(Base base, Case c) {
  c.base = base;
  return c;
}
void append(std::vector<Case>& to, std::vector<Case> more) {
  for (Case& c : more) to.push_back(std::move(c));
}

/// The message of a constraint finding, as the service words it.
std::string constraint(const std::string& value, const std::string& pointer,
                       const std::string& text) {
  return "Value " + value + " at " + pointer + " failed to satisfy constraint: " + text;
}

/// Lints every case and checks its outcome exactly.
void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.name);
    std::string base(base_name(c.base));
    CAPTURE(base);
    LintResult result = linter().lint_buffer(edited_request(c.base, c.edits), "request.json");
    CHECK_FALSE(result.input_failed);
    CHECK(result.api == ApiVersion::v2);
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
    if (c.message) CHECK(found[0].message == *c.message);
    if (c.hint) CHECK(found[0].hint == *c.hint);
  }
}

// ---------------------------------------------------------------------------------------------
// String lengths. Lengths count code points, not bytes: multi-byte characters at the limits.
//
// Rows: /AutoMLJobName; /AutoMLJobInputDataConfig/*/ContentType; .../S3DataSource/S3Uri;
// /OutputDataConfig/KmsKeyId; /OutputDataConfig/S3OutputPath (documented 512: AML201);
// /RoleArn; /Tags/*/Key; /Tags/*/Value; /SecurityConfig/VolumeKmsKeyId;
// /SecurityConfig/VpcConfig/SecurityGroupIds/*; /SecurityConfig/VpcConfig/Subnets/*;
// /ModelDeployConfig/EndpointName; /AutoMLComputeConfig/EmrServerlessComputeConfig/
// ExecutionRoleARN.

std::vector<Case> top_level_length_cases() {
  const std::string long_path = sized("s3://bucket/", 513);
  return {
      // AutoMLJobName: min 1, max 32.
      ok_string("job name 1 char", "/AutoMLJobName", "a"),
      ok_string("job name 32 chars", "/AutoMLJobName", sized("job", 32)),
      worded(bad_string("job name 33 chars", "/AutoMLJobName", sized("job", 33), "AML105"),
             constraint("'" + sized("job", 33) + "'", "/AutoMLJobName",
                        "Member must have length less than or equal to 32"),
             "the value has 33 characters"),
      bad_string("job name empty (also off-pattern)", "/AutoMLJobName", "", "AML105"),
      // RoleArn: min 20, max 2048.
      ok_string("role arn 2048 chars", "/RoleArn", sized(kRolePrefix, 2048)),
      bad_string("role arn 2049 chars", "/RoleArn", sized(kRolePrefix, 2049), "AML105"),
      bad_string("role arn 19 chars (also off-pattern)", "/RoleArn", "arn:aws:iam::1234:r",
                 "AML105"),
      // ExecutionRoleARN: the RoleArn shape.
      ok_string("emr role 2048 chars", kEmrRole, sized(kRolePrefix, 2048)),
      bad_string("emr role 2049 chars", kEmrRole, sized(kRolePrefix, 2049), "AML105"),
      bad_string("emr role 19 chars", kEmrRole, "arn:aws:iam::1234:r", "AML105"),
      // KmsKeyId: min 0, max 2048 (both members that use the shape).
      ok_string("output kms key empty", "/OutputDataConfig/KmsKeyId", ""),
      ok_string("output kms key 2048 chars", "/OutputDataConfig/KmsKeyId", sized("alias/", 2048)),
      bad_string("output kms key 2049 chars", "/OutputDataConfig/KmsKeyId", sized("alias/", 2049),
                 "AML105"),
      ok_string("volume kms key empty", kSecurity + "/VolumeKmsKeyId", ""),
      ok_string("volume kms key 2048 chars", kSecurity + "/VolumeKmsKeyId", sized("k", 2048)),
      bad_string("volume kms key 2049 chars", kSecurity + "/VolumeKmsKeyId", sized("k", 2049),
                 "AML105"),
      // S3Uri: min 0, max 1024.
      ok_string("input s3 uri 1024 chars", kS3Source + "/S3Uri", sized("s3://bucket/", 1024)),
      bad_string("input s3 uri 1025 chars", kS3Source + "/S3Uri", sized("s3://bucket/", 1025),
                 "AML105"),
      bad_string("input s3 uri too long and off-pattern", kS3Source + "/S3Uri",
                 sized("ftp://bucket/", 1025), "AML105"),
      // S3OutputPath: documented limit 512 (AML201, schemas/doc-limits.json), stricter than the
      // S3Uri shape's 1024; the documented rule speaks for every length above 512.
      ok_string("output path 512 chars", "/OutputDataConfig/S3OutputPath",
                sized("s3://bucket/", 512)),
      worded(bad_string("output path 513 chars", "/OutputDataConfig/S3OutputPath", long_path,
                        "AML201"),
             constraint("'" + sized("s3://bucket/", 64) + "...' (513 characters)",
                        "/OutputDataConfig/S3OutputPath",
                        "S3OutputPath must be 512 characters or less (the documented limit; the "
                        "S3Uri shape allows 1024)"),
             "the value has 513 characters"),
      bad_string("output path 1024 chars", "/OutputDataConfig/S3OutputPath",
                 sized("s3://bucket/", 1024), "AML201"),
      bad_string("output path 1025 chars", "/OutputDataConfig/S3OutputPath",
                 sized("s3://bucket/", 1025), "AML201"),
      bad_string("output path too long and off-pattern", "/OutputDataConfig/S3OutputPath",
                 sized("ftp://bucket/", 513), "AML201"),
      // ContentType: min 0, max 256.
      ok_string("content type empty", kChannel + "/ContentType", ""),
      ok_string("content type 256 chars", kChannel + "/ContentType", sized("text/csv;", 256)),
      bad_string("content type 257 chars", kChannel + "/ContentType", sized("text/csv;", 257),
                 "AML105"),
      ok_string("content type 256 two-byte chars", kChannel + "/ContentType",
                repeat("\xC3\xA9", 256)),
      bad_string("content type 257 two-byte chars", kChannel + "/ContentType",
                 repeat("\xC3\xA9", 257), "AML105"),
      // TagKey: min 1, max 128. TagValue: min 0, max 256.
      ok_string("tag key 1 char", "/Tags/0/Key", "k"),
      ok_string("tag key 128 chars", "/Tags/0/Key", sized("k", 128)),
      bad_string("tag key 129 chars", "/Tags/0/Key", sized("k", 129), "AML105"),
      bad_string("tag key empty", "/Tags/0/Key", "", "AML105"),
      ok_string("tag key 128 two-byte chars", "/Tags/0/Key", repeat("\xC3\x84", 128)),
      bad_string("tag key 129 two-byte chars", "/Tags/0/Key", repeat("\xC3\x84", 129), "AML105"),
      ok_string("tag value empty", "/Tags/1/Value", ""),
      ok_string("tag value 256 chars", "/Tags/1/Value", sized("v", 256)),
      bad_string("tag value 257 chars", "/Tags/1/Value", sized("v", 257), "AML105"),
      ok_string("tag value 256 three-byte chars", "/Tags/1/Value", repeat("\xE6\x9D\xB1", 256)),
      bad_string("tag value 257 three-byte chars", "/Tags/1/Value", repeat("\xE6\x9D\xB1", 257),
                 "AML105"),
      // SecurityGroupId / SubnetId: min 0 (the pattern needs 1), max 32.
      ok_string("security group id 32 chars", kVpc + "/SecurityGroupIds/0", sized("sg-", 32)),
      bad_string("security group id 33 chars", kVpc + "/SecurityGroupIds/0", sized("sg-", 33),
                 "AML105"),
      bad_string("security group id empty fails the pattern", kVpc + "/SecurityGroupIds/0", "",
                 "AML106"),
      ok_string("subnet id 32 chars", kVpc + "/Subnets/1", sized("subnet-", 32)),
      bad_string("subnet id 33 chars", kVpc + "/Subnets/1", sized("subnet-", 33), "AML105"),
      bad_string("subnet id empty fails the pattern", kVpc + "/Subnets/0", "", "AML106"),
      // EndpointName: min 0 (the pattern needs 1), max 63.
      ok_string("endpoint name 63 chars", "/ModelDeployConfig/EndpointName", sized("ep", 63)),
      bad_string("endpoint name 64 chars", "/ModelDeployConfig/EndpointName", sized("ep", 64),
                 "AML105"),
      bad_string("endpoint name empty fails the pattern", "/ModelDeployConfig/EndpointName", "",
                 "AML106"),
  };
}

// Rows: TextClassificationJobConfig/ContentColumn, /TargetLabelColumn;
// TimeSeriesForecastingJobConfig/FeatureSpecificationS3Uri, /ForecastFrequency,
// /ForecastQuantiles/*, /HolidayConfig/*/CountryCode, TimeSeriesConfig/TargetAttributeName,
// /TimestampAttributeName, /ItemIdentifierAttributeName, /GroupingAttributeNames/*;
// TabularJobConfig/FeatureSpecificationS3Uri, /TargetAttributeName, /SampleWeightAttributeName;
// TextGenerationJobConfig/BaseModelName. (Map values and keys: see "maps".)
std::vector<Case> problem_length_cases() {
  std::vector<Case> cases;
  append(cases,
         on(Base::text_classification,
            {
                // ContentColumn, TargetLabelColumn: min 1, max 256, no pattern.
                ok_string("content column 1 char", kTc + "/ContentColumn", "t"),
                ok_string("content column 256 chars", kTc + "/ContentColumn", sized("text", 256)),
                bad_string("content column 257 chars", kTc + "/ContentColumn", sized("text", 257),
                           "AML105"),
                bad_string("content column empty", kTc + "/ContentColumn", "", "AML105"),
                ok_string("content column 256 three-byte chars", kTc + "/ContentColumn",
                          repeat("\xE6\x9D\xB1", 256)),
                worded(bad_string("content column 257 three-byte chars", kTc + "/ContentColumn",
                                  repeat("\xE6\x9D\xB1", 257), "AML105"),
                       constraint("'" + repeat("\xE6\x9D\xB1", 64) + "...' (257 characters)",
                                  kTc + "/ContentColumn",
                                  "Member must have length less than or equal to 256"),
                       "the value has 257 characters"),
                ok_string("content column with spaces and symbols", kTc + "/ContentColumn",
                          "Review text (en) #1"),
                ok_string("label column 256 chars", kTc + "/TargetLabelColumn", sized("l", 256)),
                bad_string("label column 257 chars", kTc + "/TargetLabelColumn", sized("l", 257),
                           "AML105"),
                bad_string("label column empty", kTc + "/TargetLabelColumn", "", "AML105"),
                ok_string("label column 256 four-byte chars", kTc + "/TargetLabelColumn",
                          repeat("\xF0\x9F\x98\x80", 256)),
                bad_string("label column 257 four-byte chars", kTc + "/TargetLabelColumn",
                           repeat("\xF0\x9F\x98\x80", 257), "AML105"),
            }));
  append(
      cases,
      on(Base::time_series,
         {
             // TimeSeriesConfig: TargetAttributeName min 1 and no max; the other names
             // 1..256.
             ok_string("ts target 1 char", kTsConfig + "/TargetAttributeName", "y"),
             ok_string("ts target 5000 chars, any characters", kTsConfig + "/TargetAttributeName",
                       sized("Absatz (St\xC3\xBC"
                             "ck) #1 ",
                             5000)),
             bad_string("ts target empty", kTsConfig + "/TargetAttributeName", "", "AML105"),
             ok_string("timestamp name 1 char", kTsConfig + "/TimestampAttributeName", "t"),
             ok_string("timestamp name 256 chars", kTsConfig + "/TimestampAttributeName",
                       sized("ts", 256)),
             bad_string("timestamp name 257 chars", kTsConfig + "/TimestampAttributeName",
                        sized("ts", 257), "AML105"),
             bad_string("timestamp name empty", kTsConfig + "/TimestampAttributeName", "",
                        "AML105"),
             ok_string("item id name 256 chars", kTsConfig + "/ItemIdentifierAttributeName",
                       sized("item", 256)),
             bad_string("item id name 257 chars", kTsConfig + "/ItemIdentifierAttributeName",
                        sized("item", 257), "AML105"),
             bad_string("item id name empty", kTsConfig + "/ItemIdentifierAttributeName", "",
                        "AML105"),
             ok_string("grouping name 1 char", kTsConfig + "/GroupingAttributeNames/1", "g"),
             ok_string("grouping name 256 chars", kTsConfig + "/GroupingAttributeNames/1",
                       sized("g", 256)),
             bad_string("grouping name 257 chars", kTsConfig + "/GroupingAttributeNames/1",
                        sized("g", 257), "AML105"),
             bad_string("grouping name empty", kTsConfig + "/GroupingAttributeNames/0", "",
                        "AML105"),
             ok_string("grouping name 256 two-byte chars", kTsConfig + "/GroupingAttributeNames/0",
                       repeat("\xC3\xBC", 256)),
             bad_string("grouping name 257 two-byte chars", kTsConfig + "/GroupingAttributeNames/0",
                        repeat("\xC3\xBC", 257), "AML105"),
             // FeatureSpecificationS3Uri: min 0, max 1024.
             ok_string("ts feature spec 1024 chars", kTs + "/FeatureSpecificationS3Uri",
                       sized("s3://bucket/", 1024)),
             bad_string("ts feature spec 1025 chars", kTs + "/FeatureSpecificationS3Uri",
                        sized("s3://bucket/", 1025), "AML105"),
             // ForecastFrequency: min 1, max 5 (a value too long is not also reported as
             // off-pattern).
             ok_string("frequency 1 char", kFrequency, "D"),
             ok_string("frequency 5 chars", kFrequency, "59min"),
             worded(bad_string("frequency 6 chars", kFrequency, "100min", "AML105"),
                    constraint("'100min'", kFrequency,
                               "Member must have length less than or equal to 5"),
                    "the value has 6 characters"),
             bad_string("frequency empty", kFrequency, "", "AML105"),
             bad_string("frequency with a trailing space, 6 chars", kFrequency, "15min ", "AML105"),
             // ForecastQuantile: min 2, max 4.
             ok_string("quantile 2 chars", kQuantiles + "/0", "p1"),
             ok_string("quantile 3 chars", kQuantiles + "/0", "p99"),
             bad_string("quantile 1 char", kQuantiles + "/0", "p", "AML105"),
             bad_string("quantile empty", kQuantiles + "/0", "", "AML105"),
             bad_string("quantile 5 chars", kQuantiles + "/0", "p1000", "AML105"),
             bad_string("quantile 4 chars is the right length but off-pattern", kQuantiles + "/0",
                        "p100", "AML106"),
             // CountryCode: min 2, max 2; counted in code points ("\xC3\x84" is one).
             ok_string("country 2 chars", kCountry, "DE"),
             bad_string("country 1 char", kCountry, "U", "AML105"),
             bad_string("country 3 chars", kCountry, "USA", "AML105"),
             bad_string("country empty", kCountry, "", "AML105"),
             bad_string("country 2 code points in 3 bytes is off-pattern, not too long", kCountry,
                        "\xC3\x84T", "AML106"),
         }));
  append(cases,
         on(Base::tabular,
            {
                // TargetAttributeName: min 1, no max, no pattern.
                ok_string("tabular target 1 char", kTab + "/TargetAttributeName", "y"),
                ok_string("tabular target 5000 chars", kTab + "/TargetAttributeName",
                          sized("Zielgr\xC3\xB6\xC3\x9F"
                                "e #1 ",
                                5000)),
                bad_string("tabular target empty", kTab + "/TargetAttributeName", "", "AML105"),
                // SampleWeightAttributeName: min 1, max 256.
                ok_string("weight name 1 char", kTab + "/SampleWeightAttributeName", "w"),
                ok_string("weight name 256 chars", kTab + "/SampleWeightAttributeName",
                          sized("w", 256)),
                bad_string("weight name 257 chars", kTab + "/SampleWeightAttributeName",
                           sized("w", 257), "AML105"),
                bad_string("weight name empty (also off-pattern)",
                           kTab + "/SampleWeightAttributeName", "", "AML105"),
                // FeatureSpecificationS3Uri: min 0, max 1024.
                ok_string("tabular feature spec 1024 chars", kTab + "/FeatureSpecificationS3Uri",
                          sized("s3://bucket/", 1024)),
                bad_string("tabular feature spec 1025 chars", kTab + "/FeatureSpecificationS3Uri",
                           sized("s3://bucket/", 1025), "AML105"),
            }));
  append(
      cases,
      on(Base::text_generation,
         {
             // BaseModelName: min 1, max 256.
             ok_string("base model 1 char", kTg + "/BaseModelName", "a"),
             ok_string("base model 256 chars", kTg + "/BaseModelName", sized("m", 256)),
             bad_string("base model 257 chars", kTg + "/BaseModelName", sized("m", 257), "AML105"),
             bad_string("base model empty", kTg + "/BaseModelName", "", "AML105"),
         }));
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Patterns, matched against the whole value: a valid value with a prefix or a suffix fails.
//
// Rows: every string row with a pattern: /AutoMLJobName, ContentType, S3Uri (input, output,
// both feature specifications), KmsKeyId (both), /RoleArn, ExecutionRoleARN, TagKey, TagValue,
// SecurityGroupId, SubnetId, EndpointName, ForecastFrequency, ForecastQuantile, CountryCode,
// SampleWeightAttributeName, BaseModelName (map values: see "maps").

std::vector<Case> top_level_pattern_cases() {
  return {
      // AutoMLJobName: [a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}
      ok_string("job name a-b", "/AutoMLJobName", "a-b"),
      ok_string("job name with a run of hyphens", "/AutoMLJobName", "a---b"),
      worded(bad_string("job name my_job", "/AutoMLJobName", "my_job", "AML106"),
             constraint("'my_job'", "/AutoMLJobName",
                        "Member must satisfy regular expression pattern: "
                        "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}"),
             ""),
      bad_string("job name with a leading hyphen", "/AutoMLJobName", "-churn", "AML106"),
      bad_string("job name with a trailing hyphen", "/AutoMLJobName", "churn-", "AML106"),
      bad_string("job name with a dot", "/AutoMLJobName", "churn.v2", "AML106"),
      bad_string("job name non-ASCII letter", "/AutoMLJobName", "z\xC3\xBCrich", "AML106"),
      // RoleArn / ExecutionRoleARN: arn:aws[a-z\-]*:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+
      ok_string("role arn aws-cn partition", "/RoleArn", "arn:aws-cn:iam::123456789012:role/R"),
      ok_string("role arn with path and all symbols", "/RoleArn",
                kRolePrefix + "path/to/My-Role_1+=,.@"),
      bad_string("role arn 11-digit account", "/RoleArn", "arn:aws:iam::12345678901:role/R",
                 "AML106"),
      bad_string("role arn user instead of role", "/RoleArn", "arn:aws:iam::123456789012:user/R",
                 "AML106"),
      bad_string("role arn with a prefix", "/RoleArn", "x" + kRolePrefix + "R", "AML106"),
      bad_string("role arn with a space suffix", "/RoleArn", kRolePrefix + "R ", "AML106"),
      ok_string("emr role aws-us-gov partition", kEmrRole,
                "arn:aws-us-gov:iam::123456789012:role/EMR"),
      bad_string("emr role with a prefix", kEmrRole, " " + kRolePrefix + "EMR", "AML106"),
      bad_string("emr role upper-case partition", kEmrRole, "arn:AWS:iam::123456789012:role/EMR",
                 "AML106"),
      bad_string("emr role with region", kEmrRole, "arn:aws:iam:us-east-1:123456789012:role/EMR",
                 "AML106"),
      // S3Uri: (https|s3)://([^/]+)/?(.*)
      ok_string("s3 uri bucket only", kS3Source + "/S3Uri", "s3://b"),
      ok_string("s3 uri https", kS3Source + "/S3Uri", "https://b.s3.amazonaws.com/k"),
      bad_string("s3 uri xs3://", kS3Source + "/S3Uri", "xs3://b/k", "AML106"),
      bad_string("s3 uri S3:// upper case", kS3Source + "/S3Uri", "S3://b/k", "AML106"),
      bad_string("s3 uri without bucket", kS3Source + "/S3Uri", "s3:///k", "AML106"),
      bad_string("s3 uri empty", kS3Source + "/S3Uri", "", "AML106"),
      bad_string("s3 uri with a line break suffix", kS3Source + "/S3Uri", "s3://b/k\nx", "AML106"),
      ok_string("output path https", "/OutputDataConfig/S3OutputPath", "https://b/out/"),
      bad_string("output path ftp", "/OutputDataConfig/S3OutputPath", "ftp://b/out/", "AML106"),
      bad_string("output path with a prefix", "/OutputDataConfig/S3OutputPath", " s3://b/out/",
                 "AML106"),
      // KmsKeyId: [a-zA-Z0-9:/_-]*
      ok_string("kms key alias", "/OutputDataConfig/KmsKeyId", "alias/my_key-1"),
      bad_string("kms key with a space suffix", "/OutputDataConfig/KmsKeyId", "alias/k ", "AML106"),
      bad_string("volume kms key with a dot", kSecurity + "/VolumeKmsKeyId", "alias/my.key",
                 "AML106"),
      // TagKey / TagValue: ([\p{L}\p{Z}\p{N}_.:/=+\-@]*)
      ok_string("tag key letters, spaces, digits, symbols", "/Tags/0/Key",
                "Projekt \xC3\x84-1_.:/=+@"),
      bad_string("tag key with # suffix", "/Tags/0/Key", "project#", "AML106"),
      bad_string("tag key with a tab", "/Tags/0/Key", "a\tb", "AML106"),
      ok_string("tag value CJK and Arabic-Indic digits", "/Tags/1/Value",
                "\xE6\x9D\xB1\xE4\xBA\xAC \xD9\xA3"),
      bad_string("tag value with an emoji", "/Tags/1/Value", "ok \xF0\x9F\x98\x80", "AML106"),
      bad_string("tag value with a comma", "/Tags/1/Value", "a,b", "AML106"),
      // SecurityGroupId / SubnetId: [-0-9a-zA-Z]+
      ok_string("security group id", kVpc + "/SecurityGroupIds/0", "sg-0a1B"),
      bad_string("security group id with _ suffix", kVpc + "/SecurityGroupIds/0", "sg-1_",
                 "AML106"),
      ok_string("subnet id", kVpc + "/Subnets/0", "subnet-0a1B"),
      bad_string("subnet id with a space", kVpc + "/Subnets/0", "subnet 1", "AML106"),
      // EndpointName: [a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}
      ok_string("endpoint name a--b", "/ModelDeployConfig/EndpointName", "a--b"),
      bad_string("endpoint name with _", "/ModelDeployConfig/EndpointName", "my_endpoint",
                 "AML106"),
      bad_string("endpoint name with a trailing hyphen", "/ModelDeployConfig/EndpointName",
                 "churn-", "AML106"),
      // ContentType: .* matches any single line (a line break is not matched by '.').
      ok_string("content type parquet", kChannel + "/ContentType",
                "x-application/vnd.amazon+parquet"),
      bad_string("content type with a line break suffix", kChannel + "/ContentType", "text/csv\n",
                 "AML106"),
  };
}

/// Every value ForecastFrequency's pattern accepts.
std::vector<std::string> valid_frequencies() {
  std::vector<std::string> values = {"1Y", "Y", "M", "W", "D", "H"};
  for (int i = 1; i <= 11; ++i) values.push_back(std::to_string(i) + "M");
  for (int i = 1; i <= 4; ++i) values.push_back(std::to_string(i) + "W");
  for (int i = 1; i <= 6; ++i) values.push_back(std::to_string(i) + "D");
  for (int i = 1; i <= 23; ++i) values.push_back(std::to_string(i) + "H");
  for (int i = 1; i <= 59; ++i) values.push_back(std::to_string(i) + "min");
  return values;
}

std::vector<Case> problem_pattern_cases() {
  std::vector<Case> cases;
  // ForecastFrequency:
  //   1Y|Y|([1-9]|1[0-1])M|M|[1-4]W|W|[1-6]D|D|([1-9]|1[0-9]|2[0-3])H|H|([1-9]|[1-5][0-9])min
  // The top-level alternation must be anchored as a whole: an unanchored search (or anchors on
  // the first and last alternative only) accepts 2Y (Y), 60min (0min), xD (D), 24H (4H).
  std::vector<Case> frequency;
  for (const std::string& value : valid_frequencies()) {
    frequency.push_back(ok_string("frequency " + value, kFrequency, value));
  }
  for (std::string_view value :
       {"2Y",    "10Y", "0Y", "0M",  "12M", "01M",  "0W",   "5W",   "0D",
        "7D",    "xD",  "Dx", "1Dx", "x1D", "0H",   "24H",  "0min", "60min",
        "99min", "min", "1d", "1y",  "1h",  "1MIN", "1Min", "5m",   "15T",
        "1MS",   "Q",   "1Q", " D",  "D ",  "1 D",  "1W1",  "1.5H", "-1D"}) {
    frequency.push_back(bad_string("frequency " + std::string(value), kFrequency, value, "AML106"));
  }
  frequency.push_back(worded(
      bad_string("frequency 60min (message)", kFrequency, "60min", "AML106"),
      constraint(
          "'60min'", kFrequency,
          "Member must satisfy regular expression pattern: "
          "1Y|Y|([1-9]|1[0-1])M|M|[1-4]W|W|[1-6]D|D|([1-9]|1[0-9]|2[0-3])H|H|([1-9]|[1-5][0-9])"
          "min"),
      ""));
  append(cases, on(Base::time_series, std::move(frequency)));
  append(
      cases,
      on(Base::time_series,
         {
             // ForecastQuantile: (^p[1-9]\d?$), p1..p99.
             ok_string("quantile p1", kQuantiles + "/0", "p1"),
             ok_string("quantile p9", kQuantiles + "/0", "p9"),
             ok_string("quantile p10", kQuantiles + "/0", "p10"),
             ok_string("quantile p99", kQuantiles + "/2", "p99"),
             bad_string("quantile p0", kQuantiles + "/0", "p0", "AML106"),
             bad_string("quantile p00", kQuantiles + "/0", "p00", "AML106"),
             bad_string("quantile p05", kQuantiles + "/0", "p05", "AML106"),
             bad_string("quantile P50", kQuantiles + "/1", "P50", "AML106"),
             bad_string("quantile 50", kQuantiles + "/1", "50", "AML106"),
             bad_string("quantile 0.5", kQuantiles + "/1", "0.5", "AML106"),
             bad_string("quantile p5.5", kQuantiles + "/1", "p5.5", "AML106"),
             bad_string("quantile with a suffix", kQuantiles + "/1", "p50x", "AML106"),
             bad_string("quantile with a prefix", kQuantiles + "/1", "xp50", "AML106"),
             bad_string("quantile with a trailing space", kQuantiles + "/1", "p50 ", "AML106"),
             bad_string("quantile q50", kQuantiles + "/1", "q50", "AML106"),
             bad_string("quantile p + non-ASCII digit", kQuantiles + "/1", "p\xD9\xA3", "AML106"),
             // CountryCode: [A-Z]{2}
             ok_string("country JP", kCountry, "JP"),
             bad_string("country lower case", kCountry, "us", "AML106"),
             bad_string("country mixed case", kCountry, "Us", "AML106"),
             bad_string("country with a digit", kCountry, "U1", "AML106"),
             bad_string("country with a space", kCountry, "U ", "AML106"),
             // FeatureSpecificationS3Uri: the S3Uri pattern.
             ok_string("ts feature spec https", kTs + "/FeatureSpecificationS3Uri",
                       "https://b.s3.amazonaws.com/features.json"),
             bad_string("ts feature spec ftp", kTs + "/FeatureSpecificationS3Uri",
                        "ftp://b/features.json", "AML106"),
             bad_string("ts feature spec with a prefix", kTs + "/FeatureSpecificationS3Uri",
                        "xs3://b/features.json", "AML106"),
         }));
  append(cases, on(Base::tabular,
                   {
                       // SampleWeightAttributeName: [a-zA-Z0-9_-]+
                       ok_string("weight name sample_weight-1", kTab + "/SampleWeightAttributeName",
                                 "sample_weight-1"),
                       bad_string("weight name with a dot suffix",
                                  kTab + "/SampleWeightAttributeName", "weight.", "AML106"),
                       bad_string("weight name with a space", kTab + "/SampleWeightAttributeName",
                                  "w 1", "AML106"),
                       bad_string("weight name non-ASCII", kTab + "/SampleWeightAttributeName",
                                  "gewicht\xC3\xA9", "AML106"),
                       // FeatureSpecificationS3Uri: the S3Uri pattern.
                       ok_string("tabular feature spec bucket only",
                                 kTab + "/FeatureSpecificationS3Uri", "s3://b"),
                       bad_string("tabular feature spec without scheme",
                                  kTab + "/FeatureSpecificationS3Uri", "b/features.json", "AML106"),
                   }));
  append(
      cases,
      on(Base::text_generation,
         {
             // BaseModelName: [a-zA-Z0-9](-*[a-zA-Z0-9])*
             ok_string("base model Falcon7BInstruct", kTg + "/BaseModelName", "Falcon7BInstruct"),
             ok_string("base model with a run of hyphens", kTg + "/BaseModelName", "a--b"),
             bad_string("base model with _", kTg + "/BaseModelName", "Llama2_7B", "AML106"),
             bad_string("base model with a leading hyphen", kTg + "/BaseModelName", "-Falcon7B",
                        "AML106"),
             bad_string("base model with a trailing hyphen", kTg + "/BaseModelName", "Falcon7B-",
                        "AML106"),
             bad_string("base model with a space", kTg + "/BaseModelName", "Falcon 7B", "AML106"),
             bad_string("base model with a dot", kTg + "/BaseModelName", "Mistral7B.v1", "AML106"),
             bad_string("base model non-ASCII", kTg + "/BaseModelName", "F\xC3\xA4lcon7B",
                        "AML106"),
         }));
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Enums: every value accepted, exact case required.
//
// Rows: ChannelType, CompressionType, S3DataType, TabularJobConfig/Mode, /ProblemType, both
// AutoMLAlgorithms/* (tabular and time series), /AutoMLJobObjective/MetricName,
// Transformations/Aggregation/{key}. (FillingType keys: see "maps".)

std::vector<Case> enum_cases() {
  struct Enum {
    Base base;
    std::string pointer;
    std::vector<std::string> values;
    std::vector<std::string> wrong;  // near misses: case, spelling
  };
  const std::vector<std::string> algorithms = {
      "xgboost",      "linear-learner", "mlp",      "lightgbm", "catboost",
      "randomforest", "extra-trees",    "nn-torch", "fastai",   "cnn-qr",
      "deepar",       "prophet",        "npts",     "arima",    "ets"};
  const std::vector<Enum> enums = {
      {Base::tabular, kChannel + "/ChannelType", {"training", "validation"}, {"Training", "test"}},
      {Base::tabular, kChannel + "/CompressionType", {"None", "Gzip"}, {"gzip", "none", "GZIP"}},
      {Base::tabular,
       kS3Source + "/S3DataType",
       {"ManifestFile", "S3Prefix", "AugmentedManifestFile"},
       {"s3prefix", "S3PREFIX", "Manifest"}},
      {Base::tabular,
       kTab + "/Mode",
       {"AUTO", "ENSEMBLING", "HYPERPARAMETER_TUNING"},
       {"Ensembling", "auto", "HPO"}},
      {Base::tabular,
       kTab + "/ProblemType",
       {"BinaryClassification", "MulticlassClassification", "Regression"},
       {"MultiClassClassification", "regression", "Binary"}},
      {Base::tabular,
       "/AutoMLJobObjective/MetricName",
       {"Accuracy", "MSE", "F1", "F1macro", "AUC", "RMSE", "BalancedAccuracy", "R2", "Recall",
        "RecallMacro", "Precision", "PrecisionMacro", "MAE", "MAPE", "MASE", "WAPE",
        "AverageWeightedQuantileLoss"},
       {"F1Macro", "accuracy", "LogLoss"}},
      {Base::tabular,
       kTabAlgorithms + "/0/AutoMLAlgorithms/0",
       algorithms,
       {"XGBoost", "linear_learner", "cnnqr"}},
      {Base::time_series,
       kTsAlgorithms + "/0/AutoMLAlgorithms/1",
       algorithms,
       {"DeepAR", "deep-ar"}},
      {Base::time_series,
       kAggregation + "/demand",
       {"sum", "avg", "first", "min", "max"},
       {"Sum", "average", "mean", "last", "median"}},
  };
  std::vector<Case> cases;
  for (const Enum& e : enums) {
    std::vector<Case> these;
    for (const std::string& value : e.values) {
      these.push_back(ok_string(e.pointer + " = " + value, e.pointer, value));
    }
    for (const std::string& value : e.wrong) {
      these.push_back(bad_string(e.pointer + " = " + value, e.pointer, value, "AML104"));
    }
    these.push_back(bad_string(e.pointer + " = ''", e.pointer, "", "AML104"));
    these.push_back(bad_string(e.pointer + " with a trailing space", e.pointer,
                               e.values.front() + " ", "AML104"));
    append(cases, on(e.base, std::move(these)));
  }
  // "mean" is nearest to 'min' by spelling, but a user who writes it wants 'avg'.
  cases.push_back(on_base(
      Base::time_series,
      worded(bad_string("aggregation mean (message)", kAggregation + "/price", "mean", "AML104"),
             constraint("'mean'", kAggregation + "/price",
                        "Member must satisfy enum value set: [sum, avg, first, "
                        "min, max]"),
             "did you mean 'avg'?")));
  cases.push_back(worded(bad_string("problem type MultiClass (message)", kTab + "/ProblemType",
                                    "MultiClassClassification", "AML104"),
                         constraint("'MultiClassClassification'", kTab + "/ProblemType",
                                    "Member must satisfy enum value set: [BinaryClassification, "
                                    "MulticlassClassification, Regression]"),
                         "did you mean 'MulticlassClassification'?"));
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Numbers.
//
// Rows: CompletionCriteria/MaxCandidates, /MaxRuntimePerTrainingJobInSeconds,
// /MaxAutoMLJobRuntimeInSeconds of all five problem types; ForecastHorizon;
// /DataSplitConfig/ValidationFraction (documented open interval: AML301).

std::vector<Case> number_cases() {
  const std::vector<std::pair<Base, std::string>> criteria = {
      {Base::tabular, kTab + "/CompletionCriteria"},
      {Base::time_series, kTs + "/CompletionCriteria"},
      {Base::text_generation, kTg + "/CompletionCriteria"},
      {Base::text_classification, kTc + "/CompletionCriteria"},
      {Base::image_classification, kIc + "/CompletionCriteria"},
  };
  std::vector<Case> cases;
  for (const auto& [base, object] : criteria) {
    const std::string candidates = object + "/MaxCandidates";
    const std::string per_job = object + "/MaxRuntimePerTrainingJobInSeconds";
    const std::string total = object + "/MaxAutoMLJobRuntimeInSeconds";
    append(cases,
           on(base, {
                        // MaxCandidates: integer 1..750.
                        ok("max candidates 1", candidates, "1"),
                        ok("max candidates 750", candidates, "750"),
                        bad("max candidates 0", candidates, "0", "AML107"),
                        bad("max candidates 751", candidates, "751", "AML107"),
                        bad("max candidates -1", candidates, "-1", "AML107"),
                        // No model max: a Java int, 1..2147483647.
                        ok("per-job runtime 1", per_job, "1"),
                        ok("per-job runtime int32 max", per_job, "2147483647"),
                        bad("per-job runtime 0", per_job, "0", "AML107"),
                        bad("per-job runtime int32 max + 1", per_job, "2147483648", "AML107"),
                        ok("job runtime 1", total, "1"),
                        ok("job runtime int32 max", total, "2147483647"),
                        bad("job runtime 0", total, "0", "AML107"),
                        bad("job runtime int32 max + 1", total, "2147483648", "AML107"),
                        bad("job runtime -2147483649", total, "-2147483649", "AML107"),
                    }));
  }
  append(
      cases,
      on(Base::time_series,
         {
             // ForecastHorizon: integer, min 1, no model max (a Java int).
             ok("horizon 1", kHorizon, "1"),
             ok("horizon int32 max", kHorizon, "2147483647"),
             worded(bad("horizon 0", kHorizon, "0", "AML107"),
                    constraint("0", kHorizon, "Member must have value greater than or equal to 1"),
                    ""),
             bad("horizon -14", kHorizon, "-14", "AML107"),
             worded(bad("horizon int32 max + 1", kHorizon, "2147483648", "AML107"),
                    constraint("2147483648", kHorizon,
                               "Member must have value less than or equal to 2147483647"),
                    ""),
             bad("horizon beyond uint64", kHorizon, "99999999999999999999", "AML107"),
             bad("horizon below int64", kHorizon, "-99999999999999999999", "AML107"),
         }));
  append(cases,
         on(Base::tabular,
            {
                // ValidationFraction: shape [0, 1]; documented 0 < x < 1 (AML301 replaces the
                // shape range, schemas/doc-limits.json).
                ok("fraction 0.5", kFraction, "0.5"),
                ok("fraction 0.0001", kFraction, "0.0001"),
                ok("fraction 0.9999", kFraction, "0.9999"),
                ok("fraction 1e-9", kFraction, "1e-9"),
                worded(bad("fraction 0", kFraction, "0", "AML301"),
                       constraint("0", kFraction,
                                  "ValidationFraction must be greater than 0 (the documented "
                                  "bound; the ValidationFraction shape allows 0)"),
                       ""),
                bad("fraction 0.0", kFraction, "0.0", "AML301"),
                worded(bad("fraction 1.0", kFraction, "1.0", "AML301"),
                       constraint("1.0", kFraction,
                                  "ValidationFraction must be less than 1 (the documented bound; "
                                  "the ValidationFraction shape allows 1)"),
                       ""),
                bad("fraction 1", kFraction, "1", "AML301"),
                bad("fraction -0.1", kFraction, "-0.1", "AML301"),
                bad("fraction 1.5", kFraction, "1.5", "AML301"),
            }));
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Types (AML103): a value of the wrong JSON type is reported once, as a type error, even when it
// would also fail an enum, a pattern or a range.
//
// Rows: the three boolean rows (GenerateCandidateDefinitionsOnly,
// EnableInterContainerTrafficEncryption, AutoGenerateEndpointName) and AcceptEula, plus one
// member of every other kind.

std::vector<Case> type_cases() {
  std::vector<Case> cases = on(
      Base::tabular,
      {
          // Booleans.
          ok("boolean true", kTab + "/GenerateCandidateDefinitionsOnly", "true"),
          ok("boolean false", kSecurity + "/EnableInterContainerTrafficEncryption", "false"),
          edits("boolean true (deploy, without an endpoint name)",
                {drop("/ModelDeployConfig/EndpointName"),
                 set("/ModelDeployConfig/AutoGenerateEndpointName", "true")}),
          bad("boolean as string \"false\"", kTab + "/GenerateCandidateDefinitionsOnly",
              R"("false")", "AML103"),
          bad("boolean as 0", kTab + "/GenerateCandidateDefinitionsOnly", "0", "AML103"),
          bad("boolean as string \"true\"", kSecurity + "/EnableInterContainerTrafficEncryption",
              R"("true")", "AML103"),
          bad("boolean as 1", "/ModelDeployConfig/AutoGenerateEndpointName", "1", "AML103"),
          bad("boolean as null", "/ModelDeployConfig/AutoGenerateEndpointName", "null", "AML103"),
          // Integers must be JSON integers.
          bad("integer as string", kTab + "/CompletionCriteria/MaxCandidates", R"("10")", "AML103"),
          bad("integer as 10.0", kTab + "/CompletionCriteria/MaxCandidates", "10.0", "AML103"),
          bad("integer as 1e1", kTab + "/CompletionCriteria/MaxCandidates", "1e1", "AML103"),
          // Numbers.
          bad("number as string", kFraction, R"("0.2")", "AML103"),
          bad("number as true", kFraction, "true", "AML103"),
          // Strings (including enum strings: only the type is reported).
          bad("string as number (job name)", "/AutoMLJobName", "5", "AML103"),
          bad("string as number (emr role)", kEmrRole, "123456789012", "AML103"),
          bad("enum string as number", kTab + "/ProblemType", "1", "AML103"),
          bad("enum string as list", kTab + "/Mode", R"(["AUTO"])", "AML103"),
          bad("string as list (target)", kTab + "/TargetAttributeName", R"(["churned"])", "AML103"),
          bad("string as null (tag value)", "/Tags/0/Value", "null", "AML103"),
          // Lists given as objects or scalars.
          worded(bad("list as object (channels)", "/AutoMLJobInputDataConfig",
                     R"({"DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
                         "S3Uri": "s3://acme-ml-data/churn/train/"}}})",
                     "AML103"),
                 constraint("{...} (an object with 1 key)", "/AutoMLJobInputDataConfig",
                            "Member must be a list (found an object)"),
                 "wrap the object in a list: [ {...} ]"),
          bad("list as object (tags)", "/Tags", R"({"Key": "a", "Value": "b"})", "AML103"),
          bad("list as string (subnets)", kVpc + "/Subnets", R"("subnet-0123456789abcdef0")",
              "AML103"),
          bad("list as object (algorithms config)", kTabAlgorithms,
              R"({"AutoMLAlgorithms": ["xgboost"]})", "AML103"),
          // Objects given as lists or scalars.
          bad("object as list (output)", "/OutputDataConfig", "[]", "AML103"),
          bad("object as string (objective)", "/AutoMLJobObjective", R"("F1")", "AML103"),
          bad("object as number (data split)", "/DataSplitConfig", "0.2", "AML103"),
          bad("object as list (security)", kSecurity, "[]", "AML103"),
          bad("object as string (compute)", "/AutoMLComputeConfig", R"("EMR")", "AML103"),
          bad("object as list (emr)", kEmr, R"(["arn:aws:iam::123456789012:role/R"])", "AML103"),
          bad("object as list (deploy)", "/ModelDeployConfig", "[]", "AML103"),
          bad("object as list (channel)", kChannel, "[]", "AML103"),
          bad("object as string (data source)", kChannel + "/DataSource", R"("s3://b/k")",
              "AML103"),
          bad("object as list (tabular config)", kTab, R"([{"TargetAttributeName": "y"}])",
              "AML103"),
          bad("object as list (criteria)", kTab + "/CompletionCriteria", "[10]", "AML103"),
          bad("object as string (candidate generation)", kTab + "/CandidateGenerationConfig",
              R"("xgboost")", "AML103"),
          bad("object as list (problem config)", kProblem,
              R"([{"TabularJobConfig": {"TargetAttributeName": "churned"}}])", "AML103"),
          bad("object as string (problem config)", kProblem, R"("TabularJobConfig")", "AML103"),
          bad("object as null (problem config)", kProblem, "null", "AML103"),
      });
  append(
      cases,
      on(Base::time_series,
         {
             worded(bad("integer as string (horizon)", kHorizon, R"("14")", "AML103"),
                    constraint("'14'", kHorizon, "Member must be an integer (found a string)"),
                    "write 14 without quotes"),
             worded(bad("integer as 14.0 (horizon)", kHorizon, "14.0", "AML103"),
                    constraint("14.0", kHorizon,
                               "Member must be an integer (a whole number without a decimal "
                               "point)"),
                    ""),
             bad("integer as 14.5 (horizon)", kHorizon, "14.5", "AML103"),
             bad("string as number (frequency)", kFrequency, "1", "AML103"),
             bad("string as number (country)", kCountry, "49", "AML103"),
             bad("string as number (ts target)", kTsConfig + "/TargetAttributeName", "5", "AML103"),
             bad("list as string (quantiles)", kQuantiles, R"("p50")", "AML103"),
             bad("string as number (quantile)", kQuantiles + "/0", "0.5", "AML103"),
             bad("list as string (grouping)", kTsConfig + "/GroupingAttributeNames",
                 R"("store_id")", "AML103"),
             bad("list as object (holidays)", kTs + "/HolidayConfig", R"({"CountryCode": "US"})",
                 "AML103"),
             bad("object as string (time series config)", kTsConfig, R"("item_id")", "AML103"),
             bad("object as list (transformations)", kTs + "/Transformations", "[]", "AML103"),
             bad("map as list (filling)", kFilling, R"([{"demand": {"frontfill": "none"}}])",
                 "AML103"),
             bad("map as string (filling of a column)", kFilling + "/demand", R"("zero")",
                 "AML103"),
             bad("map value as number (filling value)", kFilling + "/price/middlefill_value", "0",
                 "AML103"),
             bad("map as list (aggregation)", kAggregation, R"(["sum"])", "AML103"),
             bad("map value as number (aggregation)", kAggregation + "/demand", "1", "AML103"),
         }));
  append(
      cases,
      on(Base::text_generation,
         {
             ok("boolean false (eula)", kEula, "false"),
             worded(bad("boolean as string (eula)", kEula, R"("true")", "AML103"),
                    constraint("'true'", kEula, "Member must be a boolean (found a string)"),
                    "write true without quotes"),
             bad("boolean as 1 (eula)", kEula, "1", "AML103"),
             bad("object as boolean (model access)", kTg + "/ModelAccessConfig", "true", "AML103"),
             bad("string as number (base model)", kTg + "/BaseModelName", "7", "AML103"),
             worded(
                 bad("map value as number (hyperparameter)", kHyper + "/epochCount", "3", "AML103"),
                 constraint("3", kHyper + "/epochCount",
                            "Member must be a string (found an integer)"),
                 "put the value in double quotes"),
             bad("map value as boolean (hyperparameter)", kHyper + "/epochCount", "true", "AML103"),
             bad("map as list (hyperparameters)", kHyper, R"([{"epochCount": "3"}])", "AML103"),
         }));
  append(cases, on(Base::text_classification,
                   {
                       bad("string as list (content column)", kTc + "/ContentColumn",
                           R"(["review_text"])", "AML103"),
                       bad("integer as string (criteria)",
                           kTc + "/CompletionCriteria/MaxCandidates", R"("1")", "AML103"),
                   }));
  append(
      cases,
      on(Base::image_classification,
         {
             bad("object as list (image config)", kIc, "[]", "AML103"),
             bad("object as number (image criteria)", kIc + "/CompletionCriteria", "1", "AML103"),
         }));
  return cases;
}

// ---------------------------------------------------------------------------------------------
// List sizes (AML108).
//
// Rows: /AutoMLJobInputDataConfig (1..2); /Tags (0..50); SecurityGroupIds (1..5); Subnets
// (1..16); ForecastQuantiles (1..5); GroupingAttributeNames (1..5); HolidayConfig (1..1); both
// AlgorithmsConfig (0..1) and both AutoMLAlgorithms (0..11).

std::vector<Case> list_size_cases() {
  const std::string training = R"({"ChannelType": "training", "ContentType": "text/csv",
      "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme/train/"}}})";
  const std::string validation = R"({"ChannelType": "validation", "ContentType": "text/csv",
      "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme/valid/"}}})";
  auto tags = [](std::size_t count) {
    return list_of(count, [](std::size_t i) {
      return R"({"Key": "key-)" + std::to_string(i) + R"(", "Value": "v"})";
    });
  };
  auto strings = [](std::string_view prefix, std::size_t count) {
    return list_of(count, [prefix](std::size_t i) { return json_string(numbered(prefix, i)); });
  };
  const std::vector<std::string> all_algorithms = {
      "xgboost",     "linear-learner", "mlp",    "lightgbm", "catboost", "randomforest",
      "extra-trees", "nn-torch",       "fastai", "cnn-qr",   "deepar",   "prophet"};
  auto algorithms = [&](std::size_t count) {
    return list_of(count, [&](std::size_t i) { return json_string(all_algorithms.at(i)); });
  };
  const std::vector<std::string> quantile_values = {"p10", "p25", "p50", "p75", "p90", "p95"};
  auto quantiles = [&](std::size_t count) {
    return list_of(count, [&](std::size_t i) { return json_string(quantile_values.at(i)); });
  };
  // A validation channel and ValidationFraction exclude each other (a semantic rule); the
  // two-channel cases drop the fraction so they stay realistic.
  auto channels = [&](std::string json) {
    return std::vector<Edit>{set("/AutoMLJobInputDataConfig", std::move(json)),
                             drop("/DataSplitConfig")};
  };
  std::vector<Case> cases = on(
      Base::tabular,
      {
          worded(bad("channels: 0", "/AutoMLJobInputDataConfig", "[]", "AML108"),
                 "Value with 0 items at /AutoMLJobInputDataConfig failed to satisfy constraint: "
                 "Member must have length greater than or equal to 1",
                 ""),
          ok("channels: 1", "/AutoMLJobInputDataConfig", "[" + training + "]"),
          edits("channels: 2", channels("[" + training + "," + validation + "]")),
          edits("channels: 3", channels("[" + training + "," + validation + "," + validation + "]"),
                "AML108", "/AutoMLJobInputDataConfig"),
          ok("tags: 0", "/Tags", "[]"),
          ok("tags: 50", "/Tags", tags(50)),
          worded(bad("tags: 51", "/Tags", tags(51), "AML108"),
                 "Value with 51 items at /Tags failed to satisfy constraint: Member must have "
                 "length less than or equal to 50",
                 ""),
          bad("security groups: 0", kVpc + "/SecurityGroupIds", "[]", "AML108"),
          ok("security groups: 1", kVpc + "/SecurityGroupIds", strings("sg-", 1)),
          ok("security groups: 5", kVpc + "/SecurityGroupIds", strings("sg-", 5)),
          bad("security groups: 6", kVpc + "/SecurityGroupIds", strings("sg-", 6), "AML108"),
          bad("subnets: 0", kVpc + "/Subnets", "[]", "AML108"),
          ok("subnets: 1", kVpc + "/Subnets", strings("subnet-", 1)),
          ok("subnets: 16", kVpc + "/Subnets", strings("subnet-", 16)),
          bad("subnets: 17", kVpc + "/Subnets", strings("subnet-", 17), "AML108"),
          ok("tabular algorithms config: 0", kTabAlgorithms, "[]"),
          ok("tabular algorithms config: 1", kTabAlgorithms, R"([{"AutoMLAlgorithms": ["mlp"]}])"),
          bad("tabular algorithms config: 2", kTabAlgorithms,
              R"([{"AutoMLAlgorithms": ["xgboost"]}, {"AutoMLAlgorithms": ["mlp"]}])", "AML108"),
          ok("tabular algorithms: 0", kTabAlgorithms + "/0/AutoMLAlgorithms", "[]"),
          ok("tabular algorithms: 11", kTabAlgorithms + "/0/AutoMLAlgorithms", algorithms(11)),
          bad("tabular algorithms: 12", kTabAlgorithms + "/0/AutoMLAlgorithms", algorithms(12),
              "AML108"),
      });
  append(
      cases,
      on(Base::time_series,
         {
             bad("quantiles: 0", kQuantiles, "[]", "AML108"),
             ok("quantiles: 1", kQuantiles, quantiles(1)),
             ok("quantiles: 5", kQuantiles, quantiles(5)),
             worded(bad("quantiles: 6", kQuantiles, quantiles(6), "AML108"),
                    "Value with 6 items at " + kQuantiles +
                        " failed to satisfy constraint: Member must have length less than or "
                        "equal to 5",
                    ""),
             bad("grouping names: 0", kTsConfig + "/GroupingAttributeNames", "[]", "AML108"),
             ok("grouping names: 1", kTsConfig + "/GroupingAttributeNames", strings("group_", 1)),
             ok("grouping names: 5", kTsConfig + "/GroupingAttributeNames", strings("group_", 5)),
             bad("grouping names: 6", kTsConfig + "/GroupingAttributeNames", strings("group_", 6),
                 "AML108"),
             bad("holidays: 0", kTs + "/HolidayConfig", "[]", "AML108"),
             ok("holidays: 1", kTs + "/HolidayConfig", R"([{"CountryCode": "DE"}])"),
             bad("holidays: 2", kTs + "/HolidayConfig",
                 R"([{"CountryCode": "US"}, {"CountryCode": "CA"}])", "AML108"),
             ok("ts algorithms config: 0", kTsAlgorithms, "[]"),
             ok("ts algorithms config: 1", kTsAlgorithms,
                R"([{"AutoMLAlgorithms": ["npts", "ets"]}])"),
             bad("ts algorithms config: 2", kTsAlgorithms,
                 R"([{"AutoMLAlgorithms": ["npts"]}, {"AutoMLAlgorithms": ["ets"]}])", "AML108"),
             ok("ts algorithms: 0", kTsAlgorithms + "/0/AutoMLAlgorithms", "[]"),
             ok("ts algorithms: 11", kTsAlgorithms + "/0/AutoMLAlgorithms", algorithms(11)),
             bad("ts algorithms: 12", kTsAlgorithms + "/0/AutoMLAlgorithms", algorithms(12),
                 "AML108"),
         }));
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Maps: sizes (AML109), keys (AML111), values (the value shape's own rules).
//
// Rows: Transformations/Filling (1..50 columns, column names 1..256); Filling/{key} (1..6
// methods, FillingType keys); Filling/{key}/{key} (FillingTransformationValue);
// Transformations/Aggregation (1..50 columns, names 1..256); Aggregation/{key} (enum: see
// "enums"); TextGenerationHyperParameters (0..30 keys, key 0..32 matching [a-zA-Z0-9._-]+);
// TextGenerationHyperParameters/{key} (TextGenerationHyperParameterValue).

std::vector<Case> map_cases() {
  auto columns = [](std::size_t count, std::string value) {
    return object_of(
        count, [](std::size_t i) { return numbered("column_", i); },
        [value](std::size_t) { return value; });
  };
  const std::string fill = R"({"middlefill": "zero"})";
  const std::vector<std::string> methods = {"frontfill",      "middlefill",      "backfill",
                                            "futurefill",     "frontfill_value", "middlefill_value",
                                            "backfill_value", "futurefill_value"};
  auto fill_methods = [&](std::size_t count) {
    return object_of(
        count, [&](std::size_t i) { return methods.at(i); },
        [&](std::size_t i) { return json_string(i < 4 ? "value" : "0"); });
  };
  auto hyperparameters = [](std::size_t count) {
    return object_of(
        count, [](std::size_t i) { return numbered("param", i); },
        [](std::size_t i) { return json_string(std::to_string(i)); });
  };
  const std::string map_key_enum =
      "Member must satisfy enum value set: [frontfill, middlefill, backfill, futurefill, "
      "frontfill_value, middlefill_value, backfill_value, futurefill_value]";
  std::vector<Case> cases;
  append(
      cases,
      on(Base::time_series,
         {
             // Filling: 1..50 columns.
             worded(bad("filling: 0 columns", kFilling, "{}", "AML109"),
                    "Value with 0 keys at " + kFilling +
                        " failed to satisfy constraint: Member must have length greater than or "
                        "equal to 1",
                    ""),
             ok("filling: 1 column", kFilling, columns(1, fill)),
             ok("filling: 50 columns", kFilling, columns(50, fill)),
             bad("filling: 51 columns", kFilling, columns(51, fill), "AML109"),
             // Filling column names (TransformationAttributeName): 1..256, any characters.
             ok("filling column name 1 char", kFilling + "/x", fill),
             ok("filling column name 256 chars", kFilling + "/" + sized("c", 256), fill),
             ok("filling column name 256 two-byte chars", kFilling + "/" + repeat("\xC3\xA9", 256),
                fill),
             ok("filling column name with / and ~", kFilling + "/unit~1price~0eur", fill),
             worded(edits("filling column name 257 chars",
                          {set(kFilling + "/" + sized("c", 257), fill)}, "AML111",
                          kFilling + "/" + sized("c", 257)),
                    "Key '" + sized("c", 64) + "...' at " + kFilling +
                        " failed to satisfy constraint: Member must have length less than or "
                        "equal to 256",
                    "the key has 257 characters"),
             edits("filling column name 257 two-byte chars",
                   {set(kFilling + "/" + repeat("\xC3\xA9", 257), fill)}, "AML111",
                   kFilling + "/" + repeat("\xC3\xA9", 257)),
             edits("filling column name empty", {set(kFilling, R"({"": {"middlefill": "zero"}})")},
                   "AML111", kFilling + "/"),
             // Filling methods of one column: 1..6 keys.
             bad("filling methods: 0", kFilling + "/demand", "{}", "AML109"),
             ok("filling methods: 1", kFilling + "/demand", fill_methods(1)),
             ok("filling methods: 6", kFilling + "/demand", fill_methods(6)),
             worded(bad("filling methods: 7", kFilling + "/demand", fill_methods(7), "AML109"),
                    "Value with 7 keys at " + kFilling +
                        "/demand failed to satisfy constraint: Member must have length less than "
                        "or equal to 6",
                    ""),
             edits("filling methods: 7 (the base's six plus one)",
                   {set(kFilling + "/price/frontfill", R"("none")")}, "AML109",
                   kFilling + "/price"),
         }));
  // FillingType keys: exactly the eight names.
  std::vector<Case> keys;
  for (const std::string& method : methods) {
    keys.push_back(ok_string("filling key " + method, kFilling + "/demand/" + method,
                             method.ends_with("_value") ? "0" : "zero"));
  }
  for (std::string_view key : {"FrontFill", "frontFill", "front_fill", "frontfill-value",
                               "frontfill_Value", "fill", "frontfill ", "middle"}) {
    keys.push_back(edits("filling key " + std::string(key),
                         {set(kFilling + "/demand/" + std::string(key), R"("zero")")}, "AML111",
                         kFilling + "/demand/" + std::string(key)));
  }
  keys.push_back(edits("filling key empty", {set(kFilling + "/demand", R"({"": "zero"})")},
                       "AML111", kFilling + "/demand/"));
  keys.push_back(worded(
      edits("filling key middleFill (message)",
            {set(kFilling + "/demand/middleFill", R"("zero")"),
             drop(kFilling + "/demand/middlefill")},
            "AML111", kFilling + "/demand/middleFill"),
      "Key 'middleFill' at " + kFilling + "/demand failed to satisfy constraint: " + map_key_enum,
      "did you mean 'middlefill'?"));
  keys.push_back(edits("filling key in a column whose name needs escaping",
                       {set(kFilling + "/unit~1price", R"({"Backfill": "zero"})")}, "AML111",
                       kFilling + "/unit~1price/Backfill"));
  append(cases, on(Base::time_series, std::move(keys)));
  append(
      cases,
      on(Base::time_series,
         {
             // Filling values (FillingTransformationValue): 1..256, [a-zA-Z0-9\_\-]+.
             ok_string("filling value zero", kFilling + "/demand/middlefill", "zero"),
             ok_string("filling value median", kFilling + "/demand/middlefill", "median"),
             ok_string("filling value -1", kFilling + "/price/middlefill_value", "-1"),
             ok_string("filling value 1e-3", kFilling + "/price/middlefill_value", "1e-3"),
             ok_string("filling value 256 chars", kFilling + "/price/middlefill_value",
                       sized("9", 256)),
             bad_string("filling value 257 chars", kFilling + "/price/middlefill_value",
                        sized("9", 257), "AML105"),
             bad_string("filling value empty", kFilling + "/price/middlefill_value", "", "AML105"),
             worded(bad_string("filling value 0.5", kFilling + "/price/middlefill_value", "0.5",
                               "AML106"),
                    constraint("'0.5'", kFilling + "/price/middlefill_value",
                               "Member must satisfy regular expression pattern: "
                               "[a-zA-Z0-9\\_\\-]+"),
                    ""),
             bad_string("filling value with a space suffix", kFilling + "/demand/middlefill",
                        "zero ", "AML106"),
             bad_string("filling value n/a", kFilling + "/demand/middlefill", "n/a", "AML106"),
             bad_string("filling value non-ASCII", kFilling + "/demand/middlefill", "n\xC3\xBCll",
                        "AML106"),
             // Aggregation: 1..50 columns, names 1..256.
             bad("aggregation: 0 columns", kAggregation, "{}", "AML109"),
             ok("aggregation: 1 column", kAggregation, columns(1, R"("sum")")),
             ok("aggregation: 50 columns", kAggregation, columns(50, R"("max")")),
             bad("aggregation: 51 columns", kAggregation, columns(51, R"("max")"), "AML109"),
             ok_string("aggregation column name 256 chars", kAggregation + "/" + sized("c", 256),
                       "first"),
             ok_string("aggregation column name 256 four-byte chars",
                       kAggregation + "/" + repeat("\xF0\x9F\x93\xA6", 256), "first"),
             edits("aggregation column name 257 chars",
                   {set(kAggregation + "/" + sized("c", 257), R"("first")")}, "AML111",
                   kAggregation + "/" + sized("c", 257)),
             edits("aggregation column name empty", {set(kAggregation, R"({"": "sum"})")}, "AML111",
                   kAggregation + "/"),
         }));
  append(
      cases,
      on(Base::text_generation,
         {
             // TextGenerationHyperParameters: 0..30 keys.
             ok("hyperparameters: 0", kHyper, "{}"),
             ok("hyperparameters: 30", kHyper, hyperparameters(30)),
             bad("hyperparameters: 31", kHyper, hyperparameters(31), "AML109"),
             // Keys: max 32 and [a-zA-Z0-9._-]+ (min 0, but the pattern needs one character).
             ok_string("hyperparameter key 1 char", kHyper + "/e", "1"),
             ok_string("hyperparameter key 32 chars", kHyper + "/" + sized("k", 32), "1"),
             ok_string("hyperparameter key with . _ -", kHyper + "/learning_rate.warm-up", "1"),
             worded(edits("hyperparameter key 33 chars",
                          {set(kHyper + "/" + sized("k", 33), R"("1")")}, "AML111",
                          kHyper + "/" + sized("k", 33)),
                    "Key '" + sized("k", 33) + "' at " + kHyper +
                        " failed to satisfy constraint: Member must have length less than or "
                        "equal to 32",
                    "the key has 33 characters"),
             worded(
                 edits("hyperparameter key with a space", {set(kHyper + "/epoch count", R"("3")")},
                       "AML111", kHyper + "/epoch count"),
                 "Key 'epoch count' at " + kHyper +
                     " failed to satisfy constraint: Member must satisfy regular expression "
                     "pattern: [a-zA-Z0-9._-]+",
                 ""),
             edits("hyperparameter key empty", {set(kHyper, R"({"": "3"})")}, "AML111",
                   kHyper + "/"),
             edits("hyperparameter key with a suffix", {set(kHyper + "/epochCount:", R"("3")")},
                   "AML111", kHyper + "/epochCount:"),
             edits("hyperparameter key non-ASCII", {set(kHyper + "/\xC3\xA9poque", R"("3")")},
                   "AML111", kHyper + "/\xC3\xA9poque"),
             edits("hyperparameter key with /", {set(kHyper + "/lr~1warmup", R"("3")")}, "AML111",
                   kHyper + "/lr~1warmup"),
             // Values (TextGenerationHyperParameterValue): max 16 and [a-zA-Z0-9._-]+ (min 0,
             // but the pattern needs one character).
             ok_string("hyperparameter value 1e-5", kHyper + "/learningRate", "1e-5"),
             ok_string("hyperparameter value true", kHyper + "/epochCount", "true"),
             ok_string("hyperparameter value 16 chars", kHyper + "/learningRate",
                       "0.00000000000001"),
             bad_string("hyperparameter value 17 chars", kHyper + "/learningRate",
                        "0.000000000000001", "AML105"),
             bad_string("hyperparameter value empty", kHyper + "/epochCount", "", "AML106"),
             worded(bad_string("hyperparameter value with a space suffix", kHyper + "/epochCount",
                               "3 ", "AML106"),
                    constraint("'3 '", kHyper + "/epochCount",
                               "Member must satisfy regular expression pattern: [a-zA-Z0-9._-]+"),
                    ""),
             bad_string("hyperparameter value 3,5", kHyper + "/epochCount", "3,5", "AML106"),
             bad_string("hyperparameter value +1", kHyper + "/epochCount", "+1", "AML106"),
             bad_string("hyperparameter value non-ASCII", kHyper + "/epochCount", "dr\xC3\xA9i",
                        "AML106"),
         }));
  return cases;
}

// ---------------------------------------------------------------------------------------------
// The tagged union (AML110): exactly one member. An unknown member is AML101 (with a
// did-you-mean) and does not count as a member.
//
// Row: /AutoMLProblemTypeConfig (union: exactly one member).

std::vector<Case> union_cases() {
  const std::string ts_member = R"({"ForecastFrequency": "1D", "ForecastHorizon": 14,
      "TimeSeriesConfig": {"TargetAttributeName": "demand", "TimestampAttributeName": "timestamp",
                           "ItemIdentifierAttributeName": "item_id"}})";
  const std::string tabular_member = R"({"TargetAttributeName": "churned"})";
  std::vector<Case> cases = on(
      Base::tabular,
      {
          ok("exactly one member, written anew", kProblem,
             R"({"TabularJobConfig": {"TargetAttributeName": "churned"}})"),
          ok("exactly one member, another problem type", kProblem,
             R"({"TextClassificationJobConfig": {"ContentColumn": "text",
                 "TargetLabelColumn": "label"}})"),
          worded(bad("no member", kProblem, "{}", "AML110"),
                 kProblem + " sets no member; it must set exactly one of: " + kUnionMembers,
                 "add the configuration of the problem to solve, e.g. TabularJobConfig"),
          edits("the only member removed", {drop(kTab)}, "AML110", kProblem),
          worded(edits("two members", {set(kTs, ts_member)}, "AML110", kProblem),
                 kProblem +
                     " sets 2 members (TabularJobConfig, TimeSeriesForecastingJobConfig); it must "
                     "set exactly one of: " +
                     kUnionMembers,
                 "keep one of them: one job solves one problem, so make one request per problem"),
          edits("three members", {set(kTs, ts_member), set(kIc, "{}")}, "AML110", kProblem),
          edits("all five members",
                {set(kTs, ts_member), set(kIc, "{}"), set(kTg, "{}"),
                 set(kTc, R"({"ContentColumn": "text", "TargetLabelColumn": "label"})")},
                "AML110", kProblem),
          // Unknown members: AML101 with a hint, never AML110.
          worded(edits("only a misspelled member",
                       {set(kProblem, R"({"TabularJobConfg": {"TargetAttributeName": "y"}})")},
                       "AML101", kProblem + "/TabularJobConfg"),
                 "Unknown parameter 'TabularJobConfg' in " + kProblem +
                     ", must be one of: " + kUnionMembers,
                 "did you mean 'TabularJobConfig'?"),
          edits("only a wrong-case member",
                {set(kProblem, R"({"tabularJobConfig": {"TargetAttributeName": "y"}})")}, "AML101",
                kProblem + "/tabularJobConfig"),
          edits("a known member and an unknown one", {set(kProblem + "/Extra", "{}")}, "AML101",
                kProblem + "/Extra"),
          edits("a known member and a misspelled second one",
                {set(kProblem + "/TimeSeriesForecastingConfig", ts_member)}, "AML101",
                kProblem + "/TimeSeriesForecastingConfig"),
      });
  append(cases,
         on(Base::image_classification,
            {
                ok("image classification with an empty member", kIc, "{}"),
                edits("an empty member and a second one",
                      {set(kTc, R"({"ContentColumn": "text", "TargetLabelColumn": "label"})")},
                      "AML110", kProblem),
            }));
  append(cases, on(Base::time_series, {edits("two members, from time series",
                                             {set(kTab, tabular_member)}, "AML110", kProblem)}));
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Required members (AML102) at every level; optional members may go.
//
// Rows: every "required" row of the table.

std::vector<Case> required_cases() {
  const std::vector<std::pair<Base, std::vector<std::string>>> required = {
      {Base::tabular,
       {"/AutoMLJobName", "/AutoMLJobInputDataConfig", "/OutputDataConfig", kProblem, "/RoleArn",
        kChannel + "/DataSource/S3DataSource", kS3Source + "/S3DataType", kS3Source + "/S3Uri",
        "/OutputDataConfig/S3OutputPath", "/AutoMLJobObjective/MetricName",
        kVpc + "/SecurityGroupIds", kVpc + "/Subnets", "/Tags/0/Key", "/Tags/1/Value", kEmrRole,
        kTab + "/TargetAttributeName", kTabAlgorithms + "/0/AutoMLAlgorithms"}},
      {Base::time_series,
       {kFrequency, kHorizon, kTsConfig, kTsConfig + "/TargetAttributeName",
        kTsConfig + "/TimestampAttributeName", kTsConfig + "/ItemIdentifierAttributeName",
        kTsAlgorithms + "/0/AutoMLAlgorithms"}},
      {Base::text_classification, {kTc + "/ContentColumn", kTc + "/TargetLabelColumn"}},
      {Base::text_generation, {kEula}},
  };
  std::vector<Case> cases;
  for (const auto& [base, pointers] : required) {
    for (const std::string& pointer : pointers) {
      cases.push_back(
          on_base(base, edits("remove " + pointer, {drop(pointer)}, "AML102", pointer)));
    }
  }
  cases.push_back(on_base(
      Base::time_series,
      worded(edits("remove ForecastHorizon (message)", {drop(kHorizon)}, "AML102", kHorizon),
             "Value null at " + kHorizon + " failed to satisfy constraint: Member must not be null",
             "add the required key 'ForecastHorizon' to " + kTs)));
  // Optional members may go (each one alone).
  const std::vector<std::pair<Base, std::vector<std::string>>> optional = {
      {Base::tabular,
       {"/Tags",
        kSecurity,
        "/AutoMLJobObjective",
        "/ModelDeployConfig",
        "/DataSplitConfig",
        "/AutoMLComputeConfig",
        kEmr,
        kChannel + "/ChannelType",
        kChannel + "/ContentType",
        kChannel + "/CompressionType",
        kChannel + "/DataSource",
        "/OutputDataConfig/KmsKeyId",
        kVpc,
        kSecurity + "/VolumeKmsKeyId",
        kSecurity + "/EnableInterContainerTrafficEncryption",
        "/ModelDeployConfig/EndpointName",
        "/ModelDeployConfig/AutoGenerateEndpointName",
        kFraction,
        kTab + "/CandidateGenerationConfig",
        kTabAlgorithms,
        kTab + "/CompletionCriteria",
        kTab + "/CompletionCriteria/MaxCandidates",
        kTab + "/CompletionCriteria/MaxRuntimePerTrainingJobInSeconds",
        kTab + "/CompletionCriteria/MaxAutoMLJobRuntimeInSeconds",
        kTab + "/FeatureSpecificationS3Uri",
        kTab + "/Mode",
        kTab + "/GenerateCandidateDefinitionsOnly",
        kTab + "/ProblemType",
        kTab + "/SampleWeightAttributeName"}},
      {Base::time_series,
       {kTs + "/FeatureSpecificationS3Uri", kTs + "/CompletionCriteria", kQuantiles,
        kTs + "/Transformations", kFilling, kAggregation, kTsConfig + "/GroupingAttributeNames",
        kTs + "/HolidayConfig", kCountry, kTs + "/CandidateGenerationConfig", kTsAlgorithms}},
      {Base::text_generation,
       {kTg + "/CompletionCriteria", kTg + "/BaseModelName", kHyper, kTg + "/ModelAccessConfig"}},
      {Base::text_classification, {kTc + "/CompletionCriteria"}},
      {Base::image_classification, {kIc + "/CompletionCriteria"}},
  };
  for (const auto& [base, pointers] : optional) {
    for (const std::string& pointer : pointers) {
      cases.push_back(on_base(base, edits("remove optional " + pointer, {drop(pointer)})));
    }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------
// Unknown members (AML101) at every object level. Map objects take any key that fits the key
// shape: an extra column is no unknown member.

std::vector<Case> unknown_member_cases() {
  const std::vector<std::pair<Base, std::vector<std::string>>> objects = {
      {Base::tabular,
       {"", kChannel, kChannel + "/DataSource", kS3Source, "/OutputDataConfig", kProblem, kTab,
        kTab + "/CandidateGenerationConfig", kTabAlgorithms + "/0", kTab + "/CompletionCriteria",
        "/Tags/1", kSecurity, kVpc, "/AutoMLJobObjective", "/ModelDeployConfig", "/DataSplitConfig",
        "/AutoMLComputeConfig", kEmr}},
      {Base::time_series,
       {kTs, kTs + "/CompletionCriteria", kTs + "/Transformations", kTsConfig,
        kTs + "/HolidayConfig/0", kTs + "/CandidateGenerationConfig", kTsAlgorithms + "/0"}},
      {Base::text_generation, {kTg, kTg + "/CompletionCriteria", kTg + "/ModelAccessConfig"}},
      {Base::text_classification, {kTc, kTc + "/CompletionCriteria"}},
      {Base::image_classification, {kIc, kIc + "/CompletionCriteria"}},
  };
  std::vector<Case> cases;
  for (const auto& [base, pointers] : objects) {
    for (const std::string& object : pointers) {
      cases.push_back(
          on_base(base, bad("unknown key in '" + object + "'", object + "/Extra", "1", "AML101")));
    }
  }
  append(cases,
         on(Base::tabular,
            {
                worded(bad("unknown key at the top level (message)", "/Extra", "1", "AML101"),
                       "Unknown parameter 'Extra' at the top level, must be one of: "
                       "AutoMLJobName, AutoMLJobInputDataConfig, OutputDataConfig, "
                       "AutoMLProblemTypeConfig, RoleArn, Tags, SecurityConfig, "
                       "AutoMLJobObjective, ModelDeployConfig, DataSplitConfig, "
                       "AutoMLComputeConfig",
                       ""),
                // Pointer escaping of odd key names (RFC 6901: '~' -> '~0', '/' -> '~1').
                bad("unknown key with / and ~", "/Foo~1Bar~0", "true", "AML101"),
                // Keys are case-sensitive.
                edits("misspelled optional key",
                      {drop(kFraction), set("/DataSplitConfig/ValidationFraktion", "0.2")},
                      "AML101", "/DataSplitConfig/ValidationFraktion"),
                // V1 members in a V2 request.
                bad("V1 ProblemType at the top level", "/ProblemType", R"("BinaryClassification")",
                    "AML101"),
                bad("V1 AutoMLJobConfig at the top level", "/AutoMLJobConfig", "{}", "AML101"),
                bad("V1 channel member TargetAttributeName", kChannel + "/TargetAttributeName",
                    R"("churned")", "AML101"),
            }));
  append(cases,
         on(Base::time_series,
            {
                // Map keys are column names or methods, not members.
                ok("an extra filling column", kFilling + "/Extra", R"({"frontfill": "none"})"),
                ok_string("an extra aggregation column", kAggregation + "/Extra", "sum"),
                edits("an unknown filling method is a key error, not an unknown member",
                      {set(kFilling + "/demand/Extra", R"("zero")")}, "AML111",
                      kFilling + "/demand/Extra"),
                // A required member misspelled: one AML101 with a hint, no separate AML102.
                edits("misspelled required ForecastFrequency",
                      {drop(kFrequency), set(kTs + "/ForecastFrequncy", R"("1D")")}, "AML101",
                      kTs + "/ForecastFrequncy"),
            }));
  append(cases,
         on(Base::text_generation, {ok_string("an extra hyperparameter", kHyper + "/Extra", "1")}));
  return cases;
}

/// Every table above, for the coverage check.
std::vector<Case> all_cases() {
  std::vector<Case> cases;
  for (auto* table : {top_level_length_cases, problem_length_cases, top_level_pattern_cases,
                      problem_pattern_cases, enum_cases, number_cases, type_cases, list_size_cases,
                      map_cases, union_cases, required_cases, unknown_member_cases}) {
    append(cases, table());
  }
  return cases;
}

/// Lints `base` with `edits` and returns the shape diagnostics.
std::vector<Diagnostic> lint_shape(Base base, const std::vector<Edit>& changes) {
  LintResult result = linter().lint_buffer(edited_request(base, changes), "request.json");
  CHECK_FALSE(result.input_failed);
  return shape_diagnostics(result);
}

// ---------------------------------------------------------------------------------------------
// Appendix B "V2 (CreateAutoMLJobV2Request)" of the rules catalog, copied verbatim (Markdown's
// `\|` unescaped): the pointer and the model constraint of each row.

struct Row {
  std::string_view pointer;
  std::string_view constraint;
};

constexpr Row kAppendixB[] = {
    {"/AutoMLJobName", R"row(string; min=1; max=32; pattern=[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31})row"},
    {"/AutoMLJobName", R"row(required)row"},
    {"/AutoMLJobInputDataConfig", R"row(minItems 1, maxItems 2)row"},
    {"/AutoMLJobInputDataConfig/*/ChannelType", R"row(string; enum=['training', 'validation'])row"},
    {"/AutoMLJobInputDataConfig/*/ContentType", R"row(string; min=0; max=256; pattern=.*)row"},
    {"/AutoMLJobInputDataConfig/*/CompressionType", R"row(string; enum=['None', 'Gzip'])row"},
    {"/AutoMLJobInputDataConfig/*/DataSource/S3DataSource/S3DataType",
     R"row(string; enum=['ManifestFile', 'S3Prefix', 'AugmentedManifestFile'])row"},
    {"/AutoMLJobInputDataConfig/*/DataSource/S3DataSource/S3DataType", R"row(required)row"},
    {"/AutoMLJobInputDataConfig/*/DataSource/S3DataSource/S3Uri",
     R"row(string; min=0; max=1024; pattern=(https|s3)://([^/]+)/?(.*))row"},
    {"/AutoMLJobInputDataConfig/*/DataSource/S3DataSource/S3Uri", R"row(required)row"},
    {"/AutoMLJobInputDataConfig/*/DataSource/S3DataSource", R"row(required)row"},
    {"/AutoMLJobInputDataConfig", R"row(required)row"},
    {"/OutputDataConfig/KmsKeyId", R"row(string; min=0; max=2048; pattern=[a-zA-Z0-9:/_-]*)row"},
    {"/OutputDataConfig/S3OutputPath",
     R"row(string; min=0; max=1024; pattern=(https|s3)://([^/]+)/?(.*))row"},
    {"/OutputDataConfig/S3OutputPath", R"row(required)row"},
    {"/OutputDataConfig", R"row(required)row"},
    {"/AutoMLProblemTypeConfig", R"row(union: exactly one member)row"},
    {"/AutoMLProblemTypeConfig/ImageClassificationJobConfig/CompletionCriteria/MaxCandidates",
     R"row(integer; min=1; max=750)row"},
    {"/AutoMLProblemTypeConfig/ImageClassificationJobConfig/CompletionCriteria/"
     "MaxRuntimePerTrainingJobInSeconds",
     R"row(integer; min=1)row"},
    {"/AutoMLProblemTypeConfig/ImageClassificationJobConfig/CompletionCriteria/"
     "MaxAutoMLJobRuntimeInSeconds",
     R"row(integer; min=1)row"},
    {"/AutoMLProblemTypeConfig/TextClassificationJobConfig/CompletionCriteria/MaxCandidates",
     R"row(integer; min=1; max=750)row"},
    {"/AutoMLProblemTypeConfig/TextClassificationJobConfig/CompletionCriteria/"
     "MaxRuntimePerTrainingJobInSeconds",
     R"row(integer; min=1)row"},
    {"/AutoMLProblemTypeConfig/TextClassificationJobConfig/CompletionCriteria/"
     "MaxAutoMLJobRuntimeInSeconds",
     R"row(integer; min=1)row"},
    {"/AutoMLProblemTypeConfig/TextClassificationJobConfig/ContentColumn",
     R"row(string; min=1; max=256)row"},
    {"/AutoMLProblemTypeConfig/TextClassificationJobConfig/ContentColumn", R"row(required)row"},
    {"/AutoMLProblemTypeConfig/TextClassificationJobConfig/TargetLabelColumn",
     R"row(string; min=1; max=256)row"},
    {"/AutoMLProblemTypeConfig/TextClassificationJobConfig/TargetLabelColumn", R"row(required)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/FeatureSpecificationS3Uri",
     R"row(string; min=0; max=1024; pattern=(https|s3)://([^/]+)/?(.*))row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CompletionCriteria/MaxCandidates",
     R"row(integer; min=1; max=750)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CompletionCriteria/"
     "MaxRuntimePerTrainingJobInSeconds",
     R"row(integer; min=1)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CompletionCriteria/"
     "MaxAutoMLJobRuntimeInSeconds",
     R"row(integer; min=1)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastFrequency",
     R"row(string; min=1; max=5; pattern=1Y|Y|([1-9]|1[0-1])M|M|[1-4]W|W|[1-6]D|D|([1-9]|1[0-9]|2[0-3])H|H|([1-9]|[1-5][0-9])min)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastFrequency",
     R"row(required)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastHorizon",
     R"row(integer; min=1)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastHorizon",
     R"row(required)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastQuantiles",
     R"row(minItems 1, maxItems 5)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastQuantiles/*",
     R"row(string; min=2; max=4; pattern=(^p[1-9]\d?$))row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling",
     R"row(minProperties 1, maxProperties 50, key min=1, key max=256)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/{key}",
     R"row(minProperties 1, maxProperties 6, key enum=['frontfill', 'middlefill', 'backfill', 'futurefill', 'frontfill_value', 'middlefill_value', 'backfill_value', 'futurefill_value'])row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/{key}/{key}",
     R"row(string; min=1; max=256; pattern=[a-zA-Z0-9\_\-]+)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Aggregation",
     R"row(minProperties 1, maxProperties 50, key min=1, key max=256)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Aggregation/{key}",
     R"row(string; enum=['sum', 'avg', 'first', 'min', 'max'])row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/TargetAttributeName",
     R"row(string; min=1)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/TargetAttributeName",
     R"row(required)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/"
     "TimestampAttributeName",
     R"row(string; min=1; max=256)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/"
     "TimestampAttributeName",
     R"row(required)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/"
     "ItemIdentifierAttributeName",
     R"row(string; min=1; max=256)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/"
     "ItemIdentifierAttributeName",
     R"row(required)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/"
     "GroupingAttributeNames",
     R"row(minItems 1, maxItems 5)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/"
     "GroupingAttributeNames/*",
     R"row(string; min=1; max=256)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig",
     R"row(required)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/HolidayConfig",
     R"row(minItems 1, maxItems 1)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/HolidayConfig/*/CountryCode",
     R"row(string; min=2; max=2; pattern=[A-Z]{2})row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CandidateGenerationConfig/"
     "AlgorithmsConfig",
     R"row(minItems 0, maxItems 1)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CandidateGenerationConfig/"
     "AlgorithmsConfig/*/AutoMLAlgorithms",
     R"row(minItems 0, maxItems 11)row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CandidateGenerationConfig/"
     "AlgorithmsConfig/*/AutoMLAlgorithms/*",
     R"row(string; enum=['xgboost', 'linear-learner', 'mlp', 'lightgbm', 'catboost', 'randomforest', 'extra-trees', 'nn-torch', 'fastai', 'cnn-qr', 'deepar', 'prophet', 'npts', 'arima', 'ets'])row"},
    {"/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CandidateGenerationConfig/"
     "AlgorithmsConfig/*/AutoMLAlgorithms",
     R"row(required)row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig/AlgorithmsConfig",
     R"row(minItems 0, maxItems 1)row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig/AlgorithmsConfig/*/"
     "AutoMLAlgorithms",
     R"row(minItems 0, maxItems 11)row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig/AlgorithmsConfig/*/"
     "AutoMLAlgorithms/*",
     R"row(string; enum=['xgboost', 'linear-learner', 'mlp', 'lightgbm', 'catboost', 'randomforest', 'extra-trees', 'nn-torch', 'fastai', 'cnn-qr', 'deepar', 'prophet', 'npts', 'arima', 'ets'])row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig/AlgorithmsConfig/*/"
     "AutoMLAlgorithms",
     R"row(required)row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/CompletionCriteria/MaxCandidates",
     R"row(integer; min=1; max=750)row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/CompletionCriteria/"
     "MaxRuntimePerTrainingJobInSeconds",
     R"row(integer; min=1)row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/CompletionCriteria/MaxAutoMLJobRuntimeInSeconds",
     R"row(integer; min=1)row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/FeatureSpecificationS3Uri",
     R"row(string; min=0; max=1024; pattern=(https|s3)://([^/]+)/?(.*))row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/Mode",
     R"row(string; enum=['AUTO', 'ENSEMBLING', 'HYPERPARAMETER_TUNING'])row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/GenerateCandidateDefinitionsOnly",
     R"row(boolean)row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/ProblemType",
     R"row(string; enum=['BinaryClassification', 'MulticlassClassification', 'Regression'])row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/TargetAttributeName", R"row(string; min=1)row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/TargetAttributeName", R"row(required)row"},
    {"/AutoMLProblemTypeConfig/TabularJobConfig/SampleWeightAttributeName",
     R"row(string; min=1; max=256; pattern=[a-zA-Z0-9_-]+)row"},
    {"/AutoMLProblemTypeConfig/TextGenerationJobConfig/CompletionCriteria/MaxCandidates",
     R"row(integer; min=1; max=750)row"},
    {"/AutoMLProblemTypeConfig/TextGenerationJobConfig/CompletionCriteria/"
     "MaxRuntimePerTrainingJobInSeconds",
     R"row(integer; min=1)row"},
    {"/AutoMLProblemTypeConfig/TextGenerationJobConfig/CompletionCriteria/"
     "MaxAutoMLJobRuntimeInSeconds",
     R"row(integer; min=1)row"},
    {"/AutoMLProblemTypeConfig/TextGenerationJobConfig/BaseModelName",
     R"row(string; min=1; max=256; pattern=[a-zA-Z0-9](-*[a-zA-Z0-9])*)row"},
    {"/AutoMLProblemTypeConfig/TextGenerationJobConfig/TextGenerationHyperParameters",
     R"row(minProperties 0, maxProperties 30, key min=0, key max=32, key pattern=[a-zA-Z0-9._-]+)row"},
    {"/AutoMLProblemTypeConfig/TextGenerationJobConfig/TextGenerationHyperParameters/{key}",
     R"row(string; min=0; max=16; pattern=[a-zA-Z0-9._-]+)row"},
    {"/AutoMLProblemTypeConfig/TextGenerationJobConfig/ModelAccessConfig/AcceptEula",
     R"row(boolean)row"},
    {"/AutoMLProblemTypeConfig/TextGenerationJobConfig/ModelAccessConfig/AcceptEula",
     R"row(required)row"},
    {"/AutoMLProblemTypeConfig", R"row(required)row"},
    {"/RoleArn",
     R"row(string; min=20; max=2048; pattern=arn:aws[a-z\-]*:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+)row"},
    {"/RoleArn", R"row(required)row"},
    {"/Tags", R"row(minItems 0, maxItems 50)row"},
    {"/Tags/*/Key", R"row(string; min=1; max=128; pattern=([\p{L}\p{Z}\p{N}_.:/=+\-@]*))row"},
    {"/Tags/*/Key", R"row(required)row"},
    {"/Tags/*/Value", R"row(string; min=0; max=256; pattern=([\p{L}\p{Z}\p{N}_.:/=+\-@]*))row"},
    {"/Tags/*/Value", R"row(required)row"},
    {"/SecurityConfig/VolumeKmsKeyId",
     R"row(string; min=0; max=2048; pattern=[a-zA-Z0-9:/_-]*)row"},
    {"/SecurityConfig/EnableInterContainerTrafficEncryption", R"row(boolean)row"},
    {"/SecurityConfig/VpcConfig/SecurityGroupIds", R"row(minItems 1, maxItems 5)row"},
    {"/SecurityConfig/VpcConfig/SecurityGroupIds/*",
     R"row(string; min=0; max=32; pattern=[-0-9a-zA-Z]+)row"},
    {"/SecurityConfig/VpcConfig/SecurityGroupIds", R"row(required)row"},
    {"/SecurityConfig/VpcConfig/Subnets", R"row(minItems 1, maxItems 16)row"},
    {"/SecurityConfig/VpcConfig/Subnets/*",
     R"row(string; min=0; max=32; pattern=[-0-9a-zA-Z]+)row"},
    {"/SecurityConfig/VpcConfig/Subnets", R"row(required)row"},
    {"/AutoMLJobObjective/MetricName",
     R"row(string; enum=['Accuracy', 'MSE', 'F1', 'F1macro', 'AUC', 'RMSE', 'BalancedAccuracy', 'R2', 'Recall', 'RecallMacro', 'Precision', 'PrecisionMacro', 'MAE', 'MAPE', 'MASE', 'WAPE', 'AverageWeightedQuantileLoss'])row"},
    {"/AutoMLJobObjective/MetricName", R"row(required)row"},
    {"/ModelDeployConfig/AutoGenerateEndpointName", R"row(boolean)row"},
    {"/ModelDeployConfig/EndpointName",
     R"row(string; min=0; max=63; pattern=[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62})row"},
    {"/DataSplitConfig/ValidationFraction", R"row(float; min=0; max=1)row"},
    {"/AutoMLComputeConfig/EmrServerlessComputeConfig/ExecutionRoleARN",
     R"row(string; min=20; max=2048; pattern=arn:aws[a-z\-]*:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+)row"},
    {"/AutoMLComputeConfig/EmrServerlessComputeConfig/ExecutionRoleARN", R"row(required)row"},
};

/// Where a documented limit (schemas/doc-limits.json) takes over from a shape rule.
struct DocLimit {
  std::string_view pointer;
  std::string_view shape_rule;
  std::string_view documented_rule;
};
constexpr DocLimit kDocLimits[] = {
    {"/OutputDataConfig/S3OutputPath", "AML105", "AML201"},
    {"/DataSplitConfig/ValidationFraction", "AML107", "AML301"},
};

/// The rules that must fail at a row (each one at least once), from the row's constraint text.
std::vector<std::string> rules_for(const Row& row) {
  std::string_view text = row.constraint;
  auto has = [&](std::string_view part) { return text.find(part) != std::string_view::npos; };
  std::vector<std::string> rules;
  if (text == "required") return {"AML102"};
  if (text.starts_with("union")) return {"AML110"};
  if (text.starts_with("string")) {
    if (has("enum=")) rules.push_back("AML104");
    if (has("max=") || (has("min=") && !has("min=0"))) rules.push_back("AML105");
    if (has("pattern=")) rules.push_back("AML106");
  } else if (text.starts_with("integer") || text.starts_with("float")) {
    rules.push_back("AML107");
  } else if (text.starts_with("boolean")) {
    rules.push_back("AML103");
  } else if (text.starts_with("minItems")) {
    rules.push_back("AML108");
  } else if (text.starts_with("minProperties")) {
    rules.push_back("AML109");
  }
  for (std::string& rule : rules) {
    for (const DocLimit& limit : kDocLimits) {
      if (row.pointer == limit.pointer && rule == limit.shape_rule) {
        rule = limit.documented_rule;
      }
    }
  }
  return rules;
}

/// The row's pointer as a regular expression over concrete pointers.
std::regex pointer_pattern(std::string_view pointer, bool key_below = false) {
  std::string expression;
  for (std::size_t i = 0; i < pointer.size(); ++i) {
    if (pointer[i] == '*') {
      expression += "[0-9]+";
    } else if (pointer.substr(i, 5) == "{key}") {
      expression += "[^/]*";
      i += 4;
    } else {
      expression += pointer[i];
    }
  }
  if (key_below) expression += "/[^/]*";
  return std::regex(expression);
}

}  // namespace

TEST_CASE("v2 schema boundaries: each base request is valid") {
  for (Base base : kBases) {
    CAPTURE(base_name(base));
    std::string request = edited_request(base, {});
    for (const Linter* lint : {&linter(), &detecting_linter()}) {
      LintResult result = lint->lint_buffer(request, "request.json");
      INFO(describe(result.diagnostics));
      CHECK_FALSE(result.input_failed);
      CHECK(result.api == ApiVersion::v2);
      CHECK(result.diagnostics.empty());
    }
  }
}

TEST_CASE("v2 schema boundaries: string lengths") {
  check_cases(top_level_length_cases());
  check_cases(problem_length_cases());
}

TEST_CASE("v2 schema boundaries: patterns match whole values") {
  check_cases(top_level_pattern_cases());
  check_cases(problem_pattern_cases());
}

TEST_CASE("v2 schema boundaries: enums accept every value and are case-sensitive") {
  check_cases(enum_cases());
}

TEST_CASE("v2 schema boundaries: numbers") {
  check_cases(number_cases());
}

TEST_CASE("v2 schema boundaries: types") {
  check_cases(type_cases());
}

TEST_CASE("v2 schema boundaries: list sizes") {
  check_cases(list_size_cases());
}

TEST_CASE("v2 schema boundaries: map sizes, keys and values") {
  check_cases(map_cases());
}

TEST_CASE("v2 schema boundaries: the problem type union") {
  check_cases(union_cases());
}

TEST_CASE("v2 schema boundaries: required members") {
  check_cases(required_cases());
  // Two members missing from one object: one AML102 each, at the object's line.
  std::vector<Diagnostic> found =
      lint_shape(Base::time_series, {set(kTsConfig, R"({"TargetAttributeName": "y"})")});
  INFO(describe(found));
  REQUIRE(found.size() == 2);
  CHECK(found[0].rule == "AML102");
  CHECK(found[1].rule == "AML102");
  CHECK(found[0].line == found[1].line);
  std::vector<std::string> pointers = {found[0].pointer, found[1].pointer};
  std::sort(pointers.begin(), pointers.end());
  CHECK(pointers == std::vector<std::string>{kTsConfig + "/ItemIdentifierAttributeName",
                                             kTsConfig + "/TimestampAttributeName"});
}

TEST_CASE("v2 schema boundaries: unknown members at every object level") {
  check_cases(unknown_member_cases());
}

TEST_CASE("v2 schema boundaries: did-you-mean hints") {
  auto hint_of = [](Base base, const std::vector<Edit>& changes) {
    std::vector<Diagnostic> found = lint_shape(base, changes);
    INFO(describe(found));
    REQUIRE(found.size() == 1);
    return found[0].hint;
  };
  CHECK(hint_of(Base::time_series, {drop(kFrequency), set(kTs + "/ForecastFrequncy", R"("1D")")}) ==
        "did you mean 'ForecastFrequency'? (a required key)");
  CHECK(hint_of(Base::tabular, {set(kProblem, R"({"tabularJobConfig": {"TargetAttributeName":
                                "y"}})")}) == "did you mean 'TabularJobConfig'?");
  CHECK(hint_of(Base::tabular, {set(kProblem + "/TimeSeriesForecastingConfig", "{}")}) ==
        "did you mean 'TimeSeriesForecastingJobConfig'?");
  // The base fills 'demand' with backfill already: the misspelt twin is to be removed.
  CHECK(hint_of(Base::time_series, {set(kFilling + "/demand/BACKFILL", R"("zero")")}) ==
        "remove it: 'backfill' is already set");
  CHECK(hint_of(Base::time_series, {set(kFilling + "/demand/FUTUREFILL", R"("zero")")}) ==
        "did you mean 'futurefill'?");
  CHECK(hint_of(Base::tabular, {set(kTab + "/Mode", R"("Ensembling")")}) ==
        "did you mean 'ENSEMBLING'?");
  // A V1 member moved in V2: the hint names its V2 place.
  std::string moved = hint_of(Base::tabular, {set("/ProblemType", R"("Regression")")});
  CHECK(moved.find("TabularJobConfig") != std::string::npos);
}

TEST_CASE("v2 schema boundaries: every row of Appendix B is covered") {
  const std::vector<Case> cases = all_cases();
  REQUIRE(std::size(kAppendixB) == 102);
  for (const Row& row : kAppendixB) {
    std::string pointer(row.pointer);
    std::string constraint_text(row.constraint);
    CAPTURE(pointer);
    CAPTURE(constraint_text);
    std::vector<std::string> rules = rules_for(row);
    CHECK_FALSE(rules.empty());
    const std::regex at_row = pointer_pattern(row.pointer);
    for (const std::string& rule : rules) {
      CAPTURE(rule);
      bool failing = std::any_of(cases.begin(), cases.end(), [&](const Case& c) {
        return c.rule == rule && std::regex_match(c.pointer, at_row);
      });
      CHECK(failing);
    }
    // Map rows with key constraints: a failing key case.
    if (row.constraint.find("key ") != std::string_view::npos) {
      const std::regex below = pointer_pattern(row.pointer, true);
      bool key_failing = std::any_of(cases.begin(), cases.end(), [&](const Case& c) {
        return c.rule == "AML111" && std::regex_match(c.pointer, below);
      });
      CHECK(key_failing);
    }
    // The valid side: a passing case that sets a value at the row's pointer.
    if (row.constraint != "required") {
      bool passing = std::any_of(cases.begin(), cases.end(), [&](const Case& c) {
        return c.rule.empty() && std::any_of(c.edits.begin(), c.edits.end(), [&](const Edit& e) {
                 return e.json && std::regex_match(e.pointer, at_row);
               });
      });
      CHECK(passing);
    }
  }
}
