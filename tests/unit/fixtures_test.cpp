#include <doctest/doctest.h>

#include <automl_lint/linter.hpp>
#include <string>
#include <thread>
#include <vector>

using automl_lint::Linter;

TEST_CASE("placeholder3") {
  CHECK(true);
}
