// What an object of an image classification job is, from its first bytes only: PNG and JPEG are
// the formats Autopilot reads; other formats and non-images are named for the message. Nothing
// past the first kImageHeadBytes bytes of an object is ever read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace automl_lint::data {

/// Bytes read from the start of each image object (pread; enough for every signature below).
inline constexpr std::size_t kImageHeadBytes = 16;

enum class ImageFormat { png, jpeg, other };

/// PNG: the full 8-byte signature 89 50 4E 47 0D 0A 1A 0A. JPEG: FF D8 FF (SOI and the first
/// marker). Anything else, including a signature cut short, is `other`.
ImageFormat image_format(std::string_view head);

/// What the first bytes say, as the end of "s3://... is ...": "a PNG image", "a GIF image",
/// "gzip data", "an empty object", "text, not an image", "a truncated PNG signature",
/// "binary data starting with 00 01 02 03". Only hex digits of the content are ever quoted.
std::string describe_head(std::string_view head, std::uint64_t size);

}  // namespace automl_lint::data
