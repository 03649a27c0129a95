#!/usr/bin/env bash
# The benchmark, in one command:   bench/run.sh [--quick]
#
# Builds automl-lint (release, in build-bench/), installs the peers (ajv, ajv-cli and the Blaze
# CLI from npm into bench/node_modules; Python jsonschema and botocore must be importable by
# python3), builds the read+parse floor (bench/floor.cpp), makes the corpora (bench/corpus/: JSON,
# and YAML and CreateAutoMLJobV2 twins of 1,000 and 10,000 files), measures, and writes
# bench/RESULTS.md. --quick: corpora of 1,000 and 10,000 files only, fewer runs.
# Exit status: 0, or 1 when a tool failed its correctness check (RESULTS.md says which).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
MODE=full
SIZES=1000,10000,100000
TWIN_SIZES=1000,10000  # the YAML and V2 twins (the targets are at 10,000 files)
SINGLE_RUNS=30
RUNS=5
for arg in "$@"; do
  case "$arg" in
    --quick) MODE=quick; SIZES=1000,10000; SINGLE_RUNS=15; RUNS=3 ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "usage: bench/run.sh [--quick]" >&2; exit 2 ;;
  esac
done
say() { printf '\n== %s\n' "$*" >&2; }

# Tools the machine must have. Debian packages are installed when missing (as setup.sh does).
need_pkgs=()
command -v meson >/dev/null || need_pkgs+=(meson)
command -v ninja >/dev/null || need_pkgs+=(ninja-build)
command -v g++ >/dev/null || need_pkgs+=(g++)
command -v gcc >/dev/null || need_pkgs+=(gcc)
command -v node >/dev/null || need_pkgs+=(nodejs)
command -v npm >/dev/null || need_pkgs+=(npm)
[ -f /usr/include/rapidjson/document.h ] || need_pkgs+=(rapidjson-dev)
if ((${#need_pkgs[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing ${need_pkgs[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}"
  else
    echo "missing: ${need_pkgs[*]} (install them, or run as root on Debian)" >&2; exit 2
  fi
fi

# The Python peers: the first python3 that imports jsonschema and botocore, else Debian's
# python3-jsonschema and python3-botocore. Always the real interpreter, not a pyenv shim (a shim
# adds a bash script and pyenv to every start).
PYTHON=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import jsonschema, botocore' 2>/dev/null; then
    PYTHON="$("$candidate" -c 'import sys; print(sys.executable)')"; break
  fi
done
if [ -z "$PYTHON" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing python3-jsonschema python3-botocore"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jsonschema python3-botocore
    PYTHON=/usr/bin/python3
  else
    echo "no python3 with jsonschema and botocore" >&2; exit 2
  fi
fi

say "building automl-lint (release) in build-bench/"
if [ ! -f "$ROOT/build-bench/build.ninja" ]; then
  meson setup "$ROOT/build-bench" "$ROOT" -Dbuildtype=release >/dev/null
fi
ninja -C "$ROOT/build-bench" -j2 automl-lint >&2
AL="$ROOT/build-bench/automl-lint"

say "installing the peers (npm, versions pinned in bench/package.json)"
npm install --prefix "$BENCH" --no-audit --no-fund --loglevel=error >&2

say "building the floor (bench/floor.cpp) and the process timer (bench/spawn.c)"
mkdir -p "$BENCH/out"
g++ -std=c++20 -O2 -Wall -Wextra -o "$BENCH/out/floor" "$BENCH/floor.cpp"
# Static, so that its own resident size (a floor under every ru_maxrss) stays tiny.
gcc -O2 -Wall -Wextra -static -o "$BENCH/out/spawn" "$BENCH/spawn.c" 2>/dev/null ||
  gcc -O2 -Wall -Wextra -o "$BENCH/out/spawn" "$BENCH/spawn.c"

say "translating the schema's patterns for Python re (jsonschema peer)"
"$PYTHON" "$BENCH/peers/translate_schema.py" "$ROOT/schemas/create-auto-ml-job.schema.json" \
  "$BENCH/out/schema-python-re.json"

say "making the corpora (1,${SIZES}; YAML and V2 twins of ${TWIN_SIZES})"
"$PYTHON" "$BENCH/make_corpus.py" --out "$BENCH/corpus" --sizes "1,$SIZES" \
  --twin-sizes "$TWIN_SIZES" --automl-lint "$AL"

# A larger soft stack limit raises ARG_MAX (a quarter of it) from 2 MiB to 16 MiB, so that even
# 100,000 file names fit on one command line and each tool lints a corpus in one process.
ulimit -s 65536 2>/dev/null || echo "note: could not raise the stack limit; large corpora run in xargs batches" >&2

say "measuring ($MODE mode: corpora $SIZES, $SINGLE_RUNS runs for one request, $RUNS per corpus)"
cmd="bench/run.sh"; [ "$MODE" = quick ] && cmd="bench/run.sh --quick"
exec "$PYTHON" "$BENCH/bench.py" --automl-lint "$AL" --floor "$BENCH/out/floor" \
  --spawn "$BENCH/out/spawn" --python "$PYTHON" --node "$(command -v node)" --sizes "$SIZES" \
  --twin-sizes "$TWIN_SIZES" \
  --single-runs "$SINGLE_RUNS" --runs "$RUNS" --mode "$MODE" --command "$cmd" \
  --results "$BENCH/RESULTS.md"
