// Reads the data a V1 request points at, under the data root, into a DataView.
#pragma once

#include "data/data_root.hpp"
#include "data/data_view.hpp"
#include "request_view.hpp"

namespace automl_lint::data {

/// Objects listed per prefix at most; more are reported and not read.
inline constexpr std::size_t kMaxObjectsPerChannel = 100'000;
/// Manifests and feature specification files larger than this are not parsed.
inline constexpr std::uint64_t kMaxJsonObjectBytes = 64ull * 1024 * 1024;

/// Resolves every channel and the feature specification, streams each object once (CSV record
/// count, header and sample weights; Parquet footer) and resolves Mode AUTO when the data tells.
DataView inspect_data(const rules::V1Request& request, const DataRoot& root);

}  // namespace automl_lint::data
