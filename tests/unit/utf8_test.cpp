#include "utf8.hpp"

#include <doctest/doctest.h>

using automl_lint::detail::count_code_points;
using automl_lint::detail::first_invalid_utf8;
using automl_lint::detail::prefix_code_points;

TEST_CASE("valid UTF-8 passes, including multi-byte characters") {
  CHECK_FALSE(first_invalid_utf8("plain ascii").has_value());
  CHECK_FALSE(first_invalid_utf8("Projekt \xC3\x84-1 \xE2\x82\xAC \xF0\x9F\x98\x80").has_value());
}

TEST_CASE("invalid UTF-8 is located at its first bad byte") {
  CHECK(first_invalid_utf8("ab\xFF").value() == 2);
  CHECK(first_invalid_utf8("a\xC3").value() == 1);              // Truncated sequence.
  CHECK(first_invalid_utf8("a\xC0\xAF").value() == 1);          // Overlong '/'.
  CHECK(first_invalid_utf8("a\xED\xA0\x80").value() == 1);      // Encoded lone surrogate.
  CHECK(first_invalid_utf8("a\xF4\x90\x80\x80").value() == 1);  // Above U+10FFFF.
  CHECK(first_invalid_utf8("a\x80").value() == 1);              // Stray continuation byte.
}

TEST_CASE("code points are counted, not bytes") {
  CHECK(count_code_points("abc") == 3);
  CHECK(count_code_points("\xC3\x84\xE2\x82\xAC") == 2);
  CHECK(prefix_code_points("\xC3\x84\xC3\x84\xC3\x84", 2) == "\xC3\x84\xC3\x84");
  CHECK(prefix_code_points("ab", 5) == "ab");
}
