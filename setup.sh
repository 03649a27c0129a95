#!/usr/bin/env bash
# Installs the Debian packages automl-lint needs (only those missing), configures and builds it,
# then optionally lints the shipped examples (--examples) or runs the whole test suite (--test).
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  g++ meson ninja-build pkg-config python3 clang-format
  libvalijson-dev rapidjson-dev libfmt-dev libre2-dev libcli11-dev doctest-dev zlib1g-dev libyaml-dev
  clang-14 libclang-rt-14-dev llvm-14
  python3-ruamel.yaml  # the AWS CLI's YAML reader: the reference the YAML reader is tested against
  # The tests of the output formats, the editors' schema and the pre-commit hook.
  git pre-commit libxml2-utils python3-jsonschema python3-regex
  # The library for other programs: the C API's test and example (a C compiler), the Python
  # module (pybind11, Python headers) and its wheel (meson-python, pip), boto3 for its guard.
  gcc pybind11-dev python3-dev python3-mesonpy python3-pip python3-boto3
)

install_packages() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  [ -f build/build.ninja ] || meson setup build
  ninja -C build
}

lint_examples() {
  echo "== examples/valid (expect no diagnostics, exit 0)"
  ./build/automl-lint examples/valid/*.json
  echo "== examples/invalid (expect diagnostics, exit 1 or 2)"
  local status=0
  ./build/automl-lint examples/invalid/*.json || status=$?
  if [ "$status" -eq 0 ]; then
    echo "setup: the invalid examples gave no error" >&2
    exit 1
  fi
  echo "== examples/with-data, reading their data under --data-root examples/data-root"
  ./build/automl-lint --data-root examples/data-root examples/with-data/valid-churn.json
  status=0
  ./build/automl-lint --data-root examples/data-root examples/with-data/invalid-churn.json ||
    status=$?
  if [ "$status" -ne 1 ]; then
    echo "setup: the invalid data example did not give exit status 1" >&2
    exit 1
  fi
  echo "== done: valid examples clean, invalid examples flagged"
}

run_tests() {
  meson test -C build --print-errorlogs
  # The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
  [ -f build-asan/build.ninja ] ||
    meson setup build-asan -Dsanitize=true -Dbuildtype=debugoptimized >/dev/null
  ninja -C build-asan
  meson test -C build-asan --print-errorlogs
  # Each libFuzzer harness for a short smoke run (about a minute in all); fuzz/README.md has
  # the long runs.
  fuzz/run.sh --smoke
  python3 tools/test_summary.py build/meson-logs/testlog.json build-asan/meson-logs/testlog.json
}

install_packages
build
case "${1:-}" in
  --examples) lint_examples ;;
  --test) run_tests ;;
  "") ;;
  *) echo "usage: $0 [--examples|--test]" >&2; exit 2 ;;
esac
