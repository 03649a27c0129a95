// What input CreateAutoMLJobV2 reads per problem type: the S3DataType values, and where Gzip
// compression is documented. Data for s3-data-type-per-problem and compression-gzip-scope.
//
// S3DataType: API_CreateAutoMLJobV2, AutoMLJobInputDataConfig ("The supported formats depend on
// the problem type: For tabular problem types: S3Prefix, ManifestFile. For image classification:
// S3Prefix, ManifestFile, AugmentedManifestFile. For text classification: S3Prefix. For
// time-series forecasting: S3Prefix. For text generation (LLMs fine-tuning): S3Prefix."),
// https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateAutoMLJobV2.html
// Gzip: API_AutoMLJobChannel, CompressionType ("We allow the compression type Gzip for S3Prefix
// inputs on tabular data only. For all other inputs, the compression type should be None."),
// https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLJobChannel.html
// The time-series developer guide contradicts it ("Optionally, you can specify the content (CSV
// or Parquet files) and compression (GZip) types"), and the text classification guide calls its
// CSV and Parquet input "tabular data": for those two the finding is a warning (`disputed`).
#pragma once

#include <span>
#include <string_view>

#include "automl_lint/rules.hpp"

namespace automl_lint::rules {

/// Every value of the S3DataType enum (values outside it are the schema's).
inline constexpr std::string_view kS3DataTypes[] = {"ManifestFile", "S3Prefix",
                                                    "AugmentedManifestFile"};

enum class GzipInput {
  s3_prefix_only,  ///< Documented for S3Prefix input (tabular).
  not_allowed,     ///< The API reference says None, and no page says otherwise.
  disputed,        ///< The API reference says None; a developer guide page suggests Gzip.
};

struct ProblemInputs {
  ProblemKind problem;
  std::span<const std::string_view> s3_data_types;  ///< In the order the API reference lists them.
  GzipInput gzip;
};

inline constexpr std::string_view kTabularS3DataTypes[] = {"S3Prefix", "ManifestFile"};
inline constexpr std::string_view kImageS3DataTypes[] = {"S3Prefix", "ManifestFile",
                                                         "AugmentedManifestFile"};
inline constexpr std::string_view kPrefixOnly[] = {"S3Prefix"};

inline constexpr ProblemInputs kProblemInputs[] = {
    {ProblemKind::tabular, kTabularS3DataTypes, GzipInput::s3_prefix_only},
    {ProblemKind::time_series, kPrefixOnly, GzipInput::disputed},
    {ProblemKind::text_generation, kPrefixOnly, GzipInput::not_allowed},
    {ProblemKind::text_classification, kPrefixOnly, GzipInput::disputed},
    {ProblemKind::image_classification, kImageS3DataTypes, GzipInput::not_allowed},
};

/// The inputs of a V2 problem type, or nullptr when the problem type is unknown.
inline const ProblemInputs* inputs_of(ProblemKind problem) {
  for (const ProblemInputs& inputs : kProblemInputs) {
    if (inputs.problem == problem) return &inputs;
  }
  return nullptr;
}

inline bool lists_input(std::span<const std::string_view> names, std::string_view name) {
  for (std::string_view listed : names) {
    if (listed == name) return true;
  }
  return false;
}

}  // namespace automl_lint::rules
