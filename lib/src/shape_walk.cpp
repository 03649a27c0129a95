#include "shape_walk.hpp"

namespace automl_lint::detail {

std::string_view keyword_name(Keyword keyword) {
  switch (keyword) {
    case Keyword::type:
      return "type";
    case Keyword::enum_:
      return "enum";
    case Keyword::min_length:
      return "minLength";
    case Keyword::max_length:
      return "maxLength";
    case Keyword::pattern:
      return "pattern";
    case Keyword::minimum:
      return "minimum";
    case Keyword::maximum:
      return "maximum";
    case Keyword::exclusive_minimum:
      return "exclusiveMinimum";
    case Keyword::exclusive_maximum:
      return "exclusiveMaximum";
    case Keyword::min_items:
      return "minItems";
    case Keyword::max_items:
      return "maxItems";
    case Keyword::min_properties:
      return "minProperties";
    case Keyword::max_properties:
      return "maxProperties";
    case Keyword::additional_properties:
      return "additionalProperties";
    case Keyword::property_names:
      return "";
  }
  return "unknown";
}

std::vector<std::string> ShapeWalk::tokens() const {
  std::vector<std::string> tokens;
  tokens.reserve(depth_);
  for (std::size_t i = 0; i < depth_ && i < kDeepest; ++i) {
    const Step& step = steps_[i];
    tokens.push_back(step.index == kNameStep ? std::string(step.name, step.length)
                                             : std::to_string(step.index));
  }
  return tokens;
}

void ShapeWalk::fail(Keyword keyword) {
  valid_ = false;
  std::string_view name = keyword_name(keyword);
  errors_.push_back({tokens(), std::string(name), name});
}

void ShapeWalk::fail_required(std::string_view name) {
  valid_ = false;
  // The mapper reads the name between the quotes, as in valijson's description.
  errors_.push_back(
      {tokens(), "Missing required property '" + std::string(name) + "'.", "required"});
}

}  // namespace automl_lint::detail
