// Image classification objects are PNG or JPEG images, as the channel's ContentType says.
#include "../channels/content_types.hpp"
#include "data/image_signature.hpp"
#include "data_rules.hpp"

namespace automl_lint::rules {
namespace {

/// The first object of a kind and how many there are.
struct Found {
  const data::DataObject* first = nullptr;
  std::size_t count = 0;
  void add(const data::DataObject& object) {
    if (count++ == 0) first = &object;
  }
};

std::string describe(const data::DataObject& object) {
  return data::describe_head(object.head, object.size);
}

/// "2 of 8 objects the manifest lists are <plural>", "1 of 1 object is <singular>".
std::string of_objects(std::size_t count, std::size_t total, std::string_view source,
                       std::string_view singular, std::string_view plural) {
  return concat(std::to_string(count), " of ", count_of(total, "object"), source,
                count == 1 ? " is " : " are ", count == 1 ? singular : plural);
}

void check_channel(const InspectedChannel& inspected, Reporter& reporter) {
  const auto& objects = inspected.data.objects;
  Found not_images, png, jpeg;
  for (const data::DataObject& object : objects) {
    if (object.format != data::Format::image) continue;
    switch (data::image_format(object.head)) {
      case data::ImageFormat::png:
        png.add(object);
        break;
      case data::ImageFormat::jpeg:
        jpeg.add(object);
        break;
      case data::ImageFormat::other:
        not_images.add(object);
        break;
    }
  }
  std::string source = inspected.data.augmented_manifest ? " the augmented manifest names"
                       : inspected.data.manifest         ? " the manifest lists"
                                                         : "";
  if (not_images.first) {
    reporter.report(uri_pointer(inspected.channel),
                    concat(detail::shorten(not_images.first->uri, 200), " is ",
                           describe(*not_images.first), " (",
                           of_objects(not_images.count, objects.size(), source,
                                      "not a PNG or JPEG image", "not PNG or JPEG images"),
                           "); image classification reads PNG and JPEG only"),
                    "remove the other objects from the data, or convert them to PNG or JPEG");
  }
  // The declared type: image/png or image/jpeg allow that format only; image/* (the default)
  // both. Another ContentType is content-type-allowed's.
  const std::string content_type = inspected.channel.effective_content_type();
  const Found* wrong = content_type == kPngContentType    ? &jpeg
                       : content_type == kJpegContentType ? &png
                                                          : nullptr;
  if (!wrong || !wrong->first) return;
  const Text& declared = inspected.channel.content_type;
  std::string_view other = wrong == &png ? kPngContentType : kJpegContentType;
  reporter.report(
      declared.pointer,
      concat("ContentType is ", quote(content_type), ", but ",
             detail::shorten(wrong->first->uri, 200), " is ", describe(*wrong->first), " (",
             of_objects(wrong->count, objects.size(), source, wrong == &png ? "PNG" : "JPEG",
                        wrong == &png ? "PNG" : "JPEG"),
             ")"),
      png.count > 0 && jpeg.count > 0
          ? std::string("declare \"ContentType\": \"image/*\" for a mix of PNG and JPEG")
          : concat("declare \"ContentType\": \"", other, "\", or \"image/*\""));
}

void check(const Request& request, Reporter& reporter) {
  for (const InspectedChannel& inspected : inspected_channels(request)) {
    check_channel(inspected, reporter);
  }
}

}  // namespace

extern const Rule kIcImageFiles{
    .info = {.id = "AML860",
             .name = "ic-image-files",
             .severity = Severity::error,
             .title = "An image classification object is not a PNG or JPEG image of the declared "
                      "type.",
             .rationale = R"md(
**What it checks**: every object of an image classification channel is a PNG or a JPEG image,
judged by its first bytes (the PNG signature `89 50 4E 47 0D 0A 1A 0A`, the JPEG start `FF D8
FF`), whatever its name; with `ContentType` `image/png` every object is PNG, with `image/jpeg`
every object JPEG, with `image/*` (the default) either. The objects are those under the
`S3Prefix`, those a `ManifestFile` lists, or the images an `AugmentedManifestFile` names (its
`source-ref`s) that are under the data root; an image it names that is not there is reported
by AML802. Only the first 16 bytes of each object are read, never the image itself, so a
damaged image with an intact signature passes. One report per channel for objects that are not
PNG or JPEG (naming the first, e.g. "a GIF image", "text, not an image", "an empty object",
with how many there are), and one for images of the other type than `ContentType` declares.

**Why it matters**: the image classification data format page: "Autopilot supports .png, .jpg,
and .jpeg image formats. If your dataset contains all .png images use image/png, if it
contains all .jpg or .jpeg images use image/jpeg, and if your dataset contains a mix of image
formats use image/*." A label file or a GIF under the prefix is read as an image and fails.

**Example**: `"ContentType": "image/png"` for a prefix that also holds `labels.csv` and
`dog.jpg`.

**Fix**: keep only PNG and JPEG images under the prefix (labels and manifests elsewhere), and
declare `image/*` for a mix.
)md",
             .source_url = "https://docs.aws.amazon.com/sagemaker/latest/dg/"
                           "image-classification-data-format-and-metric.html",
             .checked_by = CheckedBy::data,
             .applies_to = scope::v2_image_classification},
    .check = check,
};

}  // namespace automl_lint::rules
