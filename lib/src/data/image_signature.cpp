#include "data/image_signature.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace automl_lint::data {
namespace {

constexpr std::string_view kPng = "\x89PNG\r\n\x1a\n";
constexpr std::string_view kJpeg = "\xff\xd8\xff";

struct Signature {
  std::size_t offset;
  std::string_view magic;
  std::string_view description;
};

// Formats an image folder often holds by mistake, by their magic numbers (offset, bytes).
constexpr Signature kOthers[] = {
    {0, "GIF87a", "a GIF image"},
    {0, "GIF89a", "a GIF image"},
    {0, "BM", "a BMP image"},
    {0, {"II*\0", 4}, "a TIFF image"},
    {0, {"MM\0*", 4}, "a TIFF image"},
    {8, "WEBP", "a WebP image"},
    {4, "ftypheic", "a HEIC image"},
    {4, "ftypheix", "a HEIC image"},
    {4, "ftypmif1", "a HEIF image"},
    {4, "ftypavif", "an AVIF image"},
    {0, {"\0\0\0\x0cjP  ", 8}, "a JPEG 2000 image"},
    {0, "%PDF", "a PDF document"},
    {0, "\x1f\x8b", "gzip data"},
    {0, "PK\x03\x04", "a ZIP archive"},
    {0, "PAR1", "a Parquet file"},
};

bool has_at(std::string_view head, std::size_t offset, std::string_view magic) {
  return head.size() >= offset + magic.size() && head.substr(offset, magic.size()) == magic;
}

bool looks_like_text(std::string_view head) {
  return std::all_of(head.begin(), head.end(), [](char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte >= 0x20 || c == '\t' || c == '\n' || c == '\r';
  });
}

}  // namespace

ImageFormat image_format(std::string_view head) {
  if (head.starts_with(kPng)) return ImageFormat::png;
  if (head.starts_with(kJpeg)) return ImageFormat::jpeg;
  return ImageFormat::other;
}

std::string describe_head(std::string_view head, std::uint64_t size) {
  switch (image_format(head)) {
    case ImageFormat::png:
      return "a PNG image";
    case ImageFormat::jpeg:
      return "a JPEG image";
    case ImageFormat::other:
      break;
  }
  if (size == 0 || head.empty()) return "an empty object";
  // A signature cut short (a failed upload) or damaged in its last bytes.
  if (head.size() >= 2 && kPng.starts_with(head.substr(0, std::min(head.size(), kPng.size())))) {
    return "a truncated PNG signature";
  }
  if (has_at(head, 0, "\x89PNG")) return "a damaged PNG signature";
  if (has_at(head, 0, "\xff\xd8")) return "a truncated or damaged JPEG signature";
  for (const Signature& signature : kOthers) {
    if (signature.offset == 8 && !has_at(head, 0, "RIFF")) continue;
    if (has_at(head, signature.offset, signature.magic)) return std::string(signature.description);
  }
  if (looks_like_text(head)) return "text, not an image";
  std::string hex;
  for (std::size_t i = 0; i < head.size() && i < 4; ++i) {
    hex += fmt::format("{}{:02x}", i ? " " : "", static_cast<unsigned char>(head[i]));
  }
  return "binary data starting with " + hex + ", not a PNG or JPEG image";
}

}  // namespace automl_lint::data
