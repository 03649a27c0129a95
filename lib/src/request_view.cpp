#include "request_view.hpp"

#include <rapidjson/document.h>

#include "source_document.hpp"

namespace automl_lint::rules {
namespace {

using Json = rapidjson::Value;

/// Reads members of one JSON object into fields, building their pointers.
class ObjectReader {
 public:
  ObjectReader(const Json* object, std::string pointer)
      : object_(object && object->IsObject() ? object : nullptr), pointer_(std::move(pointer)) {}

  const Json* member(const char* name) const {
    if (!object_) return nullptr;
    auto found = object_->FindMember(name);
    return found == object_->MemberEnd() ? nullptr : &found->value;
  }
  std::string pointer_of(const char* name) const {
    return pointer_ + "/" + detail::escape_pointer_token(name);
  }

  template <typename T>
  Field<T> field(const char* name) const {
    Field<T> result{pointer_of(name), false, std::nullopt};
    const Json* value = member(name);
    if (!value) return result;
    result.present = true;
    if constexpr (std::is_same_v<T, std::string>) {
      if (value->IsString()) result.value.emplace(value->GetString(), value->GetStringLength());
    } else if constexpr (std::is_same_v<T, bool>) {
      if (value->IsBool()) result.value = value->GetBool();
    } else if constexpr (std::is_same_v<T, std::int64_t>) {
      if (value->IsInt64()) result.value = value->GetInt64();
    } else {
      if (value->IsNumber()) result.value = value->GetDouble();
    }
    return result;
  }

  /// Fills a Section's place and presence; returns a reader for its members.
  ObjectReader section(const char* name, Section& section) const {
    section.pointer = pointer_of(name);
    const Json* value = member(name);
    section.present = value != nullptr;
    section.well_formed = value && value->IsObject();
    return ObjectReader(value, section.pointer);
  }

  /// Reads a list member whose items are objects read by `read_item`.
  template <typename T, typename ReadItem>
  List<T> list(const char* name, ReadItem read_item) const {
    List<T> result;
    result.pointer = pointer_of(name);
    const Json* value = member(name);
    result.present = value != nullptr;
    result.well_formed = value && value->IsArray();
    if (!result.well_formed) return result;
    for (rapidjson::SizeType i = 0; i < value->Size(); ++i) {
      result.items.push_back(read_item(&(*value)[i], result.pointer + "/" + std::to_string(i)));
    }
    return result;
  }

  List<Text> text_list(const char* name) const {
    return list<Text>(name, [](const Json* item, const std::string& pointer) {
      Text text{pointer, true, std::nullopt};
      if (item->IsString()) text.value.emplace(item->GetString(), item->GetStringLength());
      return text;
    });
  }

 private:
  const Json* object_;
  std::string pointer_;
};

Channel read_channel(const Json* json, const std::string& pointer) {
  Channel channel;
  channel.pointer = pointer;
  channel.present = true;
  channel.well_formed = json->IsObject();
  ObjectReader reader(json, pointer);
  channel.channel_type = reader.field<std::string>("ChannelType");
  channel.content_type = reader.field<std::string>("ContentType");
  channel.compression_type = reader.field<std::string>("CompressionType");
  channel.target_attribute_name = reader.field<std::string>("TargetAttributeName");
  channel.sample_weight_attribute_name = reader.field<std::string>("SampleWeightAttributeName");
  Section s3_data_source;
  ObjectReader s3 =
      reader.section("DataSource", channel.data_source).section("S3DataSource", s3_data_source);
  channel.s3_data_type = s3.field<std::string>("S3DataType");
  channel.s3_uri = s3.field<std::string>("S3Uri");
  return channel;
}

Tag read_tag(const Json* json, const std::string& pointer) {
  Tag tag;
  tag.pointer = pointer;
  tag.present = true;
  tag.well_formed = json->IsObject();
  ObjectReader reader(json, pointer);
  tag.key = reader.field<std::string>("Key");
  tag.value = reader.field<std::string>("Value");
  return tag;
}

AlgorithmConfig read_algorithm_config(const Json* json, const std::string& pointer) {
  AlgorithmConfig config;
  config.pointer = pointer;
  config.present = true;
  config.well_formed = json->IsObject();
  config.auto_ml_algorithms = ObjectReader(json, pointer).text_list("AutoMLAlgorithms");
  return config;
}

void read_job_config(const ObjectReader& root, AutoMLJobConfig& config) {
  ObjectReader job = root.section("AutoMLJobConfig", config);
  auto& criteria = config.completion_criteria;
  ObjectReader criteria_reader = job.section("CompletionCriteria", criteria);
  criteria.max_candidates = criteria_reader.field<std::int64_t>("MaxCandidates");
  criteria.max_runtime_per_training_job_in_seconds =
      criteria_reader.field<std::int64_t>("MaxRuntimePerTrainingJobInSeconds");
  criteria.max_auto_ml_job_runtime_in_seconds =
      criteria_reader.field<std::int64_t>("MaxAutoMLJobRuntimeInSeconds");

  auto& security = config.security_config;
  ObjectReader security_reader = job.section("SecurityConfig", security);
  security.volume_kms_key_id = security_reader.field<std::string>("VolumeKmsKeyId");
  security.enable_inter_container_traffic_encryption =
      security_reader.field<bool>("EnableInterContainerTrafficEncryption");
  ObjectReader vpc = security_reader.section("VpcConfig", security.vpc_config);
  security.vpc_config.security_group_ids = vpc.text_list("SecurityGroupIds");
  security.vpc_config.subnets = vpc.text_list("Subnets");

  auto& candidates = config.candidate_generation_config;
  ObjectReader candidates_reader = job.section("CandidateGenerationConfig", candidates);
  candidates.feature_specification_s3_uri =
      candidates_reader.field<std::string>("FeatureSpecificationS3Uri");
  candidates.algorithms_config =
      candidates_reader.list<AlgorithmConfig>("AlgorithmsConfig", read_algorithm_config);

  ObjectReader split = job.section("DataSplitConfig", config.data_split_config);
  config.data_split_config.validation_fraction = split.field<double>("ValidationFraction");
  config.mode = job.field<std::string>("Mode");
}

}  // namespace

std::string Channel::effective_channel_type() const {
  return channel_type.value.value_or("training");
}

std::string Channel::effective_content_type() const {
  return content_type.value.value_or("text/csv;header=present");
}

std::string Channel::effective_compression_type() const {
  return compression_type.value.value_or("None");
}

std::vector<const Channel*> V1Request::channels_of_type(const std::string& type) const {
  std::vector<const Channel*> channels;
  for (const Channel& channel : input_data_config.items) {
    if (channel.effective_channel_type() == type) channels.push_back(&channel);
  }
  return channels;
}

V1Request make_v1_request(const detail::SourceDocument& document) {
  const Json& json = document.root();
  ObjectReader root(&json, "");
  V1Request request;
  request.auto_ml_job_name = root.field<std::string>("AutoMLJobName");
  request.input_data_config = root.list<Channel>("InputDataConfig", read_channel);
  ObjectReader output = root.section("OutputDataConfig", request.output_data_config);
  request.output_data_config.s3_output_path = output.field<std::string>("S3OutputPath");
  request.output_data_config.kms_key_id = output.field<std::string>("KmsKeyId");
  request.problem_type = root.field<std::string>("ProblemType");
  ObjectReader objective = root.section("AutoMLJobObjective", request.auto_ml_job_objective);
  request.auto_ml_job_objective.metric_name = objective.field<std::string>("MetricName");
  read_job_config(root, request.auto_ml_job_config);
  request.role_arn = root.field<std::string>("RoleArn");
  request.generate_candidate_definitions_only =
      root.field<bool>("GenerateCandidateDefinitionsOnly");
  request.tags = root.list<Tag>("Tags", read_tag);
  ObjectReader deploy = root.section("ModelDeployConfig", request.model_deploy_config);
  request.model_deploy_config.auto_generate_endpoint_name =
      deploy.field<bool>("AutoGenerateEndpointName");
  request.model_deploy_config.endpoint_name = deploy.field<std::string>("EndpointName");
  if (json.IsObject()) {
    for (const auto& member : json.GetObject()) {
      request.root_keys.emplace_back(member.name.GetString(), member.name.GetStringLength());
    }
  }
  return request;
}

}  // namespace automl_lint::rules
