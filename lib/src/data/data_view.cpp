#include "data/data_view.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace automl_lint::data {

std::uint64_t ChannelData::total_bytes() const {
  std::uint64_t total = 0;
  for (const DataObject& object : objects) total += object.size;
  return total;
}

std::uint64_t ChannelData::total_rows() const {
  std::uint64_t total = 0;
  for (const DataObject& object : objects) total += object.rows;
  return total;
}

bool ChannelData::complete() const {
  // A repeated manifest entry (the only manifest problem that leaves objects) loses nothing.
  bool lost = std::any_of(problems.begin(), problems.end(), [](const Problem& problem) {
    return problem.kind != ProblemKind::manifest_format;
  });
  return !lost && !objects.empty() &&
         std::all_of(objects.begin(), objects.end(), [](const DataObject& o) { return o.read; });
}

const ChannelData* DataView::channel(std::size_t index) const {
  for (const ChannelData& data : channels) {
    if (data.channel_index == index) return &data;
  }
  return nullptr;
}

std::optional<std::uint64_t> DataView::input_bytes() const {
  if (channels.empty()) return std::nullopt;
  std::uint64_t bytes = 0;
  for (const ChannelData& data : channels) {
    if (!data.complete()) return std::nullopt;
    bytes += data.total_bytes();
  }
  return bytes;
}

std::string format_bytes(std::uint64_t bytes) {
  if (bytes < 1000) return fmt::format("{} bytes", bytes);
  constexpr const char* kUnits[] = {"kB", "MB", "GB", "TB", "PB", "EB"};
  double value = static_cast<double>(bytes) / 1000;
  std::size_t unit = 0;
  while (value >= 1000 && unit + 1 < std::size(kUnits)) {
    value /= 1000;
    ++unit;
  }
  return fmt::format("{:.1f} {} ({} bytes)", value, kUnits[unit], bytes);
}

}  // namespace automl_lint::data
