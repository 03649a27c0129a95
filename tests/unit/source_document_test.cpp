#include "source_document.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using automl_lint::Limits;
using automl_lint::detail::find_duplicate_keys;
using automl_lint::detail::SourceDocument;
using automl_lint::detail::split_pointer;

namespace {

std::pair<int, int> at(const automl_lint::detail::Position& position) {
  return {position.line, position.column};
}

}  // namespace

TEST_CASE("keys and values keep their line and column") {
  std::string text =
      "{\n"
      "  \"A\": {\"B\": [10, \"x\\\"y\"]},\n"
      "  \"C\" :\n"
      "     true\n"
      "}\n";
  SourceDocument document(text, Limits{});
  REQUIRE_FALSE(document.load_error());
  CHECK(at(document.value_position("")) == std::pair(1, 1));
  CHECK(at(document.key_position("/A")) == std::pair(2, 3));
  CHECK(at(document.value_position("/A")) == std::pair(2, 8));
  CHECK(at(document.key_position("/A/B")) == std::pair(2, 9));
  CHECK(at(document.value_position("/A/B")) == std::pair(2, 14));
  CHECK(at(document.value_position("/A/B/0")) == std::pair(2, 15));
  CHECK(at(document.value_position("/A/B/1")) == std::pair(2, 19));
  CHECK(at(document.key_position("/C")) == std::pair(3, 3));
  CHECK(at(document.value_position("/C")) == std::pair(4, 6));
}

TEST_CASE("columns count code points and a BOM is not a column") {
  std::string text = "\xEF\xBB\xBF{\"\xC3\x84\xC3\x84\": 1}";
  SourceDocument document(text, Limits{});
  REQUIRE_FALSE(document.load_error());
  CHECK(at(document.value_position("")) == std::pair(1, 1));
  CHECK(at(document.value_position("/\xC3\x84\xC3\x84")) == std::pair(1, 8));
}

TEST_CASE("a missing member falls back to its nearest ancestor") {
  SourceDocument document("{\"A\":\n {\"B\": 1}}", Limits{});
  CHECK(document.find("/A/X") == nullptr);
  CHECK(at(document.value_position("/A/X")) == std::pair(2, 2));
}

TEST_CASE("pointer tokens are unescaped") {
  CHECK(split_pointer("") == std::vector<std::string>{});
  CHECK(split_pointer("/a~1b/c~0d/") == std::vector<std::string>{"a/b", "c~d", ""});
  SourceDocument document(R"({"a/b": {"~": 7}})", Limits{});
  REQUIRE(document.find("/a~1b/~0") != nullptr);
  CHECK(document.find("/a~1b/~0")->GetInt() == 7);
}

TEST_CASE("parse errors carry the offset of the problem") {
  SourceDocument document("{\n  \"A\": 1,\n}", Limits{});
  REQUIRE(document.load_error());
  CHECK(document.load_error()->rule == "AML001");
  CHECK(at(document.position_of_offset(document.load_error()->offset)) == std::pair(3, 1));
}

TEST_CASE("duplicate keys are found at every level, later key reported") {
  SourceDocument document(R"({"A": 1, "B": [{"x": 1, "x": 2}], "A": 3})", Limits{});
  REQUIRE_FALSE(document.load_error());
  auto duplicates = find_duplicate_keys(document.root());
  REQUIRE(duplicates.size() == 2);
  std::vector<std::string> pointers{duplicates[0].pointer, duplicates[1].pointer};
  std::sort(pointers.begin(), pointers.end());
  CHECK(pointers == std::vector<std::string>{"/A", "/B/0/x"});
}

TEST_CASE("nesting beyond the limit is refused without recursion") {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  SourceDocument document(deep, Limits{});
  REQUIRE(document.load_error());
  CHECK(document.load_error()->rule == "AML004");
}
