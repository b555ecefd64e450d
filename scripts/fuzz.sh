#!/usr/bin/env bash
# Runs argmap's libFuzzer targets. Usage: bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
# Builds each target with -sanitize=fuzzer,address into .build-fuzz, seeds its corpus from the repository's maps
# and test fixtures, and runs it. A crash leaves its input in Fuzz/findings/<target>/: copy it into
# Tests/ArgdownSyntaxTests/Fixtures/fuzz/ (or the format's fixtures) as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"; shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=($(ls Fuzz/Targets))
bash scripts/setup.sh
for target in "${targets[@]}"; do
  echo "== $target: building" >&2
  ARGMAP_FUZZ=1 swift build -c release --scratch-path .build-fuzz --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >/dev/null
  corpus="Fuzz/.work/corpus/$target"; findings="Fuzz/findings/$target"
  mkdir -p "$corpus" "$findings"
  seeds="Fuzz/Targets/$target/seeds"
  [ -f "$seeds" ] && while read -r pattern; do cp $pattern "$corpus/" 2>/dev/null || true; done < "$seeds"
  echo "== $target: fuzzing for ${seconds}s" >&2
  ".build-fuzz/release/$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$findings/" -print_final_stats=1 2>&1 | tail -n 12
done
