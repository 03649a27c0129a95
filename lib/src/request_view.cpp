#include "request_view.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <functional>
#include <map>

#include "member_moves.hpp"
#include "source_document.hpp"

namespace automl_lint::rules {
namespace {

using Json = rapidjson::Value;

constexpr std::string_view kProblemTypeConfig = "/AutoMLProblemTypeConfig";

template <typename T>
void read_value(const Json* value, Field<T>& field) {
  if (!value) return;
  field.present = true;
  if constexpr (std::is_same_v<T, std::string>) {
    if (value->IsString()) field.value.emplace(value->GetString(), value->GetStringLength());
  } else if constexpr (std::is_same_v<T, bool>) {
    if (value->IsBool()) field.value = value->GetBool();
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    if (value->IsInt64()) field.value = value->GetInt64();
  } else {
    // ±infinity (a number beyond double range) and NaN (YAML .nan) are the schema's to report.
    if (value->IsNumber() && std::isfinite(value->GetDouble())) field.value = value->GetDouble();
  }
}

/// Reads members of one JSON object into fields, building their pointers.
class ObjectReader {
 public:
  ObjectReader(const Json* object, std::string pointer)
      : object_(object && object->IsObject() ? object : nullptr), pointer_(std::move(pointer)) {}

  const Json* member(std::string_view name) const {
    if (!object_) return nullptr;
    auto found = object_->FindMember(
        Json(rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size()))));
    return found == object_->MemberEnd() ? nullptr : &found->value;
  }
  std::string pointer_of(std::string_view name) const {
    std::string pointer;  // One allocation: most names need no escape.
    pointer.reserve(pointer_.size() + 1 + name.size());
    pointer.append(pointer_).append(1, '/');
    if (detail::needs_escape(name)) return pointer + detail::escape_pointer_token(name);
    return pointer.append(name);
  }

  template <typename T>
  Field<T> field(std::string_view name) const {
    Field<T> result{pointer_of(name), false, std::nullopt};
    read_value(member(name), result);
    return result;
  }

  /// Fills a Section's place and presence; returns a reader for its members.
  ObjectReader section(std::string_view name, Section& section) const {
    section.pointer = pointer_of(name);
    const Json* value = member(name);
    section.present = value != nullptr;
    section.well_formed = value && value->IsObject();
    return ObjectReader(value, section.pointer);
  }

  /// Reads a list member whose items are read by `read_item(json, pointer, index)`.
  template <typename T, typename ReadItem>
  List<T> list(std::string_view name, ReadItem read_item) const {
    List<T> result;
    result.pointer = pointer_of(name);
    const Json* value = member(name);
    result.present = value != nullptr;
    result.well_formed = value && value->IsArray();
    if (!result.well_formed) return result;
    for (rapidjson::SizeType i = 0; i < value->Size(); ++i) {
      result.items.push_back(read_item(&(*value)[i], result.pointer + "/" + std::to_string(i), i));
    }
    return result;
  }

  List<Text> text_list(std::string_view name) const {
    return list<Text>(name, [](const Json* item, const std::string& pointer, std::size_t) {
      Text text{pointer, false, std::nullopt};
      read_value(item, text);
      return text;
    });
  }

  /// Reads a map member whose values are read by `read_value(json, pointer)`.
  template <typename T, typename ReadValue>
  Map<T> map(std::string_view name, ReadValue read_entry) const {
    Map<T> result;
    ObjectReader entries = section(name, result);
    if (!entries.object_) return result;
    for (const auto& member : entries.object_->GetObject()) {
      std::string key(member.name.GetString(), member.name.GetStringLength());
      std::string pointer = entries.pointer_of(key);
      result.entries.push_back({std::move(key), read_entry(&member.value, std::move(pointer))});
    }
    return result;
  }

 private:
  const Json* object_;
  std::string pointer_;
};

Text text_at(const Json* json, std::string pointer) {
  Text text{std::move(pointer), false, std::nullopt};
  read_value(json, text);
  return text;
}

Channel read_channel(const Json* json, const std::string& pointer, std::size_t index) {
  Channel channel;
  channel.pointer = pointer;
  channel.index = index;
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

Tag read_tag(const Json* json, const std::string& pointer, std::size_t) {
  Tag tag;
  tag.pointer = pointer;
  tag.present = true;
  tag.well_formed = json->IsObject();
  ObjectReader reader(json, pointer);
  tag.key = reader.field<std::string>("Key");
  tag.value = reader.field<std::string>("Value");
  return tag;
}

AlgorithmConfig read_algorithm_config(const Json* json, const std::string& pointer, std::size_t) {
  AlgorithmConfig config;
  config.pointer = pointer;
  config.present = true;
  config.well_formed = json->IsObject();
  config.auto_ml_algorithms = ObjectReader(json, pointer).text_list("AutoMLAlgorithms");
  return config;
}

void read_completion_criteria(const ObjectReader& parent, CompletionCriteria& criteria) {
  ObjectReader reader = parent.section("CompletionCriteria", criteria);
  criteria.max_candidates = reader.field<std::int64_t>("MaxCandidates");
  criteria.max_runtime_per_training_job_in_seconds =
      reader.field<std::int64_t>("MaxRuntimePerTrainingJobInSeconds");
  criteria.max_auto_ml_job_runtime_in_seconds =
      reader.field<std::int64_t>("MaxAutoMLJobRuntimeInSeconds");
}

void read_security_config(const ObjectReader& reader, SecurityConfig& security) {
  security.volume_kms_key_id = reader.field<std::string>("VolumeKmsKeyId");
  security.enable_inter_container_traffic_encryption =
      reader.field<bool>("EnableInterContainerTrafficEncryption");
  ObjectReader vpc = reader.section("VpcConfig", security.vpc_config);
  security.vpc_config.security_group_ids = vpc.text_list("SecurityGroupIds");
  security.vpc_config.subnets = vpc.text_list("Subnets");
}

constexpr std::string_view kTabular = "/AutoMLProblemTypeConfig/TabularJobConfig";

/// The V2 members the V1 view reads through the member moves: their V1 places are worked out
/// once, not per file.
constexpr std::string_view kMovedMembers[] = {
    kTabular,
    "/AutoMLProblemTypeConfig/TabularJobConfig/ProblemType",
    "/AutoMLProblemTypeConfig/TabularJobConfig/Mode",
    "/AutoMLProblemTypeConfig/TabularJobConfig/FeatureSpecificationS3Uri",
    "/AutoMLProblemTypeConfig/TabularJobConfig/GenerateCandidateDefinitionsOnly",
    "/AutoMLProblemTypeConfig/TabularJobConfig/CandidateGenerationConfig",
    "/SecurityConfig",
    "/DataSplitConfig",
};
constexpr std::string_view kProblemType = kMovedMembers[1];
constexpr std::string_view kMode = kMovedMembers[2];
constexpr std::string_view kFeatureSpecification = kMovedMembers[3];
constexpr std::string_view kCandidateDefinitionsOnly = kMovedMembers[4];
constexpr std::string_view kCandidateGeneration = kMovedMembers[5];
constexpr std::string_view kSecurity = kMovedMembers[6];
constexpr std::string_view kDataSplit = kMovedMembers[7];

/// The place in a V1 file of a V2 member the V1 view reads (kMovedMembers), found once.
std::string_view v1_place(std::string_view v2_pointer) {
  using Places = std::map<std::string, std::string, std::less<>>;
  static const Places kPlaces = [] {
    Places places;
    for (std::string_view member : kMovedMembers) {
      places.emplace(member, detail::v1_pointer_of(member).value_or(std::string(member)));
    }
    return places;
  }();
  auto found = kPlaces.find(v2_pointer);
  return found != kPlaces.end() ? std::string_view(found->second) : v2_pointer;
}

/// Reads V2 members of a document of either version: a V1 document through the member moves.
class Locator {
 public:
  Locator(const detail::SourceDocument& document, ApiVersion api)
      : document_(document), api_(api) {}

  /// A reader for the object at the V2 place `v2_pointer`, positioned on its place in the file.
  ObjectReader object_at(std::string_view v2_pointer) const {
    return object_at_place(place_of(v2_pointer));
  }
  template <typename T>
  Field<T> field(std::string_view v2_pointer) const {
    auto [parent, name] = split(place_of(v2_pointer));
    return object_at_place(parent).template field<T>(name);
  }
  ObjectReader section(std::string_view v2_pointer, Section& section) const {
    auto [parent, name] = split(place_of(v2_pointer));
    return object_at_place(parent).section(name, section);
  }

 private:
  std::string_view place_of(std::string_view v2_pointer) const {
    return api_ == ApiVersion::v2 ? v2_pointer : v1_place(v2_pointer);
  }
  // Member names of the request need no pointer escapes.
  static std::pair<std::string_view, std::string_view> split(std::string_view place) {
    std::size_t slash = place.rfind('/');
    return {place.substr(0, slash), place.substr(slash + 1)};
  }
  /// Members are read parent by parent: the last parent found is kept.
  ObjectReader object_at_place(std::string_view place) const {
    if (place != last_place_) {
      last_place_ = place;
      last_object_ = document_.find(place);
    }
    return ObjectReader(last_object_, std::string(place));
  }

  const detail::SourceDocument& document_;
  ApiVersion api_;
  mutable std::string last_place_ = "\n";  // No pointer has a line break.
  mutable const Json* last_object_ = nullptr;
};

/// The channel whose target and weight columns stand for the job's in V1: the first training
/// channel (the service requires the channels to agree; AML305 and AML306 check that).
const Channel* v1_lead_channel(const List<Channel>& channels) {
  for (const Channel& channel : channels.items) {
    if (channel.well_formed && channel.effective_channel_type() == "training") return &channel;
  }
  return channels.items.empty() ? nullptr : &channels.items.front();
}

void read_tabular(const Locator& locator, const Request& request, TabularJobConfig& config) {
  if (request.is_v1()) {
    // V1 has no TabularJobConfig object: its place is the request itself.
    config.pointer = "";
    config.present = config.well_formed = true;
  } else {
    locator.section(kTabular, config);
  }
  config.problem_type = locator.field<std::string>(kProblemType);
  config.mode = locator.field<std::string>(kMode);
  config.feature_specification_s3_uri = locator.field<std::string>(kFeatureSpecification);
  config.generate_candidate_definitions_only = locator.field<bool>(kCandidateDefinitionsOnly);
  read_completion_criteria(locator.object_at(kTabular), config.completion_criteria);
  ObjectReader candidates =
      locator.section(kCandidateGeneration, config.candidate_generation_config);
  config.algorithms_config =
      candidates.list<AlgorithmConfig>("AlgorithmsConfig", read_algorithm_config);
  if (!request.is_v1()) {
    ObjectReader reader = locator.object_at(kTabular);
    config.target_attribute_name = reader.field<std::string>("TargetAttributeName");
    config.sample_weight_attribute_name = reader.field<std::string>("SampleWeightAttributeName");
  } else if (const Channel* lead = v1_lead_channel(request.channels)) {
    config.target_attribute_name = lead->target_attribute_name;
    config.sample_weight_attribute_name = lead->sample_weight_attribute_name;
  } else {
    config.target_attribute_name.pointer = "/InputDataConfig";
    config.sample_weight_attribute_name.pointer = "/InputDataConfig";
  }
}

void read_time_series(const ObjectReader& problems, TimeSeriesForecastingJobConfig& config) {
  ObjectReader reader = problems.section("TimeSeriesForecastingJobConfig", config);
  config.feature_specification_s3_uri = reader.field<std::string>("FeatureSpecificationS3Uri");
  read_completion_criteria(reader, config.completion_criteria);
  config.forecast_frequency = reader.field<std::string>("ForecastFrequency");
  config.forecast_horizon = reader.field<std::int64_t>("ForecastHorizon");
  config.forecast_quantiles = reader.text_list("ForecastQuantiles");
  ObjectReader transformations = reader.section("Transformations", config.transformations);
  config.filling =
      transformations.map<Map<Text>>("Filling", [](const Json* json, std::string pointer) {
        Map<Text> methods;
        methods.pointer = pointer;
        methods.present = true;
        methods.well_formed = json->IsObject();
        if (!methods.well_formed) return methods;
        for (const auto& member : json->GetObject()) {
          std::string key(member.name.GetString(), member.name.GetStringLength());
          std::string entry = pointer + "/" + detail::escape_pointer_token(key);
          methods.entries.push_back({std::move(key), text_at(&member.value, std::move(entry))});
        }
        return methods;
      });
  config.aggregation = transformations.map<Text>(
      "Aggregation", [](const Json* json, std::string pointer) { return text_at(json, pointer); });
  TimeSeriesConfig& columns = config.time_series_config;
  ObjectReader columns_reader = reader.section("TimeSeriesConfig", columns);
  columns.target_attribute_name = columns_reader.field<std::string>("TargetAttributeName");
  columns.timestamp_attribute_name = columns_reader.field<std::string>("TimestampAttributeName");
  columns.item_identifier_attribute_name =
      columns_reader.field<std::string>("ItemIdentifierAttributeName");
  columns.grouping_attribute_names = columns_reader.text_list("GroupingAttributeNames");
  config.holiday_country_codes = reader.list<Text>(
      "HolidayConfig", [](const Json* json, const std::string& pointer, std::size_t) {
        return ObjectReader(json, pointer).field<std::string>("CountryCode");
      });
  ObjectReader candidates =
      reader.section("CandidateGenerationConfig", config.candidate_generation_config);
  config.algorithms_config =
      candidates.list<AlgorithmConfig>("AlgorithmsConfig", read_algorithm_config);
}

void read_text_generation(const ObjectReader& problems, TextGenerationJobConfig& config) {
  ObjectReader reader = problems.section("TextGenerationJobConfig", config);
  read_completion_criteria(reader, config.completion_criteria);
  config.base_model_name = reader.field<std::string>("BaseModelName");
  config.hyper_parameters = reader.map<Text>(
      "TextGenerationHyperParameters",
      [](const Json* json, std::string pointer) { return text_at(json, pointer); });
  config.accept_eula =
      reader.section("ModelAccessConfig", config.model_access_config).field<bool>("AcceptEula");
}

void read_text_classification(const ObjectReader& problems, TextClassificationJobConfig& config) {
  ObjectReader reader = problems.section("TextClassificationJobConfig", config);
  read_completion_criteria(reader, config.completion_criteria);
  config.content_column = reader.field<std::string>("ContentColumn");
  config.target_label_column = reader.field<std::string>("TargetLabelColumn");
}

void read_image_classification(const ObjectReader& problems, ImageClassificationJobConfig& config) {
  ObjectReader reader = problems.section("ImageClassificationJobConfig", config);
  read_completion_criteria(reader, config.completion_criteria);
}

constexpr std::array<std::pair<std::string_view, ProblemKind>, 5> kProblemMembers = {{
    {"TabularJobConfig", ProblemKind::tabular},
    {"TimeSeriesForecastingJobConfig", ProblemKind::time_series},
    {"TextGenerationJobConfig", ProblemKind::text_generation},
    {"TextClassificationJobConfig", ProblemKind::text_classification},
    {"ImageClassificationJobConfig", ProblemKind::image_classification},
}};

/// The one known member of AutoMLProblemTypeConfig, or unknown.
ProblemKind problem_of(const Json* config) {
  if (!config || !config->IsObject() || config->MemberCount() != 1) return ProblemKind::unknown;
  std::string_view name(config->MemberBegin()->name.GetString(),
                        config->MemberBegin()->name.GetStringLength());
  for (const auto& [member, kind] : kProblemMembers) {
    if (member == name) return kind;
  }
  return ProblemKind::unknown;
}

/// The members of a V1 AutoMLJobConfig in a V2 request, as V1 pointers.
std::vector<std::string> job_config_members(const Json* config) {
  std::vector<std::string> pointers;
  if (!config || !config->IsObject()) return pointers;
  for (const auto& member : config->GetObject()) {
    std::string key(member.name.GetString(), member.name.GetStringLength());
    std::string pointer = "/AutoMLJobConfig/" + detail::escape_pointer_token(key);
    if (key == "CandidateGenerationConfig" && member.value.IsObject() &&
        member.value.MemberCount() > 0) {
      for (const auto& inner : member.value.GetObject()) {
        pointers.push_back(
            pointer + "/" +
            detail::escape_pointer_token({inner.name.GetString(), inner.name.GetStringLength()}));
      }
      continue;
    }
    pointers.push_back(std::move(pointer));
  }
  return pointers;
}

void read_v2_problem(const detail::SourceDocument& document, Request& request) {
  ObjectReader root(&document.root(), "");
  ObjectReader problems = root.section(kProblemTypeConfig.substr(1), request.problem_type_config);
  request.problem = problem_of(document.find(kProblemTypeConfig));
  read_time_series(problems, request.time_series);
  read_text_generation(problems, request.text_generation);
  read_text_classification(problems, request.text_classification);
  read_image_classification(problems, request.image_classification);
  request.misplaced_job_config_members = job_config_members(document.find("/AutoMLJobConfig"));
  ObjectReader compute = root.section("AutoMLComputeConfig", request.compute_config);
  request.compute_config.execution_role_arn =
      compute
          .section("EmrServerlessComputeConfig",
                   request.compute_config.emr_serverless_compute_config)
          .field<std::string>("ExecutionRoleARN");
}

}  // namespace

std::string Channel::effective_channel_type() const {
  return channel_type.value.value_or("training");
}

std::string Channel::effective_content_type() const {
  return content_type.value.value_or(std::string(default_content_type));
}

std::string Channel::effective_compression_type() const {
  return compression_type.value.value_or("None");
}

std::string_view Request::operation() const {
  return operation_name(api);
}

const ProblemConfig* Request::problem_config() const {
  switch (problem) {
    case ProblemKind::tabular:
      return &tabular;
    case ProblemKind::time_series:
      return &time_series;
    case ProblemKind::text_generation:
      return &text_generation;
    case ProblemKind::text_classification:
      return &text_classification;
    case ProblemKind::image_classification:
      return &image_classification;
    case ProblemKind::unknown:
      break;
  }
  return nullptr;
}

const CompletionCriteria& Request::completion_criteria() const {
  static const CompletionCriteria kAbsent;
  const ProblemConfig* config = problem_config();
  return config ? config->completion_criteria : kAbsent;
}

const Text& Request::target_for(const Channel& channel) const {
  return is_v1() ? channel.target_attribute_name : tabular.target_attribute_name;
}

const Text& Request::weight_for(const Channel& channel) const {
  return is_v1() ? channel.sample_weight_attribute_name : tabular.sample_weight_attribute_name;
}

std::vector<const Channel*> Request::channels_of_type(const std::string& type) const {
  std::vector<const Channel*> result;
  for (const Channel& channel : channels.items) {
    if (channel.effective_channel_type() == type) result.push_back(&channel);
  }
  return result;
}

ApiVersion detect_api(const detail::SourceDocument& document) {
  const Json& root = document.root();
  if (!root.IsObject()) return ApiVersion::v1;
  int v1_votes = 0;
  int v2_votes = 0;
  for (const auto& member : root.GetObject()) {
    std::string_view key(member.name.GetString(), member.name.GetStringLength());
    for (std::string_view name : detail::v1_only_root_members()) v1_votes += name == key;
    for (std::string_view name : detail::v2_only_root_members()) v2_votes += name == key;
  }
  if (v1_votes != v2_votes) return v1_votes > v2_votes ? ApiVersion::v1 : ApiVersion::v2;
  // A tie: the problem type configuration is the heart of a V2 request, the channel list the
  // rest of a V1 one.
  if (root.HasMember("AutoMLProblemTypeConfig")) return ApiVersion::v2;
  return root.HasMember("InputDataConfig") || v2_votes == 0 ? ApiVersion::v1 : ApiVersion::v2;
}

namespace {

constexpr std::array<std::string_view, 15> kRequestRootMembers = {
    "AutoMLComputeConfig",
    "AutoMLJobConfig",
    "AutoMLJobInputDataConfig",
    "AutoMLJobName",
    "AutoMLJobObjective",
    "AutoMLProblemTypeConfig",
    "DataSplitConfig",
    "GenerateCandidateDefinitionsOnly",
    "InputDataConfig",
    "ModelDeployConfig",
    "OutputDataConfig",
    "ProblemType",
    "RoleArn",
    "SecurityConfig",
    "Tags",
};

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::span<const std::string_view> request_root_members() {
  return kRequestRootMembers;
}

bool looks_like_request(const detail::SourceDocument& document) {
  const Json& root = document.root();
  if (!root.IsObject()) return false;
  for (const auto& member : root.GetObject()) {
    std::string_view key(member.name.GetString(), member.name.GetStringLength());
    for (std::string_view name : kRequestRootMembers) {
      if (equal_ignoring_case(key, name)) return true;
    }
  }
  return false;
}

bool text_looks_like_request(std::string_view text) {
  return text.find("AutoML") != std::string_view::npos;
}

Request make_request(const detail::SourceDocument& document, ApiVersion api) {
  const Json& json = document.root();
  Locator locator(document, api);
  ObjectReader root(&json, "");
  Request request;
  request.api = api;
  request.problem = ProblemKind::tabular;
  if (api == ApiVersion::v2) read_v2_problem(document, request);
  request.auto_ml_job_name = root.field<std::string>("AutoMLJobName");
  request.channels = root.list<Channel>(
      api == ApiVersion::v1 ? "InputDataConfig" : "AutoMLJobInputDataConfig", read_channel);
  if (request.problem == ProblemKind::image_classification) {
    for (Channel& channel : request.channels.items) channel.default_content_type = "image/*";
  }
  ObjectReader output = root.section("OutputDataConfig", request.output_data_config);
  request.output_data_config.s3_output_path = output.field<std::string>("S3OutputPath");
  request.output_data_config.kms_key_id = output.field<std::string>("KmsKeyId");
  read_tabular(locator, request, request.tabular);
  request.objective.metric_name =
      root.section("AutoMLJobObjective", request.objective).field<std::string>("MetricName");
  read_security_config(locator.section(kSecurity, request.security_config),
                       request.security_config);
  request.data_split_config.validation_fraction =
      locator.section(kDataSplit, request.data_split_config).field<double>("ValidationFraction");
  request.role_arn = root.field<std::string>("RoleArn");
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
