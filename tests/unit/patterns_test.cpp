// Every pattern of the request schema compiles with RE2 and matches whole values. Patterns are
// compiled lazily at run time, so this test is what catches one RE2 cannot take.
#include <doctest/doctest.h>
#include <rapidjson/document.h>

#include <string>
#include <vector>

#include "embedded_schemas.hpp"
#include "re2_pattern.hpp"

using automl_lint::detail::compile_pattern;

namespace {

void collect_patterns(const rapidjson::Value& node, std::vector<std::string>& patterns) {
  if (node.IsObject()) {
    for (const auto& member : node.GetObject()) {
      if (std::string(member.name.GetString()) == "pattern" && member.value.IsString()) {
        patterns.emplace_back(member.value.GetString());
      } else {
        collect_patterns(member.value, patterns);
      }
    }
  } else if (node.IsArray()) {
    for (const auto& item : node.GetArray()) collect_patterns(item, patterns);
  }
}

}  // namespace

TEST_CASE("every schema pattern compiles with RE2") {
  rapidjson::Document schema;
  schema.Parse(automl_lint::detail::kCreateAutoMLJobSchema.data(),
               automl_lint::detail::kCreateAutoMLJobSchema.size());
  REQUIRE_FALSE(schema.HasParseError());
  std::vector<std::string> patterns;
  collect_patterns(schema, patterns);
  CHECK(patterns.size() >= 10);
  for (const std::string& pattern : patterns) {
    CAPTURE(pattern);
    CHECK_NOTHROW(compile_pattern(pattern));
    CHECK(pattern.front() == '^');
    CHECK(pattern.back() == '$');
  }
}

TEST_CASE("a pattern RE2 rejects is reported, not ignored") {
  CHECK_THROWS_AS(compile_pattern("(unclosed"), std::invalid_argument);
  CHECK_THROWS_AS(compile_pattern("(a)\\1"), std::invalid_argument);  // No backreferences.
}

TEST_CASE("Unicode classes work as the service's patterns mean them") {
  auto tag = compile_pattern("^(?:([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*))$");
  CHECK(re2::RE2::FullMatch("Projekt \xC3\x84-1", *tag));
  CHECK(re2::RE2::FullMatch("\xE6\x9D\xB1\xE4\xBA\xAC 2024", *tag));  // CJK letters, digits.
  CHECK_FALSE(re2::RE2::FullMatch("a#b", *tag));
  CHECK_FALSE(re2::RE2::FullMatch("pLZN{}", *tag));  // std::regex would take \p{L} literally.
}

TEST_CASE("the ASCII equivalent of a Unicode pattern accepts exactly the same ASCII strings") {
  using automl_lint::detail::ascii_equivalent;
  const std::string tag = "^(?:([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*))$";
  auto ascii = ascii_equivalent(tag);
  REQUIRE(ascii.has_value());
  CHECK(*ascii == "^(?:([a-zA-Z 0-9_.:/=+\\-@]*))$");
  auto unicode_regex = compile_pattern(tag);
  auto ascii_regex = compile_pattern(*ascii);
  // Every single ASCII character, then every pair: both must agree on each.
  for (int a = 0; a < 128; ++a) {
    std::string one(1, static_cast<char>(a));
    CAPTURE(a);
    CHECK(re2::RE2::FullMatch(one, *unicode_regex) == re2::RE2::FullMatch(one, *ascii_regex));
    for (int b = 0; b < 128; b += 3) {
      std::string two = one + static_cast<char>(b);
      CHECK(re2::RE2::FullMatch(two, *unicode_regex) == re2::RE2::FullMatch(two, *ascii_regex));
    }
  }
  CHECK_FALSE(ascii_equivalent("^(?:[a-z]+)$").has_value());      // Nothing to replace.
  CHECK_FALSE(ascii_equivalent("^(?:\\p{L}+)$").has_value());     // Outside a class.
  CHECK_FALSE(ascii_equivalent("^(?:[\\p{Lu}]+)$").has_value());  // A class we do not map.
}

TEST_CASE("a matcher uses the Unicode pattern for non-ASCII values") {
  automl_lint::detail::PatternMatcher matcher("^(?:([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*))$");
  CHECK(matcher.full_match("plain-ascii 1"));
  CHECK(matcher.full_match("Z\xC3\xBCrich"));
  CHECK_FALSE(matcher.full_match("a#b"));
  CHECK_FALSE(matcher.full_match("\xE2\x82\xAC"));  // The euro sign is a symbol, not a letter.
}
