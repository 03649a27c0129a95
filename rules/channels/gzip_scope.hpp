// Where Gzip input is outside its documented scope (input_formats.hpp), shared by
// compression-gzip-scope and the rules that leave such channels to it.
#pragma once

#include <optional>

#include "input_formats.hpp"
#include "rule.hpp"

namespace automl_lint::rules {

/// The severity compression-gzip-scope (AML315) reports this channel's Gzip with, or nullopt
/// when the channel is not gzipped, Gzip is documented for it, or the request is V1.
inline std::optional<Severity> gzip_outside_scope(const Request& request, const Channel& channel) {
  if (request.is_v1() || !channel.compression_type.is("Gzip")) return std::nullopt;
  const ProblemInputs* inputs = inputs_of(request.problem);
  if (!inputs) return std::nullopt;
  switch (inputs->gzip) {
    case GzipInput::s3_prefix_only: {
      const Text& type = channel.s3_data_type;
      // An absent S3DataType or one off the enum is the schema's.
      if (!type.has_value() || *type == "S3Prefix" || !lists_input(kS3DataTypes, *type)) {
        return std::nullopt;
      }
      return Severity::error;
    }
    case GzipInput::not_allowed:
      return Severity::error;
    case GzipInput::disputed:
      return Severity::warning;
  }
  return std::nullopt;
}

}  // namespace automl_lint::rules
