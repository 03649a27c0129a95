// A typed, read-only view of a CreateAutoMLJob (V1) request for the cross-field rules.
//
// Every field knows its JSON pointer and whether its key is present, so rules report exact
// places without touching the JSON library. A member of the wrong type is `present` but has no
// `value` (the schema already reports it), which keeps rules from cascading on it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace automl_lint::detail {
class SourceDocument;
}
namespace automl_lint::data {
struct DataView;
}

namespace automl_lint::rules {

template <typename T>
struct Field {
  std::string pointer;     ///< Where the member is, or would be.
  bool present = false;    ///< The key exists, whatever its value.
  std::optional<T> value;  ///< Set when present and of the expected type.

  bool has_value() const { return value.has_value(); }
  const T& operator*() const { return *value; }
  const T* operator->() const { return &*value; }
  /// True when present with exactly this value.
  bool is(const T& expected) const { return value && *value == expected; }
};

using Text = Field<std::string>;
using Integer = Field<std::int64_t>;
using Number = Field<double>;
using Flag = Field<bool>;

/// An object member: where it is and whether it is there.
struct Section {
  std::string pointer;
  bool present = false;
  /// Present and of the expected kind (an object, or a list for List): a rule that looks at a
  /// member of the wrong kind would only repeat the schema's finding.
  bool well_formed = false;
};

template <typename T>
struct List : Section {
  std::vector<T> items;  ///< Only when the member is a list.
};

struct Channel : Section {
  Section data_source;  ///< DataSource; its S3DataSource members are below.
  Text channel_type;
  Text content_type;
  Text compression_type;
  Text target_attribute_name;
  Text sample_weight_attribute_name;
  Text s3_data_type;
  Text s3_uri;

  /// Documented defaults: ChannelType training, ContentType text/csv;header=present,
  /// CompressionType None.
  std::string effective_channel_type() const;
  std::string effective_content_type() const;
  std::string effective_compression_type() const;
};

struct Tag : Section {
  Text key;
  Text value;
};

struct AlgorithmConfig : Section {
  List<Text> auto_ml_algorithms;
};

struct CompletionCriteria : Section {
  Integer max_candidates;
  Integer max_runtime_per_training_job_in_seconds;
  Integer max_auto_ml_job_runtime_in_seconds;
};

struct VpcConfig : Section {
  List<Text> security_group_ids;
  List<Text> subnets;
};

struct SecurityConfig : Section {
  Text volume_kms_key_id;
  Flag enable_inter_container_traffic_encryption;
  VpcConfig vpc_config;
};

struct CandidateGenerationConfig : Section {
  Text feature_specification_s3_uri;
  List<AlgorithmConfig> algorithms_config;
};

struct DataSplitConfig : Section {
  Number validation_fraction;
};

struct AutoMLJobConfig : Section {
  CompletionCriteria completion_criteria;
  SecurityConfig security_config;
  CandidateGenerationConfig candidate_generation_config;
  DataSplitConfig data_split_config;
  Text mode;

  /// Mode absent behaves like AUTO (the service infers it from the dataset size).
  std::string effective_mode() const { return mode.value.value_or("AUTO"); }
};

struct OutputDataConfig : Section {
  Text s3_output_path;
  Text kms_key_id;
};

struct AutoMLJobObjective : Section {
  Text metric_name;
};

struct ModelDeployConfig : Section {
  Flag auto_generate_endpoint_name;
  Text endpoint_name;
};

struct V1Request {
  Text auto_ml_job_name;
  List<Channel> input_data_config;
  OutputDataConfig output_data_config;
  Text problem_type;
  AutoMLJobObjective auto_ml_job_objective;
  AutoMLJobConfig auto_ml_job_config;
  Text role_arn;
  Flag generate_candidate_definitions_only;
  List<Tag> tags;
  ModelDeployConfig model_deploy_config;
  /// Every top-level key as written, in order (for members that belong elsewhere).
  std::vector<std::string> root_keys;

  /// What the data the request points at looks like; null without --data-root (data rules then
  /// do nothing).
  const data::DataView* data = nullptr;

  /// The channels whose effective ChannelType is `type`.
  std::vector<const Channel*> channels_of_type(const std::string& type) const;
};

/// Builds the view of a parsed document (whose root may be of any type).
V1Request make_v1_request(const detail::SourceDocument& document);

}  // namespace automl_lint::rules
