#!/usr/bin/env bash
# Builds the DocC documentation of every library module (the catalogs in Sources/<Module>/<Module>.docc) with
# swift-docc-plugin. Any DocC warning (a symbol link that names nothing, a broken article link) fails the run.
# The archives land in .build/plugins/Swift-DocC/outputs/<Module>.doccarchive. See docs/documentation.md.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=(ArgumentModel ArgdownSyntax ArgumentFormats ArgumentAnalysis ArgumentRendering ArgmapServices)
args=()
for m in "${modules[@]}"; do args+=(--target "$m"); done
swift package generate-documentation "${args[@]}" --disable-indexing --warnings-as-errors
