// libFuzzer harness, structure-aware: edits of valid, realistic requests.
//
// Random bytes rarely parse as a request that gets past the schema, so this harness starts from
// one of a few valid requests (four CreateAutoMLJob, seven CreateAutoMLJobV2: two tabular, two
// time series, text generation, text and image classification) and lets the input choose edits
// of their members: the cross-field rules (rules/) then see requests that are valid except for
// one or a few members.
//
// Input layout:
//   byte 0   bits 0-3: which base request (mod the number of bases, kBaseRequests.size());
//            bit 4: pretty-printed (else compact); bit 5: a UTF-8 BOM in front;
//            bit 6: CRLF line ends (pretty only); bit 7 unused
//   byte 1   number of edits, 1 + (byte % 4)
//   each edit: [pointer index] [operation] [payload length] payload...
//            the pointer index picks from kPointers (mod its size), the operation from Operation
//            (mod its count); the last edit's payload is all remaining bytes.
// Payloads are parsed as JSON text when they parse (as valid UTF-8), else used as a JSON string
// (bytes that are not valid UTF-8 are read as Latin-1), so the dictionary's quoted literals and
// numbers land as typed values.
//
// Besides the invariants of fuzz_common.cpp: the serialized request is valid JSON, so the
// linter must not report a parse or encoding error (AML001, AML002) for it.
#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "fuzz_common.hpp"

namespace {

// Valid requests (each lints clean). The first kFirstV2Base are CreateAutoMLJob (V1) requests,
// the others CreateAutoMLJobV2 requests taken from tests/fixtures/realistic-v2/ok-*.json
// (completed where a member was missing, a few long values shortened). At most 16 (byte 0 has
// four bits for the base); make_corpus.sh reads them between the BASES-BEGIN and END lines.
// BASES-BEGIN
constexpr std::array<std::string_view, 11> kBaseRequests = {
    // churn ensembling, two channels with sample weights, KMS alias, tags, deploy
    R"json({
  "AutoMLJobName": "churn-ensembling-2ch",
  "InputDataConfig": [
    {
      "ChannelType": "training",
      "ContentType": "text/csv;header=present",
      "CompressionType": "None",
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme-ml/churn/train/"}
      },
      "TargetAttributeName": "Churn",
      "SampleWeightAttributeName": "weight"
    },
    {
      "ChannelType": "validation",
      "ContentType": "text/csv;header=present",
      "CompressionType": "None",
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme-ml/churn/validation/"}
      },
      "TargetAttributeName": "Churn",
      "SampleWeightAttributeName": "weight"
    }
  ],
  "OutputDataConfig": {
    "S3OutputPath": "s3://acme-ml/churn/output/",
    "KmsKeyId": "alias/my-autopilot-key"
  },
  "ProblemType": "BinaryClassification",
  "AutoMLJobObjective": {"MetricName": "AUC"},
  "AutoMLJobConfig": {
    "Mode": "ENSEMBLING",
    "CompletionCriteria": {
      "MaxCandidates": 1,
      "MaxRuntimePerTrainingJobInSeconds": 3600,
      "MaxAutoMLJobRuntimeInSeconds": 36000
    },
    "CandidateGenerationConfig": {
      "AlgorithmsConfig": [{"AutoMLAlgorithms": ["xgboost", "lightgbm"]}]
    },
    "SecurityConfig": {"EnableInterContainerTrafficEncryption": true}
  },
  "RoleArn": "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole",
  "Tags": [{"Key": "team", "Value": "churn"}, {"Key": "project", "Value": "retention"}],
  "ModelDeployConfig": {"AutoGenerateEndpointName": true}
})json",
    // fraud HPO, gzipped CSV, VPC and KMS ARNs, data split
    R"json({
  "AutoMLJobName": "card-fraud-hpo-vpc",
  "InputDataConfig": [
    {
      "ContentType": "text/csv;header=present",
      "CompressionType": "Gzip",
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme-fraud/creditcard/train/"}
      },
      "TargetAttributeName": "Class"
    }
  ],
  "OutputDataConfig": {
    "S3OutputPath": "s3://acme-fraud/autopilot/output/",
    "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  },
  "ProblemType": "BinaryClassification",
  "AutoMLJobObjective": {"MetricName": "F1"},
  "AutoMLJobConfig": {
    "CompletionCriteria": {
      "MaxCandidates": 250,
      "MaxRuntimePerTrainingJobInSeconds": 3600,
      "MaxAutoMLJobRuntimeInSeconds": 86400
    },
    "SecurityConfig": {
      "VolumeKmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      "EnableInterContainerTrafficEncryption": true,
      "VpcConfig": {
        "SecurityGroupIds": ["sg-0a1b2c3d4e5f67890"],
        "Subnets": ["subnet-0f1e2d3c4b5a69788", "subnet-07a6b5c4d3e2f1098"]
      }
    },
    "CandidateGenerationConfig": {
      "AlgorithmsConfig": [{"AutoMLAlgorithms": ["xgboost", "linear-learner"]}]
    },
    "DataSplitConfig": {"ValidationFraction": 0.25},
    "Mode": "HYPERPARAMETER_TUNING"
  },
  "RoleArn": "arn:aws:iam::123456789012:role/AutopilotVpcExecutionRole",
  "GenerateCandidateDefinitionsOnly": false,
  "ModelDeployConfig": {"AutoGenerateEndpointName": true},
  "Tags": [
    {"Key": "data-classification", "Value": "confidential"},
    {"Key": "owner", "Value": "fraud-analytics@example.com"}
  ]
})json",
    // regression, manifest, AUTO, candidate definitions only, feature specification
    R"json({
  "AutoMLJobName": "house-prices-candidates",
  "InputDataConfig": [
    {
      "DataSource": {
        "S3DataSource": {"S3DataType": "ManifestFile", "S3Uri": "s3://acme-ml/houses/train.manifest"}
      },
      "TargetAttributeName": "price"
    }
  ],
  "OutputDataConfig": {"S3OutputPath": "s3://acme-ml/houses/output"},
  "ProblemType": "Regression",
  "AutoMLJobObjective": {"MetricName": "RMSE"},
  "AutoMLJobConfig": {
    "CandidateGenerationConfig": {"FeatureSpecificationS3Uri": "s3://acme-ml/houses/features.json"},
    "DataSplitConfig": {"ValidationFraction": 0.2},
    "Mode": "AUTO"
  },
  "RoleArn": "arn:aws:iam::111122223333:role/AutopilotRole",
  "GenerateCandidateDefinitionsOnly": true
})json",
    // multiclass HPO, two parquet channels, mrk- key, deploy with endpoint name
    R"json({
  "AutoMLJobName": "iris-multiclass-deploy",
  "InputDataConfig": [
    {
      "ChannelType": "training",
      "ContentType": "x-application/vnd.amazon+parquet",
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme-ml/iris/train/"}
      },
      "TargetAttributeName": "species"
    },
    {
      "ChannelType": "validation",
      "ContentType": "x-application/vnd.amazon+parquet",
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://acme-ml/iris/validation/"}
      },
      "TargetAttributeName": "species"
    }
  ],
  "OutputDataConfig": {"S3OutputPath": "s3://acme-ml/iris/output/"},
  "ProblemType": "MulticlassClassification",
  "AutoMLJobObjective": {"MetricName": "F1macro"},
  "AutoMLJobConfig": {
    "CompletionCriteria": {"MaxAutoMLJobRuntimeInSeconds": 7200},
    "CandidateGenerationConfig": {
      "AlgorithmsConfig": [{"AutoMLAlgorithms": ["mlp", "xgboost", "linear-learner"]}]
    },
    "Mode": "HYPERPARAMETER_TUNING",
    "SecurityConfig": {
      "VolumeKmsKeyId": "mrk-1234abcd12ab34cd56ef1234567890ab",
      "VpcConfig": {"SecurityGroupIds": ["sg-0123abcd"], "Subnets": ["subnet-0123abcd"]}
    }
  },
  "RoleArn": "arn:aws:iam::111122223333:role/AutopilotRole",
  "ModelDeployConfig": {"AutoGenerateEndpointName": false, "EndpointName": "iris-endpoint"},
  "Tags": [{"Key": "team", "Value": "botany"}]
})json",
    // V2 tabular, every optional member: manifest of Parquet, ENSEMBLING with algorithms, sample
    // weights, data split, KMS keys, VPC, tags and endpoint name (no AutoMLComputeConfig: AML981)
    R"json({
  "AutoMLJobName": "default-job-name",
  "AutoMLJobInputDataConfig": [
    {
      "ChannelType": "training",
      "ContentType": "x-application/vnd.amazon+parquet",
      "CompressionType": "None",
      "DataSource": {
        "S3DataSource": {"S3DataType": "ManifestFile", "S3Uri": "s3://mybucket/data/train.manifest"}
      }
    }
  ],
  "OutputDataConfig": {
    "S3OutputPath": "s3://my-other-bucket/",
    "KmsKeyId": "arn:aws:kms:us-west-2:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321"
  },
  "AutoMLProblemTypeConfig": {
    "TabularJobConfig": {
      "TargetAttributeName": "target",
      "SampleWeightAttributeName": "sampleWeight",
      "GenerateCandidateDefinitionsOnly": false,
      "FeatureSpecificationS3Uri": "s3://mybucket/features.json",
      "CompletionCriteria": {
        "MaxAutoMLJobRuntimeInSeconds": 36000,
        "MaxCandidates": 10,
        "MaxRuntimePerTrainingJobInSeconds": 3600
      },
      "Mode": "ENSEMBLING",
      "ProblemType": "BinaryClassification",
      "CandidateGenerationConfig": {
        "AlgorithmsConfig": [{"AutoMLAlgorithms": ["xgboost", "lightgbm", "catboost"]}]
      }
    }
  },
  "DataSplitConfig": {"ValidationFraction": 0.2},
  "RoleArn": "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
  "AutoMLJobObjective": {"MetricName": "F1"},
  "Tags": [{"Key": "some-tag", "Value": "value-for-tag"}, {"Key": "project", "Value": "retention"}],
  "ModelDeployConfig": {"AutoGenerateEndpointName": false, "EndpointName": "EndpointName"},
  "SecurityConfig": {
    "VolumeKmsKeyId": "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "VpcConfig": {
      "SecurityGroupIds": ["sg-0123456789abcdef0"],
      "Subnets": ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
    },
    "EnableInterContainerTrafficEncryption": false
  }
})json",
    // V2 tabular regression: two gzipped channels (training, validation), MSE
    R"json({
  "AutoMLJobName": "jobname",
  "AutoMLJobInputDataConfig": [
    {
      "ChannelType": "training",
      "CompressionType": "Gzip",
      "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://mybucket/data"}}
    },
    {
      "ChannelType": "validation",
      "CompressionType": "Gzip",
      "DataSource": {
        "S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://mybucket/invalidation_data"}
      }
    }
  ],
  "OutputDataConfig": {"S3OutputPath": "s3://sagemaker-123/output/jobname"},
  "AutoMLProblemTypeConfig": {
    "TabularJobConfig": {
      "TargetAttributeName": "y",
      "SampleWeightAttributeName": "sampleWeight",
      "CompletionCriteria": {
        "MaxCandidates": 10,
        "MaxAutoMLJobRuntimeInSeconds": 36000,
        "MaxRuntimePerTrainingJobInSeconds": 7200
      },
      "GenerateCandidateDefinitionsOnly": false,
      "ProblemType": "Regression",
      "FeatureSpecificationS3Uri": "s3://mybucket/features.json",
      "Mode": "ENSEMBLING"
    }
  },
  "AutoMLJobObjective": {"MetricName": "MSE"},
  "SecurityConfig": {
    "VolumeKmsKeyId": "arn:aws:kms:us-west-2:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "EnableInterContainerTrafficEncryption": false,
    "VpcConfig": {
      "SecurityGroupIds": ["sg-0123456789abcdef0"],
      "Subnets": ["subnet-0123456789abcdef0"]
    }
  },
  "RoleArn": "arn:aws:iam::111111111111:role/ExpandedRole",
  "Tags": [{"Key": "some-tag", "Value": "value-for-tag"}]
})json",
    // V2 time series, every member: weekly, Filling (zero and value forms) and Aggregation,
    // grouping columns, quantiles, holidays, time-series algorithms, completion criteria
    R"json({
  "AutoMLJobName": "ts-20240315-093107",
  "AutoMLJobInputDataConfig": [
    {
      "ChannelType": "training",
      "ContentType": "text/csv;header=present",
      "CompressionType": "None",
      "DataSource": {
        "S3DataSource": {
          "S3DataType": "S3Prefix",
          "S3Uri": "s3://sagemaker-us-east-1-123456789012/my-project-name/train/"
        }
      }
    }
  ],
  "OutputDataConfig": {
    "S3OutputPath": "s3://sagemaker-us-east-1-123456789012/my-project-name/train_output"
  },
  "AutoMLProblemTypeConfig": {
    "TimeSeriesForecastingJobConfig": {
      "FeatureSpecificationS3Uri": "s3://sagemaker-us-east-1-123456789012/demand/feature.json",
      "CompletionCriteria": {
        "MaxCandidates": 1,
        "MaxRuntimePerTrainingJobInSeconds": 3600,
        "MaxAutoMLJobRuntimeInSeconds": 36000
      },
      "ForecastFrequency": "W",
      "ForecastHorizon": 4,
      "ForecastQuantiles": ["p10", "p50", "p90"],
      "Transformations": {
        "Filling": {
          "unit_sales": {"middlefill": "zero", "backfill": "zero"},
          "promotion_email": {"middlefill": "zero", "backfill": "zero", "futurefill": "zero"},
          "scaled_price": {
            "middlefill": "value",
            "middlefill_value": "1",
            "backfill": "value",
            "backfill_value": "1",
            "futurefill": "value",
            "futurefill_value": "1"
          }
        },
        "Aggregation": {"unit_sales": "avg"}
      },
      "TimeSeriesConfig": {
        "TargetAttributeName": "unit_sales",
        "TimestampAttributeName": "timestamp",
        "ItemIdentifierAttributeName": "product_code",
        "GroupingAttributeNames": ["location_code", "department"]
      },
      "HolidayConfig": [{"CountryCode": "US"}],
      "CandidateGenerationConfig": {
        "AlgorithmsConfig": [{"AutoMLAlgorithms": ["cnn-qr", "deepar", "prophet", "arima", "ets"]}]
      }
    }
  },
  "AutoMLJobObjective": {"MetricName": "AverageWeightedQuantileLoss"},
  "RoleArn": "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
  "SecurityConfig": {"EnableInterContainerTrafficEncryption": true},
  "Tags": [{"Key": "team", "Value": "demand-planning"}]
})json",
    // V2 time series "1H", horizon 1, quantiles p10/p50/p90 (SDK integration test)
    R"json({
  "AutoMLJobName": "ts-forecast-job-1718000000-7c2e",
  "AutoMLJobInputDataConfig": [
    {
      "DataSource": {
        "S3DataSource": {
          "S3DataType": "S3Prefix",
          "S3Uri": "s3://sagemaker-us-west-2-123456789012/automl-v2/input/sample_time_series.csv"
        }
      },
      "ChannelType": "training",
      "ContentType": "text/csv;header=present"
    }
  ],
  "OutputDataConfig": {
    "S3OutputPath": "s3://sagemaker-us-west-2-123456789012/session-default-prefix/"
  },
  "AutoMLProblemTypeConfig": {
    "TimeSeriesForecastingJobConfig": {
      "ForecastHorizon": 1,
      "ForecastFrequency": "1H",
      "TimeSeriesConfig": {
        "TargetAttributeName": "target",
        "TimestampAttributeName": "timestamp",
        "ItemIdentifierAttributeName": "item_id"
      },
      "ForecastQuantiles": ["p10", "p50", "p90"]
    }
  },
  "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole",
  "SecurityConfig": {"EnableInterContainerTrafficEncryption": false}
})json",
    // V2 text generation: Llama2-7B with the EULA accepted and the four hyperparameters
    R"json({
  "AutoMLJobName": "text-generation-job-name-6",
  "AutoMLJobInputDataConfig": [
    {"DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://mybucket/data"}}}
  ],
  "OutputDataConfig": {"S3OutputPath": "s3://mybucket/"},
  "AutoMLProblemTypeConfig": {
    "TextGenerationJobConfig": {
      "CompletionCriteria": {
        "MaxCandidates": 1,
        "MaxRuntimePerTrainingJobInSeconds": 3600,
        "MaxAutoMLJobRuntimeInSeconds": 36000
      },
      "BaseModelName": "Llama2-7B",
      "ModelAccessConfig": {"AcceptEula": true},
      "TextGenerationHyperParameters": {
        "epochCount": "5",
        "learningRate": "0.5",
        "batchSize": "32",
        "learningRateWarmupSteps": "10"
      }
    }
  },
  "RoleArn": "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
  "SecurityConfig": {"EnableInterContainerTrafficEncryption": false}
})json",
    // V2 text classification: ContentColumn and TargetLabelColumn, completion criteria
    R"json({
  "AutoMLJobName": "text-classification-job-name-5",
  "AutoMLJobInputDataConfig": [
    {"DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://mybucket/data"}}}
  ],
  "OutputDataConfig": {"S3OutputPath": "s3://mybucket/"},
  "AutoMLProblemTypeConfig": {
    "TextClassificationJobConfig": {
      "CompletionCriteria": {
        "MaxCandidates": 1,
        "MaxRuntimePerTrainingJobInSeconds": 3600,
        "MaxAutoMLJobRuntimeInSeconds": 36000
      },
      "ContentColumn": "text",
      "TargetLabelColumn": "class"
    }
  },
  "RoleArn": "arn:aws:iam::123456789012:role/service-role/AmazonSageMaker-ExecutionRole",
  "SecurityConfig": {"EnableInterContainerTrafficEncryption": false}
})json",
    // V2 image classification: image/png training channel (SDK integration test)
    R"json({
  "AutoMLJobName": "image-clf-job-1718000000-e0b6",
  "AutoMLJobInputDataConfig": [
    {
      "DataSource": {
        "S3DataSource": {
          "S3DataType": "S3Prefix",
          "S3Uri": "s3://sagemaker-us-west-2-123456789012/automl-v2/input/cifar10_subset/"
        }
      },
      "ChannelType": "training",
      "ContentType": "image/png"
    }
  ],
  "OutputDataConfig": {
    "S3OutputPath": "s3://sagemaker-us-west-2-123456789012/session-default-prefix/"
  },
  "AutoMLProblemTypeConfig": {
    "ImageClassificationJobConfig": {"CompletionCriteria": {"MaxCandidates": 1}}
  },
  "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole",
  "SecurityConfig": {"EnableInterContainerTrafficEncryption": false}
})json",
};
// BASES-END
constexpr std::size_t kFirstV2Base = 4;

// The members an edit can target, one table for all bases (replacing a member that the base
// lacks creates it): every member of the V1 bases, list items 0 and 1 included, the root, and
// the CreateAutoMLJobV2 members that people write into V1 requests; then every member of the V2
// bases (list items 0 and 1, map entries) and a few members no base has: AutoMLComputeConfig, a
// third channel, the V1 channel members that people write into V2 channels (the V1 top-level
// members are in the first part), filling types that the target column does not support, the
// aggregation of a column that is not the target, image classification's runtime limits. At
// most 256 entries (the pointer index is one byte). make_corpus.sh reads this list (between the
// BEGIN and END lines) to build seeds for this harness.
// clang-format off
// POINTERS-BEGIN
constexpr std::array<std::string_view, 192> kPointers = {
    "",
    "/AutoMLJobName",
    "/InputDataConfig",
    "/InputDataConfig/0",
    "/InputDataConfig/0/ChannelType",
    "/InputDataConfig/0/ContentType",
    "/InputDataConfig/0/CompressionType",
    "/InputDataConfig/0/TargetAttributeName",
    "/InputDataConfig/0/SampleWeightAttributeName",
    "/InputDataConfig/0/DataSource",
    "/InputDataConfig/0/DataSource/S3DataSource",
    "/InputDataConfig/0/DataSource/S3DataSource/S3DataType",
    "/InputDataConfig/0/DataSource/S3DataSource/S3Uri",
    "/InputDataConfig/1",
    "/InputDataConfig/1/ChannelType",
    "/InputDataConfig/1/ContentType",
    "/InputDataConfig/1/CompressionType",
    "/InputDataConfig/1/TargetAttributeName",
    "/InputDataConfig/1/SampleWeightAttributeName",
    "/InputDataConfig/1/DataSource",
    "/InputDataConfig/1/DataSource/S3DataSource",
    "/InputDataConfig/1/DataSource/S3DataSource/S3DataType",
    "/InputDataConfig/1/DataSource/S3DataSource/S3Uri",
    "/InputDataConfig/2",
    "/OutputDataConfig",
    "/OutputDataConfig/S3OutputPath",
    "/OutputDataConfig/KmsKeyId",
    "/ProblemType",
    "/AutoMLJobObjective",
    "/AutoMLJobObjective/MetricName",
    "/AutoMLJobConfig",
    "/AutoMLJobConfig/Mode",
    "/AutoMLJobConfig/CompletionCriteria",
    "/AutoMLJobConfig/CompletionCriteria/MaxCandidates",
    "/AutoMLJobConfig/CompletionCriteria/MaxRuntimePerTrainingJobInSeconds",
    "/AutoMLJobConfig/CompletionCriteria/MaxAutoMLJobRuntimeInSeconds",
    "/AutoMLJobConfig/SecurityConfig",
    "/AutoMLJobConfig/SecurityConfig/VolumeKmsKeyId",
    "/AutoMLJobConfig/SecurityConfig/EnableInterContainerTrafficEncryption",
    "/AutoMLJobConfig/SecurityConfig/VpcConfig",
    "/AutoMLJobConfig/SecurityConfig/VpcConfig/SecurityGroupIds",
    "/AutoMLJobConfig/SecurityConfig/VpcConfig/SecurityGroupIds/0",
    "/AutoMLJobConfig/SecurityConfig/VpcConfig/Subnets",
    "/AutoMLJobConfig/SecurityConfig/VpcConfig/Subnets/0",
    "/AutoMLJobConfig/SecurityConfig/VpcConfig/Subnets/1",
    "/AutoMLJobConfig/CandidateGenerationConfig",
    "/AutoMLJobConfig/CandidateGenerationConfig/FeatureSpecificationS3Uri",
    "/AutoMLJobConfig/CandidateGenerationConfig/AlgorithmsConfig",
    "/AutoMLJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0",
    "/AutoMLJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0/AutoMLAlgorithms",
    "/AutoMLJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0/AutoMLAlgorithms/0",
    "/AutoMLJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0/AutoMLAlgorithms/1",
    "/AutoMLJobConfig/DataSplitConfig",
    "/AutoMLJobConfig/DataSplitConfig/ValidationFraction",
    "/RoleArn",
    "/GenerateCandidateDefinitionsOnly",
    "/Tags",
    "/Tags/0",
    "/Tags/0/Key",
    "/Tags/0/Value",
    "/Tags/1/Key",
    "/ModelDeployConfig",
    "/ModelDeployConfig/AutoGenerateEndpointName",
    "/ModelDeployConfig/EndpointName",
    "/DataSplitConfig",
    "/SecurityConfig",
    "/AutoMLProblemTypeConfig",
    "/AutoMLJobInputDataConfig",
    "/AutoMLJobInputDataConfig/0",
    "/AutoMLJobInputDataConfig/0/ChannelType",
    "/AutoMLJobInputDataConfig/0/ContentType",
    "/AutoMLJobInputDataConfig/0/CompressionType",
    "/AutoMLJobInputDataConfig/0/TargetAttributeName",
    "/AutoMLJobInputDataConfig/0/SampleWeightAttributeName",
    "/AutoMLJobInputDataConfig/0/DataSource",
    "/AutoMLJobInputDataConfig/0/DataSource/S3DataSource",
    "/AutoMLJobInputDataConfig/0/DataSource/S3DataSource/S3DataType",
    "/AutoMLJobInputDataConfig/0/DataSource/S3DataSource/S3Uri",
    "/AutoMLProblemTypeConfig/TabularJobConfig",
    "/AutoMLProblemTypeConfig/TabularJobConfig/TargetAttributeName",
    "/AutoMLProblemTypeConfig/TabularJobConfig/SampleWeightAttributeName",
    "/AutoMLProblemTypeConfig/TabularJobConfig/GenerateCandidateDefinitionsOnly",
    "/AutoMLProblemTypeConfig/TabularJobConfig/FeatureSpecificationS3Uri",
    "/AutoMLProblemTypeConfig/TabularJobConfig/CompletionCriteria",
    "/AutoMLProblemTypeConfig/TabularJobConfig/CompletionCriteria/MaxAutoMLJobRuntimeInSeconds",
    "/AutoMLProblemTypeConfig/TabularJobConfig/CompletionCriteria/MaxCandidates",
    "/AutoMLProblemTypeConfig/TabularJobConfig/CompletionCriteria/MaxRuntimePerTrainingJobInSeconds",
    "/AutoMLProblemTypeConfig/TabularJobConfig/Mode",
    "/AutoMLProblemTypeConfig/TabularJobConfig/ProblemType",
    "/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig",
    "/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig/AlgorithmsConfig",
    "/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0",
    "/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0/AutoMLAlgorithms",
    "/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0/AutoMLAlgorithms/0",
    "/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0/AutoMLAlgorithms/1",
    "/DataSplitConfig/ValidationFraction",
    "/Tags/1",
    "/Tags/1/Value",
    "/SecurityConfig/VolumeKmsKeyId",
    "/SecurityConfig/VpcConfig",
    "/SecurityConfig/VpcConfig/SecurityGroupIds",
    "/SecurityConfig/VpcConfig/SecurityGroupIds/0",
    "/SecurityConfig/VpcConfig/Subnets",
    "/SecurityConfig/VpcConfig/Subnets/0",
    "/SecurityConfig/VpcConfig/Subnets/1",
    "/SecurityConfig/EnableInterContainerTrafficEncryption",
    "/AutoMLComputeConfig",
    "/AutoMLComputeConfig/EmrServerlessComputeConfig",
    "/AutoMLComputeConfig/EmrServerlessComputeConfig/ExecutionRoleARN",
    "/AutoMLJobInputDataConfig/1",
    "/AutoMLJobInputDataConfig/1/ChannelType",
    "/AutoMLJobInputDataConfig/1/CompressionType",
    "/AutoMLJobInputDataConfig/1/TargetAttributeName",
    "/AutoMLJobInputDataConfig/1/DataSource",
    "/AutoMLJobInputDataConfig/1/DataSource/S3DataSource",
    "/AutoMLJobInputDataConfig/1/DataSource/S3DataSource/S3DataType",
    "/AutoMLJobInputDataConfig/1/DataSource/S3DataSource/S3Uri",
    "/AutoMLJobInputDataConfig/2",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/FeatureSpecificationS3Uri",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CompletionCriteria",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CompletionCriteria/MaxCandidates",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CompletionCriteria/MaxRuntimePerTrainingJobInSeconds",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CompletionCriteria/MaxAutoMLJobRuntimeInSeconds",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastFrequency",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastHorizon",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastQuantiles",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastQuantiles/0",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/ForecastQuantiles/1",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/unit_sales",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/unit_sales/middlefill",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/unit_sales/backfill",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/unit_sales/frontfill",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/unit_sales/futurefill",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/unit_sales/backfill_value",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/promotion_email",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/promotion_email/middlefill",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/promotion_email/backfill",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/promotion_email/futurefill",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/scaled_price",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/scaled_price/middlefill",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/scaled_price/middlefill_value",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/scaled_price/backfill",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/scaled_price/backfill_value",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/scaled_price/futurefill",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Filling/scaled_price/futurefill_value",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Aggregation",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Aggregation/unit_sales",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/Transformations/Aggregation/scaled_price",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/TargetAttributeName",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/TimestampAttributeName",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/ItemIdentifierAttributeName",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/GroupingAttributeNames",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/GroupingAttributeNames/0",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/TimeSeriesConfig/GroupingAttributeNames/1",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/HolidayConfig",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/HolidayConfig/0",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/HolidayConfig/0/CountryCode",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CandidateGenerationConfig",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CandidateGenerationConfig/AlgorithmsConfig",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0/AutoMLAlgorithms",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0/AutoMLAlgorithms/0",
    "/AutoMLProblemTypeConfig/TimeSeriesForecastingJobConfig/CandidateGenerationConfig/AlgorithmsConfig/0/AutoMLAlgorithms/1",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/CompletionCriteria",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/CompletionCriteria/MaxCandidates",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/CompletionCriteria/MaxRuntimePerTrainingJobInSeconds",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/CompletionCriteria/MaxAutoMLJobRuntimeInSeconds",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/BaseModelName",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/ModelAccessConfig",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/ModelAccessConfig/AcceptEula",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/TextGenerationHyperParameters",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/TextGenerationHyperParameters/epochCount",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/TextGenerationHyperParameters/learningRate",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/TextGenerationHyperParameters/batchSize",
    "/AutoMLProblemTypeConfig/TextGenerationJobConfig/TextGenerationHyperParameters/learningRateWarmupSteps",
    "/AutoMLProblemTypeConfig/TextClassificationJobConfig",
    "/AutoMLProblemTypeConfig/TextClassificationJobConfig/CompletionCriteria",
    "/AutoMLProblemTypeConfig/TextClassificationJobConfig/CompletionCriteria/MaxCandidates",
    "/AutoMLProblemTypeConfig/TextClassificationJobConfig/CompletionCriteria/MaxRuntimePerTrainingJobInSeconds",
    "/AutoMLProblemTypeConfig/TextClassificationJobConfig/CompletionCriteria/MaxAutoMLJobRuntimeInSeconds",
    "/AutoMLProblemTypeConfig/TextClassificationJobConfig/ContentColumn",
    "/AutoMLProblemTypeConfig/TextClassificationJobConfig/TargetLabelColumn",
    "/AutoMLProblemTypeConfig/ImageClassificationJobConfig",
    "/AutoMLProblemTypeConfig/ImageClassificationJobConfig/CompletionCriteria",
    "/AutoMLProblemTypeConfig/ImageClassificationJobConfig/CompletionCriteria/MaxCandidates",
    "/AutoMLProblemTypeConfig/ImageClassificationJobConfig/CompletionCriteria/MaxRuntimePerTrainingJobInSeconds",
    "/AutoMLProblemTypeConfig/ImageClassificationJobConfig/CompletionCriteria/MaxAutoMLJobRuntimeInSeconds",
};
// POINTERS-END
// clang-format on

enum class Operation : std::uint8_t {
  replace,         ///< Set the value (JSON text, else a string); creates the member if absent.
  replace_string,  ///< Set the value to the payload as a string, even if it parses as JSON.
  erase,           ///< Delete the member or list item.
  duplicate,       ///< Object member: the same key again (a duplicate key in the text);
                   ///< list item: a copy inserted after it.
  rename,          ///< Object member: the key becomes the payload; list item: swapped with the
                   ///< next one.
  wrap,            ///< The value becomes [value] (empty payload) or {payload: value}.
  count
};

using Document = rapidjson::Document;
using Value = rapidjson::Value;
using Pointer = rapidjson::Pointer;

bool valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = byte < 0x80           ? 1
                         : (byte >> 5) == 0x6  ? 2
                         : (byte >> 4) == 0xE  ? 3
                         : (byte >> 3) == 0x1E ? 4
                                               : 0;
    if (length == 0 || i + length > text.size()) return false;
    std::uint32_t code = length == 1 ? byte : byte & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3F);
    }
    static constexpr std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < kMinimum[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return false;
    }
    i += length;
  }
  return true;
}

/// The payload as valid UTF-8: unchanged when it is, else each byte read as Latin-1.
std::string as_utf8(std::string_view bytes) {
  if (valid_utf8(bytes)) return std::string(bytes);
  std::string text;
  for (char c : bytes) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80) {
      text += c;
    } else {
      text += static_cast<char>(0xC0 | (byte >> 6));
      text += static_cast<char>(0x80 | (byte & 0x3F));
    }
  }
  return text;
}

Value string_value(std::string_view bytes, Document::AllocatorType& allocator) {
  std::string text = as_utf8(bytes);
  return Value(text.data(), static_cast<rapidjson::SizeType>(text.size()), allocator);
}

Value payload_value(std::string_view bytes, bool force_string, Document::AllocatorType& allocator) {
  if (!force_string) {
    Document parsed(&allocator);
    parsed.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag>(
        bytes.data(), bytes.size());
    // RapidJSON 1.1.0 accepts a lone \uDC00-\uDFFF escape and stores bytes that are not
    // UTF-8; written out, they would make the request unreadable (and a request holding the
    // escape itself is fuzz_lint_bytes's business), so such a payload is used as a string.
    rapidjson::StringBuffer check;
    rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                      rapidjson::CrtAllocator, rapidjson::kWriteValidateEncodingFlag>
        writer(check);
    if (!parsed.HasParseError() && parsed.Accept(writer)) return Value(parsed, allocator);
  }
  return string_value(bytes, allocator);
}

/// The parent of `pointer`'s target and the target's last reference token, when both exist.
struct Place {
  Value* parent = nullptr;
  std::string_view token;
};

Place place_of(Document& document, std::string_view pointer) {
  std::size_t slash = pointer.rfind('/');
  if (pointer.empty() || slash == std::string_view::npos) return {};
  std::string parent_path(pointer.substr(0, slash));
  Value* parent = parent_path.empty()
                      ? &document
                      : Pointer(parent_path.c_str(), parent_path.size()).Get(document);
  if (!parent) return {};
  return {parent, pointer.substr(slash + 1)};  // The tokens above need no ~ unescaping.
}

/// Index of `token` in a list, if it is a valid index of this list.
bool list_index(const Value& list, std::string_view token, rapidjson::SizeType& index) {
  if (!list.IsArray() || token.empty() || token.size() > 4) return false;
  index = 0;
  for (char c : token) {
    if (c < '0' || c > '9') return false;
    index = index * 10 + static_cast<rapidjson::SizeType>(c - '0');
  }
  return index < list.Size();
}

void apply(Document& document, std::string_view pointer, Operation operation,
           std::string_view payload) {
  auto& allocator = document.GetAllocator();
  std::string path(pointer);
  Pointer target(path.c_str(), path.size());
  switch (operation) {
    case Operation::replace:
    case Operation::replace_string: {
      Value value = payload_value(payload, operation == Operation::replace_string, allocator);
      if (pointer.empty()) {
        document.CopyFrom(value, allocator);  // Root: the value replaces the whole request.
      } else {
        target.Set(document, value, allocator);
      }
      return;
    }
    case Operation::erase:
      if (!pointer.empty()) target.Erase(document);
      return;
    case Operation::duplicate:
    case Operation::rename: {
      Place place = place_of(document, pointer);
      if (!place.parent) return;
      if (place.parent->IsObject()) {
        // By index: comparing RapidJSON 1.1's member iterators trips clang's C++20
        // -Wambiguous-reversed-operator.
        Value::MemberIterator member = place.parent->MemberBegin();
        rapidjson::SizeType count = place.parent->MemberCount();
        rapidjson::SizeType i = 0;
        while (i < count && std::string_view(member[i].name.GetString(),
                                             member[i].name.GetStringLength()) != place.token) {
          ++i;
        }
        if (i == count) return;
        member += static_cast<std::ptrdiff_t>(i);
        if (operation == Operation::rename) {
          member->name = string_value(payload, allocator);
        } else {
          Value name(member->name, allocator);
          Value value(member->value, allocator);
          place.parent->AddMember(name, value, allocator);
        }
        return;
      }
      rapidjson::SizeType index = 0;
      if (!list_index(*place.parent, place.token, index)) return;
      Value& list = *place.parent;
      if (operation == Operation::rename) {
        if (index + 1 < list.Size()) list[index].Swap(list[index + 1]);
        return;
      }
      Value copy(list[index], allocator);
      list.PushBack(copy, allocator);
      for (rapidjson::SizeType i = list.Size() - 1; i > index + 1; --i) list[i].Swap(list[i - 1]);
      return;
    }
    case Operation::wrap: {
      Value* value = pointer.empty() ? &document : target.Get(document);
      if (!value) return;
      Value inner(*value, allocator);
      if (payload.empty()) {
        value->SetArray();
        value->PushBack(inner, allocator);
      } else {
        value->SetObject();
        value->AddMember(string_value(payload, allocator), inner, allocator);
      }
      return;
    }
    case Operation::count:
      return;
  }
}

std::string serialize(const Document& document, bool pretty, bool bom, bool crlf) {
  rapidjson::StringBuffer buffer;
  if (pretty) {
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    document.Accept(writer);
  } else {
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    document.Accept(writer);
  }
  std::string text = bom ? "\xEF\xBB\xBF" : "";
  for (std::size_t i = 0; i < buffer.GetSize(); ++i) {
    char c = buffer.GetString()[i];
    if (c == '\n' && crlf) text += '\r';
    text += c;
  }
  return text;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // The bases should lint clean, so that each finding comes from an edit, and be read as the API
  // they are written for; a rule that starts flagging one is worth a look, but does not stop
  // fuzzing.
  static_assert(kBaseRequests.size() <= 16 && kFirstV2Base <= kBaseRequests.size());
  static_assert(kPointers.size() <= 256);
  for (std::size_t i = 0; i < kBaseRequests.size(); ++i) {
    automl_lint::LintResult result =
        automl_lint_fuzz::linter().lint_buffer(kBaseRequests[i], "base");
    for (const automl_lint::Diagnostic& d : result.diagnostics) {
      std::fprintf(stderr, "fuzz_lint_request: base request %zu is not clean: %s at %s\n", i,
                   d.rule.c_str(), d.pointer.c_str());
    }
    automl_lint::ApiVersion api =
        i < kFirstV2Base ? automl_lint::ApiVersion::v1 : automl_lint::ApiVersion::v2;
    if (result.api != api) {
      std::fprintf(stderr, "fuzz_lint_request: base request %zu is not read as %s\n", i,
                   std::string(automl_lint::operation_name(api)).c_str());
    }
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return -1;  // Not added to the corpus.
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto flags = static_cast<std::uint8_t>(input[0]);
  std::size_t edits = 1 + static_cast<std::uint8_t>(input[1]) % 4;
  Document document;
  std::string_view base = kBaseRequests[(flags & 15) % kBaseRequests.size()];
  document.Parse(base.data(), base.size());
  automl_lint_fuzz::require(!document.HasParseError() && document.IsObject(),
                            "the base requests parse");

  std::size_t at = 2;
  for (std::size_t edit = 0; edit < edits && at + 3 <= size; ++edit) {
    std::string_view pointer = kPointers[static_cast<std::uint8_t>(input[at]) % kPointers.size()];
    auto operation = static_cast<Operation>(static_cast<std::uint8_t>(input[at + 1]) %
                                            static_cast<std::uint8_t>(Operation::count));
    std::size_t length = static_cast<std::uint8_t>(input[at + 2]);
    at += 3;
    bool last = edit + 1 == edits || at + length + 3 > size;
    std::string_view payload = last ? input.substr(at) : input.substr(at, length);
    at += payload.size();
    apply(document, pointer, operation, payload);
  }

  std::string text = serialize(document, flags & 16, flags & 32, flags & 64);
  automl_lint::LintResult result = automl_lint_fuzz::lint_and_check(text);
  for (const automl_lint::Diagnostic& d : result.diagnostics) {
    automl_lint_fuzz::require(d.rule != "AML001" && d.rule != "AML002",
                              "a serialized document has no parse or encoding error");
  }
  return 0;
}
