#!/usr/bin/env bash
# Prints the fuzz runs of at least MIN_SECONDS (default 600) recorded in Fuzz/.work/runs.tsv (see scripts/fuzz.sh)
# as the Markdown table rows of docs/fuzzing.md: target, seconds it ran, executions, executions/s, corpus files,
# coverage, result. Rows without the elapsed column (older runs) show the seconds asked.
set -euo pipefail
cd "$(dirname "$0")/.."
min="${MIN_SECONDS:-600}"
awk -F'\t' -v min="$min" 'NR > 1 && $3 >= min {
  ran = ($9 != "") ? $9 : $3
  rate = ($4 ~ /^[0-9]+$/ && ran > 0) ? int($4 / ran) : "?"
  result = $8; sub(/ Fuzz\/\.work\/findings\/[^ ]*\//, " ", result)
  sub(/^FOUND /, "", result); if (result != "ok") result = "stopped: " result
  printf "| `%s` | %s | %s | %s | %s | %s | %s (ended %s) |\n", $2, ran, $4, rate, $6, $7, result, $1
}' Fuzz/.work/runs.tsv
