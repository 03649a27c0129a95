// What the data rules share: the inspected channels next to their request channels, and the
// wording of objects and columns in messages.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "data/data_view.hpp"
#include "messages.hpp"
#include "rule.hpp"

namespace automl_lint::rules {

inline constexpr std::string_view kAutopilotDataUrl =
    "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLChannel.html";
inline constexpr std::string_view kFeatureSpecUrl =
    "https://docs.aws.amazon.com/sagemaker/latest/APIReference/"
    "API_AutoMLCandidateGenerationConfig.html";

/// Autopilot needs at least this many training rows.
inline constexpr std::uint64_t kMinTrainingRows = 500;

/// The requests whose data is CSV or Parquet: every one but image classification, whose objects
/// are images (only their first bytes are read, and no header or row check applies).
inline constexpr Scope kTableData = scope::all & ~scope::v2_image_classification;

struct InspectedChannel {
  const Channel& channel;
  const data::ChannelData& data;
  const Text& target;  ///< The target column for this channel (its own in V1, the job's in V2).
  const Text& weight;  ///< The sample weight column, likewise.
};

/// The channels whose data was inspected, optionally only those of one effective ChannelType.
/// Empty without --data-root.
inline std::vector<InspectedChannel> inspected_channels(const Request& request,
                                                        std::string_view type = {}) {
  std::vector<InspectedChannel> result;
  if (!request.data) return result;
  const auto& channels = request.channels.items;
  for (const data::ChannelData& data : request.data->channels) {
    const Channel& channel = channels[data.channel_index];
    if (type.empty() || channel.effective_channel_type() == type) {
      result.push_back({channel, data, request.target_for(channel), request.weight_for(channel)});
    }
  }
  return result;
}

/// "1 object", "3 objects".
inline std::string count_of(std::size_t count, std::string_view noun) {
  return std::to_string(count) + " " + std::string(noun) + (count == 1 ? "" : "s");
}

/// "'a', 'b', 'c'" (at most `limit` names, then "and N more").
inline std::string name_list(const std::vector<std::string>& names, std::size_t limit = 8) {
  std::string text;
  for (std::size_t i = 0; i < names.size() && i < limit; ++i) {
    if (i > 0) text += ", ";
    text += quote(names[i]);
  }
  if (names.size() > limit) text += ", and " + std::to_string(names.size() - limit) + " more";
  return text;
}

inline bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

/// The first object of a channel that has a header (CSV) or a schema (Parquet).
inline const data::DataObject* first_with_columns(const data::ChannelData& data) {
  for (const data::DataObject& object : data.objects) {
    if (object.has_header && object.header_complete) return &object;
  }
  return nullptr;
}

/// Where a channel's data finding points: its S3Uri.
inline const std::string& uri_pointer(const Channel& channel) {
  return channel.s3_uri.pointer;
}

/// The parsed feature specification file, or nullptr (none named, not read, or not JSON).
inline const data::FeatureSpec* feature_spec(const Request& request) {
  if (!request.data || !request.data->feature_spec.parsed) return nullptr;
  return &request.data->feature_spec;
}

/// FeatureSpecificationS3Uri of the problem type (tabular or time series).
inline const Text& feature_spec_uri(const Request& request) {
  return request.problem == ProblemKind::time_series
             ? request.time_series.feature_specification_s3_uri
             : request.tabular.feature_specification_s3_uri;
}

inline const std::string& feature_spec_pointer(const Request& request) {
  return feature_spec_uri(request).pointer;
}

/// The first training object with a header: the columns the data has.
inline const data::DataObject* training_columns(const Request& request) {
  for (const InspectedChannel& inspected : inspected_channels(request, "training")) {
    if (const data::DataObject* object = first_with_columns(inspected.data)) return object;
  }
  return nullptr;
}

/// The names a feature specification lists: FeatureAttributeNames, then FeatureDataTypes keys.
inline std::vector<std::string> listed_features(const data::FeatureSpec& spec) {
  std::vector<std::string> names = spec.names;
  for (const auto& [name, type] : spec.types) names.push_back(name);
  return names;
}

/// Reports the problems of one kind, per location (a channel's S3Uri or the feature
/// specification URI): the first few in full, then how many more, so that a manifest of 10,000
/// missing objects gives a few lines, not 10,000.
template <typename Describe>
void report_problems(const Request& request, data::ProblemKind kind, Reporter& reporter,
                     Describe describe) {
  if (!request.data) return;
  constexpr std::size_t kShown = 3;
  auto report_at = [&](const std::string& pointer, const std::vector<data::Problem>& problems) {
    std::size_t seen = 0;
    for (const data::Problem& problem : problems) {
      if (problem.kind != kind) continue;
      if (++seen <= kShown) describe(pointer, problem);
    }
    if (seen > kShown) {
      reporter.report(pointer, std::to_string(seen - kShown) + " more like the above");
    }
  };
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    report_at(uri_pointer(inspected.channel), inspected.data.problems);
  }
  const auto& spec = request.data->feature_spec;
  report_at(feature_spec_pointer(request), spec.problems);
}

/// report_problems, each as "<uri>: <detail>" with one hint.
inline void report_problems_as_found(const Request& request, data::ProblemKind kind,
                                     Reporter& reporter, const std::string& hint) {
  report_problems(
      request, kind, reporter, [&](const std::string& pointer, const data::Problem& problem) {
        reporter.report(pointer, concat(detail::shorten(problem.uri, 200), ": ", problem.detail),
                        hint);
      });
}

/// The objects of a channel whose header lacks `column`: the first and how many.
struct ObjectsLacking {
  const data::DataObject* first = nullptr;
  std::size_t count = 0;
  /// " (2 more objects lack it too)", or empty.
  std::string others() const {
    if (count < 2) return "";
    return concat(" (", count_of(count - 1, "more object"), count == 2 ? " lacks" : " lack",
                  " it too)");
  }
};

inline ObjectsLacking objects_lacking(const data::ChannelData& data, const std::string& column) {
  ObjectsLacking lacking;
  for (const data::DataObject& object : data.objects) {
    if (!object.has_header || !object.header_complete || contains(object.columns(), column)) {
      continue;
    }
    if (lacking.count++ == 0) lacking.first = &object;
  }
  return lacking;
}

/// The objects lacking the column a channel member names (the target, the weight), gathered per
/// member: in V1 each channel names its own, in V2 one member serves every channel and is
/// reported once.
struct MemberLacking {
  const Text* member;
  ObjectsLacking lacking;
};

template <typename MemberOf>
std::vector<MemberLacking> lacking_per_member(const Request& request, MemberOf member_of) {
  std::vector<MemberLacking> result;
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    const Text& name = member_of(inspected);
    if (!name.has_value()) continue;
    ObjectsLacking lacking = objects_lacking(inspected.data, *name);
    if (!lacking.first) continue;
    auto same = std::find_if(result.begin(), result.end(), [&](const MemberLacking& known) {
      return known.member->pointer == name.pointer;
    });
    if (same == result.end()) {
      result.push_back({&name, lacking});
    } else {
      same->lacking.count += lacking.count;
    }
  }
  return result;
}

/// "did you mean 'x'? ..." when a column is close to `name`, else `fallback`.
inline std::string column_hint(const std::string& name, const std::vector<std::string>& columns,
                               std::string fallback) {
  auto guess = detail::did_you_mean(name, columns);
  return guess ? concat("did you mean ", quote(*guess), "? (column names are case-sensitive)")
               : fallback;
}

/// A column a job-level member of the request names (`member`, e.g. "TimestampAttributeName"),
/// reported once at that member when objects of any channel lack it: the first such object's
/// columns, how many more, and a did-you-mean. Objects without a complete header are not judged
/// (AML811).
inline void report_column_not_in_header(const Request& request, const Text& name,
                                        std::string_view member, Reporter& reporter) {
  if (!name.has_value()) return;
  ObjectsLacking lacking;
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    ObjectsLacking here = objects_lacking(inspected.data, *name);
    if (!lacking.first) lacking.first = here.first;
    lacking.count += here.count;
  }
  if (!lacking.first) return;
  reporter.report(name.pointer,
                  concat(member, " ", quote(*name), " is not a column of the data: ",
                         detail::shorten(lacking.first->uri, 200), " has the columns ",
                         name_list(lacking.first->columns()), lacking.others()),
                  column_hint(*name, lacking.first->columns(),
                              "name a column of the header; names are case-sensitive"));
}

/// The rows of every inspected channel together (training and validation), and whether that
/// count is exact (every channel read completely) or only a lower bound.
struct RowTotal {
  std::uint64_t rows = 0;
  std::size_t objects = 0;
  std::size_t channels = 0;
  bool exact = true;
};

inline RowTotal rows_of_all_channels(const Request& request) {
  RowTotal total;
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    total.rows += inspected.data.total_rows();
    total.objects += inspected.data.objects.size();
    total.exact = total.exact && inspected.data.complete();
    ++total.channels;
  }
  return total;
}

/// Where a finding about the whole dataset points: the training channel's S3Uri (the first
/// inspected channel when none is training).
inline const std::string* dataset_pointer(const Request& request) {
  auto training = inspected_channels(request, "training");
  if (!training.empty()) return &uri_pointer(training.front().channel);
  auto all = inspected_channels(request);
  return all.empty() ? nullptr : &uri_pointer(all.front().channel);
}

/// The distinct target (or weight) columns of the channels, as `column_for` gives them
/// (Request::target_for, Request::weight_for), that the feature specification lists as features.
inline std::vector<std::string> channel_columns_listed(
    const Request& request, const data::FeatureSpec& spec,
    const Text& (Request::*column_for)(const Channel&) const) {
  std::vector<std::string> listed = listed_features(spec);
  std::vector<std::string> found;
  for (const Channel& channel : request.channels.items) {
    const Text& name = (request.*column_for)(channel);
    if (name.has_value() && contains(listed, *name) && !contains(found, *name)) {
      found.push_back(*name);
    }
  }
  return found;
}

}  // namespace automl_lint::rules
