// A typed, read-only view of a CreateAutoMLJob (V1) or CreateAutoMLJobV2 request for the
// cross-field rules, in the shape of V2 (see docs/design/v2.md).
//
// Every field knows the JSON pointer of the member it was read from, in the file as written, and
// whether its key is present, so one rule reports exact places in either version without
// touching the JSON library. A V1 request is read through the table of member moves
// (member_moves.hpp): its ProblemType lands in `tabular.problem_type` with the pointer
// `/ProblemType`. A member of the wrong type is `present` but has no `value` (the schema already
// reports it), which keeps rules from cascading on it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "automl_lint/linter.hpp"
#include "automl_lint/rules.hpp"

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
  template <typename U>
  bool is(const U& expected) const {
    return value && *value == expected;
  }
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

/// A map member (string keys chosen by the user): its entries in file order.
template <typename T>
struct Map : Section {
  struct Entry {
    std::string key;
    T value;  ///< Its pointer is the entry's; report `at_key` to point at the key.
  };
  std::vector<Entry> entries;
  const Entry* find(std::string_view key) const {
    for (const Entry& entry : entries) {
      if (entry.key == key) return &entry;
    }
    return nullptr;
  }
};

struct Channel : Section {
  std::size_t index = 0;  ///< Position in the channel list.
  Section data_source;    ///< DataSource; its S3DataSource members are below.
  Text channel_type;
  Text content_type;
  Text compression_type;
  Text s3_data_type;
  Text s3_uri;
  /// V1 only: each V1 channel names the target and weight columns (V2 has one of each, in
  /// TabularJobConfig). Use Request::target_for() and weight_for() to read them in both.
  Text target_attribute_name;
  Text sample_weight_attribute_name;
  /// The documented default ContentType for the request's problem type (image/* for image
  /// classification, CSV with a header for the others).
  std::string_view default_content_type = "text/csv;header=present";

  /// Documented defaults: ChannelType training, CompressionType None.
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

struct DataSplitConfig : Section {
  Number validation_fraction;
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

struct ComputeConfig : Section {
  Section emr_serverless_compute_config;
  Text execution_role_arn;
};

/// The members every problem type configuration has.
struct ProblemConfig : Section {
  CompletionCriteria completion_criteria;
};

/// TabularJobConfig in V2; in V1 its members are spread over the request (member_moves.hpp).
struct TabularJobConfig : ProblemConfig {
  Text problem_type;
  Text target_attribute_name;
  Text sample_weight_attribute_name;
  Text mode;
  Section candidate_generation_config;
  List<AlgorithmConfig> algorithms_config;
  Text feature_specification_s3_uri;
  Flag generate_candidate_definitions_only;

  /// Mode absent behaves like AUTO (the service infers it from the dataset size).
  std::string effective_mode() const { return mode.value.value_or("AUTO"); }
};

struct TimeSeriesConfig : Section {
  Text target_attribute_name;
  Text timestamp_attribute_name;
  Text item_identifier_attribute_name;
  List<Text> grouping_attribute_names;
};

struct TimeSeriesForecastingJobConfig : ProblemConfig {
  Text feature_specification_s3_uri;
  Text forecast_frequency;
  Integer forecast_horizon;
  List<Text> forecast_quantiles;
  Section transformations;
  /// Transformations/Filling: column name -> (filling key -> value).
  Map<Map<Text>> filling;
  /// Transformations/Aggregation: column name -> aggregation.
  Map<Text> aggregation;
  TimeSeriesConfig time_series_config;
  List<Text> holiday_country_codes;  ///< HolidayConfig/*/CountryCode, one per entry.
  Section candidate_generation_config;
  List<AlgorithmConfig> algorithms_config;
};

/// The model fine-tuned when BaseModelName is absent (API_TextGenerationJobConfig).
inline constexpr std::string_view kDefaultBaseModelName = "Falcon7BInstruct";

struct TextGenerationJobConfig : ProblemConfig {
  Text base_model_name;
  Map<Text> hyper_parameters;  ///< TextGenerationHyperParameters.
  Section model_access_config;
  Flag accept_eula;

  /// The model the job fine-tunes: the one named, the default when BaseModelName is absent, and
  /// nullopt when it is present but not a string (the schema reports it).
  std::optional<std::string_view> effective_base_model_name() const {
    if (!base_model_name.present) return kDefaultBaseModelName;
    if (!base_model_name.has_value()) return std::nullopt;
    return *base_model_name;
  }
};

struct TextClassificationJobConfig : ProblemConfig {
  Text content_column;
  Text target_label_column;
};

using ImageClassificationJobConfig = ProblemConfig;

struct Request {
  ApiVersion api = ApiVersion::v1;
  /// V1: always tabular. V2: the one member of AutoMLProblemTypeConfig, or unknown when it has
  /// none, several, or is not an object.
  ProblemKind problem = ProblemKind::tabular;

  Text auto_ml_job_name;
  List<Channel> channels;  ///< InputDataConfig (V1) or AutoMLJobInputDataConfig (V2).
  OutputDataConfig output_data_config;
  Section problem_type_config;  ///< V2 AutoMLProblemTypeConfig; absent in V1.
  TabularJobConfig tabular;
  TimeSeriesForecastingJobConfig time_series;
  TextGenerationJobConfig text_generation;
  TextClassificationJobConfig text_classification;
  ImageClassificationJobConfig image_classification;
  AutoMLJobObjective objective;
  SecurityConfig security_config;
  DataSplitConfig data_split_config;
  ModelDeployConfig model_deploy_config;
  ComputeConfig compute_config;  ///< V2 only.
  Text role_arn;
  List<Tag> tags;
  /// Every top-level key as written, in order (for members that belong elsewhere).
  std::vector<std::string> root_keys;
  /// V2 requests only: the members of a V1 AutoMLJobConfig written into them by mistake, as V1
  /// pointers (CandidateGenerationConfig's members one level deeper), to say where each goes.
  std::vector<std::string> misplaced_job_config_members;

  /// What the data the request points at looks like; null without --data-root (data rules then
  /// do nothing).
  const data::DataView* data = nullptr;

  bool is_v1() const { return api == ApiVersion::v1; }
  /// "CreateAutoMLJob" or "CreateAutoMLJobV2".
  std::string_view operation() const;
  /// The problem type configuration in use (the tabular one in V1), or nullptr when unknown.
  const ProblemConfig* problem_config() const;
  /// Its completion criteria (an absent Section when the problem type is unknown).
  const CompletionCriteria& completion_criteria() const;
  /// The target column that applies to `channel`: its own in V1, the job's in V2 (tabular).
  const Text& target_for(const Channel& channel) const;
  const Text& weight_for(const Channel& channel) const;
  /// The channels whose effective ChannelType is `type`.
  std::vector<const Channel*> channels_of_type(const std::string& type) const;
};

/// Which API a parsed document is written for, judged from its top-level keys: each key that
/// exists in only one version votes for it. A tie is V2 when the request has
/// AutoMLProblemTypeConfig, else V1 when it has InputDataConfig or no vote at all, else V2.
ApiVersion detect_api(const detail::SourceDocument& document);

/// The top-level members of CreateAutoMLJob and CreateAutoMLJobV2 together, sorted (a test
/// compares them with the schemas).
std::span<const std::string_view> request_root_members();

/// True when the parsed document is probably an Autopilot request: its root is an object with
/// a key that names a top-level member of either request, ignoring case (so a request whose
/// every key is misspelled in case only is still linted). package.json or a CI configuration is
/// not.
bool looks_like_request(const detail::SourceDocument& document);

/// The same for text that could not be parsed: true when it contains "AutoML" (every request
/// has AutoMLJobName), so a request with a syntax error is reported while a broken file of
/// another tool is not.
bool text_looks_like_request(std::string_view text);

/// Builds the view of a parsed document (whose root may be of any type) as `api`.
Request make_request(const detail::SourceDocument& document, ApiVersion api);

}  // namespace automl_lint::rules
