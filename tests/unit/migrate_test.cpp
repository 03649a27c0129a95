// automl_lint::migrate_to_v2: each member move, values copied as written, fan-in conflicts and
// the requests it refuses.
#include <doctest/doctest.h>
#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <automl_lint/linter.hpp>
#include <automl_lint/migrate.hpp>
#include <automl_lint/output.hpp>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "member_moves.hpp"
#include "requests.hpp"

using automl_lint::Diagnostic;
using automl_lint::migrate_to_v2;
using automl_lint::MigrationResult;

namespace {

std::string text_of(const std::vector<Diagnostic>& diagnostics) {
  std::ostringstream out;
  automl_lint::write_text(out, diagnostics);
  return out.str();
}

/// Migrates `text`, which must succeed, and returns the V2 text.
std::string migrated(const std::string& text) {
  MigrationResult result = migrate_to_v2(text, "t.json");
  REQUIRE_MESSAGE(result.ok(), text_of(result.diagnostics));
  CHECK(result.diagnostics.empty());
  CHECK_FALSE(result.input_failed);
  return *result.text;
}

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document document;
  document.Parse(text.c_str(), text.size());
  REQUIRE_FALSE(document.HasParseError());
  return document;
}

std::string serialise(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return {buffer.GetString(), buffer.GetSize()};
}

/// The V2 diagnostics of a migrated request, as "RULE pointer" lines.
std::set<std::string> v2_findings(const std::string& v2_text) {
  automl_lint::Options options;
  options.api = automl_lint::ApiVersion::v2;
  std::set<std::string> findings;
  for (const Diagnostic& d :
       automl_lint::Linter(options).lint_buffer(v2_text, "v2.json").diagnostics) {
    findings.insert(d.rule + " " + d.pointer);
  }
  return findings;
}

/// A V1 request's member placed by each move, and where the migrated request must hold it.
struct Probe {
  const char* v1;
  const char* v2;
};
constexpr Probe kProbes[] = {
    {"/InputDataConfig/0/TargetAttributeName",
     "/AutoMLProblemTypeConfig/TabularJobConfig/TargetAttributeName"},
    {"/InputDataConfig/0/SampleWeightAttributeName",
     "/AutoMLProblemTypeConfig/TabularJobConfig/SampleWeightAttributeName"},
    {"/InputDataConfig/0/ContentType", "/AutoMLJobInputDataConfig/0/ContentType"},
    {"/InputDataConfig/0/DataSource/S3DataSource/S3Uri",
     "/AutoMLJobInputDataConfig/0/DataSource/S3DataSource/S3Uri"},
    {"/ProblemType", "/AutoMLProblemTypeConfig/TabularJobConfig/ProblemType"},
    {"/GenerateCandidateDefinitionsOnly",
     "/AutoMLProblemTypeConfig/TabularJobConfig/GenerateCandidateDefinitionsOnly"},
    {"/AutoMLJobConfig/CompletionCriteria/MaxCandidates",
     "/AutoMLProblemTypeConfig/TabularJobConfig/CompletionCriteria/MaxCandidates"},
    {"/AutoMLJobConfig/Mode", "/AutoMLProblemTypeConfig/TabularJobConfig/Mode"},
    {"/AutoMLJobConfig/CandidateGenerationConfig/FeatureSpecificationS3Uri",
     "/AutoMLProblemTypeConfig/TabularJobConfig/FeatureSpecificationS3Uri"},
    {"/AutoMLJobConfig/CandidateGenerationConfig/AlgorithmsConfig",
     "/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig/AlgorithmsConfig"},
    {"/AutoMLJobConfig/SecurityConfig/VolumeKmsKeyId", "/SecurityConfig/VolumeKmsKeyId"},
    {"/AutoMLJobConfig/DataSplitConfig/ValidationFraction", "/DataSplitConfig/ValidationFraction"},
    // The fallback: a member the guide does not name (a misspelt one) goes to TabularJobConfig.
    {"/AutoMLJobConfig/Modee", "/AutoMLProblemTypeConfig/TabularJobConfig/Modee"},
    // Members that keep their place.
    {"/AutoMLJobName", "/AutoMLJobName"},
    {"/AutoMLJobObjective/MetricName", "/AutoMLJobObjective/MetricName"},
    {"/OutputDataConfig/KmsKeyId", "/OutputDataConfig/KmsKeyId"},
    {"/RoleArn", "/RoleArn"},
    {"/Tags/0/Key", "/Tags/0/Key"},
    {"/ModelDeployConfig/EndpointName", "/ModelDeployConfig/EndpointName"},
    {"/SomethingUnknown", "/SomethingUnknown"},
};

}  // namespace

TEST_CASE("every move of the table is tested by a probe") {
  for (const auto& move : automl_lint::detail::member_moves()) {
    CAPTURE(move.v1);
    bool probed = false;
    for (const Probe& probe : kProbes) {
      probed = probed || automl_lint::detail::move_of(probe.v1) == &move;
    }
    CHECK_MESSAGE(probed, "add a probe for this move");
  }
}

TEST_CASE("each V1 member lands at its V2 place, as the table says") {
  for (const Probe& probe : kProbes) {
    CAPTURE(probe.v1);
    CHECK(automl_lint::detail::v2_pointer_of(probe.v1) == probe.v2);
    rapidjson::Document v1 = parse(test_requests::kValid);
    std::string marker = std::string("marker at ") + probe.v1;
    rapidjson::Pointer(probe.v1).Set(v1, rapidjson::Value(marker.c_str(), v1.GetAllocator()),
                                     v1.GetAllocator());
    rapidjson::Document v2 = parse(migrated(serialise(v1)));
    const rapidjson::Value* found = rapidjson::Pointer(probe.v2).Get(v2);
    REQUIRE(found);
    CHECK(serialise(*found) == "\"" + marker + "\"");
    if (std::string_view(probe.v1) != probe.v2) CHECK_FALSE(rapidjson::Pointer(probe.v1).Get(v2));
  }
}

TEST_CASE("the migration guide's request comes out in V2 shape, in V1 order, pretty printed") {
  const std::string v1 = R"({
  "AutoMLJobName": "churn",
  "ProblemType": "BinaryClassification",
  "InputDataConfig": [
    {"ChannelType": "training", "ContentType": "text/csv;header=present",
     "CompressionType": "None",
     "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://b/train/"}},
     "SampleWeightAttributeName": "w", "TargetAttributeName": "y"},
    {"ChannelType": "validation",
     "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://b/val/"}},
     "SampleWeightAttributeName": "w", "TargetAttributeName": "y"}
  ],
  "OutputDataConfig": {"S3OutputPath": "s3://b/out/"},
  "AutoMLJobConfig": {
    "SecurityConfig": {"EnableInterContainerTrafficEncryption": true},
    "Mode": "ENSEMBLING",
    "CompletionCriteria": {"MaxCandidates": 10},
    "CandidateGenerationConfig": {"FeatureSpecificationS3Uri": "s3://b/features.json",
                                  "AlgorithmsConfig": [{"AutoMLAlgorithms": ["xgboost"]}]},
    "DataSplitConfig": {"ValidationFraction": 0.2}
  },
  "AutoMLJobObjective": {"MetricName": "F1"},
  "GenerateCandidateDefinitionsOnly": false,
  "RoleArn": "arn:aws:iam::123456789012:role/R",
  "Tags": [],
  "ModelDeployConfig": {"AutoGenerateEndpointName": true}
})";
  CHECK(migrated(v1) == R"({
  "AutoMLJobName": "churn",
  "AutoMLProblemTypeConfig": {
    "TabularJobConfig": {
      "ProblemType": "BinaryClassification",
      "SampleWeightAttributeName": "w",
      "TargetAttributeName": "y",
      "Mode": "ENSEMBLING",
      "CompletionCriteria": {
        "MaxCandidates": 10
      },
      "FeatureSpecificationS3Uri": "s3://b/features.json",
      "CandidateGenerationConfig": {
        "AlgorithmsConfig": [
          {
            "AutoMLAlgorithms": [
              "xgboost"
            ]
          }
        ]
      },
      "GenerateCandidateDefinitionsOnly": false
    }
  },
  "AutoMLJobInputDataConfig": [
    {
      "ChannelType": "training",
      "ContentType": "text/csv;header=present",
      "CompressionType": "None",
      "DataSource": {
        "S3DataSource": {
          "S3DataType": "S3Prefix",
          "S3Uri": "s3://b/train/"
        }
      }
    },
    {
      "ChannelType": "validation",
      "DataSource": {
        "S3DataSource": {
          "S3DataType": "S3Prefix",
          "S3Uri": "s3://b/val/"
        }
      }
    }
  ],
  "OutputDataConfig": {
    "S3OutputPath": "s3://b/out/"
  },
  "SecurityConfig": {
    "EnableInterContainerTrafficEncryption": true
  },
  "DataSplitConfig": {
    "ValidationFraction": 0.2
  },
  "AutoMLJobObjective": {
    "MetricName": "F1"
  },
  "RoleArn": "arn:aws:iam::123456789012:role/R",
  "Tags": [],
  "ModelDeployConfig": {
    "AutoGenerateEndpointName": true
  }
}
)");
}

TEST_CASE("numbers keep their spelling from the source text") {
  for (const char* number :
       {"10.0", "1e3", "1E+3", "-0", "0.20", "-1.5e-7", "0e-30", "12345678901234567890",
        "123456789012345678901234567890", "3.141592653589793238462643383279"}) {
    CAPTURE(number);
    std::string v1 = test_requests::with_member(
        std::string(R"("AutoMLJobConfig": {"CompletionCriteria": {"MaxCandidates": )") + number +
        R"(}, "DataSplitConfig": {"ValidationFraction": [)" + number + "]}}");
    std::string v2 = migrated(v1);
    CHECK(v2.find(std::string("\"MaxCandidates\": ") + number + "\n") != std::string::npos);
    CHECK(v2.find(std::string("\"ValidationFraction\": [\n      ") + number + "\n") !=
          std::string::npos);
  }
  // The offsets stay right after a byte order mark.
  std::string v2 = migrated("\xEF\xBB\xBF" + test_requests::with_member(R"("Tags": [1.50])"));
  CHECK(v2.substr(0, 1) == "{");
  CHECK(v2.find("1.50") != std::string::npos);
}

TEST_CASE("strings and keys keep their characters; escapes are rewritten equivalently") {
  std::string v1 = test_requests::with_member(
      R"("Tags": [{"Key": "caf\u00e9 \ud83d\ude00", "Value": "na\u00efve \"q\" \\ \/ \n\t\u0000 ü😀"}],)"
      R"( "AutoMLJobConfig": {"we\"ird/key~": "x"})");
  std::string v2 = migrated(v1);
  CHECK(v2.find("café 😀") != std::string::npos);  // Written as UTF-8, not as \u escapes.
  rapidjson::Document in = parse(v1);
  rapidjson::Document out = parse(v2);
  CHECK(serialise(*rapidjson::Pointer("/Tags").Get(out)) ==
        serialise(*rapidjson::Pointer("/Tags").Get(in)));
  const rapidjson::Value* odd =
      rapidjson::Pointer("/AutoMLProblemTypeConfig/TabularJobConfig/we\"ird~1key~0").Get(out);
  REQUIRE(odd);
  CHECK(std::string(odd->GetString()) == "x");
}

TEST_CASE("a misspelt member of AutoMLJobConfig lands in TabularJobConfig, reported there") {
  std::string v2 = migrated(test_requests::with_member(R"("AutoMLJobConfig": {"Mdoe": "AUTO"})"));
  rapidjson::Document out = parse(v2);
  CHECK(rapidjson::Pointer("/AutoMLProblemTypeConfig/TabularJobConfig/Mdoe").Get(out));
  CHECK(v2_findings(v2) ==
        std::set<std::string>{"AML101 /AutoMLProblemTypeConfig/TabularJobConfig/Mdoe"});
}

TEST_CASE("wrong values move as they are, and the V2 linter reports them at their V2 place") {
  std::string v2 = migrated(test_requests::with_member(
      R"("ProblemType": "MultiClassClassification", "AutoMLJobConfig": {"Mode": 7,)"
      R"( "CompletionCriteria": {"MaxCandidates": 10.0}})"));
  CHECK(v2.find("\"MaxCandidates\": 10.0") != std::string::npos);
  std::set<std::string> findings = v2_findings(v2);
  CHECK(findings.count("AML104 /AutoMLProblemTypeConfig/TabularJobConfig/ProblemType") == 1);
  CHECK(findings.count("AML103 /AutoMLProblemTypeConfig/TabularJobConfig/Mode") == 1);
  CHECK(findings.count(
            "AML103 /AutoMLProblemTypeConfig/TabularJobConfig/CompletionCriteria/MaxCandidates") ==
        1);
}

TEST_CASE("a new container appears where its first member lands") {
  // ProblemType comes first here: AutoMLProblemTypeConfig is the first member of the result.
  std::string v2 = migrated(R"({"ProblemType": "Regression", "AutoMLJobName": "a",
    "InputDataConfig": [{"TargetAttributeName": "y"}], "AutoMLJobConfig": {}})");
  CHECK(v2 == R"({
  "AutoMLProblemTypeConfig": {
    "TabularJobConfig": {
      "ProblemType": "Regression",
      "TargetAttributeName": "y"
    }
  },
  "AutoMLJobName": "a",
  "AutoMLJobInputDataConfig": [
    {}
  ]
}
)");
  // An empty container of V1 stays, empty, at its V2 place; the members moved out of a
  // CandidateGenerationConfig leave none behind.
  v2 = migrated(R"({"AutoMLJobConfig": {"CandidateGenerationConfig": {}}, "InputDataConfig": []})");
  CHECK(v2 == R"({
  "AutoMLProblemTypeConfig": {
    "TabularJobConfig": {
      "CandidateGenerationConfig": {}
    }
  },
  "AutoMLJobInputDataConfig": []
}
)");
  v2 = migrated(
      R"({"AutoMLJobConfig": {"CandidateGenerationConfig": {"FeatureSpecificationS3Uri": "s"}}})");
  CHECK(v2.find("CandidateGenerationConfig") == std::string::npos);
}

TEST_CASE("fan-in: the channels' target and weight columns become the job's") {
  const std::string channels = R"({"AutoMLJobName": "a", "InputDataConfig": [
    {"ChannelType": "training", "TargetAttributeName": "y", "SampleWeightAttributeName": "w"},
    {"ChannelType": "validation", "TargetAttributeName": "y", "SampleWeightAttributeName": "w"}]})";
  rapidjson::Document out = parse(migrated(channels));
  const rapidjson::Value& tabular =
      *rapidjson::Pointer("/AutoMLProblemTypeConfig/TabularJobConfig").Get(out);
  // One of each, and none left in the channels.
  CHECK(serialise(tabular) == R"({"TargetAttributeName":"y","SampleWeightAttributeName":"w"})");
  CHECK(serialise(*rapidjson::Pointer("/AutoMLJobInputDataConfig").Get(out)) ==
        R"([{"ChannelType":"training"},{"ChannelType":"validation"}])");
}

TEST_CASE("fan-in: a weight column one channel names applies to every channel, with a warning") {
  MigrationResult result = migrate_to_v2(R"({"InputDataConfig": [
      {"TargetAttributeName": "y"}, {"TargetAttributeName": "y", "SampleWeightAttributeName": "w"}]})",
                                         "t.json");
  REQUIRE(result.ok());
  rapidjson::Document second = parse(*result.text);
  CHECK(serialise(*rapidjson::Pointer("/AutoMLProblemTypeConfig/TabularJobConfig").Get(second)) ==
        R"({"TargetAttributeName":"y","SampleWeightAttributeName":"w"})");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == "AML306");
  CHECK(result.diagnostics[0].severity == automl_lint::Severity::warning);
  CHECK(result.diagnostics[0].pointer == "/InputDataConfig/0");
  CHECK(result.diagnostics[0].message.find("the weights apply to every channel") !=
        std::string::npos);
}

TEST_CASE("fan-in: a target column one channel names and another not cannot be migrated") {
  MigrationResult result = migrate_to_v2(R"({"InputDataConfig": [
      {"TargetAttributeName": "y"}, {"ChannelType": "validation"}]})",
                                         "t.json");
  CHECK_FALSE(result.ok());
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].rule == "AML305");
  CHECK(result.diagnostics[0].severity == automl_lint::Severity::error);
  CHECK(result.diagnostics[0].pointer == "/InputDataConfig/1");
}

TEST_CASE("fan-in conflicts: different target or weight columns cannot be migrated") {
  const std::string v1 = R"({"InputDataConfig": [
    {"TargetAttributeName": "y", "SampleWeightAttributeName": "w"},
    {"TargetAttributeName": "Y", "SampleWeightAttributeName": "weight"}]})";
  MigrationResult result = migrate_to_v2(v1, "t.json");
  CHECK_FALSE(result.ok());
  CHECK_FALSE(result.input_failed);
  CHECK(text_of(result.diagnostics) ==
        "t.json:3:29: error: TargetAttributeName 'Y' of InputDataConfig[1] differs from 'y' of "
        "InputDataConfig[0]; CreateAutoMLJobV2 has one target column per job "
        "(TabularJobConfig.TargetAttributeName), so the request cannot be migrated [AML305]\n"
        "    at /InputDataConfig/1/TargetAttributeName\n"
        "    hint: name the same target column in every channel, then migrate\n"
        "t.json:3:63: error: SampleWeightAttributeName 'weight' of InputDataConfig[1] differs from "
        "'w' of InputDataConfig[0]; CreateAutoMLJobV2 has one sample weight column per job "
        "(TabularJobConfig.SampleWeightAttributeName), so the request cannot be migrated "
        "[AML306]\n"
        "    at /InputDataConfig/1/SampleWeightAttributeName\n"
        "    hint: name the same weight column in every channel that names one, then migrate\n");

  SUBCASE("values are compared as written: 1 and 1.0 differ") {
    MigrationResult numbers = migrate_to_v2(
        R"({"InputDataConfig": [{"TargetAttributeName": 1}, {"TargetAttributeName": 1.0}]})", "t");
    REQUIRE(numbers.diagnostics.size() == 1);
    CHECK(numbers.diagnostics[0].rule == "AML305");
  }
  SUBCASE("equal values written with different escapes are the same column") {
    CHECK(migrate_to_v2(R"({"InputDataConfig": [{"TargetAttributeName": "\u0079"},)"
                        R"( {"TargetAttributeName": "y"}]})",
                        "t")
              .ok());
  }
}

TEST_CASE("two V1 members for one V2 place cannot be migrated") {
  // SecurityConfig at the top is a V2 member in a V1 request (AML203): the diagnostic points at
  // it, whichever comes first.
  for (
      const char* v1 :
      {R"({"AutoMLJobConfig": {"SecurityConfig": {}}, "InputDataConfig": [], "SecurityConfig": {}})",
       R"({"SecurityConfig": {}, "InputDataConfig": [], "AutoMLJobConfig": {"SecurityConfig": {}}})"}) {
    CAPTURE(v1);
    MigrationResult result = migrate_to_v2(v1, "t.json");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].rule == "AML003");
    CHECK(result.diagnostics[0].pointer == "/SecurityConfig");
    CHECK(result.diagnostics[0].message ==
          "SecurityConfig and AutoMLJobConfig.SecurityConfig both move to SecurityConfig in "
          "CreateAutoMLJobV2, which holds it once, so the request cannot be migrated");
  }
  // A misplaced ProblemType in AutoMLJobConfig meets the top-level one in TabularJobConfig.
  MigrationResult result = migrate_to_v2(
      R"({"AutoMLJobConfig": {"ProblemType": "Regression"}, "ProblemType": "Regression"})", "t");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].pointer == "/AutoMLJobConfig/ProblemType");
}

TEST_CASE("a key written twice stays twice, for the V2 linter to report") {
  std::string v2 = migrated(
      test_requests::with_member(R"("AutoMLJobConfig": {"Mode": "AUTO", "Mode": "ENSEMBLING"})"));
  CHECK(v2_findings(v2).count("AML003 /AutoMLProblemTypeConfig/TabularJobConfig/Mode") == 1);
}

TEST_CASE("a member that must hold moved members but is not an object cannot be migrated") {
  // The same diagnostic whichever comes first.
  for (const char* v1 :
       {R"({"InputDataConfig": [{"TargetAttributeName": "y"}], "AutoMLJobConfig": "fast"})",
        R"({"AutoMLJobConfig": "fast", "InputDataConfig": [{"TargetAttributeName": "y"}]})"}) {
    CAPTURE(v1);
    MigrationResult result = migrate_to_v2(v1, "t");
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].rule == "AML103");
    CHECK(result.diagnostics[0].pointer == "/AutoMLJobConfig");
    CHECK(result.diagnostics[0].message ==
          "AutoMLJobConfig is not an object (found a string), but CreateAutoMLJobV2 puts "
          "InputDataConfig[0].TargetAttributeName into it (as "
          "AutoMLProblemTypeConfig.TabularJobConfig.TargetAttributeName), so the request cannot "
          "be migrated");
  }
  // Alone, it moves as it is, for the V2 linter to report.
  std::string v2 = migrated(R"({"AutoMLJobConfig": "fast"})");
  CHECK(v2_findings(v2).count("AML103 /AutoMLProblemTypeConfig/TabularJobConfig") == 1);
}

TEST_CASE("a request that is already CreateAutoMLJobV2 is not migrated") {
  MigrationResult result = migrate_to_v2(
      R"({"AutoMLJobName": "a",
  "AutoMLJobInputDataConfig": [], "AutoMLProblemTypeConfig": {}})",
      "v2.json");
  CHECK_FALSE(result.ok());
  CHECK_FALSE(result.input_failed);
  CHECK(text_of(result.diagnostics) ==
        "v2.json:2:3: error: The request is already a CreateAutoMLJobV2 request (its top level "
        "has AutoMLJobInputDataConfig), so there is nothing to migrate [AML208]\n"
        "    at /AutoMLJobInputDataConfig\n"
        "    hint: lint it as it is: automl-lint FILE\n");
}

TEST_CASE("unparseable input gives the loader's diagnostic; a root that is not an object AML103") {
  MigrationResult invalid = migrate_to_v2("{\"AutoMLJobName\": \"a\",}", "t.json");
  CHECK_FALSE(invalid.ok());
  CHECK(invalid.input_failed);
  REQUIRE(invalid.diagnostics.size() == 1);
  CHECK(invalid.diagnostics[0].rule == "AML001");
  CHECK(invalid.diagnostics[0].line == 1);
  CHECK(invalid.diagnostics[0].column == 23);

  CHECK(migrate_to_v2("", "t").diagnostics.at(0).rule == "AML001");
  CHECK(migrate_to_v2("{\"a\": \"\xFF\"}", "t").diagnostics.at(0).rule == "AML002");
  automl_lint::Limits small;
  small.max_file_bytes = 10;
  CHECK(migrate_to_v2(test_requests::kValid, "t", small).diagnostics.at(0).rule == "AML004");

  for (const char* root : {"[]", "\"request\"", "null", "12"}) {
    CAPTURE(root);
    MigrationResult result = migrate_to_v2(root, "t.json");
    CHECK_FALSE(result.ok());
    CHECK_FALSE(result.input_failed);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].rule == "AML103");
    CHECK(result.diagnostics[0].pointer.empty());
  }
}

TEST_CASE("migrate_file reads a file, and reports one it cannot read") {
  namespace fs = std::filesystem;
  MigrationResult missing = automl_lint::migrate_file("no/such/request.json");
  CHECK(missing.input_failed);
  REQUIRE(missing.diagnostics.size() == 1);
  CHECK(missing.diagnostics[0].rule == "AML005");
  CHECK(missing.diagnostics[0].file == "no/such/request.json");
  MigrationResult directory = automl_lint::migrate_file(fs::temp_directory_path());
  CHECK(directory.diagnostics.at(0).rule == "AML005");
}
