#!/usr/bin/env bash
# Throughput of the CSV scanner (lib/src/data), in one command:   bench/data/run.sh [SIZE_GB]
#
# Builds bench/data/scan_csv.cpp and gen_csv.cpp with the system compiler (no meson build
# needed), generates a CSV of SIZE_GB GiB (default 1) and its gzip (gzip -6, the default level)
# once under bench/data/out/, then prints the median of RUNS (default 5) warm-cache runs of the
# scanner and of wc -l / zcat / cat on the same files, with the counts each one reports.
# scan_csv --drain only reads the byte stream (plain read(), or zlib inflate for .gz): the floor
# under the scanner. Times are wall clock around `bash -c COMMAND`; the last row is that overhead.
# The automl-lint rows run the whole tool (AUTOML_LINT, default build/automl-lint; skipped when
# it is not built) on a request whose training channel is the same file, through --data-root
# (bench/data/out/root/bench/, hard links), and print its peak RSS (GNU time, when installed).
set -euo pipefail

DATA="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$DATA/../.." && pwd)"
OUT="$DATA/out"
SIZE_GB="${1:-1}"
RUNS="${RUNS:-5}"
CXX="${CXX:-c++}"

case "$SIZE_GB" in
  -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  ''|*[!0-9.]*) echo "usage: bench/data/run.sh [SIZE_GB]" >&2; exit 2 ;;
esac
mkdir -p "$OUT"
CSV="$OUT/data-${SIZE_GB}g.csv"
GZ="$CSV.gz"

echo "== build" >&2
"$CXX" -O2 -std=c++20 -o "$OUT/gen_csv" "$DATA/gen_csv.cpp"
"$CXX" -O2 -std=c++20 -I "$ROOT/lib/src" -o "$OUT/scan_csv" "$DATA/scan_csv.cpp" \
  "$ROOT/lib/src/data/byte_stream.cpp" "$ROOT/lib/src/data/csv_scanner.cpp" -lz

if [[ ! -s "$CSV" ]]; then
  echo "== generate $CSV" >&2
  bytes=$(awk -v g="$SIZE_GB" 'BEGIN { printf "%d", g * 1073741824 }')
  "$OUT/gen_csv" "$CSV.tmp" "$bytes" > "$CSV.info"
  mv "$CSV.tmp" "$CSV"
fi
if [[ ! -s "$GZ" ]]; then
  echo "== gzip -6 $CSV" >&2
  gzip -6 -c "$CSV" > "$GZ.tmp"
  mv "$GZ.tmp" "$GZ"
fi
cat "$CSV" "$GZ" > /dev/null  # Warm the page cache.

SIZE=$(stat -c %s "$CSV")
GZ_SIZE=$(stat -c %s "$GZ")
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

# measure NAME COMMAND: runs COMMAND (a bash string) RUNS times; prints a table row with the
# median wall time, the uncompressed GB/s, and the last run's output.
measure() {
  local name="$1" command="$2" times=() start end output
  for ((i = 0; i < RUNS; i++)); do
    start=$(date +%s.%N)
    output=$(bash -c "$command")
    end=$(date +%s.%N)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')")
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')
  awk -v n="$name" -v m="$median" -v b="$SIZE" -v o="$output" -v all="${times[*]}" \
    'BEGIN { printf "| %-34s | %8.3f | %6.2f | %-29s | %s\n", n, m, b / m / 1e9, all, o }'
}

echo "== $(uname -m), $(nproc) cores, $("$CXX" --version | head -1), load average:$(uptime | sed 's/.*load average://')"
printf 'file: %s, %d bytes; gzip -6: %d bytes (%.1f%%); median of %d runs, warm cache\n' \
  "$CSV" "$SIZE" "$GZ_SIZE" "$(awk -v a="$GZ_SIZE" -v b="$SIZE" 'BEGIN { print 100 * a / b }')" "$RUNS"
cat "$CSV.info" 2>/dev/null || true
echo "GB/s is uncompressed bytes per second, also for the gzip rows."
echo
printf '| %-34s | %8s | %6s | %-29s | %s\n' "command" "median s" "GB/s" "all runs (s)" "output (last run)"
measure "scan_csv FILE (fast path)" "'$OUT/scan_csv' '$CSV'"
measure "scan_csv --weight weight FILE" "'$OUT/scan_csv' --weight weight '$CSV'"
measure "scan_csv --drain FILE (no scan)" "'$OUT/scan_csv' --drain '$CSV'"
measure "cat FILE > /dev/null (read floor)" "cat '$CSV' > /dev/null; echo"
measure "wc -l FILE" "wc -l < '$CSV'"
measure "scan_csv FILE.gz" "'$OUT/scan_csv' '$GZ'"
measure "scan_csv --weight weight FILE.gz" "'$OUT/scan_csv' --weight weight '$GZ'"
measure "scan_csv --drain FILE.gz (zlib)" "'$OUT/scan_csv' --drain '$GZ'"
measure "zcat FILE.gz > /dev/null" "zcat '$GZ' > /dev/null; echo"
measure "zcat FILE.gz | wc -l" "zcat '$GZ' | wc -l"
LINT="${AUTOML_LINT:-$ROOT/build/automl-lint}"
if [[ -x "$LINT" ]]; then
  # Separate prefixes: as an S3 prefix, train.csv would also match train.csv.gz.
  rm -rf "$OUT/root"
  mkdir -p "$OUT/root/bench/csv" "$OUT/root/bench/gz"
  ln -f "$CSV" "$OUT/root/bench/csv/train.csv"
  ln -f "$GZ" "$OUT/root/bench/gz/train.csv.gz"
  request() {  # request FILE S3_KEY COMPRESSION [WEIGHT]
    local weight=""
    [[ -n "${4:-}" ]] && weight=", \"SampleWeightAttributeName\": \"$4\""
    cat > "$1" <<JSON
{"AutoMLJobName": "bench", "RoleArn": "arn:aws:iam::111122223333:role/autopilot",
 "OutputDataConfig": {"S3OutputPath": "s3://bench/out/"},
 "AutoMLJobConfig": {"Mode": "ENSEMBLING"},
 "InputDataConfig": [{"DataSource": {"S3DataSource": {"S3DataType": "S3Prefix",
   "S3Uri": "s3://bench/$2"}}, "CompressionType": "$3", "TargetAttributeName": "category"$weight}]}
JSON
  }
  request "$OUT/request-csv.json" csv/train.csv None
  request "$OUT/request-gz.json" gz/train.csv.gz Gzip
  request "$OUT/request-csv-weight.json" csv/train.csv None weight
  # Every diagnostic is printed (an unexpected one would show here); the exit status is ignored.
  lint="'$LINT' --data-root '$OUT/root' --fail-on info"
  measure "automl-lint, CSV" "$lint '$OUT/request-csv.json'; echo exit \$?"
  measure "automl-lint, CSV with weights" "$lint '$OUT/request-csv-weight.json'; echo exit \$?"
  measure "automl-lint, CSV.gz" "$lint '$OUT/request-gz.json'; echo exit \$?"
  if [[ -x /usr/bin/time ]]; then
    for r in csv gz; do
      rss=$( { /usr/bin/time -f "%M" "$LINT" --data-root "$OUT/root" "$OUT/request-$r.json" >/dev/null; } 2>&1 | tail -1)
      echo "automl-lint peak RSS, $r: $rss KiB"
    done
  fi
else
  echo "(automl-lint rows skipped: $LINT is not built)"
fi
measure "true (timing overhead; GB/s moot)" "true; echo"
echo
echo "wc -l counts physical lines: header + records + the newlines inside quoted fields, so it"
echo "exceeds the scanner's record count by 1 + the number of quoted newlines."
echo "== load average after:$(uptime | sed 's/.*load average://')"
