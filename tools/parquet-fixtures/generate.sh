#!/bin/sh
# Regenerates tests/data/parquet/ (the files and expected.json): installs the pinned npm
# packages, writes the files with parquet-wasm, then reads them back with hyparquet.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node generate.mjs
node verify.mjs
