#!/usr/bin/env bash
# Builds and runs argmap's libFuzzer targets (Fuzz/Targets/fuzz-*), one after the other, one job each.
#
# Usage: bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#        TIME=600 bash scripts/fuzz.sh fuzz-argdown fuzz-query
#   SECONDS_PER_TARGET / TIME   how long each target runs (default 60)
#   TIME_<target>               a per-target override, dashes as underscores: TIME_fuzz_query=1200
#   NO_BUILD=1                  reuse the binaries already in .build-fuzz
#   MAX_LEN=N                   libFuzzer's -max_len (default: libFuzzer's choice from the seeds)
#
# Each target is built with `-sanitize=fuzzer,address` (the Swift toolchain ships clang's libFuzzer runtime; lld
# links it) into .build-fuzz. Its corpus lives in Fuzz/.work/corpus/<target>/ and starts from the target's seeds/
# (small valid files); fuzz.dict beside main.swift is the mutation dictionary. A crash, hang (over 10 s) or
# out-of-memory input is written to Fuzz/.work/findings/<target>/; reproduce it with
# `.build-fuzz/release/<target> FILE` and turn it into a regression test (see docs/fuzzing.md).
# The full output is in Fuzz/.work/logs/, and every run appends a row to Fuzz/.work/runs.tsv:
# date (end), target, seconds asked, executions, executions/s, corpus files, coverage, result, seconds it ran.
# `bash scripts/fuzz-table.sh` prints the 10-minute runs as the Markdown table of docs/fuzzing.md.
# Exit status: 0 when every target ran its time without a finding, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${TIME:-60}"
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then seconds="$1"; shift; fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for dir in Fuzz/Targets/fuzz-*; do targets+=("$(basename "$dir")"); done
fi
bash scripts/setup.sh
work="Fuzz/.work"
mkdir -p "$work/logs"
[ -f "$work/runs.tsv" ] || printf 'date\ttarget\tseconds\texecs\texecs_per_s\tcorpus_files\tcoverage\tresult\telapsed\n' > "$work/runs.tsv"

if [ "${NO_BUILD:-0}" != 1 ]; then
  for target in "${targets[@]}"; do
    echo "== $target: building" >&2
    ARGMAP_FUZZ=1 swift build -c release --scratch-path .build-fuzz --product "$target" \
      -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >&2
  done
fi

# Swift's own crash backtracer would fight AddressSanitizer over the crash; libFuzzer reports it.
export SWIFT_BACKTRACE=enable=no
status=0
for target in "${targets[@]}"; do
  var="TIME_${target//-/_}"
  time_here="${!var:-$seconds}"
  corpus="$work/corpus/$target"; findings="$work/findings/$target"
  mkdir -p "$corpus" "$findings"
  cp -n "Fuzz/Targets/$target/seeds/"* "$corpus/" 2>/dev/null || true
  dict=()
  [ -f "Fuzz/Targets/$target/fuzz.dict" ] && dict=(-dict="Fuzz/Targets/$target/fuzz.dict")
  maxlen=()
  [ -n "${MAX_LEN:-}" ] && maxlen=(-max_len="$MAX_LEN")
  log="$work/logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log"
  echo "== $target: fuzzing for ${time_here}s (log: $log)" >&2
  started=$(date +%s)
  set +e
  ".build-fuzz/release/$target" "$corpus" "${dict[@]}" "${maxlen[@]}" -max_total_time="$time_here" -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="$findings/" -print_final_stats=1 > "$log" 2>&1
  rc=$?
  set -e
  elapsed=$(( $(date +%s) - started ))
  execs=$(grep -ao 'stat::number_of_executed_units: [0-9]*' "$log" | tail -n1 | grep -ao '[0-9]*$' || true)
  # libFuzzer's own average is often 0 on short runs; executions over seconds is what the table wants.
  rate=""
  [ -n "$execs" ] && rate=$((execs / (elapsed > 0 ? elapsed : 1)))
  cov=$(grep -ao 'cov: [0-9]*' "$log" | tail -n1 | grep -ao '[0-9]*$' || true)
  files=$(find "$corpus" -type f | wc -l | tr -d ' ')
  if [ $rc -eq 0 ]; then
    result="ok"
  else
    status=1
    artifact=$(grep -ao "Test unit written to [^ ]*" "$log" | tail -n1 | sed 's/Test unit written to //' || true)
    kind=$(grep -ao 'ERROR: libFuzzer: [a-z-]*\|ERROR: AddressSanitizer: [a-z-]*\|fuzz invariant violated' "$log" | head -n1 || true)
    result="FOUND ${kind:-exit $rc} ${artifact}"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$time_here" "${execs:-?}" "${rate:-?}" \
    "$files" "${cov:-?}" "$result" "$elapsed" >> "$work/runs.tsv"
  echo "== $target: $result; ${execs:-?} executions, $files corpus files" >&2
done
exit $status
