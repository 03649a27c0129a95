#!/usr/bin/env bash
# Builds the libFuzzer harnesses if needed, seeds their corpora and runs them.
#
#   fuzz/run.sh MINUTES [--parallel] [HARNESS...]   each harness for MINUTES (fractions allowed)
#   fuzz/run.sh --smoke [HARNESS...]                each harness for 20 s (about a minute in all),
#                                                   from the seeds alone (build-fuzz/smoke-corpus/)
#
# HARNESS: fuzz_lint_bytes, fuzz_lint_request, fuzz_data_readers, fuzz_shape_engines (default: all). --parallel runs them at the same
# time, one core each; otherwise one after the other. The build directory is build-fuzz/
# (FUZZ_BUILD_DIR overrides it), configured with clang-14 (CC/CXX override it).
#
# Each harness runs in libFuzzer's fork mode (-fork=1 -ignore_crashes=1 -ignore_timeouts=1
# -ignore_ooms=1), so that fuzzing goes on after a finding. Findings (crash-*, timeout-*, oom-*,
# leak-*) are written to build-fuzz/findings/<harness>/; each new one is replayed once and its
# stack trace kept beside it as <finding>.log. The libFuzzer log is build-fuzz/logs/<harness>.log.
# The reproducers in tests/fixtures/fuzz-regressions/ are replayed first (request-*.bin with
# fuzz_lint_request, data-*.bin with fuzz_data_readers, the others with fuzz_lint_bytes).
#
# Prints per harness: executions, exec/s (average), seconds, then libFuzzer's fork-mode totals
# (cov, ft, corp), then the final coverage of the corpus in libFuzzer's usual terms (cov, ft of
# one pass over it with -runs=0; not with --smoke) and the number of files in the corpus, then
# the findings in build-fuzz/findings/<harness>/ (all, and new in this run).
# Exit status: 0 when no harness found anything new and every reproducer passes, else 1
# (2 for a usage error).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
all_harnesses=(fuzz_lint_bytes fuzz_lint_request fuzz_data_readers fuzz_shape_engines)

usage() {
  sed -n '4,6p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

[ $# -ge 1 ] || usage
smoke=0
case "$1" in
  --smoke) seconds=20 smoke=1 ;;
  -h | --help) usage ;;
  *)
    [[ "$1" =~ ^[0-9]+([.][0-9]+)?$ ]] || usage
    seconds=$(awk -v m="$1" 'BEGIN { s = int(m * 60 + 0.5); print (s < 1 ? 1 : s) }')
    ;;
esac
shift
parallel=0
harnesses=()
for arg in "$@"; do
  case "$arg" in
    --parallel) parallel=1 ;;
    fuzz_lint_bytes | fuzz_lint_request | fuzz_data_readers | fuzz_shape_engines) harnesses+=("$arg") ;;
    *) echo "run.sh: unknown harness '$arg' (have: ${all_harnesses[*]})" >&2; exit 2 ;;
  esac
done
[ ${#harnesses[@]} -gt 0 ] || harnesses=("${all_harnesses[@]}")

# One run at a time per build directory: a second one would rebuild the harnesses under the
# first one's fork-mode jobs and overwrite its logs.
mkdir -p "$build"
exec 9>"$build/fuzz-run.lock"
if ! flock -n 9; then
  echo "run.sh: another fuzz/run.sh is using $build; wait for it or set FUZZ_BUILD_DIR" >&2
  exit 2
fi

# Build (configure first if needed); only the harness targets.
if [ ! -f "$build/build.ninja" ]; then
  CC="${CC:-clang-14}" CXX="${CXX:-clang++-14}" \
    meson setup "$build" "$root" -Dfuzz=true -Dbuildtype=debugoptimized
fi
ninja -C "$build" "${harnesses[@]/#/fuzz/}" >"$build/fuzz-build.log" 2>&1 || {
  cat "$build/fuzz-build.log" >&2
  echo "run.sh: build failed" >&2
  exit 1
}

# --smoke fuzzes from the seeds alone, in a corpus made afresh, so that it takes the same time
# however long the corpora of earlier runs have grown.
corpus="$build/corpus"
if [ "$smoke" = 1 ]; then
  corpus="$build/smoke-corpus"
  rm -rf "$corpus"
fi
"$root/fuzz/make_corpus.sh" "$build" "$corpus"
mkdir -p "$build/logs"

export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
# Symbolized stack traces: Debian's llvm-14 has the symbolizer under a versioned name only.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
  export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
  export UBSAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi

status=0

# Replay the committed reproducers: each must now run clean.
shopt -s nullglob
for reproducer in "$root"/tests/fixtures/fuzz-regressions/*.bin; do
  name="$(basename "$reproducer")"
  harness=fuzz_lint_bytes
  [[ "$name" == request-* ]] && harness=fuzz_lint_request
  [[ "$name" == data-* ]] && harness=fuzz_data_readers
  [[ "$name" == shape-* ]] && harness=fuzz_shape_engines
  [ -x "$build/fuzz/$harness" ] || continue
  if ! "$build/fuzz/$harness" "$reproducer" >"$build/logs/replay-$name.log" 2>&1; then
    echo "run.sh: reproducer $name fails again with $harness; see $build/logs/replay-$name.log" >&2
    status=1
  fi
done

list_findings() {  # The finding files of one harness, one per line, sorted.
  find "$build/findings/$1" -maxdepth 1 -type f \
    \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) \
    ! -name '*.log' -printf '%f\n' | sort
}

run_one() {
  local harness="$1" log="$build/logs/$1.log" findings="$build/findings/$1"
  mkdir -p "$findings"
  list_findings "$harness" >"$build/logs/$harness.findings-before"
  local started=$SECONDS
  # The harness exits 0 in fork mode even after findings; a non-zero status is an error of
  # libFuzzer itself and is reported below from the log.
  (cd "$build" && "$build/fuzz/$harness" \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 -print_funcs=0 \
    -dict="$root/fuzz/request.dict" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    -max_total_time="$seconds" -artifact_prefix="$findings/" \
    "$corpus/$harness") >"$log" 2>&1 || echo "libFuzzer exit status $?" >>"$log"
  echo "$((SECONDS - started))" >"$build/logs/$harness.seconds"
  # Replay each new finding once to keep its stack trace.
  comm -13 "$build/logs/$harness.findings-before" <(list_findings "$harness") \
    >"$build/logs/$harness.findings-new"
  while read -r finding; do
    "$build/fuzz/$harness" -timeout=10 -rss_limit_mb=2048 "$findings/$finding" \
      >"$findings/$finding.log" 2>&1 || true
  done <"$build/logs/$harness.findings-new"
}

echo "run.sh: ${harnesses[*]}: ${seconds} s each$([ $parallel = 1 ] && echo ', in parallel')"
if [ $parallel = 1 ]; then
  pids=()
  for harness in "${harnesses[@]}"; do
    run_one "$harness" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
else
  for harness in "${harnesses[@]}"; do run_one "$harness"; done
fi

# Final coverage in libFuzzer's usual terms (fork mode counts cov and ft its own way): one pass
# over the corpus without fuzzing; its INITED line. Skipped by --smoke, to keep it short.
final_coverage() {
  (cd "$build" && "$build/fuzz/$1" -runs=0 -timeout=10 -rss_limit_mb=2048 \
    "$corpus/$1") 2>&1 | grep -a -E '^#[0-9]+[[:space:]]+INITED' | tail -n 1 || true
}

# Summary. The last fork-mode status line of each log holds the totals, e.g.
# "#123456: cov: 5900 ft: 21000 corp: 1500 exec/s 250 oom/timeout/crash: 0/0/0 time: 1800s ..."
# (its exec/s is the last job's; the average below is executions / time).
echo
printf '%-18s %10s %7s %6s %6s %6s %7s | %6s %6s %6s | %8s %5s\n' harness executions exec/s \
  time cov ft corp cov ft files findings new
for harness in "${harnesses[@]}"; do
  log="$build/logs/$harness.log"
  line="$(grep -a -E '^#[0-9]+: cov: ' "$log" | tail -n 1 || true)"
  execs="$(sed -nE 's/^#([0-9]+):.*/\1/p' <<<"$line")"
  cov="$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$line")"
  ft="$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$line")"
  corp="$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$line")"
  time="$(sed -nE 's/.* time: ([0-9]+)s.*/\1/p' <<<"$line")"
  rate="?"
  [ -n "$execs" ] && [ -n "$time" ] && [ "$time" -gt 0 ] && rate=$((execs / time))
  files="$(find "$corpus/$harness" -maxdepth 1 -type f | wc -l)"
  total="$(list_findings "$harness" | wc -l)"
  new="$(wc -l <"$build/logs/$harness.findings-new")"
  final_cov="-" final_ft="-"
  if [ "$smoke" = 0 ]; then
    inited="$(final_coverage "$harness")"
    final_cov="$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$inited")"
    final_ft="$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$inited")"
  fi
  printf '%-18s %10s %7s %6s %6s %6s %7s | %6s %6s %6s | %8s %5s\n' "$harness" "${execs:-?}" \
    "$rate" "${time:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "${final_cov:-?}" "${final_ft:-?}" \
    "$files" "$total" "$new"
  if [ -z "$line" ]; then
    echo "run.sh: $harness printed no status line; see $log" >&2
    status=1
  fi
  if grep -a -q 'libFuzzer exit status' "$log"; then
    echo "run.sh: $harness: $(grep -a 'libFuzzer exit status' "$log"); see $log" >&2
    status=1
  fi
  while read -r finding; do
    echo "run.sh: NEW FINDING $build/findings/$harness/$finding (stack trace in $finding.log)" >&2
    status=1
  done <"$build/logs/$harness.findings-new"
done
exit $status
