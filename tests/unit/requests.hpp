// Requests shared by the unit tests.
#pragma once

#include <string>

namespace test_requests {

/// The smallest valid CreateAutoMLJob request: every required member, nothing else.
inline const std::string kValid =
    R"({"AutoMLJobName": "churn-1",
 "InputDataConfig": [{"DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
   "S3Uri": "s3://bucket/train/"}}, "TargetAttributeName": "y"}],
 "OutputDataConfig": {"S3OutputPath": "s3://bucket/out/"},
 "RoleArn": "arn:aws:iam::123456789012:role/SageMakerRole"})";

/// kValid with one more top-level member, e.g. R"("ProblemType": "Regression")".
inline std::string with_member(const std::string& member) {
  std::string text = kValid.substr(0, kValid.size() - 1);
  return text.append(", ").append(member).append("}");
}

}  // namespace test_requests
